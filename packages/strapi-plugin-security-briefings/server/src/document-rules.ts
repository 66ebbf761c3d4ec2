import type { Core } from '@strapi/strapi';
import { publicationProblems, toCalendarDate, validateActor, validateBriefing, validatePlace, type Validation } from '@security-briefings/entities';
import { ACTOR, BRIEFING, PLACE } from './uids';
import { LISTING_FIELDS } from './content-types/briefing/schema';
import { briefingPopulate } from './populate';
import { refuse } from './input';

/** Fields Strapi manages itself; editors and API clients never set them, so validation ignores them. */
const MANAGED_FIELDS = [
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'firstPublishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
  'status',
];

const COMPONENT_BOOKKEEPING = ['__temp_key__', '__component'];

/** A copy of the document without the fields the CMS manages; what the domain rules judge. */
function editableFields(uid: string, data: Record<string, unknown>): Record<string, unknown> {
  const managed = uid === BRIEFING ? [...MANAGED_FIELDS, ...LISTING_FIELDS] : MANAGED_FIELDS;
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([key]) => !COMPONENT_BOOKKEEPING.includes(key))
          .map(([key, v]) => [key, strip(v)]),
      );
    }
    return value;
  };
  return Object.fromEntries(
    Object.entries(data)
      .filter(([key]) => !managed.includes(key))
      .map(([key, value]) => [key, strip(value)]),
  );
}


const validators: Record<string, (input: unknown, options: { partial?: boolean }) => Validation<unknown>> = {
  [BRIEFING]: validateBriefing,
  [ACTOR]: validateActor,
  [PLACE]: validatePlace,
};

/** Incident dates may be written "2024-12" or "2024"; the database stores the first day of the period. */
function normaliseIncidentDate(data: Record<string, any>) {
  const incident = data.incident;
  if (incident && typeof incident === 'object' && typeof incident.date === 'string') {
    incident.date = toCalendarDate(incident.date) ?? incident.date;
  }
}

export function judge(uid: string, data: Record<string, unknown>, options: { partial?: boolean }) {
  const validation = validators[uid]!(editableFields(uid, data), options);
  if (!validation.ok) refuse(validation.problems);
}

/** Keeps the briefing's listing fields (event type, incident date, country) in step with its incident, on every row of the document. */
async function refreshListingFields(strapi: Core.Strapi, documentId: string) {
  const rows = await strapi.db.query(BRIEFING).findMany({
    where: { documentId },
    populate: { incident: { populate: { place: true } } },
  });
  for (const row of rows as any[]) {
    const listing: Record<string, unknown> = {
      eventType: row.incident?.eventType ?? null,
      incidentDate: row.incident?.date ?? null,
      countryCode: row.incident?.place?.countryCode ?? null,
    };
    // Rows already in step are left alone: a write would bump their updatedAt and make a
    // published version look modified.
    if (LISTING_FIELDS.every((field) => (row[field] ?? null) === listing[field])) continue;
    await strapi.db.query(BRIEFING).update({ where: { id: row.id }, data: { ...listing, updatedAt: row.updatedAt } });
  }
}

/**
 * Every write to a briefing, actor or place passes the entities package's rules first, whoever makes it
 * (Content Manager, content API, scripts). A refused write throws before anything is stored.
 */
export function registerDocumentRules(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    if (!(uid in validators)) return next();
    const params = context.params as Record<string, any>;

    if (action === 'create' || action === 'update') {
      const data = (params.data ?? {}) as Record<string, unknown>;
      judge(uid, data, { partial: action === 'update' });
      if (uid === BRIEFING) normaliseIncidentDate(data);
    }

    if (action === 'publish' && uid === BRIEFING) {
      const draft = await strapi.documents(BRIEFING).findOne({ documentId: params.documentId, status: 'draft', populate: briefingPopulate(strapi) } as any);
      if (draft) {
        judge(uid, draft as Record<string, unknown>, {});
        // What a published briefing must have (the editor's checklist), refused with the same sentences.
        const missing = publicationProblems(draft);
        if (missing.length > 0) refuse(missing);
      }
    }

    if (uid !== BRIEFING || !['create', 'update', 'publish', 'unpublish', 'discardDraft'].includes(action)) return next();

    return strapi.db.transaction(async () => {
      const result: any = await next();
      const documentId = result?.documentId ?? params.documentId;
      if (documentId) await refreshListingFields(strapi, documentId);
      return result;
    });
  });
}
