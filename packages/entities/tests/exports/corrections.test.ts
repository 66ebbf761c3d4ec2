import { isRetracted, stixObjectsOf, toJsonLd, toNinjs, validateBriefing, type BriefingRecord } from '../../src';
import { seedBriefing } from './fixture';
import { ninjsProblems, stixProblems } from './official-schemas';

const correction = { id: 1, kind: 'correction' as const, correctedAt: '2025-03-20T10:00:00.000Z', text: 'The strike was on Thursday night, not Friday.' };
const retraction = { id: 2, kind: 'retraction' as const, correctedAt: '2025-03-22T08:00:00.000Z', text: 'The operation was not confirmed; this briefing no longer stands.' };
const corrected = seedBriefing({ corrections: [correction] });
const retracted = seedBriefing({ corrections: [correction, retraction] });

const bundleOf = (record: BriefingRecord) => ({ type: 'bundle', id: 'bundle--7e1b4c1a-5c3e-4f43-9d7e-1a2b3c4d5e6f', objects: stixObjectsOf(record) });

describe('corrections in public', () => {
  it('accepts the three kinds and refuses another, naming the field', () => {
    for (const kind of ['correction', 'clarification', 'retraction']) {
      expect(validateBriefing({ title: 'A briefing', corrections: [{ kind, correctedAt: '2025-03-20', text: 'Fixed.' }] })).toMatchObject({ ok: true });
    }
    const refused = validateBriefing({ title: 'A briefing', corrections: [{ kind: 'erratum', correctedAt: '2025-03-20', text: 'Fixed.' }] });
    expect(refused.ok).toBe(false);
    expect(refused.problems.map((p) => p.field)).toEqual(['corrections.0.kind']);
  });

  it('reads a row without a kind (written before kinds existed) as a correction', () => {
    expect(isRetracted(seedBriefing({ corrections: [{ correctedAt: '2025-03-20', text: 'Fixed.' }] }))).toBe(false);
    expect(isRetracted(retracted)).toBe(true);
  });

  it('JSON-LD: a CorrectionComment per correction, named by its kind; a retracted briefing says so', () => {
    const document = toJsonLd(corrected) as Record<string, any>;
    expect(document.correction).toEqual([{ '@type': 'CorrectionComment', name: 'Correction', text: correction.text, datePublished: correction.correctedAt }]);
    expect(document.creativeWorkStatus).toBeUndefined();
    expect((toJsonLd(retracted) as Record<string, any>).creativeWorkStatus).toBe('Retracted');
  });

  it('ninjs: the corrections as the editorial note; a retracted item is canceled; both valid ninjs 2.2', () => {
    const item = toNinjs(corrected) as Record<string, any>;
    expect(item.ednote).toBe(`Correction (2025-03-20): ${correction.text}`);
    expect(item.pubstatus).toBe('usable');
    const withdrawn = toNinjs(retracted) as Record<string, any>;
    expect(withdrawn.pubstatus).toBe('canceled');
    expect(withdrawn.ednote).toContain(`Retraction (2025-03-22): ${retraction.text}`);
    expect(ninjsProblems(item)).toEqual([]);
    expect(ninjsProblems(withdrawn)).toEqual([]);
  });

  it('STIX: a note per correction on the report; a retraction revokes the report; both valid STIX 2.1', () => {
    const objects = stixObjectsOf(corrected);
    const note = objects.find((o) => o.type === 'note' && (o.labels as string[]).includes('correction'))!;
    const report = objects.find((o) => o.type === 'report')!;
    expect(note).toMatchObject({ abstract: 'Correction of 2025-03-20', content: correction.text, object_refs: [report.id] });
    expect(report.revoked).toBeUndefined();
    expect((report.object_refs as string[])).toContain(note.id);
    const withdrawn = stixObjectsOf(retracted).find((o) => o.type === 'report')!;
    expect(withdrawn.revoked).toBe(true);
    expect(stixProblems(bundleOf(corrected))).toEqual([]);
    expect(stixProblems(bundleOf(retracted))).toEqual([]);
  });

  it('changes nothing for a briefing without corrections (the seed keeps a clean history)', () => {
    const plain = seedBriefing();
    expect((toJsonLd(plain) as Record<string, any>).correction ?? []).toEqual([]);
    expect((toNinjs(plain) as Record<string, any>).ednote).toBeUndefined();
    expect(stixObjectsOf(plain).some((o) => o.type === 'note' && (o.labels as string[]).includes('correction'))).toBe(false);
  });
});
