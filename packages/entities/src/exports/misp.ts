import * as crypto from 'node:crypto';
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  CONFIDENCE_LEVELS,
  GEO_PRECISIONS,
  LIKELIHOODS,
  SOURCE_KINDS,
  THREAT_LEVELS,
  TRENDS,
  eventTypeTerm,
  subEventTypeTerm,
  disorderTypeOf,
  type ThreatLevel,
  type TlpMarking,
} from '../vocabularies';
import { countryName } from '../briefing/countries';
import { toCalendarDate } from '../briefing/dates';
import type { BriefingRecord, PlaceRecord } from '../briefing/records';
import { audienceOf, exportable, sourceGrade, sourceName, type ExportOptions } from './audience';
import { briefingUrl, castOf, hasCoordinates, incidentDate, placesOf, plays, type CastMember } from './facts';
import { stableUuid } from './identifiers';

/**
 * A briefing as a MISP event, for partners whose MISP reads a "MISP Feed" (manifest.json,
 * hashes.csv and one <uuid>.json per event) rather than TAXII. The shapes follow what MISP's
 * Feed model reads and what MISP writes in its own feeds: ids, timestamps and levels as strings.
 *
 * Every uuid is a UUIDv5 of document ids and positions, never of withheld text (an anonymous
 * source's descriptor would otherwise be guessable from its uuid), so the same briefing is always
 * the same event and a re-export is byte-identical.
 */

export interface MispTag {
  name: string;
  colour: string;
  local: '0';
  relationship_type: '';
}

export interface MispAttribute {
  uuid: string;
  type: string;
  category: string;
  value: string;
  comment: string;
  to_ids: false;
  disable_correlation: boolean;
  distribution: '5';
  timestamp: string;
  deleted: false;
  /** Inside an object: which of the template's fields this is. */
  object_relation?: string;
  Tag?: MispTag[];
}

export interface MispObject {
  uuid: string;
  name: string;
  'meta-category': string;
  description: string;
  template_uuid: string;
  template_version: string;
  timestamp: string;
  comment: string;
  distribution: '5';
  deleted: false;
  Attribute: MispAttribute[];
}

export interface MispOrganisation {
  name: string;
  uuid: string;
}

export interface MispEventBody {
  uuid: string;
  info: string;
  date: string;
  timestamp: string;
  publish_timestamp: string;
  published: boolean;
  analysis: '0' | '1' | '2';
  threat_level_id: '1' | '2' | '3' | '4';
  distribution: '0' | '1' | '2' | '3';
  extends_uuid: '';
  Orgc: MispOrganisation;
  Tag: MispTag[];
  Attribute: MispAttribute[];
  Object: MispObject[];
}

export interface MispEvent {
  Event: MispEventBody;
}

/** What manifest.json says of an event: enough for MISP to decide whether to fetch it again. */
export interface MispManifestSummary {
  Orgc: MispOrganisation;
  Tag: MispTag[];
  info: string;
  date: string;
  analysis: MispEventBody['analysis'];
  threat_level_id: MispEventBody['threat_level_id'];
  timestamp: string;
}

/** The event uuid of a briefing: the same documentId always gives the same event. */
export const mispEventUuid = (documentId: string): string => stableUuid('misp', 'event', documentId);

/** Whose events these are in MISP when the newsroom has not configured its name. */
const UNNAMED_PUBLISHER = 'Security briefings';

/** MISP's tlp taxonomy names and colours (TLP 2.0, and tlp:white for MISPs still on TLP 1.0). */
const TLP_TAGS: Record<TlpMarking, string[]> = {
  clear: ['tlp:clear', 'tlp:white'],
  green: ['tlp:green'],
  amber: ['tlp:amber'],
  'amber+strict': ['tlp:amber+strict'],
  red: ['tlp:red'],
};
const TLP_COLOURS: Record<string, string> = {
  'tlp:clear': '#ffffff',
  'tlp:white': '#ffffff',
  'tlp:green': '#33FF00',
  'tlp:amber': '#FFC000',
  'tlp:amber+strict': '#FFC000',
  'tlp:red': '#FF2B2B',
};

