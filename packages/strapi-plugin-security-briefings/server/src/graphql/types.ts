import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  ALIAS_KINDS,
  CERTAINTIES,
  CONFIDENCE_LEVELS,
  CORRECTION_KINDS,
  DATE_PRECISIONS,
  LIKELIHOODS,
  PLACE_KINDS,
  REVIEW_STAGES,
  VERIFICATION_LEVELS,
  SOURCE_KINDS,
  SOURCE_RELIABILITY,
  THREAT_LEVELS,
  TLP_MARKINGS,
  TRENDS,
  correctionKindOf,
  type Correction,
} from '@security-briefings/entities';

/**
 * GraphQL object types for the records the REST routes return (BriefingRecord, ActorRecord,
 * PlaceRecord in the entities package), field for field. Names start with `SecurityBriefings` and end
 * differently from Strapi's generated names (`SecurityBriefingsBriefing`, `ComponentSecurityBriefings…`),
 * so they never clash. Vocabulary fields are strings, as stored; their descriptions list the values.
 *
 * `nexus` is the graphql plugin's copy, handed over by its extension service: this plugin does not
 * depend on it.
 */
export const TYPE = {
  briefing: 'SecurityBriefingsBriefingRecord',
  actor: 'SecurityBriefingsActorRecord',
  place: 'SecurityBriefingsPlaceRecord',
  briefingList: 'SecurityBriefingsBriefingList',
  actorList: 'SecurityBriefingsActorList',
  placeList: 'SecurityBriefingsPlaceList',
} as const;

const oneOf = (values: readonly string[]) => `One of: ${values.join(', ')}.`;

