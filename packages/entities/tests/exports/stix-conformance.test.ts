import {
  STIX_PROFILE_VALUES,
  TLP_MARKINGS,
  stixObjectsOf,
  stixSupportingObjects,
  toStixBundle,
  writeStixBundle,
  type BriefingRecord,
  type ExportOptions,
  type StixBundle,
  type StixObject,
  type TlpMarking,
} from '../../src';
import { collect, seedBriefing } from './fixture';
import { stixProblems } from './official-schemas';

/**
 * Every bundle we write must be closed: an importer resolves each reference inside the bundle it
 * was given, and OpenCTI or MISP drop (or fail on) an object whose author, marking or target is
 * missing. This walks every reference of every object, including those nested in extensions.
 */

/** Every id an object refers to: properties named *_ref or *_refs at any depth, and extension ids. */
function referencesOf(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) referencesOf(item, found);
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key.endsWith('_ref') && typeof v === 'string') found.push(v);
      else if (key.endsWith('_refs') && Array.isArray(v)) found.push(...v.filter((r): r is string => typeof r === 'string'));
      else if (key === 'extensions' && v && typeof v === 'object') {
        found.push(...Object.keys(v).filter((id) => id.startsWith('extension-definition--')));
        referencesOf(v, found);
      } else referencesOf(v, found);
    }
  }
  return found;
}

/** What is wrong with a bundle beyond the official schemas: dangling references, unplaceable locations, empty reports. */
function closureProblems(objects: StixObject[]): string[] {
  const ids = new Set(objects.map((o) => o.id));
  const problems: string[] = [];
  if (ids.size !== objects.length) problems.push('an id appears twice');
  for (const object of objects) {
    for (const ref of referencesOf(object)) {
      if (!ids.has(ref)) problems.push(`${object.id} refers to ${ref}, which is not in the bundle`);
    }
    if (object.type === 'location' && object.country == null && object.region == null && (object.latitude == null || object.longitude == null)) {
      problems.push(`${object.id} (${String(object.name)}) has no country, region or coordinates`);
    }
    if (object.type === 'report' && !(Array.isArray(object.object_refs) && object.object_refs.length > 0)) {
      problems.push(`${object.id} has no object_refs`);
    }
  }
  return problems;
}

const MARKINGS: (TlpMarking | null)[] = [...TLP_MARKINGS.values, null];

/**
 * Briefings that differ from the seed in the ways real ones do: every marking, places with no
 * coordinates or country (with and without a parent the briefing names), no actors, actors
 * affiliated to someone outside the briefing, no incident date, no incident at all.
 */
function variedBriefings(): BriefingRecord[] {
  const briefings: BriefingRecord[] = [];
  for (let n = 0; n < 24; n++) {
    const seed = seedBriefing({ documentId: `variedbriefing${String(n).padStart(10, '0')}`, slug: `varied-${n}`, marking: MARKINGS[n % MARKINGS.length] });
    const incident = seed.incident!;
    if (n % 4 === 1) {
      // Nowhere on the map: the incident place keeps its parent (Iraq), a village has nothing but the incident's country.
      const anbar = { ...incident.place!, latitude: null, longitude: null, countryCode: null };
      const village = { documentId: 'placeunknownvillage00001', name: 'an unnamed village', kind: 'city' as const, countryCode: null, latitude: null, longitude: null };
      seed.incident = { ...incident, place: anbar };
      seed.places = [anbar, village, ...(seed.places ?? []).slice(1)];
    }
    if (n % 4 === 2) {
      // No country anywhere and no parent: the place cannot be located and must go, with what points to it.
      const lost = { documentId: 'placelostnowhere00000001', name: 'somewhere', kind: 'city' as const, countryCode: null, latitude: null, longitude: null };
      seed.incident = { ...incident, place: lost };
      seed.places = [lost];
    }
    if (n % 5 === 3) seed.actorRoles = [];
    if (n % 5 === 4) {
      // Affiliated to an organisation the briefing does not name, and a speaker who plays no role.
      seed.actorRoles = (seed.actorRoles ?? []).map((role) => ({
        ...role,
        actor: { ...role.actor, affiliation: { documentId: 'actornotinthisbriefing01', name: 'Someone else' } },
      }));
      seed.quotes = (seed.quotes ?? []).map((q) => ({ ...q, speaker: q.speaker ? { ...q.speaker, documentId: 'actorspeakeronly00000001' } : q.speaker }));
    }
    if (n % 3 === 0) seed.incident = { ...seed.incident!, date: null, datePrecision: null, dateAsWritten: null };
    if (n % 7 === 6) {
      seed.incident = null;
      seed.places = [];
      seed.actorRoles = [];
      seed.quotes = [];
      seed.assessment = null;
    }
    briefings.push(seed);
  }
  return briefings;
}

