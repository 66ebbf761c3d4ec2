import { EXPORT_FORMAT_VALUES, ExportRefusedError, TLP_MARKINGS, exportBriefing, writeExport } from '../../src';
import { ANONYMOUS_DESCRIPTOR, collect, seedBriefing } from './fixture';

/** Any trace of a source grade: grade properties, the two-part grades, the Admiralty labels. */
const GRADE_TRACES = /"reliability"|"credibility"|"grade"|graded|\bB2\b|\bC3\b|Usually reliable|Probably true|Fairly reliable|Possibly true/i;

describe('public output', () => {
  it.each(EXPORT_FORMAT_VALUES)('%s carries neither the anonymous descriptor nor any grade', (format) => {
    const text = exportBriefing(seedBriefing(), format, { publisher: 'The Example Desk' });
    expect(text.includes(ANONYMOUS_DESCRIPTOR)).toBe(false);
    expect(text.match(GRADE_TRACES)).toBeNull();
  });

  it.each(EXPORT_FORMAT_VALUES)('%s carries no descriptor of a named source either', (format) => {
    const briefing = seedBriefing();
    briefing.sources = [...(briefing.sources ?? []), { kind: 'official', name: 'Named Ministry', anonymous: false, descriptor: 'NAMED-SOURCE-DESCRIPTOR', reliability: 'B', credibility: 2 }];
    const text = exportBriefing(briefing, format, { publisher: 'The Example Desk' });
    expect(text.includes('NAMED-SOURCE-DESCRIPTOR')).toBe(false);
    expect(text.match(GRADE_TRACES)).toBeNull();
  });

  it.each(TLP_MARKINGS.values.filter((m) => m !== 'clear'))('refuses a %s briefing in every format', (marking) => {
    for (const format of EXPORT_FORMAT_VALUES) {
      expect(() => exportBriefing(seedBriefing({ marking }), format)).toThrow(ExportRefusedError);
      expect(() => exportBriefing(seedBriefing({ marking }), format)).toThrow(/only TLP:CLEAR briefings may be exported for the public/);
    }
  });

  it('refuses an unmarked or unpublished briefing, and says why', () => {
    expect(() => exportBriefing(seedBriefing({ marking: null }), 'jsonld')).toThrow(/is not marked/);
    const refusal = (() => {
      try {
        exportBriefing(seedBriefing({ publishedAt: null }), 'ninjs');
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(ExportRefusedError);
    expect(refusal).toMatchObject({ code: 'EXPORT_REFUSED', documentId: 'seedbriefingabukhadija01', marking: 'clear', published: false });
  });

  it('is the default audience, and refuses in the middle of a bulk export too', async () => {
    const briefings = [seedBriefing(), seedBriefing({ documentId: 'red', marking: 'red' })];
    await expect(collect(writeExport(briefings, 'csv'))).rejects.toThrow(ExportRefusedError);
  });
});

describe('partner output', () => {
  it('may carry the anonymous descriptor and the grades in STIX', () => {
    const text = exportBriefing(seedBriefing({ marking: 'amber' }), 'stix', { audience: 'partner' });
    expect(text).toContain(ANONYMOUS_DESCRIPTOR);
    expect(text).toContain('"grade":"C3"');
    expect(text).toContain('graded B2 (B: Usually reliable; 2: Probably true)');
  });

  it('accepts restricted and unpublished briefings', () => {
    for (const format of EXPORT_FORMAT_VALUES) {
      expect(() => exportBriefing(seedBriefing({ marking: 'amber+strict', publishedAt: null }), format, { audience: 'partner' })).not.toThrow();
    }
  });
});
