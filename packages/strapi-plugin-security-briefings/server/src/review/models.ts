import { PLUGIN_ID } from '../constants';

/**
 * A briefing's review trail beside the briefing: its stage is the briefing's own reviewStage field
 * (in every export and the Content Manager already); who moved it there and when, who approved it,
 * and who made its last content change are kept here, one row per briefing. A database model only
 * (as the published shelf's): no Content Manager, REST or GraphQL door of its own.
 */
export const REVIEW = `plugin::${PLUGIN_ID}.review` as const;

export const models = [
  {
    uid: REVIEW,
    singularName: 'review',
    tableName: 'security_briefings_reviews',
    attributes: {
      id: { type: 'increments' },
      briefingDocumentId: { type: 'string', column: { notNullable: true } },
      /** Who moved the briefing to its stage ({ kind, id, name }, as entities' ReviewActor), and when. */
      movedBy: { type: 'json' },
      movedAt: { type: 'datetime' },
      approvedBy: { type: 'json' },
      approvedAt: { type: 'datetime' },
      /** The note left when it was sent back. */
      note: { type: 'text' },
      /** Who made the last change to its content through a request (an admin user or an API token), and when. */
      lastEditor: { type: 'json' },
      lastEditedAt: { type: 'datetime' },
    },
    indexes: [{ name: 'sb_reviews_briefing', columns: ['briefing_document_id'], type: 'unique' }],
  },
];
