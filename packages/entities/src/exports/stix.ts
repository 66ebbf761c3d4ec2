import {
  ACTOR_ROLES,
  CERTAINTIES,
  CONFIDENCE_LEVELS,
  CORRECTION_KINDS,
  LIKELIHOODS,
  SOURCE_KINDS,
  THREAT_LEVELS,
  TRENDS,
  eventTypeTerm,
  subEventTypeTerm,
  type ActorKind,
  type Certainty,
  type ConfidenceLevel,
  type TlpMarking,
  type VerificationLevel,
} from '../vocabularies';
import { countryName, type CountryCode } from '../briefing/countries';
import type { BriefingRecord, PlaceRecord } from '../briefing/records';
import type { Audience } from '../briefing/audience';
import { verificationLevelOf } from '../briefing/verification';
import { correctionKindOf, isRetracted } from '../briefing/corrections';
import { exportable, audienceOf, sourceGrade, sourceName, type ExportOptions, type StixProfile } from './audience';
import {
  actorsIn,
  briefingUrl,
  castOf,
  hasCoordinates,
  incidentDate,
  placesOf,
  plays,
  timesOf,
  iso,
  wikidataUrl,
  type CastMember,
  type RecordTimes,
} from './facts';
import { acledRegionOf } from './acled-regions';
import { stableUuid } from './identifiers';
import { stixMarkingsFor, type StixMarkings, type StixObject } from './stix-markings';

export type { StixObject } from './stix-markings';

/**
 * STIX 2.1 for intelligence partners. One briefing becomes a `report` holding its actors
 * (`identity`, or `threat-actor` for armed groups and perpetrators), places (`location`), who
 * targeted whom and who is where (`relationship`), and the quotes and assessment (`note`), all
 * under the briefing's TLP marking, written the way the reader's importer reads TLP
 * (`options.stixProfile`, see stix-markings.ts).
 *
 * Every bundle is closed: each id an object refers to (author, markings, extensions, relationship
 * ends, report and note contents) is an object of the same bundle.
 *
 * Ids are UUIDv5 of the document ids, so a re-export is identical. Actor and place objects are
 * scoped to their briefing: the same actor in a CLEAR and a RED briefing must not become one
 * object carrying one marking. Partners correlate them through `actor_document_id` in our
 * extension, or by name and Wikidata id.
 */

export interface StixBundle {
  type: 'bundle';
  id: string;
  /** Absent rather than empty: STIX wants at least one object when the list is there. */
  objects?: StixObject[];
}

/** Our property extension: what a security briefing knows that plain STIX has no property for. */
export const SECURITY_BRIEFING_STIX_EXTENSION_ID = `extension-definition--${stableUuid('stix', 'extension-definition', 'security-briefing')}`;

/** Who defined the extension: the security-briefings software, not any one newsroom. */
const SECURITY_BRIEFINGS_IDENTITY_ID = `identity--${stableUuid('stix', 'identity', 'security-briefings')}`;

/** Fixed dates for the fixed objects, so they never change between exports. */
const EXTENSION_DEFINED = '2025-03-01T00:00:00.000Z';

/** The marking-definition object for a TLP marking, as the profile's importer reads it (default: OASIS TLP 2.0). */
export function tlpMarkingDefinition(marking: TlpMarking, profile?: StixProfile): StixObject {
  return stixMarkingsFor(profile).definitionOf(marking);
}

/**
 * A briefing with no marking goes to partners as TLP:RED: when in doubt, the recipient is told
 * not to pass it on. (The public audience never gets it at all.)
 */
const markingOf = (briefing: BriefingRecord): TlpMarking => briefing.marking ?? 'red';

const securityBriefingsIdentity = (markings: StixMarkings): StixObject => ({
  type: 'identity',
  spec_version: '2.1',
  id: SECURITY_BRIEFINGS_IDENTITY_ID,
  created: EXTENSION_DEFINED,
  modified: EXTENSION_DEFINED,
  name: 'Security briefings',
  description: 'Newsroom software that records security briefings and exports them as STIX 2.1.',
  identity_class: 'system',
  object_marking_refs: [markings.idOf('clear')],
});