// `any` here: nexus and its definition blocks (`t`) come from @strapi/plugin-graphql at run time; the plugin
// does not depend on it (GraphQL is optional), so their types are not available to this package.
export function recordTypes(nexus: any) {
  const { objectType } = nexus;

  const link = objectType({
    name: 'SecurityBriefingsLink',
    description: 'Another actor or place, by id and name only (an affiliation or a parent place).',
    definition(t: any) {
      t.nonNull.id('documentId');
      t.nonNull.string('name');
    },
  });

  const alias = objectType({
    name: 'SecurityBriefingsAlias',
    description: 'Another name for the same actor or place.',
    definition(t: any) {
      t.nonNull.string('value');
      t.string('kind', { description: oneOf(ALIAS_KINDS.values) });
    },
  });

  const timestamps = (t: any) => {
    t.field('createdAt', { type: 'DateTime' });
    t.field('updatedAt', { type: 'DateTime' });
    t.field('publishedAt', { type: 'DateTime' });
  };

  const actor = objectType({
    name: TYPE.actor,
    description: 'A person, group or body named in a briefing.',
    definition(t: any) {
      t.nonNull.id('documentId');
      t.nonNull.string('name', { description: 'Canonical name.' });
      t.nonNull.string('kind', { description: oneOf(ACTOR_KINDS.values) });
      t.string('title', { description: 'Title or role, such as "Prime Minister of Iraq".' });
      t.string('countryCode', { description: 'ISO 3166-1 alpha-2.' });
      t.string('wikidataId');
      t.string('description');
      t.list.nonNull.field('aliases', { type: alias });
      t.field('affiliation', { type: link, description: 'Null when no briefing you may read links the affiliation.' });
      timestamps(t);
    },
  });

  const place = objectType({
    name: TYPE.place,
    description: 'A place named in a briefing, from a country down to a site.',
    definition(t: any) {
      t.nonNull.id('documentId');
      t.nonNull.string('name');
      t.nonNull.string('kind', { description: oneOf(PLACE_KINDS.values) });
      t.string('countryCode', { description: 'ISO 3166-1 alpha-2.' });
      t.string('admin1', { description: 'Province or state.' });
      t.float('latitude');
      t.float('longitude');
      t.int('geonamesId');
      t.field('parent', { type: link, description: 'Null when no briefing you may read links the parent place.' });
      t.list.nonNull.field('aliases', { type: alias });
      timestamps(t);
    },
  });

  const article = objectType({
    name: 'SecurityBriefingsArticle',
    description: "The host app's article the briefing was written from.",
    definition(t: any) {
      t.nonNull.id('documentId');
      t.nonNull.string('title');
      t.string('slug');
      t.string('url');
      t.string('outlet');
      t.field('publishedDate', { type: 'Date' });
    },
  });

  const incident = objectType({
    name: 'SecurityBriefingsIncident',
    description: 'What happened, when and where (ACLED event model).',
    definition(t: any) {
      t.string('eventType', { description: 'ACLED event type slug, such as "battles".' });
      t.string('subEventType', { description: 'ACLED sub-event type slug, such as "armed-clash".' });
      t.field('date', { type: 'Date', description: 'For a week, month or year, its first day (see datePrecision).' });
      t.string('datePrecision', { description: oneOf(DATE_PRECISIONS.values) });
      t.string('dateAsWritten');
      t.field('place', { type: place, description: 'The most precise place known.' });
      t.int('geoPrecision', { description: 'ACLED: 1 exact place, 2 near a place, 3 region only.' });
      t.int('fatalitiesMin');
      t.int('fatalitiesMax');
      t.string('fatalitiesAsWritten');
      t.int('injured');
    },
  });

  const actorRole = objectType({
    name: 'SecurityBriefingsActorRole',
    description: 'Who did what in the incident.',
    definition(t: any) {
      t.field('actor', { type: actor });
      t.nonNull.string('role', { description: oneOf(ACTOR_ROLES.values) });
      t.string('certainty', { description: oneOf(CERTAINTIES.values) });
      t.string('note');
    },
  });

  const quote = objectType({
    name: 'SecurityBriefingsQuote',
    description: 'Exact words and who said them.',
    definition(t: any) {
      t.nonNull.string('text');
      t.field('speaker', { type: actor });
      t.string('medium', { description: 'Where it was said.' });
      t.field('saidAt', { type: 'Date' });
    },
  });

  const source = objectType({
    name: 'SecurityBriefingsSource',
    description: 'Where the information comes from. The public gets an anonymous source as its kind only, and no grades.',
    definition(t: any) {
      t.nonNull.string('kind', { description: oneOf(SOURCE_KINDS.values) });
      t.string('name');
      t.string('url');
      t.boolean('anonymous');
      t.string('descriptor', { description: 'Who an anonymous source is; partners only.' });
      t.string('reliability', { description: `Admiralty source reliability, partners only. ${oneOf(SOURCE_RELIABILITY.values)}` });
      t.int('credibility', { description: 'Admiralty information credibility (1-6), partners only.' });
    },
  });

  const assessment = objectType({
    name: 'SecurityBriefingsAssessment',
    description: 'What it means: threat, trend, likelihood, confidence.',
    definition(t: any) {
      t.string('threatLevel', { description: oneOf(THREAT_LEVELS.values) });
      t.string('trend', { description: oneOf(TRENDS.values) });
      t.string('likelihood', { description: oneOf(LIKELIHOODS.values) });
      t.string('confidence', { description: oneOf(CONFIDENCE_LEVELS.values) });
      t.string('judgement');
    },
  });

  const correction = objectType({
    name: 'SecurityBriefingsCorrection',
    description: 'A correction, clarification or retraction published after the briefing.',
    definition(t: any) {
      t.nonNull.string('kind', { description: oneOf(CORRECTION_KINDS.values), resolve: (row: Correction) => correctionKindOf(row) });
      t.nonNull.field('correctedAt', { type: 'DateTime' });
      t.nonNull.string('text');
    },
  });

  const briefing = objectType({
    name: TYPE.briefing,
    description: 'One security event as the newsroom reports it; the same record as GET /api/security-briefings/briefings/:documentId.',
    definition(t: any) {
      t.nonNull.id('documentId');
      t.nonNull.string('title');
      t.string('slug');
      t.string('summary');
      t.string('body', { description: 'Markdown.' });
      t.string('marking', { description: `TLP 2.0 marking. ${oneOf(TLP_MARKINGS.values)}` });
      t.string('reviewStage', { description: oneOf(REVIEW_STAGES.values) });
      t.string('verification', { description: `How well the facts are established, derived from the sources. ${oneOf(VERIFICATION_LEVELS.values)}` });
      timestamps(t);
      t.field('sourceArticle', { type: article });
      t.field('incident', { type: incident });
      t.list.nonNull.field('actorRoles', { type: actorRole });
      t.list.nonNull.field('places', { type: place, description: 'Other places mentioned.' });
      t.list.nonNull.field('quotes', { type: quote });
      t.list.nonNull.field('sources', { type: source });
      t.field('assessment', { type: assessment });
      t.list.nonNull.field('corrections', { type: correction });
    },
  });

  const pagination = objectType({
    name: 'SecurityBriefingsPagination',
    definition(t: any) {
      t.nonNull.int('page');
      t.nonNull.int('pageSize');
      t.nonNull.int('pageCount');
      t.nonNull.int('total', { description: 'How many records you may read in all, across pages.' });
    },
  });

  const meta = objectType({
    name: 'SecurityBriefingsListMeta',
    definition(t: any) {
      t.nonNull.field('pagination', { type: pagination });
    },
  });

  const list = (name: string, item: unknown, description: string) =>
    objectType({
      name,
      description,
      definition(t: any) {
        t.nonNull.list.nonNull.field('data', { type: item });
        t.nonNull.field('meta', { type: meta });
      },
    });

  return [
    link,
    alias,
    actor,
    place,
    article,
    incident,
    actorRole,
    quote,
    source,
    assessment,
    correction,
    briefing,
    pagination,
    meta,
    list(TYPE.briefingList, briefing, 'A page of briefings, newest incident first.'),
    list(TYPE.actorList, actor, 'A page of actors, by name.'),
    list(TYPE.placeList, place, 'A page of places, by name.'),
  ];
}
