import { ACTOR_ROLES, SOURCE_KINDS, eventTypeTerm, subEventTypeTerm, type EventType } from '../vocabularies';
import { countryName } from '../briefing/countries';
import { verificationLevelOf, verificationStatement } from '../briefing/verification';
import { correctionLine, isRetracted } from '../briefing/corrections';
import type { BriefingRecord } from '../briefing/records';
import { exportable, audienceOf, sourceName, type ExportOptions } from './audience';
import {
  briefingUrl,
  castOf,
  compact,
  geonamesUrl,
  hasCoordinates,
  incidentDate,
  incidentName,
  placesOf,
  timesOf,
  wikidataUrl,
  type CastMember,
} from './facts';
import { stableUuid } from './identifiers';
import { writeJsonArray } from './json-array';

/** IPTC ninjs 2.2 (News in JSON) for syndication to other newsrooms. */

export type NinjsItem = { uri: string } & Record<string, unknown>;

export interface MediaTopic {
  code: string;
  name: string;
}

/** The IPTC Media Topics a security briefing uses, under 16000000 "conflict, war and peace". */
export const MEDIA_TOPICS = {
  conflictWarAndPeace: { code: '16000000', name: 'conflict, war and peace' },
  actOfTerror: { code: '20000053', name: 'act of terror' },
  armedConflict: { code: '20000056', name: 'armed conflict' },
  civilUnrest: { code: '20000065', name: 'civil unrest' },
} as const satisfies Record<string, MediaTopic>;

/** Media Topics for each ACLED event type: the broad topic and the narrower one that fits. */
export const MEDIA_TOPICS_OF_EVENT_TYPE: Record<EventType, MediaTopic[]> = {
  battles: [MEDIA_TOPICS.conflictWarAndPeace, MEDIA_TOPICS.armedConflict],
  'explosions-remote-violence': [MEDIA_TOPICS.conflictWarAndPeace, MEDIA_TOPICS.armedConflict],
  'violence-against-civilians': [MEDIA_TOPICS.conflictWarAndPeace, MEDIA_TOPICS.armedConflict],
  protests: [MEDIA_TOPICS.conflictWarAndPeace, MEDIA_TOPICS.civilUnrest],
  riots: [MEDIA_TOPICS.conflictWarAndPeace, MEDIA_TOPICS.civilUnrest],
  'strategic-developments': [MEDIA_TOPICS.conflictWarAndPeace],
};

export const mediaTopicUri = (topic: MediaTopic) => `http://cv.iptc.org/newscodes/mediatopic/${topic.code}`;

const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#';

/** What the item says about an actor: its roles in the briefing, in words ("target, victim"). */
const relOf = (member: CastMember) => [...new Set(member.roles.map((r) => ACTOR_ROLES.label(r.role).toLowerCase()))].join(', ');

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function toNinjs(record: BriefingRecord, options: ExportOptions = {}): NinjsItem {
  const audience = audienceOf(options);
  const briefing = exportable(record, audience);
  const times = timesOf(briefing);
  const incident = briefing.incident;
  const incidentPlace = incident?.place;
  const article = briefing.sourceArticle;
  const cast = castOf(briefing);
  const actorEntry = (member: CastMember) =>
    compact({ name: member.actor.name, rel: relOf(member), uri: wikidataUrl(member.actor.wikidataId), literal: member.actor.documentId });

  const subjects = [
    ...(incident?.eventType ? MEDIA_TOPICS_OF_EVENT_TYPE[incident.eventType] : []).map((topic) => ({
      name: topic.name,
      uri: mediaTopicUri(topic),
      literal: `medtop:${topic.code}`,
      rel: 'about',
    })),
    // ACLED's own terms, for receivers who code events the ACLED way.
    ...[
      incident?.eventType && { name: eventTypeTerm(incident.eventType)?.acledName, literal: `acled-event-type:${incident.eventType}` },
      incident?.subEventType && { name: subEventTypeTerm(incident.subEventType)?.acledName, literal: `acled-sub-event-type:${incident.subEventType}` },
    ]
      .filter((s): s is { name: string; literal: string } => Boolean(s && s.name))
      .map((s) => ({ ...s, rel: 'about' })),
  ];

  const located = incidentPlace
    ? [incidentPlace.name, incidentPlace.countryCode && countryName(incidentPlace.countryCode)].filter((p, i, all) => p && all.indexOf(p) === i).join(', ')
    : undefined;

  return compact({
    uri: briefingUrl(briefing, options) ?? `urn:uuid:${stableUuid('ninjs', briefing.documentId)}`,
    standard: { name: 'ninjs', version: '2.2', schema: NINJS_SCHEMA },
    type: 'text',
    representationtype: 'full',
    profile: 'security-briefing',
    firstcreated: times.created,
    versioncreated: times.modified,
    // ninjs's own word for an item withdrawn after publication.
    pubstatus: isRetracted(briefing) ? 'canceled' : briefing.publishedAt ? 'usable' : 'withheld',
    ednote: (briefing.corrections ?? []).map(correctionLine).join('\n') || undefined,
    language: options.language,
    title: briefing.title,
    slugline: briefing.slug,
    by: article?.outlet || options.publisher,
    copyrightholder: options.publisher,
    located,
    headlines: [{ role: 'main', value: briefing.title }],
    descriptions: [
      ...(briefing.summary ? [{ role: 'summary', contenttype: 'text/plain', value: briefing.summary }] : []),
      // ninjs 2.2 has no verification property: a description with its own role, the level first ("Corroborated: …").
      { role: 'verification', contenttype: 'text/plain', value: verificationStatement(verificationLevelOf(briefing)) },
    ],
    bodies: briefing.body
      ? [{ role: 'main', contenttype: 'text/plain', value: briefing.body, charcount: briefing.body.length, wordcount: countWords(briefing.body) }]
      : undefined,
    people: cast.filter((m) => m.actor.kind === 'person').map(actorEntry),
    organisations: cast.filter((m) => m.actor.kind !== 'person').map(actorEntry),
    places: placesOf(briefing).map((place) =>
      compact({
        name: place.name,
        rel: place.documentId === incidentPlace?.documentId ? 'incident location' : 'mentioned',
        uri: geonamesUrl(place.geonamesId),
        literal: place.countryCode ?? undefined,
        // GeoJSON is longitude first.
        geojson: hasCoordinates(place) ? { type: 'Point', coordinates: [place.longitude, place.latitude] } : undefined,
      }),
    ),
    subjects,
    events: incident ? [compact({ name: [incidentName(briefing), incidentDate(briefing)].filter(Boolean).join(', '), literal: briefing.documentId })] : undefined,
    infosources: [
      ...(article?.outlet ? [compact({ name: article.outlet, role: 'source article', uri: article.url })] : []),
      ...(briefing.sources ?? []).map((source) =>
        compact({ name: sourceName(source, audience), role: SOURCE_KINDS.label(source.kind), uri: source.anonymous ? undefined : source.url }),
      ),
    ],
    altids: [{ role: 'documentId', value: briefing.documentId }],
  });
}

/** Many briefings as a JSON array of ninjs items, written one by one. */
export const writeNinjs = (
  briefings: AsyncIterable<BriefingRecord> | Iterable<BriefingRecord>,
  options: ExportOptions = {},
): AsyncGenerator<string> => writeJsonArray(briefings, (b) => toNinjs(b, options));