const securityBriefingExtensionDefinition = (markings: StixMarkings): StixObject => ({
  type: 'extension-definition',
  spec_version: '2.1',
  id: SECURITY_BRIEFING_STIX_EXTENSION_ID,
  created_by_ref: SECURITY_BRIEFINGS_IDENTITY_ID,
  created: EXTENSION_DEFINED,
  modified: EXTENSION_DEFINED,
  name: 'Security briefing',
  description:
    'What a newsroom security briefing adds to STIX. On a report: the incident as ACLED codes it ' +
    '(event_type, sub_event_type, date, date_precision, geo_precision, fatalities), the sources and, ' +
    'for partners, their Admiralty grading (reliability A-F, credibility 1-6), and the assessment. ' +
    'On identity and threat-actor: actor_kind, actor_document_id, aliases with their kind, title, ' +
    'affiliation, country. On relationship: the roles and certainty (confirmed, claimed, suspected). ' +
    'On location: place_kind, place_document_id, ACLED region, and country_inferred when the place ' +
    'had no country or coordinates of its own and the country is that of its parent place or of the incident. ' +
    'On note: what kind of note it is.',
  schema: 'Plain-text definition: see description. Every property is optional.',
  version: '1.0.0',
  extension_types: ['property-extension'],
  object_marking_refs: [markings.idOf('clear')],
});

/** A newsroom's identity id, worked out once per name: every object of a bulk export refers to it. */
const publisherIds = new Map<string, string>();
const publisherIdentityId = (publisher: string): string => {
  let id = publisherIds.get(publisher);
  if (!id) {
    id = `identity--${stableUuid('stix', 'publisher', publisher)}`;
    publisherIds.set(publisher, id);
  }
  return id;
};

const publisherIdentity = (publisher: string, markings: StixMarkings): StixObject => ({
  type: 'identity',
  spec_version: '2.1',
  id: publisherIdentityId(publisher),
  created: EXTENSION_DEFINED,
  modified: EXTENSION_DEFINED,
  name: publisher,
  identity_class: 'organization',
  sectors: ['communications'],
  object_marking_refs: [markings.idOf('clear')],
});

/**
 * Objects every bundle of this marking needs besides the briefing's own (a feed serves them once):
 * the CLEAR and the briefing's marking definitions and what they refer to, our identity and
 * extension, and the newsroom. In the profile of `options.stixProfile`.
 */
export function stixSupportingObjects(marking: TlpMarking, options: ExportOptions): StixObject[] {
  const markings = stixMarkingsFor(options.stixProfile);
  const objects = [markings.definitionOf('clear')];
  // MISP's TLP 1.0 has one AMBER for AMBER and AMBER+STRICT: one object, never two with one id.
  if (markings.idOf(marking) !== markings.idOf('clear')) objects.push(markings.definitionOf(marking));
  objects.push(...markings.requires, securityBriefingsIdentity(markings), securityBriefingExtensionDefinition(markings));
  if (options.publisher) objects.push(publisherIdentity(options.publisher, markings));
  return objects;
}

/**
 * Drops undefined, null, '' and empty lists, as STIX wants no empty values. The same rule as
 * facts' `compact`, written with for-in: a bulk export calls it a few hundred thousand times.
 */
function compact<T extends Record<string, unknown>>(value: T): T {
  const kept: Record<string, unknown> = {};
  for (const key in value) {
    const v = value[key];
    if (v === undefined || v === null || (v as unknown) === '' || (Array.isArray(v) && v.length === 0)) continue;
    kept[key] = v;
  }
  return kept as T;
}

/** Our extension on one object; empty values dropped, as STIX wants no empty lists. */
const extension = (properties: Record<string, unknown>) => ({
  [SECURITY_BRIEFING_STIX_EXTENSION_ID]: compact({ extension_type: 'property-extension', ...properties }),
});

/** STIX confidence on the Low/Med/High scale of the STIX 2.1 appendix (15 / 50 / 85). */
const CONFIDENCE_OF_CERTAINTY: Record<Certainty, number> = { confirmed: 85, claimed: 50, suspected: 15 };
const CONFIDENCE_OF_ASSESSMENT: Record<ConfidenceLevel, number> = { high: 85, moderate: 50, low: 15 };
/**
 * The report's confidence is how well its facts are established (the verification level), on the
 * same scale: unconfirmed Low, corroborated Med, confirmed High. The analyst's confidence in the
 * assessment stays on the assessment's note.
 */
