import { mergeAdditions, mergeProblems, stixObjectsOf, type BriefingRecord, type MergedLists } from '../src';
import { seedBriefing } from './exports/fixture';
import { stixProblems } from './exports/official-schemas';

const side = (documentId: string, changes: Partial<Parameters<typeof mergeProblems>[0]> = {}) => ({ documentId, title: `Briefing ${documentId}`, marking: 'clear' as const, ...changes });

const lists = (changes: Partial<MergedLists> = {}): MergedLists => ({ actorRoles: [], quotes: [], sources: [], places: [], articles: [], ...changes });

describe('merging a duplicate briefing', () => {
  it('may merge two briefings of the same marking, or a less restricted one into a more restricted one', () => {
    expect(mergeProblems(side('b'), side('a'))).toEqual([]);
    expect(mergeProblems(side('b', { marking: 'clear' }), side('a', { marking: 'amber' }))).toEqual([]);
  });

  it('refuses a duplicate more restricted than the briefing kept, naming the marking', () => {
    const problems = mergeProblems(side('b', { marking: 'amber' }), side('a', { marking: 'clear' }));
    expect(problems.map((p) => p.field)).toEqual(['marking']);
    expect(problems[0]!.message).toMatch(/“Briefing b” is TLP:AMBER and “Briefing a” TLP:CLEAR/);
  });

  it('refuses merging a briefing into itself, twice, or into one that was itself merged', () => {
    expect(mergeProblems(side('a'), side('a')).map((p) => p.field)).toEqual(['intoDocumentId']);
    expect(mergeProblems(side('b', { mergedInto: 'c' }), side('a')).map((p) => p.field)).toEqual(['duplicateDocumentId']);
    expect(mergeProblems(side('b'), side('a', { mergedInto: 'c' })).map((p) => p.field)).toEqual(['intoDocumentId']);
  });

  it("adds only what the briefing kept lacks: actor roles by actor and role, quotes by speaker and words, sources by who they are", () => {
    const into = lists({
      actorRoles: [{ actor: { documentId: 'is' }, role: 'perpetrator' }],
      quotes: [{ text: 'We struck the target.', speaker: { documentId: 'army' } }],
      sources: [{ name: 'Reuters' }, { anonymous: true, descriptor: 'security officials' }],
      places: [{ documentId: 'ramadi' }],
      articles: [{ documentId: 'first-article' }],
    });
    const duplicate = lists({
      actorRoles: [
        { actor: { documentId: 'is' }, role: 'perpetrator' },
        { actor: { documentId: 'is' }, role: 'claimant' },
        { actor: { documentId: 'army' }, role: 'target' },
      ],
      quotes: [
        { text: 'we struck the target', speaker: { documentId: 'army' } },
        { text: 'We struck the target.', speaker: { documentId: 'is' } },
      ],
      sources: [{ name: 'the Reuters' }, { anonymous: true, descriptor: 'Security officials' }, { anonymous: true, descriptor: 'a police source' }, { name: 'AFP' }],
      places: [{ documentId: 'ramadi' }, { documentId: 'anbar' }, { documentId: 'anbar' }],
      articles: [{ documentId: 'second-article' }, { documentId: 'first-article' }],
    });
    const added = mergeAdditions(into, duplicate);
    expect(added.actorRoles).toEqual([duplicate.actorRoles[1], duplicate.actorRoles[2]]);
    expect(added.quotes).toEqual([duplicate.quotes[1]]);
    expect(added.sources).toEqual([{ anonymous: true, descriptor: 'a police source' }, { name: 'AFP' }]);
    expect(added.places).toEqual([{ documentId: 'anbar' }]);
    expect(added.articles).toEqual([{ documentId: 'second-article' }]);
  });
});

describe('STIX: a briefing with briefings merged into it', () => {
  const kept = (duplicates: BriefingRecord['duplicates']) => seedBriefing({ duplicates });

  it('carries each duplicate as a withdrawn report that is a duplicate-of its own, and stays valid STIX 2.1', () => {
    const objects = stixObjectsOf(kept([{ documentId: 'dup1', createdAt: '2025-03-14T09:00:00.000Z', mergedAt: '2025-03-16T12:00:00.000Z' }]));
    const report = objects[0]!;
    const old = objects.find((o) => o.type === 'report' && o.id !== report.id)!;
    expect(old).toMatchObject({ revoked: true, object_refs: [report.id], created: '2025-03-14T09:00:00.000Z', modified: '2025-03-16T12:00:00.000Z' });
    expect(objects.filter((o) => o.type === 'relationship' && o.relationship_type === 'duplicate-of')).toEqual([
      expect.objectContaining({ source_ref: old.id, target_ref: report.id }),
    ]);
    // The same id the duplicate's own report had while it stood: consumers holding it learn where it went.
    const itsOwn = stixObjectsOf(seedBriefing({ documentId: 'dup1' }))[0]!;
    expect(old.id).toBe(itsOwn.id);
    expect(stixProblems({ type: 'bundle', id: 'bundle--7e1b4c1a-5c3e-4f43-9d7e-1a2b3c4d5e6f', objects })).toEqual([]);
    const ids = new Set(objects.map((o) => o.id));
    expect((report.object_refs as string[]).filter((ref) => !ids.has(ref))).toEqual([]);
  });

  it('says nothing of duplicates for a briefing without them', () => {
    expect(stixObjectsOf(kept([])).some((o) => o.relationship_type === 'duplicate-of')).toBe(false);
  });
});
