import { PLUGIN_ID } from '../constants';

/**
 * The published shelf: what readers are served, kept ready in the database when briefings, actors,
 * places or articles are written (./shelf.ts), so a read is one or two indexed queries whatever the
 * archive's size. Database models only (Strapi's model registry, as its own stores use): no content
 * type, so no Content Manager, REST or GraphQL door of their own. Strapi's schema sync creates and
 * updates the tables; the database is the one source, so every instance serving it agrees.
 */

/** One row per published briefing: its record (before any audience's cut) and the columns lists filter and sort on. */
export const PUBLISHED_BRIEFING = `plugin::${PLUGIN_ID}.published-briefing` as const;
/** One row per record a published briefing shows: the actors and places it links, and their affiliations and parents. */
export const PUBLISHED_LINK = `plugin::${PLUGIN_ID}.published-link` as const;
/** One row per actor or place and marking under which a published briefing links it: who may open it. */
export const PUBLISHED_RECORD = `plugin::${PLUGIN_ID}.published-record` as const;

/** One row per marking: how many published briefings carry it (the unfiltered list's total without counting). */
export const PUBLISHED_COUNT = `plugin::${PLUGIN_ID}.published-count` as const;

/** Undated incidents sort after every dated one, the same on SQLite and PostgreSQL (which put NULL at opposite ends). */
export const UNDATED = '0000-00-00';

const notNull = { column: { notNullable: true } };

export const models = [
  {
    uid: PUBLISHED_BRIEFING,
    singularName: 'published-briefing',
    tableName: 'security_briefings_published_briefings',
    attributes: {
      id: { type: 'increments' },
      briefingDocumentId: { type: 'string', ...notNull },
      /** The published row's id: the list's tie-break, and how a rebuild knows the shelf is behind. */
      rowId: { type: 'integer', ...notNull },
      marking: { type: 'string', ...notNull },
      eventType: { type: 'string' },
      countryCode: { type: 'string' },
      verification: { type: 'string' },
      incidentDate: { type: 'string' },
      sortDate: { type: 'string', ...notNull },
      articleDocumentId: { type: 'string' },
      publishedAt: { type: 'datetime' },
      updatedAt: { type: 'datetime' },
      /** The briefing's record before any cut: a partner's view. */
      record: { type: 'text', ...notNull },
      /** JSON list of the affiliations and parents ("actors:<id>", "places:<id>") the record shows without linking them: a reader sees them only if they may open them. */
      showing: { type: 'text' },
      /** The public's view, only on TLP:CLEAR rows: forAudience('public') without what the public may not open. */
      publicRecord: { type: 'text' },
      /** What the public's view still shows without linking it (as `showing`). */
      publicShowing: { type: 'text' },
      /**
       * A partner's STIX objects, written ahead for bulk exports (entities' writeStixObjects) under the
       * options stixOptionsKey names, for a partner cleared for every partner marking: on rows partners read.
       */
      stixObjects: { type: 'text' },
      stixFirstId: { type: 'string' },
      stixOptionsKey: { type: 'text' },
      /** What of `showing` those objects still show (as `publicShowing`): they are a reader's when the reader may open exactly these. */
      stixShowing: { type: 'text' },
    },
    indexes: [
      { name: 'sb_published_briefings_document', columns: ['briefing_document_id'], type: 'unique' },
      { name: 'sb_published_briefings_newest', columns: ['sort_date', 'row_id'] },
      { name: 'sb_published_briefings_marking', columns: ['marking', 'sort_date', 'row_id'] },
      { name: 'sb_published_briefings_country', columns: ['country_code', 'marking'] },
      { name: 'sb_published_briefings_article', columns: ['article_document_id'] },
    ],
  },
  {
    uid: PUBLISHED_LINK,
    singularName: 'published-link',
    tableName: 'security_briefings_published_links',
    attributes: {
      id: { type: 'increments' },
      briefingDocumentId: { type: 'string', ...notNull },
      marking: { type: 'string', ...notNull },
      kind: { type: 'string', ...notNull },
      /** Where the briefing shows it: actorRoles, quotes, incident, places (linked), or affiliation, parent (shown only). */
      field: { type: 'string', ...notNull },
      recordDocumentId: { type: 'string', ...notNull },
    },
    indexes: [
      { name: 'sb_published_links_briefing', columns: ['briefing_document_id'] },
      { name: 'sb_published_links_record', columns: ['record_document_id', 'kind', 'field'] },
    ],
  },
  {
    uid: PUBLISHED_RECORD,
    singularName: 'published-record',
    tableName: 'security_briefings_published_records',
    attributes: {
      id: { type: 'increments' },
      kind: { type: 'string', ...notNull },
      recordDocumentId: { type: 'string', ...notNull },
      marking: { type: 'string', ...notNull },
    },
    indexes: [
      { name: 'sb_published_records_unique', columns: ['kind', 'record_document_id', 'marking'], type: 'unique' },
      { name: 'sb_published_records_marking', columns: ['kind', 'marking', 'record_document_id'] },
    ],
  },
  {
    uid: PUBLISHED_COUNT,
    singularName: 'published-count',
    tableName: 'security_briefings_published_counts',
    attributes: {
      id: { type: 'increments' },
      marking: { type: 'string', ...notNull },
      total: { type: 'integer', ...notNull },
    },
    indexes: [{ name: 'sb_published_counts_marking', columns: ['marking'], type: 'unique' }],
  },
];
