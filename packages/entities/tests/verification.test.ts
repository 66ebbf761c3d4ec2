import {
  VERIFICATION_LEVELS,
  describeVerification,
  meetsVerification,
  sourceIdentity,
  verificationOf,
  verificationOptions,
  verificationOptionsSchema,
  publishingVerification,
  verificationProblems,
  type Source,
} from '../src';

const named = (name: string, extra: Partial<Source> = {}): Source => ({ kind: 'media', name, ...extra });
const anonymous = (descriptor: string, extra: Partial<Source> = {}): Source => ({ kind: 'official', anonymous: true, descriptor, ...extra });

describe('verificationOf', () => {
  it('calls one named source unconfirmed', () => {
    expect(verificationOf([named('Reuters')])).toMatchObject({ level: 'unconfirmed', independentSources: 1, anonymousSources: 0 });
    expect(describeVerification(verificationOf([named('Reuters')]))).toBe('Unconfirmed: 1 independent source.');
  });

  it('calls no sources, or only anonymous ones, unconfirmed, however many and however graded', () => {
    expect(describeVerification(verificationOf([]))).toBe('Unconfirmed: no sources.');
    expect(describeVerification(verificationOf(null))).toBe('Unconfirmed: no sources.');
    const officials = [anonymous('security officials', { reliability: 'A' }), anonymous('a police source', { reliability: 'B' })];
    expect(verificationOf(officials)).toMatchObject({ level: 'unconfirmed', independentSources: 0, anonymousSources: 2, confirmedBy: null });
    expect(describeVerification(verificationOf(officials))).toBe('Unconfirmed: only anonymous sources (2).');
  });

  it('calls two independent named sources corroborated', () => {
    const sources = [named('Reuters'), named('Al Jazeera'), anonymous('security officials')];
    expect(verificationOf(sources)).toMatchObject({ level: 'corroborated', independentSources: 2, anonymousSources: 1 });
    expect(describeVerification(verificationOf(sources))).toBe('Corroborated: 2 independent sources and 1 anonymous source.');
  });

  it('counts the same outlet twice as one source, whatever its spelling', () => {
    expect(verificationOf([named('Reuters'), named('REUTERS ')]).level).toBe('unconfirmed');
    expect(verificationOf([named('The Guardian'), named('guardian')]).level).toBe('unconfirmed');
    expect(verificationOf([named('Télé Liban'), named('Tele-Liban')]).level).toBe('unconfirmed');
    expect(sourceIdentity(named('The New York Times'))).toBe('new york times');
    expect(sourceIdentity(anonymous('officials'))).toBeNull();
  });

  it('calls a named official or witness graded A or B confirmed, alone', () => {
    const pm = { kind: 'official', name: 'Prime Minister, statement on X', reliability: 'B' } as const;
    expect(verificationOf([pm])).toMatchObject({ level: 'confirmed', confirmedBy: { name: pm.name, kind: 'official', reliability: 'B' } });
    expect(describeVerification(verificationOf([pm]))).toBe('Confirmed: an official source graded B (Prime Minister, statement on X).');
    expect(verificationOf([{ kind: 'witness', name: 'A resident of Ramadi', reliability: 'A' }]).level).toBe('confirmed');
  });

  it('does not confirm with a lower grade, another kind, or an anonymous source', () => {
    expect(verificationOf([{ kind: 'official', name: 'Ministry', reliability: 'C' }]).level).toBe('unconfirmed');
    expect(verificationOf([{ kind: 'official', name: 'Ministry' }]).level).toBe('unconfirmed');
    expect(verificationOf([{ kind: 'media', name: 'Reuters', reliability: 'A' }]).level).toBe('unconfirmed');
    expect(verificationOf([anonymous('security officials', { reliability: 'A' })]).level).toBe('unconfirmed');
  });

  it('follows the organisation’s rule', () => {
    const { rule } = verificationOptions({ rule: { firstHandKinds: ['official', 'witness', 'ngo'], confirmingReliability: ['A'], corroboratingSources: 3 } });
    expect(verificationOf([{ kind: 'ngo', name: 'UN OCHA', reliability: 'A' }], rule).level).toBe('confirmed');
    expect(verificationOf([{ kind: 'official', name: 'Ministry', reliability: 'B' }], rule).level).toBe('unconfirmed');
    expect(verificationOf([named('Reuters'), named('AFP')], rule).level).toBe('unconfirmed');
    expect(verificationOf([named('Reuters'), named('AFP'), named('AP')], rule).level).toBe('corroborated');
  });
});

describe('the verification levels', () => {
  it('run from unconfirmed to confirmed, each with a label and a description', () => {
    expect(VERIFICATION_LEVELS.values).toEqual(['unconfirmed', 'corroborated', 'confirmed']);
    expect(VERIFICATION_LEVELS.terms.every((term) => term.label && term.description)).toBe(true);
    expect(meetsVerification('confirmed', 'corroborated')).toBe(true);
    expect(meetsVerification('corroborated', 'corroborated')).toBe(true);
    expect(meetsVerification('unconfirmed', 'corroborated')).toBe(false);
  });
});

describe('verificationProblems (the publish rule)', () => {
  const options = verificationOptions({ requireToPublish: { clear: 'corroborated' } });

  it('refuses a CLEAR briefing below the level, on the verification field, saying what is needed and what it has', () => {
    const problems = verificationProblems({ marking: 'clear', sources: [named('Reuters')] }, options);
    expect(problems).toEqual([
      {
        path: ['verification'],
        field: 'verification',
        message:
          'A TLP:CLEAR briefing must be corroborated or better before it is published; this one is unconfirmed (1 independent source). Corroborated: Two or more independent named sources.',
      },
    ]);
  });

  it('passes a briefing at or above the level, and markings without a requirement', () => {
    expect(verificationProblems({ marking: 'clear', sources: [named('Reuters'), named('AFP')] }, options)).toEqual([]);
    expect(verificationProblems({ marking: 'clear', sources: [{ kind: 'official', name: 'PM', reliability: 'B' }] }, options)).toEqual([]);
    expect(verificationProblems({ marking: 'amber', sources: [] }, options)).toEqual([]);
    expect(verificationProblems({ marking: 'clear', sources: [] }, verificationOptions())).toEqual([]);
  });

  it('gives the panel and the refusal one standing: the level, what the marking needs, and whether it is enough', () => {
    expect(publishingVerification({ marking: 'clear', sources: [named('Reuters')] }, options)).toMatchObject({
      verification: { level: 'unconfirmed' },
      required: 'corroborated',
      enough: false,
    });
    expect(publishingVerification({ marking: 'amber', sources: [] }, options)).toMatchObject({ required: undefined, enough: true });
    expect(publishingVerification({ marking: null, sources: [named('Reuters'), named('AFP')] }, options)).toMatchObject({
      verification: { level: 'corroborated' },
      enough: true,
    });
  });

  it('names a wrong option', () => {
    const parsed = verificationOptionsSchema.safeParse({ requireToPublish: { clear: 'certain' } });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('requireToPublish');
    expect(verificationOptionsSchema.safeParse({ requireToPublish: { white: 'confirmed' } }).success).toBe(false);
    expect(verificationOptionsSchema.safeParse({ rule: { confirmingReliability: ['G'] } }).success).toBe(false);
  });
});