/**
 * Who the event is shared with when a partner's feed keeps the event's own distribution: the whole
 * MISP community for CLEAR, the partner's community for GREEN, the partner's organisation for AMBER.
 */
const DISTRIBUTION_OF_MARKING: Record<TlpMarking, MispEventBody['distribution']> = {
  clear: '3',
  green: '1',
  amber: '0',
  'amber+strict': '0',
  red: '0',
};

/** MISP has three threat levels (1 high, 2 medium, 3 low; 4 undefined); ours has five. */
const THREAT_LEVEL_ID: Record<ThreatLevel, MispEventBody['threat_level_id']> = {
  low: '3',
  moderate: '3',
  substantial: '2',
  severe: '1',
  critical: '1',
};

/** MISP's geolocation object template (misp-objects, objects/geolocation). */
const GEOLOCATION = {
  name: 'geolocation',
  'meta-category': 'misc',
  description: 'An object to describe a geographic location.',
  template_uuid: 'cd6f2238-ba55-4888-82c4-104e6e1acf21',
  template_version: '8',
} as const;

/** Attribute types MISP does not correlate, so it keeps no hash of them (MispAttribute::NON_CORRELATING_TYPES). */
const NON_CORRELATING_TYPES = new Set(['comment', 'http-method', 'aba-rtn', 'gender', 'counter', 'integer', 'float', 'port', 'nationality', 'cortex', 'boolean', 'anonymised']);

/** Plain tags (no MISP taxonomy covers ACLED) in MISP's machine-tag form, with one colour each. */
const TAG_COLOURS: Record<string, string> = { acled: '#8a5a00', 'estimative-language': '#0a6e8a', 'admiralty-scale': '#4b4b8a' };
const tag = (name: string, colour = TAG_COLOURS[name.slice(0, name.indexOf(':'))] ?? '#666666'): MispTag => ({
  name,
  colour,
  local: '0',
  relationship_type: '',
});
const machineTag = (namespace: string, predicate: string, value: string) => tag(`${namespace}:${predicate}="${value}"`);

const seconds = (value: string | null | undefined): number | undefined => {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : Math.floor(time / 1000);
};

/** The briefing as one MISP event, cut to the options' audience (public exports accept only published CLEAR briefings). */
export function toMispEvent(record: BriefingRecord, options: ExportOptions = {}): MispEvent {
  const audience = audienceOf(options);
  const briefing = exportable(record, audience);
  const header = eventHeader(briefing, options);
  const documentId = briefing.documentId;
  const timestamp = header.timestamp;
  const attributes = new Attributes(documentId, timestamp);
  const incident = briefing.incident;

  if (briefing.summary) attributes.add('summary', 'text', 'Other', briefing.summary, 'Summary of the briefing.', { correlate: false });
  const url = briefingUrl(briefing, options);
  if (url) attributes.add('briefing-url', 'link', 'External analysis', url, `The briefing on ${header.Orgc.name}'s site.`);
  const article = briefing.sourceArticle;
  if (article?.url) {
    const from = [article.title, article.outlet].filter(Boolean).join(', ');
    attributes.add('article-url', 'link', 'External analysis', article.url, `The article the briefing was drafted from${from ? `: ${from}` : ''}.`);
  }

  for (const member of castOf(briefing)) {
    const { type, category } = actorAttributeType(member);
    attributes.add(`actor:${member.actor.documentId}`, type, category, member.actor.name, actorComment(member));
  }

  if (incident) {
    const deaths = incident.fatalitiesMin ?? incident.fatalitiesMax;
    if (deaths != null) attributes.add('deaths', 'counter', 'Other', String(deaths), deathsComment(incident.fatalitiesMin, incident.fatalitiesMax, incident.fatalitiesAsWritten));
    if (incident.injured != null) attributes.add('injured', 'counter', 'Other', String(incident.injured), 'People reported injured.');
  }

  (briefing.quotes ?? []).forEach((quote, index) => {
    const who = quote.speaker ? [quote.speaker.name, quote.speaker.title].filter(Boolean).join(', ') : 'an unnamed speaker';
    const where = [quote.medium, quote.saidAt].filter(Boolean).join(', ');
    attributes.add(`quote:${index}`, 'text', 'Other', quote.text, `Quote: said by ${who}${where ? ` (${where})` : ''}.`, { correlate: false });
  });

  (briefing.sources ?? []).forEach((source, index) => {
    const name = sourceName(source, audience);
    const grade = sourceGrade(source, audience);
    const kind = SOURCE_KINDS.label(source.kind).toLowerCase();
    const graded = grade?.meaning ? `; graded ${grade.grade ? `${grade.grade} (${grade.meaning})` : grade.meaning}` : '';
    const comment = `Source: ${name} (${kind}${source.anonymous ? ', anonymous' : ''})${graded}.`;
    const tags = [
      ...(grade?.reliability ? [machineTag('admiralty-scale', 'source-reliability', grade.reliability.toLowerCase())] : []),
      ...(grade?.credibility ? [machineTag('admiralty-scale', 'information-credibility', grade.credibility)] : []),
    ];
    if (source.url) attributes.add(`source:${index}`, 'link', 'External analysis', source.url, comment, { tags });
    else attributes.add(`source:${index}`, 'text', 'External analysis', name, comment, { tags, correlate: false });
  });

  const assessment = briefing.assessment;
  if (assessment?.judgement) {
    attributes.add('assessment', 'text', 'Other', assessment.judgement, assessmentComment(assessment), { correlate: false });
  }
  (briefing.corrections ?? []).forEach((correction, index) => {
    attributes.add(`correction:${index}`, 'text', 'Other', correction.text, `Correction of ${correction.correctedAt.slice(0, 10)}.`, { correlate: false });
  });

  const incidentPlace = incident?.place?.documentId;
  const objects = placesOf(briefing).map((place) =>
    geolocationObject(place, documentId, timestamp, place.documentId === incidentPlace ? incidentPlaceComment(incident?.geoPrecision) : 'A place the briefing names.'),
  );

  return { Event: { ...header, Attribute: attributes.list, Object: objects } };
}