const CONFIDENCE_OF_VERIFICATION: Record<VerificationLevel, number> = { unconfirmed: 15, corroborated: 50, confirmed: 85 };

/** STIX industry sectors (industry-sector-ov) for the kinds of organisation that have one. */
const SECTORS_OF_KIND: Partial<Record<ActorKind, string[]>> = {
  'state-force': ['defense'],
  government: ['government-national'],
  intergovernmental: ['government'],
  media: ['communications'],
};

/** Armed groups are threat actors wherever they appear; anyone else is one when they carried out or claimed the act. */
const isThreatActor = (member: CastMember) => member.actor.kind === 'armed-group' || plays(member, 'perpetrator', 'claimant');

/** ACLED region -> STIX region-ov (UN M49 sub-region), with the countries whose sub-region differs. */
const STIX_REGION_OF_ACLED_REGION: Record<string, string> = {
  'Middle East': 'western-asia',
  'Northern Africa': 'northern-africa',
  'Western Africa': 'western-africa',
  'Middle Africa': 'middle-africa',
  'Eastern Africa': 'eastern-africa',
  'Southern Africa': 'southern-africa',
  'South Asia': 'southern-asia',
  'Southeast Asia': 'south-eastern-asia',
  'East Asia': 'eastern-asia',
  'Caucasus and Central Asia': 'central-asia',
  Europe: 'europe',
  'North America': 'northern-america',
  'Central America': 'central-america',
  Caribbean: 'caribbean',
  'South America': 'south-america',
  Oceania: 'oceania',
  Antarctica: 'antarctica',
};
const STIX_REGION_OF_COUNTRY: Record<string, string> = { IR: 'southern-asia', AM: 'western-asia', AZ: 'western-asia', GE: 'western-asia', CY: 'western-asia' };

const stixRegionOf = (countryCode: string | null | undefined): string | undefined => {
  if (!countryCode) return undefined;
  return STIX_REGION_OF_COUNTRY[countryCode] ?? STIX_REGION_OF_ACLED_REGION[acledRegionOf(countryCode) ?? ''];
};

