import { revokedStixObject, toStixBundle, type StixObject } from '../../src';
import { seedBriefing } from './fixture';
import { stixProblems } from './official-schemas';

/**
 * A revoked version in a feed withdraws an object without repeating it: a briefing unpublished or
 * raised beyond a partner's markings must stop being served by name, text or place.
 */
describe('revoked STIX versions', () => {
  const bundle = toStixBundle(seedBriefing(), { audience: 'partner', publisher: 'The Desk' });
  const objects = bundle.objects!.filter((o) => ['report', 'identity', 'location', 'relationship', 'note'].includes(o.type) || o.type === 'threat-actor');
  const modified = '2026-12-02T10:00:00.000Z';
  const revoked = objects.map((o) => revokedStixObject(o, modified));

  it('are valid STIX 2.1 objects, marked revoked, with the new version', () => {
    expect(stixProblems({ ...bundle, objects: [...bundle.objects!.filter((o) => !objects.includes(o)), ...revoked] })).toEqual([]);
    for (const object of revoked) expect(object).toMatchObject({ revoked: true, modified, id: expect.any(String), type: expect.any(String) });
  });

  it('keep no name, text, alias, link or extension of the object they withdraw', () => {
    const said = (o: StixObject) =>
      [o.name, o.description, o.content, o.abstract, ...((o.aliases as string[]) ?? []), ...((o.labels as string[]) ?? [])].filter(
        (v): v is string => typeof v === 'string' && v.length > 3,
      );
    const text = JSON.stringify(revoked);
    for (const value of objects.flatMap(said)) expect(text).not.toContain(value);
    for (const object of revoked) {
      expect(object).not.toHaveProperty('extensions');
      expect(object).not.toHaveProperty('external_references');
    }
  });

  it('keep references, so a platform can withdraw what it imported', () => {
    const report = revoked.find((o) => o.type === 'report')!;
    expect(report.object_refs).toEqual(objects.find((o) => o.type === 'report')!.object_refs);
    const relationship = revoked.find((o) => o.type === 'relationship');
    if (relationship) expect(relationship).toHaveProperty('source_ref');
  });
});