/** The event's line in manifest.json: its uuid and what MISP compares before fetching it. */
export function mispManifestEntry(event: MispEvent | { Event: EventHeader }): [string, MispManifestSummary] {
  const { uuid, Orgc, Tag, info, date, analysis, threat_level_id, timestamp } = event.Event;
  return [uuid, { Orgc, Tag, info, date, analysis, threat_level_id, timestamp }];
}

/**
 * The briefing's line in manifest.json without making its whole event (the same as
 * mispManifestEntry(toMispEvent(...)) at a tenth of the cost): MISP reads the manifest on every pull.
 */
export function mispManifestEntryOf(record: BriefingRecord, options: ExportOptions = {}): [string, MispManifestSummary] {
  return mispManifestEntry({ Event: eventHeader(exportable(record, audienceOf(options)), options) });
}

type EventHeader = Omit<MispEventBody, 'Attribute' | 'Object'>;

/** Everything of the event but its attributes and objects, from a briefing already cut to its audience. */
function eventHeader(briefing: BriefingRecord, options: ExportOptions): EventHeader {
  const documentId = briefing.documentId;
  const marking: TlpMarking = briefing.marking ?? 'red';
  const updated = seconds(briefing.updatedAt) ?? seconds(briefing.publishedAt) ?? seconds(briefing.createdAt);
  if (updated === undefined) {
    throw new Error(`Briefing ${documentId} has no createdAt, updatedAt or publishedAt; exports take their dates from the record.`);
  }
  const published = Boolean(briefing.publishedAt);
  const publisher = options.publisher ?? UNNAMED_PUBLISHER;
  const incident = briefing.incident;
  const assessment = briefing.assessment;
  return {
    uuid: mispEventUuid(documentId),
    info: briefing.title,
    date: eventDate(briefing),
    timestamp: String(updated),
    publish_timestamp: String(seconds(briefing.publishedAt) ?? updated),
    published,
    analysis: published ? '2' : '1',
    threat_level_id: assessment?.threatLevel ? THREAT_LEVEL_ID[assessment.threatLevel] : '4',
    distribution: DISTRIBUTION_OF_MARKING[marking],
    extends_uuid: '',
    Orgc: { name: publisher, uuid: stableUuid('misp', 'organisation', publisher) },
    Tag: [
      ...TLP_TAGS[marking].map((name) => tag(name, TLP_COLOURS[name])),
      ...acledTags(incident?.eventType, incident?.subEventType),
      ...(assessment?.likelihood ? [machineTag('estimative-language', 'likelihood-probability', assessment.likelihood)] : []),
      ...(assessment?.confidence ? [machineTag('estimative-language', 'confidence-in-analytic-judgment', assessment.confidence)] : []),
    ],
  };
}