/** The STIX objects of one briefing, report first; no marking definitions or other shared objects. */
export function stixObjectsOf(record: BriefingRecord, options: ExportOptions = {}): StixObject[] {
  const audience = audienceOf(options);
  const briefing = exportable(record, audience);
  const times = timesOf(briefing);
  const briefingId = briefing.documentId;
  const markings = stixMarkingsFor(options.stixProfile);
  const marking = markingOf(briefing);
  const authorId = options.publisher ? publisherIdentityId(options.publisher) : undefined;
  const common = {
    spec_version: '2.1',
    created: times.created,
    modified: times.modified,
    ...(authorId ? { created_by_ref: authorId } : {}),
    ...(options.language ? { lang: options.language } : {}),
    object_marking_refs: [markings.idOf(marking)],
  };
  const reportId = `report--${stableUuid('stix', briefingId, 'report')}`;

  // Places: the incident's place, the others named, and the countries actors belong to.
  const places = placesOf(briefing);
  const incidentPlace = briefing.incident?.place;
  const locations = new Map<string, StixObject>();
  const placeIds = new Map<PlaceRecord, string | undefined>();
  /** The place's location id, or undefined when STIX could not place it (no country, region or coordinates anywhere). */
  const locationFor = (place: PlaceRecord): string | undefined => {
    if (placeIds.has(place)) return placeIds.get(place);
    const id = `location--${stableUuid('stix', briefingId, 'place', place.kind === 'country' && place.countryCode ? `country:${place.countryCode}` : place.documentId)}`;
    let known: string | undefined = id;
    if (!locations.has(id)) {
      const properties = locationProperties(place, () => countryAround(place, places, incidentPlace));
      if (properties) locations.set(id, { type: 'location', id, ...common, ...properties });
      else known = undefined;
    }
    placeIds.set(place, known);
    return known;
  };
  // Most actors share a country: its location is worked out once.
  const countryIds = new Map<CountryCode, string>();
  const countryLocationFor = (countryCode: CountryCode): string => {
    let id = countryIds.get(countryCode);
    if (!id) {
      id = locationFor({ documentId: `country:${countryCode}`, name: countryName(countryCode) ?? countryCode, kind: 'country', countryCode })!;
      countryIds.set(countryCode, id);
    }
    return id;
  };

  const incidentLocationId = incidentPlace ? locationFor(incidentPlace) : undefined;
  for (const place of places) locationFor(place);

  // Actors.
  const cast = castOf(briefing);
  const actorIds = new Map<string, string>();
  const actorObjects: StixObject[] = [];
  for (const member of cast) {
    const { actor } = member;
    const type = isThreatActor(member) ? 'threat-actor' : 'identity';
    const id = `${type}--${stableUuid('stix', briefingId, 'actor', actor.documentId)}`;
    actorIds.set(actor.documentId, id);
    const aliases = (actor.aliases ?? []).map((a) => a.value).filter((v) => v && v !== actor.name);
    const wikidata = wikidataUrl(actor.wikidataId);
    actorObjects.push(
      compact({
        type,
        id,
        ...common,
        name: actor.name,
        description: actor.description,
        ...(type === 'threat-actor'
          ? {
              aliases,
              threat_actor_types: actor.kind === 'state-force' || actor.kind === 'government' ? ['nation-state'] : undefined,
              resource_level: actor.kind === 'person' ? 'individual' : undefined,
            }
          : {
              identity_class: actor.kind === 'person' ? 'individual' : 'organization',
              roles: actor.title ? [actor.title] : undefined,
              sectors: SECTORS_OF_KIND[actor.kind],
            }),
        external_references: wikidata ? [{ source_name: 'wikidata', external_id: actor.wikidataId, url: wikidata }] : undefined,
        extensions: extension({
          actor_kind: actor.kind,
          actor_document_id: actor.documentId,
          aliases: (actor.aliases ?? []).map((a) => compact({ value: a.value, kind: a.kind })),
          title: actor.title,
          affiliation: actor.affiliation?.name,
          country: actor.countryCode,
          wikidata_id: actor.wikidataId,
        }),
      }),
    );
  }

  // Relationships, with STIX's own types where the pair allows one and `related-to` elsewhere.
  const relationships = new Map<string, StixObject>();
  const relate = (relationshipType: string, sourceRef: string, targetRef: string, detail: { description: string; roles?: string[]; certainty?: Certainty | null }) => {
    const id = `relationship--${stableUuid('stix', briefingId, relationshipType, sourceRef, targetRef)}`;
    if (relationships.has(id)) return;
    relationships.set(
      id,
      compact({
        type: 'relationship',
        id,
        ...common,
        relationship_type: relationshipType,
        source_ref: sourceRef,
        target_ref: targetRef,
        description: detail.description,
        confidence: detail.certainty ? CONFIDENCE_OF_CERTAINTY[detail.certainty] : undefined,
        extensions: extension({ roles: detail.roles, certainty: detail.certainty }),
      }),
    );
  };
  const idOf = (member: CastMember) => actorIds.get(member.actor.documentId)!;
  const certaintyOf = (member: CastMember, ...roles: string[]) =>
    member.roles.find((r) => roles.includes(r.role) && r.certainty)?.certainty ?? undefined;
  const weaker = (a?: Certainty, b?: Certainty): Certainty | undefined =>
    !a ? b : !b ? a : CERTAINTIES.values.indexOf(a) > CERTAINTIES.values.indexOf(b) ? a : b;

  const actingSide = actorsIn(cast, 'perpetrator', 'claimant');
  const targetSide = actorsIn(cast, 'target', 'victim');
  for (const actor of actingSide) {
    const acted = actor.roles.filter((r) => r.role === 'perpetrator' || r.role === 'claimant').map((r) => ACTOR_ROLES.label(r.role).toLowerCase());
    const actorCertainty = certaintyOf(actor, 'perpetrator', 'claimant');
    for (const target of targetSide) {
      if (target === actor) continue;
      const suffered = target.roles.filter((r) => r.role === 'target' || r.role === 'victim').map((r) => r.role);
      const certainty = weaker(actorCertainty, certaintyOf(target, 'target', 'victim'));
      const sentence = `${actor.actor.name} (${acted.join(', ')}) targeted ${target.actor.name}${certainty ? ` (${certainty})` : ''}.`;
      // STIX defines threat-actor `targets` identity; between two threat actors only `related-to` is valid.
      relate(isThreatActor(target) ? 'related-to' : 'targets', idOf(actor), idOf(target), { description: sentence, roles: suffered, certainty });
    }
    if (incidentLocationId && incidentPlace) {
      relate('targets', idOf(actor), incidentLocationId, {
        description: `${actor.actor.name} struck in ${incidentPlace.name}.`,
        roles: ['incident-place'],
        certainty: actorCertainty,
      });
    }
  }
  for (const partner of actorsIn(cast, 'associated')) {
    for (const actor of actingSide) {
      if (actor === partner) continue;
      relate('related-to', idOf(partner), idOf(actor), {
        description: `${partner.actor.name} took part alongside ${actor.actor.name}.`,
        roles: ['associated'],
        certainty: certaintyOf(partner, 'associated'),
      });
    }
  }
  for (const member of cast) {
    const affiliation = member.actor.affiliation;
    const organisation = affiliation && cast.find((m) => m.actor.documentId === affiliation.documentId);
    if (organisation) {
      // STIX's `attributed-to` runs from a threat actor to the identity behind it.
      const attributed = isThreatActor(member) && !isThreatActor(organisation);
      relate(attributed ? 'attributed-to' : 'related-to', idOf(member), idOf(organisation), {
        description: `${member.actor.name} belongs to ${organisation.actor.name}.`,
        roles: ['affiliation'],
      });
    }
    if (member.actor.countryCode) {
      relate('located-at', idOf(member), countryLocationFor(member.actor.countryCode), {
        description: `${member.actor.name} is from ${countryName(member.actor.countryCode) ?? member.actor.countryCode}.`,
        roles: ['country'],
      });
    }
  }

  // Quotes and the assessment, as notes on the report.
  const notes: StixObject[] = [];
  (briefing.quotes ?? []).forEach((quote, index) => {
    const speakerId = quote.speaker ? actorIds.get(quote.speaker.documentId) : undefined;
    const said = [quote.speaker?.name ?? 'Unattributed', quote.medium ? `(${quote.medium})` : ''].filter(Boolean).join(' ');
    notes.push(
      compact({
        type: 'note',
        id: `note--${stableUuid('stix', briefingId, 'quote', String(quote.id ?? index))}`,
        ...common,
        abstract: `Quote: ${said}`,
        content: quote.text,
        object_refs: speakerId ? [reportId, speakerId] : [reportId],
        labels: ['quote'],
        extensions: extension({ note_kind: 'quote', speaker: quote.speaker?.name, medium: quote.medium, said_at: quote.saidAt }),
      }),
    );
  });
  (briefing.corrections ?? []).forEach((correction, index) => {
    const kind = correctionKindOf(correction);
    notes.push(
      compact({
        type: 'note',
        id: `note--${stableUuid('stix', briefingId, 'correction', String(correction.id ?? index))}`,
        ...common,
        abstract: `${CORRECTION_KINDS.label(kind)} of ${correction.correctedAt.slice(0, 10)}`,
        content: correction.text,
        object_refs: [reportId],
        labels: [kind],
        extensions: extension({ note_kind: kind, corrected_at: correction.correctedAt }),
      }),
    );
  });
  const assessment = briefing.assessment;
  if (assessment && (assessment.judgement || assessment.threatLevel || assessment.likelihood)) {
    const summary = [
      assessment.threatLevel && `threat level ${THREAT_LEVELS.label(assessment.threatLevel)}`,
      assessment.trend && `trend ${TRENDS.label(assessment.trend)}`,
      assessment.likelihood && `likelihood ${LIKELIHOODS.label(assessment.likelihood)}`,
      assessment.confidence && `confidence ${CONFIDENCE_LEVELS.label(assessment.confidence)}`,
    ].filter(Boolean);
    // A note, not an opinion: STIX opinions agree or disagree with objects, while this is the desk's own judgement.
    notes.push(
      compact({
        type: 'note',
        id: `note--${stableUuid('stix', briefingId, 'assessment')}`,
        ...common,
        abstract: `Assessment: ${summary.join('; ') || 'see content'}`,
        content: assessment.judgement || summary.join('; '),
        authors: options.publisher ? [options.publisher] : undefined,
        confidence: assessment.confidence ? CONFIDENCE_OF_ASSESSMENT[assessment.confidence] : undefined,
        object_refs: [reportId],
        labels: ['assessment'],
        extensions: extension({
          note_kind: 'assessment',
          threat_level: assessment.threatLevel,
          trend: assessment.trend,
          likelihood: assessment.likelihood,
          confidence_level: assessment.confidence,
        }),
      }),
    );
  }

  // Briefings merged into this one: each old report, withdrawn, is a `duplicate-of` this one (the bundle stays closed).
  const duplicates = (briefing.duplicates ?? []).map((duplicate) => {
    const id = `report--${stableUuid('stix', duplicate.documentId, 'report')}`;
    const created = iso(duplicate.createdAt) ?? times.created;
    const merged = iso(duplicate.mergedAt) ?? times.modified;
    relate('duplicate-of', id, reportId, { description: `Merged into “${briefing.title}”.` });
    return compact({
      type: 'report',
      id,
      ...common,
      created,
      modified: merged > created ? merged : created,
      name: `Merged into: ${briefing.title}`,
      published: created,
      report_types: ['threat-report'],
      object_refs: [reportId],
      revoked: true,
      extensions: extension({ briefing_document_id: duplicate.documentId, merged_into: briefingId }),
    });
  });

  const contained = [...actorObjects, ...locations.values(), ...relationships.values(), ...notes, ...duplicates];
  // STIX wants at least one reference; a briefing with nothing else in it refers to its author.
  const objectRefs = contained.length ? contained.map((o) => o.id) : [authorId ?? SECURITY_BRIEFINGS_IDENTITY_ID];
  const report = reportOf(briefing, { reportId, common, times, audience, options, objectRefs, label: markings.reportLabelOf(marking) });
  return [report, ...contained];
}

