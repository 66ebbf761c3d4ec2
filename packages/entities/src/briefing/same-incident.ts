import type { DatePrecision, EventType } from '../vocabularies';
import { parsePartialDate } from './dates';
import { readingKey } from './name-keys';

/**
 * When an article may report an incident a briefing already covers, written once: the plugin's
 * candidate search asks the database with `incidentWindow`, then keeps and ranks what `sameIncident`
 * accepts; the admin shows the reasons it gives.
 *
 * Two reports are of the same incident when they have the same ACLED event type, incident dates at
 * most a day apart, places within 50 km of each other or in the same admin1, and at least one actor
 * in common (by record, name or alias). Reports disagree on the day (a strike "late Thursday" is
 * "Friday" in the next morning's paper) and name a town, its district or its province, hence the slack.
 */
export interface SameIncidentRule {
  maxDaysApart: number;
  maxKilometres: number;
}

export const SAME_INCIDENT_RULE: SameIncidentRule = { maxDaysApart: 1, maxKilometres: 50 };

/** What the rule compares of a briefing, or of the draft an article gives. */
export interface IncidentFacts {
  eventType: EventType | null;
  /** The incident's day (YYYY-MM-DD); a week, month or year is not a day and matches nothing. */
  date: string | null;
  datePrecision?: DatePrecision | null;
  place: IncidentPlace | null;
  actors: IncidentActor[];
}

export interface IncidentPlace {
  name: string;
  kind?: string | null;
  countryCode?: string | null;
  admin1?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

export interface IncidentActor {
  name: string;
  aliases?: readonly string[];
  /** The actor record, when known: the same record is the same actor whatever the text calls it. */
  documentId?: string | null;
}

/** One reason a briefing matched, for the editor (the admin words each one in the editor's language). */
export type SameIncidentReason =
  | { kind: 'event-type'; eventType: EventType }
  | { kind: 'date'; daysApart: number }
  | { kind: 'distance'; kilometres: number; place: string }
  | { kind: 'admin1'; admin1: string }
  | { kind: 'actors'; actors: string[] };

export interface SameIncidentMatch {
  reasons: SameIncidentReason[];
  /** The reasons in plain English: "same event type; 1 day apart; 12 km from Ramadi; shares Islamic State". */
  why: string;
  /** Higher is closer: ranks candidates. */
  score: number;
  daysApart: number;
  /** Between the two places, when both have coordinates. */
  kilometres: number | null;
  /** The briefing's names of the actors both share. */
  sharedActors: string[];
}

const DAY = 86_400_000;

/** Days since 1970-01-01 of a real calendar day (a full timestamp counts by its date); null for anything less. */
function dayNumber(date: string | null | undefined): number | null {
  if (!date || parsePartialDate(date)?.day === undefined) return null;
  return Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY);
}

const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** The incident dates a briefing may have to match an article of this date: what the database is asked first. */
export function incidentWindow(date: string, rule: SameIncidentRule = SAME_INCIDENT_RULE): { from: string; to: string } | null {
  const day = dayNumber(date);
  return day === null ? null : { from: isoDay(day - rule.maxDaysApart), to: isoDay(day + rule.maxDaysApart) };
}

/** Great-circle distance in kilometres (haversine, mean Earth radius). */
export function kilometresBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A name as an editor reads it, and a leading "the" or "al-" aside ("Al Anbar" is "Anbar"). */
export const nameKey = (name: string): string => readingKey(name).replace(/^(the|al|el) /, '');

/** A country's or region's coordinates are a centroid, which says nothing of where an incident was. */
const hasCoordinates = (place: IncidentPlace): place is IncidentPlace & { latitude: number; longitude: number } =>
  typeof place.latitude === 'number' && typeof place.longitude === 'number' && place.kind !== 'country' && place.kind !== 'region';

/** The admin1 a place is in (a province is its own), as named; a country-wide place has none. */
function admin1Name(place: IncidentPlace): string | null {
  return place.admin1 || (place.kind === 'admin1' ? place.name : null);
}

/** An admin1's name compared without "governorate", "province" and the like ("Al Anbar Governorate" is "Anbar"). */
function admin1Key(place: IncidentPlace): string | null {
  const name = admin1Name(place);
  return name ? nameKey(name.replace(/\b(governorate|province|region|state|oblast)\b/gi, '')) || null : null;
}

