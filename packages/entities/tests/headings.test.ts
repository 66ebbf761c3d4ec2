import { HEADING_LENGTH, componentHeading } from '../src';

describe('componentHeading: the title of a collapsed actor role or source, in words', () => {
  it('titles an actor role by its role label and the actor, with a certainty weaker than confirmed', () => {
    expect(componentHeading('actor-role', { role: 'perpetrator', actor: { name: 'Islamic State' } })).toBe('Perpetrator: Islamic State');
    expect(componentHeading('actor-role', { role: 'perpetrator', certainty: 'confirmed', actor: { name: 'Islamic State' } })).toBe('Perpetrator: Islamic State');
    expect(componentHeading('actor-role', { role: 'claimant', certainty: 'claimed', actor: { name: 'Islamic State' } })).toBe('Claimant: Islamic State (claimed)');
  });

  it('says what is missing instead of leaving the title empty', () => {
    expect(componentHeading('actor-role', { role: 'victim', actor: null })).toBe('Victim: no actor chosen');
    expect(componentHeading('actor-role', {})).toBe('No role chosen: no actor chosen');
    expect(componentHeading('source', { kind: 'media', name: '  ' })).toBe('News media: no name given');
    expect(componentHeading('source', {})).toBe('Source: no name given');
  });

  it('titles a named source by its kind and name, an anonymous one by what it is', () => {
    expect(componentHeading('source', { kind: 'official', name: 'Iraqi Ministry of Foreign Affairs' })).toBe('Official: Iraqi Ministry of Foreign Affairs');
    expect(componentHeading('source', { kind: 'official', anonymous: true, descriptor: 'security officials' })).toBe('Anonymous: security officials (Official)');
    expect(componentHeading('source', { kind: 'witness', anonymous: true, name: 'left over', descriptor: null })).toBe('Anonymous (Witness)');
  });

  it('keeps a value outside the vocabulary as it is, and fits the field', () => {
    expect(componentHeading('actor-role', { role: 'bystander', actor: { name: 'A' } })).toBe('bystander: A');
    const long = componentHeading('source', { kind: 'media', name: 'x'.repeat(400) });
    expect(long).toHaveLength(HEADING_LENGTH);
    expect(long.endsWith('…')).toBe(true);
  });
});