/**
 * A country for a place that has neither coordinates nor a country of its own: its parent place's
 * (when the briefing names the parent), else the incident place's or the incident place's parent's.
 */
function countryAround(place: PlaceRecord, places: PlaceRecord[], incidentPlace: PlaceRecord | null | undefined): string | undefined {
  const parentOf = (child: PlaceRecord | null | undefined) => child?.parent && places.find((p) => p.documentId === child.parent!.documentId);
  const countryOf = (known: PlaceRecord | null | undefined) => known?.countryCode ?? parentOf(known)?.countryCode ?? undefined;
  return countryOf(parentOf(place)) ?? countryOf(incidentPlace);
}

/**
 * A location's properties, or undefined when it cannot be placed: STIX requires a region, a
 * country or coordinates on every location, and a location without them is refused by importers.
 */
function locationProperties(place: PlaceRecord, fallbackCountry: () => string | undefined): Record<string, unknown> | undefined {
  const located = hasCoordinates(place);
  // A named region ("the Sahel") is all some places have.
  const namedRegion = place.kind === 'region' && !place.countryCode && !located ? place.name : undefined;
  const inferred = !located && !place.countryCode && !namedRegion ? fallbackCountry() : undefined;
  const country = place.countryCode ?? inferred;
  if (!located && !country && !namedRegion) return undefined;
  return compact({
    name: place.name,
    latitude: located ? place.latitude : undefined,
    longitude: located ? place.longitude : undefined,
    country,
    administrative_area: place.admin1 ?? (place.kind === 'admin1' ? place.name : undefined),
    city: place.kind === 'city' ? place.name : undefined,
    region: namedRegion ?? stixRegionOf(country),
    extensions: extension({
      place_kind: place.kind,
      place_document_id: place.documentId.startsWith('country:') ? undefined : place.documentId,
      acled_region: country ? acledRegionOf(country) : undefined,
      country_inferred: inferred ? true : undefined,
      geonames_id: place.geonamesId,
      parent: place.parent?.name,
      aliases: (place.aliases ?? []).map((a) => a.value),
    }),
  });
}

