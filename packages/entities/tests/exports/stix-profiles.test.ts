import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  STIX_PROFILE_VALUES,
  TLP_STIX_EXTENSION_ID,
  TLP_STIX_MARKING_IDS,
  exportBriefing,
  stixSupportingObjects,
  toStixBundle,
  writeStixBundle,
  type StixBundle,
  type StixObject,
  type StixProfile,
} from '../../src';
import { collect, seedBriefing, seedBriefingNumber } from './fixture';

/**
 * The three STIX profiles, and the golden files that pin each one's bundle of the seed briefing
 * byte for byte (tests/exports/fixtures/stix-seed.<profile>.json).
 *
 * A golden file changes only on purpose. After a deliberate change to the STIX export, rewrite
 * them with
 *
 *   UPDATE_STIX_GOLDEN=1 npx jest tests/exports/stix-profiles.test.ts
 *
 * (from packages/entities) and read the diff before committing it.
 */

const partner = { audience: 'partner' as const, publisher: 'The Example Desk', briefingsUrl: 'https://news.example/briefings', language: 'en' };
const goldenFile = (profile: StixProfile) => path.join(__dirname, 'fixtures', `stix-seed.${profile}.json`);
const serialise = (bundle: StixBundle) => `${JSON.stringify(bundle, null, 2)}\n`;

const markingsIn = (objects: StixObject[]) => objects.filter((o) => o.type === 'marking-definition');
const reportIn = (objects: StixObject[]) => objects.find((o) => o.type === 'report')!;

describe.each(STIX_PROFILE_VALUES)('the %s profile', (stixProfile) => {
  it('gives the seed briefing the bundle of its golden file, byte for byte', () => {
    const written = serialise(toStixBundle(seedBriefing(), { ...partner, stixProfile }));
    if (process.env.UPDATE_STIX_GOLDEN) writeFileSync(goldenFile(stixProfile), written);
    expect(written).toBe(readFileSync(goldenFile(stixProfile), 'utf8'));
  });

  it('gives the same objects on every export, alone or in a bulk export', async () => {
    const options = { ...partner, stixProfile };
    const briefing = seedBriefingNumber(3);
    const once = toStixBundle(briefing, options);
    expect(JSON.stringify(toStixBundle(seedBriefingNumber(3), options))).toBe(JSON.stringify(once));
    expect(exportBriefing(seedBriefingNumber(3), 'stix', options)).toBe(exportBriefing(briefing, 'stix', options));

    // Among other briefings, each object comes out as the same bytes as in the briefing's own bundle.
    const bulk = JSON.parse(await collect(writeStixBundle([seedBriefingNumber(1), briefing, seedBriefingNumber(5)], options))) as StixBundle;
    const inBulk = new Map(bulk.objects!.map((o) => [o.id, JSON.stringify(o)]));
    for (const object of once.objects!) expect(inBulk.get(object.id)).toBe(JSON.stringify(object));
  });

  it('marks every object of the briefing with the marking definition the bundle carries', () => {
    for (const marking of ['clear', 'green', 'amber', 'amber+strict', 'red'] as const) {
      const objects = toStixBundle(seedBriefing({ marking }), { ...partner, stixProfile }).objects!;
      const definitions = new Set(markingsIn(objects).map((m) => m.id));
      const report = reportIn(objects);
      expect(report.object_marking_refs).toHaveLength(1);
      expect(definitions.has((report.object_marking_refs as string[])[0]!)).toBe(true);
    }
  });
});

describe('marking definitions per profile', () => {
  const definitionsFor = (stixProfile: StixProfile, marking: 'clear' | 'green' | 'amber' | 'amber+strict' | 'red') =>
    markingsIn(stixSupportingObjects(marking, { stixProfile }));

  it('oasis: the OASIS TLP 2.0 definitions, with the TLP 2.0 extension and its author in the bundle', () => {
    const objects = stixSupportingObjects('amber+strict', {});
    expect(markingsIn(objects).map((m) => [m.id, m.name])).toEqual([
      [TLP_STIX_MARKING_IDS.clear, 'TLP:CLEAR'],
      [TLP_STIX_MARKING_IDS['amber+strict'], 'TLP:AMBER+STRICT'],
    ]);
    expect(markingsIn(objects)[1]!.extensions).toEqual({ [TLP_STIX_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: 'amber+strict' } });
    const extension = objects.find((o) => o.id === TLP_STIX_EXTENSION_ID)!;
    expect(extension).toMatchObject({ type: 'extension-definition', name: 'TLP 2.0', version: '1.0.0' });
    expect(objects.find((o) => o.id === extension.created_by_ref)).toMatchObject({ type: 'identity' });
  });

  it("opencti: OpenCTI's own TLP markings, ids, definition type, order and colour, so its importer maps them to its own", () => {
    expect(definitionsFor('opencti', 'amber+strict')[1]).toEqual({
      type: 'marking-definition',
      spec_version: '2.1',
      id: 'marking-definition--826578e1-40ad-459f-bc73-ede076f81f37',
      created: '2022-10-01T00:00:00.000Z',
      name: 'TLP:AMBER+STRICT',
      definition_type: 'TLP',
      definition: { tlp: 'amber+strict' },
      x_opencti_definition_type: 'TLP',
      x_opencti_definition: 'TLP:AMBER+STRICT',
      x_opencti_order: 4,
      x_opencti_color: '#d84315',
    });
    const ids = (['clear', 'green', 'amber', 'red'] as const).map((m) => definitionsFor('opencti', m).at(-1)!);
    expect(ids.map((m) => [m.id, m.x_opencti_definition, m.x_opencti_order])).toEqual([
      ['marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9', 'TLP:CLEAR', 1],
      ['marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da', 'TLP:GREEN', 2],
      ['marking-definition--f88d31f6-486f-44da-b317-01333bde0b82', 'TLP:AMBER', 3],
      ['marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed', 'TLP:RED', 5],
    ]);
    // OpenCTI reads no TLP 2.0 extension: none is referenced, none is shipped.
    expect(stixSupportingObjects('green', { stixProfile: 'opencti' }).map((o) => o.id)).not.toContain(TLP_STIX_EXTENSION_ID);
  });

  it('misp: the TLP 1.0 definitions STIX 2.1 predefines, AMBER+STRICT as AMBER, and the tlp: label on the report', () => {
    expect(definitionsFor('misp', 'clear')).toEqual([
      {
        type: 'marking-definition',
        spec_version: '2.1',
        id: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
        created: '2017-01-20T00:00:00.000Z',
        definition_type: 'tlp',
        name: 'TLP:WHITE',
        definition: { tlp: 'white' },
      },
    ]);
    expect(definitionsFor('misp', 'amber+strict').map((m) => [m.id, m.name])).toEqual([
      ['marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9', 'TLP:WHITE'],
      ['marking-definition--f88d31f6-486f-44da-b317-01333bde0b82', 'TLP:AMBER'],
    ]);
    const labels = (marking: 'clear' | 'amber' | 'amber+strict') =>
      reportIn(toStixBundle(seedBriefing({ marking }), { ...partner, stixProfile: 'misp' }).objects!).labels;
    expect(labels('clear')).toEqual(['explosions-remote-violence', 'air-drone-strike', 'tlp:white']);
    expect(labels('amber')).toContain('tlp:amber');
    expect(labels('amber+strict')).toContain('tlp:amber+strict');
    // The other profiles leave the labels to the incident.
    expect(reportIn(toStixBundle(seedBriefing(), partner).objects!).labels).toEqual(['explosions-remote-violence', 'air-drone-strike']);
  });
});
