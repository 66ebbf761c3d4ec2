import { PLUGIN_ID } from '../constants';

/**
 * The partner feed's log: one row per version of a briefing in a collection (a TLP marking partners
 * read: clear, green, amber). The TAXII server (../taxii) serves STIX rendered from these rows, so a
 * poller sees every publish as a new version and every unpublish or re-marking as a revoked one.
 * Kept by ./keeping.ts inside the shelf's transaction. A database model only, like the shelf's.
 */
export const FEED_VERSION = `plugin::${PLUGIN_ID}.feed-version` as const;

const notNull = { column: { notNullable: true } };

export const models = [
  {
    uid: FEED_VERSION,
    singularName: 'feed-version',
    tableName: 'security_briefings_feed_versions',
    attributes: {
      id: { type: 'increments' },
      /** The marking whose collection the version is in. */
      collection: { type: 'string', ...notNull },
      briefingDocumentId: { type: 'string', ...notNull },
      /** ISO timestamp: the STIX `modified` of the version's objects, always later than the previous version's. */
      version: { type: 'string', ...notNull },
      /** ISO timestamp with milliseconds: when the row was written (TAXII's date_added); strings compare in time order. */
      dateAdded: { type: 'string', ...notNull },
      /** The briefing left this collection (unpublished, deleted, re-marked): its objects are served revoked. */
      revoked: { type: 'boolean', ...notNull },
      /** The newest row of this briefing in this collection. */
      latest: { type: 'boolean', ...notNull },
      /** The briefing's record as shelved (before any audience's cut). */
      record: { type: 'text', ...notNull },
      /**
       * Earlier records whose objects this version no longer has ([{ version, record }], newest first):
       * served revoked, so an actor role removed between versions does not silently disappear.
       */
      former: { type: 'text' },
      /** The STIX ids the version serves, space-separated with a space at each end (for `match[id]`). */
      objectIds: { type: 'text', ...notNull },
    },
    indexes: [
      { name: 'sb_feed_versions_page', columns: ['collection', 'latest', 'date_added', 'id'] },
      { name: 'sb_feed_versions_all', columns: ['collection', 'date_added', 'id'] },
      { name: 'sb_feed_versions_briefing', columns: ['collection', 'briefing_document_id'] },
      /** The newest date_added, which the next write's must pass. */
      { name: 'sb_feed_versions_added', columns: ['date_added'] },
    ],
  },
];
