import { SECURITY_BRIEFING_STIX_EXTENSION_ID, toJsonLd, toNinjs, toStixBundle, type StixObject } from '../../src';
import { seedBriefing } from './fixture';
import { ninjsProblems, stixProblems } from './official-schemas';

const partner = { audience: 'partner' as const, publisher: 'The Example Desk' };
const reportOf = (bundle: ReturnType<typeof toStixBundle>) => bundle.objects!.find((o) => o.type === 'report') as StixObject & Record<string, any>;

describe('the verification level in the exports', () => {
  it('is the STIX report’s confidence on the Low/Med/High scale (15, 50, 85), and in our extension', () => {
    for (const [verification, confidence] of [['unconfirmed', 15], ['corroborated', 50], ['confirmed', 85]] as const) {
      const bundle = toStixBundle(seedBriefing({ verification }), partner);
      const report = reportOf(bundle);
      expect(report.confidence).toBe(confidence);
      expect(report.extensions[SECURITY_BRIEFING_STIX_EXTENSION_ID].verification).toBe(verification);
      expect(stixProblems(bundle as never)).toEqual([]);
    }
  });

  it('is derived from the sources when a record carries no stored level (partner records keep the grades)', () => {
    const unstored = seedBriefing({ verification: undefined });
    expect(reportOf(toStixBundle(unstored, partner)).confidence).toBe(85);
    const oneOutlet = seedBriefing({ verification: undefined, sources: [{ kind: 'media', name: 'Reuters' }] });
    expect(reportOf(toStixBundle(oneOutlet, partner)).confidence).toBe(15);
  });

  it('is the JSON-LD article’s backstory, in words', () => {
    const doc = toJsonLd(seedBriefing({ verification: 'corroborated' }), { briefingsUrl: 'https://desk.example.org/briefings/' }) as Record<string, unknown>;
    expect(doc.backstory).toBe('Corroborated: Two or more independent named sources.');
  });

  it('is a ninjs description with the role “verification”, valid against ninjs 2.2', () => {
    const item = toNinjs(seedBriefing({ verification: 'unconfirmed', summary: null }), { publisher: 'The Example Desk' }) as Record<string, any>;
    expect(item.descriptions).toEqual([{ role: 'verification', contenttype: 'text/plain', value: 'Unconfirmed: One source, or only anonymous ones.' }]);
    expect(ninjsProblems(item)).toEqual([]);
  });
});