interface ReportContext {
  reportId: string;
  common: Record<string, unknown>;
  times: RecordTimes;
  audience: Audience;
  options: ExportOptions;
  objectRefs: string[];
  /** The marking as a label, for importers that read TLP from labels. */
  label: string | undefined;
}

function reportOf(briefing: BriefingRecord, { reportId, common, times, audience, options, objectRefs, label }: ReportContext): StixObject {
  const incident = briefing.incident;
  const sources = briefing.sources ?? [];
  const article = briefing.sourceArticle;
  const url = briefingUrl(briefing, options);
  const externalReferences = [
    url && { source_name: options.publisher ?? 'security briefing', description: briefing.title, url },
    article && compact({ source_name: article.outlet || 'source article', description: article.title, url: article.url }),
    ...sources.map((source) => {
      const grade = sourceGrade(source, audience);
      const description = [SOURCE_KINDS.label(source.kind), grade?.grade && `graded ${grade.grade} (${grade.meaning})`].filter(Boolean).join('; ');
      return compact({ source_name: sourceName(source, audience), description, url: source.anonymous ? undefined : source.url });
    }),
  ].filter(Boolean);

  return compact({
    type: 'report',
    id: reportId,
    ...common,
    name: briefing.title,
    description: [briefing.summary, briefing.body].filter(Boolean).join('\n\n'),
    published: times.published,
    report_types: ['threat-report'],
    labels: [incident?.eventType, incident?.subEventType, label].filter(Boolean),
    confidence: CONFIDENCE_OF_VERIFICATION[verificationLevelOf(briefing)],
    // A retracted briefing's report no longer stands; the retraction note says why.
    revoked: isRetracted(briefing) ? true : undefined,
    object_refs: objectRefs,
    external_references: externalReferences,
    extensions: extension({
      briefing_document_id: briefing.documentId,
      slug: briefing.slug,
      verification: verificationLevelOf(briefing),
      incident: incident
        ? compact({
            event_type: incident.eventType,
            event_type_acled: incident.eventType ? eventTypeTerm(incident.eventType)?.acledName : undefined,
            sub_event_type: incident.subEventType,
            sub_event_type_acled: incident.subEventType ? subEventTypeTerm(incident.subEventType)?.acledName : undefined,
            date: incidentDate(briefing),
            date_precision: incident.datePrecision,
            date_as_written: incident.dateAsWritten,
            geo_precision: incident.geoPrecision,
            fatalities_min: incident.fatalitiesMin,
            fatalities_max: incident.fatalitiesMax,
            fatalities_as_written: incident.fatalitiesAsWritten,
            injured: incident.injured,
          })
        : undefined,
      sources: sources.map((source) => {
        const grade = sourceGrade(source, audience);
        return compact({
          // The public gets an anonymous source as the REST API gives it: its kind, no name at all.
          name: source.anonymous && audience === 'public' ? undefined : sourceName(source, audience),
          kind: source.kind,
          anonymous: source.anonymous ?? false,
          url: source.anonymous ? undefined : source.url,
          reliability: grade?.reliability,
          credibility: grade?.credibility,
          grade: grade?.grade,
        });
      }),
    }),
  });
}

