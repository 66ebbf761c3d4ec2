import { parse } from 'csv-parse/sync';
import {
  ACLED_COLUMNS,
  EXPORT_FORMATS,
  EXPORT_FORMAT_VALUES,
  TLP_STIX_MARKING_IDS,
  exportBriefing,
  exportFileName,
  isExportFormat,
  toJsonLd,
  toNinjs,
  writeExport,
  writeStixBundle,
  writeStixObjects,
  stixOptionsKey,
  type BriefingRecord,
  type StixBundle,
} from '../../src';
import { collect, seedBriefingNumber } from './fixture';
import { geoJsonProblems, ninjsProblems, stixProblems } from './official-schemas';

const briefings = (count: number) => Array.from({ length: count }, (_, n) => seedBriefingNumber(n + 1));

/** The same briefings as a database cursor would hand them over: one at a time, asynchronously. */
async function* fromCursor<T>(records: T[]): AsyncGenerator<T> {
  for (const record of records) {
    await new Promise((resolve) => setImmediate(resolve));
    yield record;
  }
}

const partner = { audience: 'partner' as const };

describe.each([0, 1, 25])('bulk export of %i briefings', (count) => {
  it('writes one valid STIX bundle', async () => {
    const bundle = JSON.parse(await collect(writeStixBundle(fromCursor(briefings(count)), partner))) as StixBundle;
    expect(bundle.type).toBe('bundle');
    expect(stixProblems(bundle as never)).toEqual([]);
    const objects = bundle.objects ?? [];
    expect(objects.filter((o) => o.type === 'report')).toHaveLength(count);
    expect(new Set(objects.map((o) => o.id)).size).toBe(objects.length);
    expect(objects.filter((o) => o.type === 'marking-definition').map((o) => o.id)).toEqual(count ? [TLP_STIX_MARKING_IDS.clear] : []);
  });

  it('writes a JSON array of JSON-LD documents and one of valid ninjs items', async () => {
    const jsonld = JSON.parse(await collect(writeExport(briefings(count), 'jsonld'))) as unknown[];
    expect(jsonld).toEqual(briefings(count).map((b) => toJsonLd(b)));
    const ninjs = JSON.parse(await collect(writeExport(fromCursor(briefings(count)), 'ninjs'))) as unknown[];
    expect(ninjs).toEqual(briefings(count).map((b) => toNinjs(b)));
    for (const item of ninjs) expect(ninjsProblems(item)).toEqual([]);
  });

  it('writes a CSV with the header then one row per incident', async () => {
    const csv = await collect(writeExport(fromCursor(briefings(count)), 'csv'));
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(csv.split('\n')[0]!.split(',')).toEqual([...ACLED_COLUMNS]);
    expect(rows).toHaveLength(count);
  });

  it('writes a valid GeoJSON FeatureCollection', async () => {
    const collection = JSON.parse(await collect(writeExport(fromCursor(briefings(count)), 'geojson'))) as { features: { id: string }[] };
    expect(geoJsonProblems(collection)).toEqual([]);
    expect(collection.features.map((f) => f.id)).toEqual(briefings(count).map((b) => b.documentId));
  });
});

describe('bulk STIX bundle', () => {
  it('writes each marking once, and the same bundle id for the same briefings', async () => {
    const mixed = [seedBriefingNumber(1), { ...seedBriefingNumber(2), marking: 'amber' as const }, { ...seedBriefingNumber(3), marking: 'amber' as const }];
    const text = await collect(writeStixBundle(mixed, partner));
    const bundle = JSON.parse(text) as StixBundle;
    expect(stixProblems(bundle as never)).toEqual([]);
    expect(bundle.objects!.filter((o) => o.type === 'marking-definition').map((o) => o.id)).toEqual([
      TLP_STIX_MARKING_IDS.clear,
      TLP_STIX_MARKING_IDS.amber,
    ]);
    expect(await collect(writeStixBundle(mixed, partner))).toBe(text);
    const other = JSON.parse(await collect(writeStixBundle(mixed.slice(1), partner))) as StixBundle;
    expect(other.id).not.toBe(bundle.id);
  });

  it('holds the same objects as the single-briefing bundles', async () => {
    const bundle = JSON.parse(await collect(writeStixBundle([seedBriefingNumber(7)], partner))) as StixBundle;
    const single = JSON.parse(exportBriefing(seedBriefingNumber(7), 'stix', partner)) as StixBundle;
    expect(new Set(bundle.objects!.map((o) => o.id))).toEqual(new Set(single.objects!.map((o) => o.id)));
  });

  it('sends briefings written ahead as they are: the same bundle, byte for byte, whichever way each came', async () => {
    const mixed = [seedBriefingNumber(1), { ...seedBriefingNumber(2), marking: 'amber' as const }, seedBriefingNumber(3)];
    const options = { ...partner, publisher: 'The Example Desk', stixProfile: 'opencti' as const };
    const text = await collect(writeStixBundle(mixed, options));
    const ahead = mixed.map((briefing, i) => (i === 1 ? briefing : writeStixObjects(briefing, options)));
    expect(await collect(writeStixBundle(fromCursor(ahead), options))).toBe(text);
    // As a store reads them back: UTF-8 bytes, sent as they are.
    const asBytes = ahead.map((item) => ('objects' in item ? { ...item, objects: new TextEncoder().encode(item.objects as string) } : item));
    const chunks: (string | Uint8Array)[] = [];
    for await (const chunk of writeStixBundle(asBytes, options)) chunks.push(chunk);
    expect(chunks.filter((chunk) => chunk instanceof Uint8Array)).toEqual(asBytes.flatMap((item) => ('objects' in item ? [item.objects] : [])));
    expect(await collect(writeStixBundle(asBytes, options))).toBe(text);
  });

  it('refuses objects written under other options (another profile, publisher or audience)', async () => {
    const ahead = writeStixObjects(seedBriefingNumber(1), partner);
    expect(ahead.optionsKey).toBe(stixOptionsKey({ ...partner, stixProfile: 'oasis' }));
    for (const other of [{ ...partner, stixProfile: 'misp' as const }, { ...partner, publisher: 'Another Desk' }, {}]) {
      expect(stixOptionsKey(other)).not.toBe(ahead.optionsKey);
      await expect(collect(writeStixBundle([ahead], other))).rejects.toThrow(/other options/);
    }
  });
});

describe('EXPORT_FORMATS', () => {
  it('tells the plugin how to serve each format', () => {
    expect(EXPORT_FORMATS.stix).toMatchObject({ contentType: 'application/stix+json;version=2.1', public: false });
    expect(EXPORT_FORMATS.geojson.contentType).toBe('application/geo+json');
    expect(EXPORT_FORMATS.csv.contentType).toMatch(/^text\/csv/);
    expect(EXPORT_FORMAT_VALUES.filter((f) => EXPORT_FORMATS[f].public)).toEqual(['jsonld', 'ninjs', 'csv', 'geojson']);
    expect(exportFileName('stix', 'briefing abc/1')).toBe('briefing-abc-1.stix.json');
    expect([isExportFormat('csv'), isExportFormat('xml'), isExportFormat(undefined)]).toEqual([true, false, false]);
  });
});