const audiences: ExportOptions[] = [
  { audience: 'partner', publisher: 'The Example Desk', briefingsUrl: 'https://news.example/briefings', language: 'en' },
  { audience: 'partner' },
];

describe.each(STIX_PROFILE_VALUES)('STIX bundles in the %s profile', (stixProfile) => {
  const briefings = [seedBriefing(), ...variedBriefings()];

  it.each(audiences.map((a, i) => [i, a] as const))('are closed and valid for each briefing alone (options %i)', (_, audience) => {
    const options = { ...audience, stixProfile };
    for (const briefing of briefings) {
      const bundle = toStixBundle(briefing, options);
      expect({ id: briefing.documentId, problems: closureProblems(bundle.objects!) }).toEqual({ id: briefing.documentId, problems: [] });
      expect({ id: briefing.documentId, problems: stixProblems(bundle as never) }).toEqual({ id: briefing.documentId, problems: [] });
    }
  });

  it('are closed and valid for all of them in one bulk bundle', async () => {
    const options = { ...audiences[0], stixProfile };
    const bundle = JSON.parse(await collect(writeStixBundle(briefings, options))) as StixBundle;
    expect(closureProblems(bundle.objects!)).toEqual([]);
    expect(stixProblems(bundle as never)).toEqual([]);
  });

  it('are closed when a feed serves stixObjectsOf with the supporting objects of the marking', () => {
    const options = { ...audiences[0], stixProfile };
    for (const briefing of briefings) {
      const objects = [...stixSupportingObjects(briefing.marking ?? 'red', options), ...stixObjectsOf(briefing, options)];
      expect(closureProblems(objects)).toEqual([]);
    }
  });

  it('leave out a place that cannot be located, with every reference to it, and infer a country where one is known', () => {
    const [, nowhere, lost] = variedBriefings();
    const located = toStixBundle(nowhere!, { audience: 'partner', stixProfile }).objects!;
    const anbar = located.find((o) => o.name === 'Anbar')!;
    expect(anbar).toMatchObject({ country: 'IQ', region: 'western-asia' });
    expect(Object.values(anbar.extensions as object)[0]).toMatchObject({ country_inferred: true });
    expect(located.find((o) => o.name === 'an unnamed village')).toMatchObject({ country: 'IQ' });

    const objects = toStixBundle(lost!, { audience: 'partner', stixProfile }).objects!;
    expect(objects.filter((o) => o.type === 'location' && o.name === 'somewhere')).toEqual([]);
    expect(closureProblems(objects)).toEqual([]);
  });

  it('give a report with nothing in it its author to refer to', () => {
    const bare = seedBriefing({ incident: null, actorRoles: [], places: [], quotes: [], sources: [], assessment: null });
    const withDesk = toStixBundle(bare, { audience: 'partner', publisher: 'The Example Desk', stixProfile }).objects!;
    const report = withDesk.find((o) => o.type === 'report')!;
    expect(report.object_refs).toEqual([report.created_by_ref]);
    const anonymous = toStixBundle(bare, { audience: 'partner', stixProfile }).objects!;
    const security = anonymous.find((o) => o.name === 'Security briefings')!;
    expect(anonymous.find((o) => o.type === 'report')!.object_refs).toEqual([security.id]);
  });
});