/** What a revoked version keeps of each type besides the common properties: what STIX requires, by reference. */
const KEPT_WHEN_REVOKED: Record<string, string[]> = {
  report: ['published', 'object_refs'],
  note: ['object_refs'],
  relationship: ['relationship_type', 'source_ref', 'target_ref'],
};
const REVOKED_NAME = 'Revoked';

/**
 * A revoked version of an object for a feed: the object withdrawn, saying nothing it said. A briefing
 * unpublished or raised beyond a reader's markings must not go on being served by name, text or place,
 * so only ids, dates and what STIX requires of the type are kept; names and text become "Revoked", a
 * location keeps its region or country (or coordinates to the whole degree when it has neither).
 */
export function revokedStixObject(object: StixObject, modified: string): StixObject {
  const revoked: StixObject = { type: object.type, spec_version: object.spec_version, id: object.id };
  for (const key of ['created_by_ref', 'created', ...(KEPT_WHEN_REVOKED[object.type] ?? []), 'object_marking_refs']) {
    if (object[key] !== undefined) revoked[key] = object[key];
  }
  if (['report', 'identity', 'threat-actor'].includes(object.type)) revoked.name = REVOKED_NAME;
  if (object.type === 'note') revoked.content = REVOKED_NAME;
  if (object.type === 'location') {
    if (object.region) revoked.region = object.region;
    else if (object.country) revoked.country = object.country;
    else Object.assign(revoked, { latitude: Math.round(Number(object.latitude)), longitude: Math.round(Number(object.longitude)) });
  }
  return { ...revoked, modified, revoked: true };
}

