import { stringify } from 'csv-stringify/sync';
// The library's core without its 80 locale files, which the package's Node entry would load.
import { alpha2ToNumeric } from 'i18n-iso-countries/index.js';
import {
  ACLED_TIME_PRECISION,
  disorderTypeOf,
  eventTypeTerm,
  subEventTypeTerm,
  type ActorKind,
} from '../vocabularies';
import { parsePartialDate, toCalendarDate } from '../briefing/dates';
import { countryName } from '../briefing/countries';
import type { ActorRecord, BriefingRecord } from '../briefing/records';
import { exportable, audienceOf, sourceName, type ExportOptions } from './audience';
import { actorsIn, castOf, hasCoordinates, type CastMember } from './facts';
import { acledRegionOf } from './acled-regions';

/** ACLED's columns, in ACLED's order; an analyst can append our rows to an ACLED download. */
export const ACLED_COLUMNS = [
  'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];
export type AcledRow = Record<AcledColumn, string | number>;

/** ACLED's actor type codes (inter1 / inter2). */
export const ACLED_INTER_CODES = {
  stateForces: 1,
  rebelGroups: 2,
  politicalMilitias: 3,
  identityMilitias: 4,
  rioters: 5,
  protesters: 6,
  civilians: 7,
  externalOrOtherForces: 8,
} as const;
export type AcledInterCode = (typeof ACLED_INTER_CODES)[keyof typeof ACLED_INTER_CODES];

/**
 * The ACLED code for each kind of actor. Governments count as state forces, as ACLED codes
 * them; intergovernmental bodies and coalitions as external/other forces; media and private
 * people as civilians. Whether an armed group is a rebel group or a militia is a call ACLED makes
 * per group: we write rebel group (2), ACLED's code for the Islamic State.
 */
export const ACLED_INTER_OF_ACTOR_KIND: Record<ActorKind, AcledInterCode> = {
  'state-force': ACLED_INTER_CODES.stateForces,
  government: ACLED_INTER_CODES.stateForces,
  'armed-group': ACLED_INTER_CODES.rebelGroups,
  'political-party': ACLED_INTER_CODES.politicalMilitias,
  intergovernmental: ACLED_INTER_CODES.externalOrOtherForces,
  'other-organization': ACLED_INTER_CODES.externalOrOtherForces,
  media: ACLED_INTER_CODES.civilians,
  person: ACLED_INTER_CODES.civilians,
};

/** An actor as ACLED names it: groups, not people. */
interface AcledActor {
  name: string;
  inter?: AcledInterCode;
}

/**
 * ACLED records groups. A person stands for the organisation they belong to (al-Rifai for the
 * Islamic State); a person with no known organisation is one of the civilians of their country.
 */
function asAcledActor(member: CastMember, cast: CastMember[], incidentCountry: string | undefined): AcledActor {
  const { actor } = member;
  if (actor.kind !== 'person') return { name: actor.name, inter: ACLED_INTER_OF_ACTOR_KIND[actor.kind] };
  if (actor.affiliation) {
    const organisation: ActorRecord | undefined = cast.find((m) => m.actor.documentId === actor.affiliation!.documentId)?.actor;
    // An organisation not in the briefing has an unknown kind: its name, and no code rather than a guess.
    return organisation
      ? asAcledActor({ actor: organisation, roles: [] }, cast, incidentCountry)
      : { name: actor.affiliation.name };
  }
  const country = countryName(actor.countryCode ?? incidentCountry ?? '');
  return { name: country ? `Civilians (${country})` : 'Civilians', inter: ACLED_INTER_CODES.civilians };
}

const uniqueByName = (actors: AcledActor[]): AcledActor[] => {
  const seen = new Map<string, AcledActor>();
  for (const a of actors) if (!seen.has(a.name)) seen.set(a.name, a);
  return [...seen.values()];
};

/** ACLED's interaction code: the two actor codes, lower first ("12"); one actor alone is "10". */
function interactionOf(inter1?: number, inter2?: number): string {
  if (inter1 === undefined && inter2 === undefined) return '';
  if (inter1 === undefined || inter2 === undefined) return `${inter1 ?? inter2}0`;
  return `${Math.min(inter1, inter2)}${Math.max(inter1, inter2)}`;
}

/** ACLED's numeric ISO 3166-1 code ("IQ" -> 368), from the i18n-iso-countries tables. */
export const isoNumericOf = (countryCode: string | null | undefined): number | undefined => {
  const numeric = countryCode ? alpha2ToNumeric(countryCode) : undefined;
  return numeric ? Number(numeric) : undefined;
};

/**
 * The briefing's incident as ACLED rows: one row, or none when the briefing records no incident.
 * Anonymous sources are "Undisclosed Source" as in ACLED's own data, whatever the audience, and no
 * grade ever appears here: the ACLED columns have no place for them.
 */
export function toAcledRows(record: BriefingRecord, options: ExportOptions = {}): AcledRow[] {
  const audience = audienceOf(options);
  const briefing = exportable(record, audience);
  const incident = briefing.incident;
  if (!incident?.eventType && !incident?.date) return [];

  const place = incident.place ?? undefined;
  const cast = castOf(briefing);
  const country = place?.countryCode ?? undefined;

  let side1 = actorsIn(cast, 'perpetrator');
  if (side1.length === 0) side1 = actorsIn(cast, 'claimant');
  const side2 = actorsIn(cast, 'target', 'victim').filter((m) => !side1.includes(m));
  const acting = uniqueByName(side1.map((m) => asAcledActor(m, cast, country)));
  const alongside = actorsIn(cast, 'associated').map((m) => asAcledActor(m, cast, country));
  const suffering = uniqueByName(side2.map((m) => asAcledActor(m, cast, country)));
  const [actor1, ...otherActing] = acting;
  const assoc1 = uniqueByName([...otherActing, ...alongside]).filter((a) => a.name !== actor1?.name);
  const [actor2, ...assoc2] = suffering;

  // In protests and riots ACLED codes the crowd itself, whoever its members are.
  const inter1 =
    incident.eventType === 'protests' ? ACLED_INTER_CODES.protesters : incident.eventType === 'riots' ? ACLED_INTER_CODES.rioters : actor1?.inter;
  const inter2 = actor2?.inter;

  const date = incident.date ? parsePartialDate(incident.date) : undefined;
  const sources = [...new Set((briefing.sources ?? []).map((s) => sourceName(s, 'public')))];
  const fatalities = incident.fatalitiesMin ?? incident.fatalitiesMax ?? 0;
  const located = hasCoordinates(place);
  const updated = briefing.updatedAt ? Date.parse(briefing.updatedAt) : NaN;

  return [
    {
      event_date: incident.date ? (toCalendarDate(incident.date) ?? '') : '',
      year: date?.year ?? '',
      time_precision: incident.datePrecision ? ACLED_TIME_PRECISION[incident.datePrecision] : '',
      disorder_type: incident.eventType ? (disorderTypeOf(incident.eventType, incident.subEventType ?? undefined) ?? '') : '',
      event_type: incident.eventType ? (eventTypeTerm(incident.eventType)?.acledName ?? '') : '',
      sub_event_type: incident.subEventType ? (subEventTypeTerm(incident.subEventType)?.acledName ?? '') : '',
      actor1: actor1?.name ?? '',
      assoc_actor_1: assoc1.map((a) => a.name).join('; '),
      inter1: inter1 ?? '',
      actor2: actor2?.name ?? '',
      assoc_actor_2: assoc2.map((a) => a.name).join('; '),
      inter2: inter2 ?? '',
      interaction: interactionOf(inter1, inter2),
      civilian_targeting: suffering.some((a) => a.inter === ACLED_INTER_CODES.civilians) ? 'Civilian targeting' : '',
      iso: isoNumericOf(country) ?? '',
      region: country ? (acledRegionOf(country) ?? '') : '',
      country: country ? (countryName(country) ?? '') : '',
      admin1: place?.admin1 ?? (place?.kind === 'admin1' ? place.name : ''),
      admin2: place?.kind === 'admin2' ? place.name : '',
      admin3: '',
      location: place?.name ?? '',
      latitude: located ? place.latitude : '',
      longitude: located ? place.longitude : '',
      geo_precision: incident.geoPrecision ?? '',
      source: sources.join('; '),
      // We do not record a source's reach (local, national, international), so the scale stays empty.
      source_scale: '',
      notes: briefing.summary || briefing.title,
      fatalities,
      tags: '',
      timestamp: Number.isNaN(updated) ? '' : Math.floor(updated / 1000),
    },
  ];
}

/**
 * A text cell that a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first) is
 * written with a leading apostrophe, so opening the file never runs it. Numbers are left as numbers.
 */
export const defuseFormula = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const csvOptions = { columns: [...ACLED_COLUMNS], cast: { string: defuseFormula } };

/** ACLED rows as CSV text, header included. */
export function toAcledCsv(briefings: BriefingRecord | BriefingRecord[], options: ExportOptions = {}): string {
  const rows = (Array.isArray(briefings) ? briefings : [briefings]).flatMap((b) => toAcledRows(b, options));
  return stringify(rows, { ...csvOptions, header: true });
}

/** The CSV written row by row: the header first, then each briefing's rows as they come. */
export async function* writeAcledCsv(
  briefings: AsyncIterable<BriefingRecord> | Iterable<BriefingRecord>,
  options: ExportOptions = {},
): AsyncGenerator<string> {
  yield stringify([], { ...csvOptions, header: true });
  for await (const briefing of briefings) {
    const rows = toAcledRows(briefing, options);
    if (rows.length) yield stringify(rows, { ...csvOptions, header: false });
  }
}