/**
 * The event's lines in hashes.csv ("<md5 of a value>,<event uuid>"), which MISP's feed cache reads
 * to show which of its own attributes the feed also holds: one per correlating value, as MISP
 * would compute them itself.
 */
export function mispHashes(event: MispEvent): string[] {
  const { uuid, Attribute, Object: objects } = event.Event;
  const values = [...Attribute, ...objects.flatMap((object) => object.Attribute)]
    .filter((attribute) => !NON_CORRELATING_TYPES.has(attribute.type))
    .flatMap((attribute) => (attribute.type.includes('|') ? attribute.value.split('|') : [attribute.value]));
  return values.map((value) => `${md5(value)},${uuid}`);
}

/** crypto.hash (Node 20.12 and later) skips making a Hash object per value, a third of a large hashes.csv's time. */
const md5 = (value: string): string =>
  typeof crypto.hash === 'function' ? crypto.hash('md5', value, 'hex') : crypto.createHash('md5').update(value, 'utf8').digest('hex');

/** The event's attributes in record order, each value once (MISP refuses a second equal attribute in an event). */
class Attributes {
  readonly list: MispAttribute[] = [];
  private readonly byValue = new Map<string, MispAttribute>();

  constructor(
    private readonly documentId: string,
    private readonly timestamp: string,
  ) {}

  add(key: string, type: string, category: string, value: string, comment: string, { correlate = true, tags = [] as MispTag[] } = {}) {
    const same = this.byValue.get(`${type}|${category}|${value}`);
    if (same) {
      same.comment = `${same.comment} ${comment}`;
      return;
    }
    const attribute: MispAttribute = {
      uuid: stableUuid('misp', this.documentId, 'attribute', key),
      type,
      category,
      value,
      comment,
      to_ids: false,
      disable_correlation: !correlate,
      distribution: '5',
      timestamp: this.timestamp,
      deleted: false,
      ...(tags.length ? { Tag: tags } : {}),
    };
    this.byValue.set(`${type}|${category}|${value}`, attribute);
    this.list.push(attribute);
  }
}

/**
 * Who acted becomes a threat actor (as in STIX: armed groups, perpetrators, claimants), a targeted
 * organisation a target, a person a person; anyone else is text. The roles go in the comment.
 */
function actorAttributeType(member: CastMember): { type: string; category: string } {
  const kind = member.actor.kind;
  if (kind === 'armed-group' || plays(member, 'perpetrator', 'claimant')) return { type: 'threat-actor', category: 'Attribution' };
  if (kind !== 'person' && plays(member, 'target', 'victim')) return { type: 'target-org', category: 'Targeting data' };
  return { type: 'text', category: kind === 'person' ? 'Person' : 'Other' };
}

function actorComment({ actor, roles }: CastMember): string {
  const played = roles.map((r) => `${ACTOR_ROLES.label(r.role)}${r.certainty ? ` (${r.certainty})` : ''}${r.note ? `: ${r.note}` : ''}`);
  const country = actor.countryCode ? countryName(actor.countryCode) : undefined;
  const who = [ACTOR_KINDS.label(actor.kind), actor.title, actor.affiliation ? `of ${actor.affiliation.name}` : undefined, country].filter(Boolean);
  const aliases = (actor.aliases ?? []).map((a) => a.value).filter((v) => v && v !== actor.name);
  return `${sentence(played.join('; '))} ${sentence(who.join(', '))}${aliases.length ? ` ${sentence(`Also known as ${aliases.join(', ')}`)}` : ''}`;
}

/** Text ending in one full stop, whether or not the editor wrote one. */
const sentence = (text: string) => `${text.trim().replace(/[.\s]+$/, '')}.`;