/** Names of the briefing's actors that the article's actors also name (by record, name or alias). */
function sharedActors(article: readonly IncidentActor[], briefing: readonly IncidentActor[]): string[] {
  const articleIds = new Set(article.map((actor) => actor.documentId).filter(Boolean));
  const articleNames = new Set(article.flatMap((actor) => [actor.name, ...(actor.aliases ?? [])].map(nameKey)).filter(Boolean));
  const shared: string[] = [];
  for (const actor of briefing) {
    const same = (actor.documentId && articleIds.has(actor.documentId)) || [actor.name, ...(actor.aliases ?? [])].some((name) => articleNames.has(nameKey(name)));
    if (same && !shared.includes(actor.name)) shared.push(actor.name);
  }
  return shared;
}

function placeReason(article: IncidentPlace, briefing: IncidentPlace, rule: SameIncidentRule): { reason: SameIncidentReason; kilometres: number | null } | null {
  const kilometres = hasCoordinates(article) && hasCoordinates(briefing) ? kilometresBetween(article, briefing) : null;
  if (kilometres !== null && kilometres <= rule.maxKilometres) return { reason: { kind: 'distance', kilometres: Math.round(kilometres), place: briefing.name }, kilometres };
  const admin1 = admin1Key(article);
  const sameCountry = !article.countryCode || !briefing.countryCode || article.countryCode === briefing.countryCode;
  if (admin1 && sameCountry && admin1 === admin1Key(briefing)) return { reason: { kind: 'admin1', admin1: admin1Name(briefing)! }, kilometres };
  return null;
}

const listed = (names: string[]) => (names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`);

/** A reason in plain English. */
function describeSameIncidentReason(reason: SameIncidentReason): string {
  switch (reason.kind) {
    case 'event-type':
      return 'same event type';
    case 'date':
      return reason.daysApart === 0 ? 'same day' : `${reason.daysApart} day${reason.daysApart === 1 ? '' : 's'} apart`;
    case 'distance':
      return reason.kilometres === 0 ? `at ${reason.place}` : `${reason.kilometres} km from ${reason.place}`;
    case 'admin1':
      return `both in ${reason.admin1}`;
    case 'actors':
      return `shares ${listed(reason.actors)}`;
  }
}

/**
 * Whether the briefing may report the article's incident, and why; null when any of the four
 * conditions fails. The score ranks matches: each shared actor counts most, then the same day,
 * then how close the places are.
 */
export function sameIncident(article: IncidentFacts, briefing: IncidentFacts, rule: SameIncidentRule = SAME_INCIDENT_RULE): SameIncidentMatch | null {
  if (!article.eventType || article.eventType !== briefing.eventType) return null;
  const notADay = (facts: IncidentFacts) => Boolean(facts.datePrecision && facts.datePrecision !== 'day');
  const [articleDay, briefingDay] = [dayNumber(article.date), dayNumber(briefing.date)];
  if (articleDay === null || briefingDay === null || notADay(article) || notADay(briefing)) return null;
  const daysApart = Math.abs(articleDay - briefingDay);
  if (daysApart > rule.maxDaysApart) return null;
  const place = article.place && briefing.place ? placeReason(article.place, briefing.place, rule) : null;
  if (!place) return null;
  const shared = sharedActors(article.actors, briefing.actors);
  if (shared.length === 0) return null;

  const reasons: SameIncidentReason[] = [{ kind: 'event-type', eventType: briefing.eventType }, { kind: 'date', daysApart }, place.reason, { kind: 'actors', actors: shared }];
  const closeness = place.kilometres !== null && place.kilometres <= rule.maxKilometres ? 1 - place.kilometres / rule.maxKilometres : 0.25;
  const score = 2 * shared.length + (1 - daysApart / (rule.maxDaysApart + 1)) + closeness;
  return { reasons, why: reasons.map(describeSameIncidentReason).join('; '), score, daysApart, kilometres: place.kilometres, sharedActors: shared };
}

/** The briefings that may report the article's incident, closest first, each with its match. */
export function rankSameIncident<Briefing extends { facts: IncidentFacts }>(
  article: IncidentFacts,
  briefings: readonly Briefing[],
  rule: SameIncidentRule = SAME_INCIDENT_RULE,
): Array<Briefing & { match: SameIncidentMatch }> {
  return briefings
    .map((briefing) => ({ ...briefing, match: sameIncident(article, briefing.facts, rule) }))
    .filter((candidate): candidate is Briefing & { match: SameIncidentMatch } => candidate.match !== null)
    .sort((a, b) => b.match.score - a.match.score || a.match.daysApart - b.match.daysApart);
}
