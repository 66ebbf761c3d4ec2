import { EVENT_TYPE_VALUES, REVIEW_STAGES, VERIFICATION_LEVELS } from '@security-briefings/entities';
import { PLACE, componentUid, customFieldUid } from '../../../../shared/identity';

/** Fields kept in step with the incident by the server, so the list view and filters can use them. */
export const LISTING_FIELDS = ['eventType', 'incidentDate', 'countryCode'] as const;
/** Set by a merge only (merge/service.ts). */
export const MERGE_FIELDS = ['mergedInto', 'mergedAt', 'publishedWhenMerged'] as const;
/**
 * The duplicates that had an address readers may hold: published when merged, or merged before
 * the field was kept (unknown: their addresses go on leading to the briefing kept).
 */
export const HAD_AN_ADDRESS = { $or: [{ publishedWhenMerged: true }, { publishedWhenMerged: { $null: true } }] };
/** Every field the server derives or sets (listing fields, the verification level from the sources, a merge): editors never set them. */
export const DERIVED_FIELDS = [...LISTING_FIELDS, 'verification', ...MERGE_FIELDS] as const;

export default {
  kind: 'collectionType',
  collectionName: 'security_briefings',
  info: {
    singularName: 'briefing',
    pluralName: 'briefings',
    displayName: 'Briefing',
    description: 'One security event as the newsroom reports it: what, when, where, who, quotes, sources, assessment.',
  },
  options: { draftAndPublish: true },
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
  },
  attributes: {
    title: { type: 'string', required: true, maxLength: 255 },
    slug: { type: 'uid', targetField: 'title' },
    summary: { type: 'text', maxLength: 2000 },
    body: { type: 'richtext' },
    // The TLP picker (a string custom field); its values are still checked against TLP_MARKINGS on every write.
    marking: { type: 'customField', customField: customFieldUid('tlp-marking') },
    reviewStage: { type: 'enumeration', enum: [...REVIEW_STAGES.values], default: 'drafting' },
    incident: { type: 'component', repeatable: false, component: componentUid('incident') },
    actorRoles: { type: 'component', repeatable: true, component: componentUid('actor-role') },
    places: { type: 'relation', relation: 'manyToMany', target: PLACE },
    quotes: { type: 'component', repeatable: true, component: componentUid('quote') },
    sources: { type: 'component', repeatable: true, component: componentUid('source') },
    assessment: { type: 'component', repeatable: false, component: componentUid('assessment') },
    corrections: { type: 'component', repeatable: true, component: componentUid('correction') },
    // Listing fields: derived from the incident on every save, never typed by editors.
    eventType: { type: 'enumeration', enum: [...EVENT_TYPE_VALUES], configurable: false },
    incidentDate: { type: 'date', configurable: false },
    countryCode: { type: 'string', maxLength: 2, configurable: false },
    // How well the facts are established, derived from the sources on every save (middlewares/verification.ts).
    verification: { type: 'enumeration', enum: [...VERIFICATION_LEVELS.values], configurable: false },
    // Set only by a merge (merge/service.ts): the briefing this duplicate was merged into, and when.
    mergedInto: { type: 'string', configurable: false },
    mergedAt: { type: 'datetime', configurable: false },
    // Whether the duplicate had a published version when merged: only then had it an address readers may hold,
    // so only then does the kept briefing list it and its old address lead there. A draft merged stays unseen.
    publishedWhenMerged: { type: 'boolean', configurable: false },
  },
  config: {
    settings: { bulkable: true, filterable: true, searchable: true, pageSize: 20, mainField: 'title', defaultSortBy: 'incidentDate', defaultSortOrder: 'DESC' },
    metadatas: {
      title: { edit: { label: 'Title', description: 'A headline for the event, not the article.' }, list: { label: 'Title' } },
      slug: { edit: { label: 'Slug' } },
      summary: { edit: { label: 'Summary', description: 'Two or three sentences: what happened and why it matters.' } },
      body: { edit: { label: 'Body' } },
      marking: {
        edit: { label: 'TLP marking', description: 'Only TLP:CLEAR briefings are ever public.' },
        list: { label: 'Marking' },
      },
      // Moved only through the Review panel's moves (review/service.ts), which four-eyes publishing relies on.
      reviewStage: { edit: { label: 'Review stage', description: 'Moved with the Review panel: Send to review, Approve, Send back.', editable: false } },
      incident: { edit: { label: 'Incident: what, when, where' } },
      actorRoles: { edit: { label: 'Who: actors and their roles' } },
      places: { edit: { label: 'Other places mentioned', mainField: 'name' } },
      quotes: { edit: { label: 'Quotes' } },
      sources: { edit: { label: 'Sources' } },
      assessment: { edit: { label: 'Assessment: what it means' } },
      corrections: { edit: { label: 'Corrections' } },
      eventType: { edit: { label: 'Event type', editable: false, visible: false }, list: { label: 'Event type' } },
      incidentDate: { edit: { label: 'Incident date', editable: false, visible: false }, list: { label: 'Incident date' } },
      countryCode: { edit: { label: 'Country', editable: false, visible: false }, list: { label: 'Country' } },
      verification: { edit: { label: 'Verification', editable: false, visible: false }, list: { label: 'Verification' } },
      mergedInto: { edit: { label: 'Merged into', editable: false, visible: false }, list: { label: 'Merged into' } },
      mergedAt: { edit: { label: 'Merged on', editable: false, visible: false }, list: { label: 'Merged on' } },
      publishedWhenMerged: { edit: { label: 'Published when merged', editable: false, visible: false }, list: { label: 'Published when merged' } },
    },
    layouts: {
      list: ['title', 'eventType', 'incidentDate', 'countryCode', 'marking', 'verification'],
      edit: [
        [{ name: 'title', size: 8 }, { name: 'marking', size: 4 }],
        [{ name: 'slug', size: 8 }, { name: 'reviewStage', size: 4 }],
        [{ name: 'summary', size: 12 }],
        [{ name: 'incident', size: 12 }],
        [{ name: 'actorRoles', size: 12 }],
        [{ name: 'places', size: 12 }],
        [{ name: 'quotes', size: 12 }],
        [{ name: 'sources', size: 12 }],
        [{ name: 'assessment', size: 12 }],
        [{ name: 'body', size: 12 }],
        [{ name: 'corrections', size: 12 }],
      ],
    },
  },
};
