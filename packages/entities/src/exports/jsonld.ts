import { CORRECTION_KINDS, eventTypeTerm, subEventTypeTerm, type ActorKind } from '../vocabularies';
import { countryName } from '../briefing/countries';
import { verificationLevelOf, verificationStatement } from '../briefing/verification';
import { correctionKindOf, isRetracted } from '../briefing/corrections';
import type { ActorRecord, BriefingRecord, PlaceRecord } from '../briefing/records';
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
} from './facts';
import { writeJsonArray } from './json-array';

/**
 * schema.org JSON-LD for the briefing's public page: a ReportageNewsArticle about the incident (an
 * Event at a Place), mentioning its people, organisations and places, with its quotes as
 * Quotations. Serialise it with `serialiseJsonLd` or embed it with `toJsonLdScript`, never with
 * bare JSON.stringify: editors' text may contain `</script>`.
 */

export type JsonLdNode = { '@type': string } & Record<string, unknown>;
export type JsonLdDocument = JsonLdNode & { '@context': 'https://schema.org' };

const SCHEMA_TYPE_OF_KIND: Record<ActorKind, string> = {
  person: 'Person',
  'state-force': 'GovernmentOrganization',
  government: 'GovernmentOrganization',
  intergovernmental: 'Organization',
  'political-party': 'Organization',
  media: 'NewsMediaOrganization',
  'armed-group': 'Organization',
  'other-organization': 'Organization',
};

const organisation = (name: string): JsonLdNode => ({ '@type': 'Organization', name });

function actorNode(actor: ActorRecord): JsonLdNode {
  const type = SCHEMA_TYPE_OF_KIND[actor.kind];
  const country = actor.countryCode ? countryName(actor.countryCode) : undefined;
  return compact({
    '@type': type,
    name: actor.name,
    alternateName: (actor.aliases ?? []).map((a) => a.value).filter((v) => v !== actor.name),
    description: actor.description,
    ...(type === 'Person'
      ? {
          jobTitle: actor.title,
          affiliation: actor.affiliation ? organisation(actor.affiliation.name) : undefined,
          nationality: country ? { '@type': 'Country', name: country } : undefined,
        }
      : { parentOrganization: actor.affiliation ? organisation(actor.affiliation.name) : undefined }),
    sameAs: wikidataUrl(actor.wikidataId),
  });
}

function placeNode(place: PlaceRecord): JsonLdNode {
  return compact({
    '@type': place.kind === 'country' ? 'Country' : place.kind === 'admin1' || place.kind === 'admin2' ? 'AdministrativeArea' : 'Place',
    name: place.name,
    alternateName: (place.aliases ?? []).map((a) => a.value),
    geo: hasCoordinates(place) ? { '@type': 'GeoCoordinates', latitude: place.latitude, longitude: place.longitude } : undefined,
    address:
      place.kind !== 'country' && place.countryCode
        ? compact({ '@type': 'PostalAddress', addressCountry: place.countryCode, addressRegion: place.admin1 ?? undefined })
        : undefined,
    containedInPlace: place.parent ? { '@type': 'Place', name: place.parent.name } : undefined,
    sameAs: geonamesUrl(place.geonamesId),
  });
}

/** The briefing as a schema.org document (an object; see `serialiseJsonLd` to write it). */
export function toJsonLd(record: BriefingRecord, options: ExportOptions = {}): JsonLdDocument {
  const audience = audienceOf(options);
  const briefing = exportable(record, audience);
  const times = timesOf(briefing);
  const url = briefingUrl(briefing, options);
  const article = briefing.sourceArticle;
  const incident = briefing.incident;
  const incidentPlace = incident?.place;
  const publisher = options.publisher ? organisation(options.publisher) : undefined;
  // Google asks for an author: the outlet that reported it when we know it, else the newsroom.
  const author = article?.outlet ? organisation(article.outlet) : publisher;

  const event = incident
    ? compact({
        '@type': 'Event',
        name: incidentName(briefing),
        startDate: incidentDate(briefing),
        location: incidentPlace ? placeNode(incidentPlace) : undefined,
        description: incident.dateAsWritten ? `Reported as ${incident.dateAsWritten}.` : undefined,
      })
    : undefined;

  const quotations = (briefing.quotes ?? []).map((quote) =>
    compact({
      '@type': 'Quotation',
      text: quote.text,
      spokenByCharacter: quote.speaker ? actorNode(quote.speaker) : undefined,
      description: quote.medium,
      dateCreated: quote.saidAt,
    }),
  );

  // Public pages name only the sources that are named; partners may see the anonymous descriptors.
  const citations = (briefing.sources ?? [])
    .filter((source) => audience === 'partner' || !source.anonymous)
    .map((source) => compact({ '@type': 'CreativeWork', name: sourceName(source, audience), url: source.anonymous ? undefined : source.url }));

  const keywords = [
    incident?.eventType && eventTypeTerm(incident.eventType)?.label,
    incident?.subEventType && subEventTypeTerm(incident.subEventType)?.label,
    incidentPlace?.countryCode && countryName(incidentPlace.countryCode),
  ].filter((k): k is string => Boolean(k));

  return compact({
    '@context': 'https://schema.org',
    '@type': 'ReportageNewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    identifier: briefing.documentId,
    headline: briefing.title,
    name: briefing.title,
    description: briefing.summary,
    // schema.org's place for how a news story was reported (its sourcing): the verification level in words.
    backstory: verificationStatement(verificationLevelOf(briefing)),
    inLanguage: options.language,
    datePublished: times.published,
    dateModified: times.modified,
    author,
    publisher,
    isBasedOn: article
      ? compact({
          '@type': 'NewsArticle',
          headline: article.title,
          url: article.url,
          datePublished: article.publishedDate,
          publisher: article.outlet ? organisation(article.outlet) : undefined,
        })
      : undefined,
    about: event,
    mentions: [
      ...castOf(briefing).map((m) => actorNode(m.actor)),
      ...placesOf(briefing)
        .filter((p) => p.documentId !== incidentPlace?.documentId)
        .map(placeNode),
    ],
    hasPart: quotations,
    citation: citations,
    keywords: keywords.join(', '),
    correction: (briefing.corrections ?? []).map((c) => ({
      '@type': 'CorrectionComment',
      name: CORRECTION_KINDS.label(correctionKindOf(c)),
      text: c.text,
      datePublished: c.correctedAt,
    })),
    // schema.org leaves the status's words to the publisher; a retracted briefing says so.
    creativeWorkStatus: isRetracted(briefing) ? 'Retracted' : undefined,
    isAccessibleForFree: true,
  }) as JsonLdDocument;
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON that stays inert inside an HTML script element: `<`, `>`, `&` and the two JavaScript line
 * separators become \u escapes, so no text can close the tag or open a comment. Still valid JSON.
 */
export const serialiseJsonLd = (value: unknown): string =>
  JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The `<script type="application/ld+json">` element for the briefing's page. */
export const toJsonLdScript = (briefing: BriefingRecord, options: ExportOptions = {}): string =>
  `<script type="application/ld+json">${serialiseJsonLd(toJsonLd(briefing, options))}</script>`;

/** Many briefings as a JSON array of JSON-LD documents, written one by one. */
export const writeJsonLd = (
  briefings: AsyncIterable<BriefingRecord> | Iterable<BriefingRecord>,
  options: ExportOptions = {},
): AsyncGenerator<string> => writeJsonArray(briefings, (b) => toJsonLd(b, options), serialiseJsonLd);