/** One briefing as a complete STIX 2.1 bundle, marking definitions included. */
export function toStixBundle(briefing: BriefingRecord, options: ExportOptions = {}): StixBundle {
  const objects = stixObjectsOf(briefing, options);
  return {
    type: 'bundle',
    id: `bundle--${stableUuid('stix', briefing.documentId, 'bundle')}`,
    objects: [...stixSupportingObjects(markingOf(briefing), options), ...objects],
  };
}

/**
 * One briefing's objects as the bulk bundle carries them, written ahead: a store that keeps them
 * ready (the plugin's published shelf) hands them back to writeStixBundle, which sends them as they
 * are. Rendering them is most of a bulk export's time (about 0.3 ms a briefing).
 */
export interface WrittenStixObjects {
  /** The briefing's marking: which shared objects go before it. */
  marking: TlpMarking;
  /** Its first object's id (the report's), from which the bundle's id is chained. */
  firstId: string;
  /**
   * Its objects as JSON, joined by ",\n": as text, or as the UTF-8 bytes a store read them in (sent as
   * they are, never turned into a string: 10,000 briefings' objects as strings grew a server by 300 MB).
   */
  objects: string | Uint8Array;
  /** The options they were written under (stixOptionsKey): under other options they must be written again. */
  optionsKey: string;
}

/** What of the options shapes a briefing's STIX objects: the same key, the same objects. */
export const stixOptionsKey = (options: ExportOptions): string =>
  JSON.stringify([audienceOf(options), options.publisher ?? null, options.briefingsUrl ?? null, options.language ?? null, options.stixProfile ?? 'oasis']);

/** A briefing's STIX objects written out for a bulk bundle (see WrittenStixObjects). */
export function writeStixObjects(briefing: BriefingRecord, options: ExportOptions = {}): WrittenStixObjects {
  const objects = stixObjectsOf(briefing, options);
  return {
    marking: markingOf(briefing),
    firstId: objects[0]!.id,
    objects: objects.map((object) => JSON.stringify(object)).join(',\n'),
    optionsKey: stixOptionsKey(options),
  };
}

const isWritten = (item: BriefingRecord | WrittenStixObjects): item is WrittenStixObjects => typeof (item as WrittenStixObjects).optionsKey === 'string';

/**
 * Many briefings as one STIX bundle, written piece by piece so that 10,000 briefings never sit in
 * memory together. The shared objects (markings, the extension) are written once each. The
 * bundle's id comes last: it is chained from the reports' ids, so the same export gets the same id.
 * A briefing may come already written (writeStixObjects); written under other options, it is refused.
 */
export async function* writeStixBundle(
  briefings: AsyncIterable<BriefingRecord | WrittenStixObjects> | Iterable<BriefingRecord | WrittenStixObjects>,
  options: ExportOptions = {},
): AsyncGenerator<string | Uint8Array> {
  yield '{"type":"bundle"';
  const written = new Set<string>();
  const markingsWritten = new Set<TlpMarking>();
  const optionsKey = stixOptionsKey(options);
  let bundleUuid = stableUuid('stix', 'bundle');
  let first = true;
  for await (const item of briefings) {
    if (isWritten(item) && item.optionsKey !== optionsKey) throw new Error(`STIX objects written under other options (${item.optionsKey}) cannot go in a bundle of ${optionsKey}.`);
    const briefing = isWritten(item) ? item : writeStixObjects(item, options);
    let chunk = '';
    // The shared objects go out before the first briefing that needs them, each once.
    if (!markingsWritten.has(briefing.marking)) {
      markingsWritten.add(briefing.marking);
      for (const object of stixSupportingObjects(briefing.marking, options)) {
        if (written.has(object.id)) continue;
        written.add(object.id);
        chunk += (first ? ',"objects":[\n' : ',\n') + JSON.stringify(object);
        first = false;
      }
    }
    chunk += first ? ',"objects":[\n' : ',\n';
    first = false;
    bundleUuid = stableUuid('stix', bundleUuid, briefing.firstId);
    if (typeof briefing.objects === 'string') yield chunk + briefing.objects;
    else {
      yield chunk;
      yield briefing.objects;
    }
  }
  yield `${first ? '' : '\n]'},"id":"bundle--${bundleUuid}"}\n`;
}