function deathsComment(min: number | null | undefined, max: number | null | undefined, asWritten: string | null | undefined): string {
  const written = asWritten ? ` (as written: "${asWritten}")` : '';
  if (min != null && max != null && max !== min) return `Deaths reported: between ${min} and ${max}${written}; this is the lowest count.`;
  if (min == null && max != null) return `Deaths reported: up to ${max}${written}.`;
  return `Deaths reported${written}.`;
}

function assessmentComment(assessment: NonNullable<BriefingRecord['assessment']>): string {
  const parts = [
    assessment.threatLevel && `threat level ${THREAT_LEVELS.label(assessment.threatLevel).toLowerCase()}`,
    assessment.trend && `trend ${TRENDS.label(assessment.trend).toLowerCase()}`,
    assessment.likelihood && `${LIKELIHOODS.label(assessment.likelihood).toLowerCase()}`,
    assessment.confidence && `${CONFIDENCE_LEVELS.label(assessment.confidence).toLowerCase()} confidence`,
  ].filter(Boolean);
  return `The newsroom's assessment${parts.length ? ` (${parts.join(', ')})` : ''}.`;
}

function incidentPlaceComment(geoPrecision: number | string | null | undefined): string {
  const precision = geoPrecision != null ? GEO_PRECISIONS.terms.find((t) => t.value === String(geoPrecision)) : undefined;
  return `Where the incident happened${precision ? ` (geo precision ${precision.label.toLowerCase()})` : ''}.`;
}

/** A place as MISP's geolocation object: its name, coordinates, country and region as the template names them. */
function geolocationObject(place: PlaceRecord, documentId: string, timestamp: string, comment: string): MispObject {
  const country = place.countryCode ? countryName(place.countryCode) : undefined;
  const fields: [string, string, string | undefined][] = compactFields([
    ['text', 'text', place.name],
    ['city', 'text', place.kind === 'city' ? place.name : undefined],
    ['region', 'text', place.admin1 ?? (place.kind === 'admin1' || place.kind === 'region' ? place.name : undefined)],
    ['country', 'text', country ?? (place.kind === 'country' ? place.name : undefined)],
    ['countrycode', 'text', place.countryCode ?? undefined],
    ['latitude', 'float', hasCoordinates(place) ? String(place.latitude) : undefined],
    ['longitude', 'float', hasCoordinates(place) ? String(place.longitude) : undefined],
  ]);
  const key = `place:${place.documentId}`;
  return {
    uuid: stableUuid('misp', documentId, 'object', key),
    ...GEOLOCATION,
    timestamp,
    comment,
    distribution: '5',
    deleted: false,
    Attribute: fields.map(([relation, type, value]) => ({
      uuid: stableUuid('misp', documentId, 'attribute', key, relation),
      type,
      category: 'Other',
      value: value!,
      comment: '',
      to_ids: false,
      disable_correlation: false,
      distribution: '5',
      timestamp,
      deleted: false,
      object_relation: relation,
    })),
  };
}

const compactFields = (fields: [string, string, string | undefined][]) => fields.filter(([, , value]) => value != null && value !== '');

/** ACLED's event type, sub-event type and disorder type, in ACLED's own words. */
function acledTags(eventType: string | null | undefined, subEventType: string | null | undefined): MispTag[] {
  if (!eventType) return [];
  const type = eventTypeTerm(eventType);
  const sub = subEventType ? subEventTypeTerm(subEventType) : undefined;
  const disorder = disorderTypeOf(eventType, subEventType ?? undefined);
  return [
    ...(disorder ? [machineTag('acled', 'disorder-type', disorder)] : []),
    ...(type ? [machineTag('acled', 'event-type', type.acledName)] : []),
    ...(sub ? [machineTag('acled', 'sub-event-type', sub.acledName)] : []),
  ];
}

/** MISP wants a calendar date: the incident's (first day of its period), else the day it was published. */
function eventDate(briefing: BriefingRecord): string {
  const incident = incidentDate(briefing);
  const calendar = incident ? toCalendarDate(incident) : undefined;
  if (calendar) return calendar;
  const day = briefing.publishedAt ?? briefing.updatedAt ?? briefing.createdAt;
  return new Date(day!).toISOString().slice(0, 10);
}
