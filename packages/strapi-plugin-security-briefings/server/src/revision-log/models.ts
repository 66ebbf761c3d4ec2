import { PLUGIN_ID } from '../constants';

/**
 * The revision log's table. A database model (Strapi's model registry, as the published shelf's),
 * not a content type: it has no Content Manager, REST or GraphQL door, nor a document service, so
 * there is no route through which anyone could edit or delete an entry. The query engine, which
 * code in the app could still call, refuses writes on it except the log's own (./guard.ts).
 * Entries name their record by documentId, not by a relation: deleting a briefing keeps its log.
 */
export const REVISION = `plugin::${PLUGIN_ID}.revision` as const;

const notNull = { column: { notNullable: true } };

export const models = [
  {
    uid: REVISION,
    singularName: 'revision',
    tableName: 'security_briefings_revisions',
    attributes: {
      id: { type: 'increments' },
      contentType: { type: 'string', ...notNull },
      documentId: { type: 'string', ...notNull },
      /** The record's title or name at the time, so the log still reads after the record is deleted. */
      recordName: { type: 'string' },
      action: { type: 'string', ...notNull },
      at: { type: 'datetime', ...notNull },
      byKind: { type: 'string', ...notNull },
      byId: { type: 'integer' },
      byName: { type: 'string' },
      reason: { type: 'text' },
      /** JSON list of { field, label, old, new }. */
      changes: { type: 'text', ...notNull },
    },
    indexes: [
      { name: 'sb_revisions_record', columns: ['content_type', 'document_id', 'at'] },
      { name: 'sb_revisions_at', columns: ['at'] },
    ],
  },
];
