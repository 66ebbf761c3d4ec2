import { eventTypeTerm, subEventTypeTerm, type ActorRole } from '../vocabularies';
import { formatPartialDate, parsePartialDate } from '../briefing/dates';
import { countryName } from '../briefing/countries';
import type { ActorRecord, ActorRoleRecord, BriefingRecord, PlaceRecord } from '../briefing/records';
import type { ExportOptions } from './audience';

/** What every format reads from a briefing the same way, so the formats cannot drift apart. */

/** One actor of the briefing with every role it plays (al-Rifai is both target and victim). */
export interface CastMember {
  actor: ActorRecord;
  roles: ActorRoleRecord[];
}

/** The briefing's actors, each once, in the order editors listed them. */
export function castOf(briefing: BriefingRecord): CastMember[] {
  const byActor = new Map<string, CastMember>();
  for (const role of briefing.actorRoles ?? []) {
    if (!role?.actor) continue;
    const member = byActor.get(role.actor.documentId);
    if (member) member.roles.push(role);
    else byActor.set(role.actor.documentId, { actor: role.actor, roles: [role] });
  }
  return [...byActor.values()];
}

export const plays = (member: CastMember, ...roles: ActorRole[]): boolean =>
  member.roles.some((r) => roles.includes(r.role));

/** Actors playing any of the roles, in cast order. */
export const actorsIn = (cast: CastMember[], ...roles: ActorRole[]): CastMember[] => cast.filter((m) => plays(m, ...roles));

/** The incident's place first, then the other places the briefing names, each once. */
export function placesOf(briefing: BriefingRecord): PlaceRecord[] {
  const seen = new Map<string, PlaceRecord>();
  const incidentPlace = briefing.incident?.place;
  if (incidentPlace) seen.set(incidentPlace.documentId, incidentPlace);
  for (const place of briefing.places ?? []) {
    if (place && !seen.has(place.documentId)) seen.set(place.documentId, place);
  }
  return [...seen.values()];
}

export const hasCoordinates = (place: PlaceRecord | null | undefined): place is PlaceRecord & { latitude: number; longitude: number } =>
  place?.latitude != null && place.longitude != null;

/** The incident date as precisely as it is known: "2025-03-13", "2025-03" or "2025". */
export function incidentDate(briefing: BriefingRecord): string | undefined {
  const incident = briefing.incident;
  if (!incident?.date) return undefined;
  const parsed = parsePartialDate(incident.date);
  if (!parsed) return undefined;
  return formatPartialDate(parsed, incident.datePrecision ?? 'day');
}

/** "Air/drone strike in Anbar, Iraq": what happened and where, for names and headlines of the event. */
export function incidentName(briefing: BriefingRecord): string {
  const incident = briefing.incident;
  const what =
    (incident?.subEventType && subEventTypeTerm(incident.subEventType)?.label) ??
    (incident?.eventType && eventTypeTerm(incident.eventType)?.label) ??
    'Incident';
  const place = incident?.place;
  if (!place) return what;
  const country = place.countryCode ? countryName(place.countryCode) : undefined;
  const where = country && country !== place.name ? `${place.name}, ${country}` : place.name;
  return `${what} in ${where}`;
}

/** The record's own dates as ISO timestamps with milliseconds; never the clock, so re-exports are identical. */
export interface RecordTimes {
  created: string;
  modified: string;
  /** When it was published, or its last change for a draft. */
  published: string;
}

/** A stored time as ISO 8601, or undefined when there is none or it does not parse. */
export const iso = (value: string | null | undefined): string | undefined => {
  if (!value) return undefined;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
};

export function timesOf(briefing: BriefingRecord): RecordTimes {
  const created = iso(briefing.createdAt);
  const modified = iso(briefing.updatedAt);
  const published = iso(briefing.publishedAt);
  const any = modified ?? published ?? created;
  if (!any) {
    throw new Error(`Briefing ${briefing.documentId} has no createdAt, updatedAt or publishedAt; exports take their dates from the record.`);
  }
  return { created: created ?? any, modified: modified ?? any, published: published ?? any };
}

/** The briefing's public web address, when the newsroom gave one. */
export function briefingUrl(briefing: BriefingRecord, options: ExportOptions): string | undefined {
  if (!options.briefingsUrl) return undefined;
  return `${options.briefingsUrl.replace(/\/+$/, '')}/${encodeURIComponent(briefing.slug || briefing.documentId)}`;
}

export const wikidataUrl = (id: string | null | undefined): string | undefined =>
  id ? `https://www.wikidata.org/wiki/${id}` : undefined;

export const geonamesUrl = (id: number | null | undefined): string | undefined =>
  id ? `https://sws.geonames.org/${id}/` : undefined;

/** Drops null, undefined and empty arrays/strings, so outputs carry only what is known. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  const kept: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    kept[key] = v;
  }
  return kept as T;
}
