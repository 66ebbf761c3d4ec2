import type { Core, UID } from '@strapi/strapi';
import {
  isMoreRestrictive,
  publicationProblems,
  sourcesMadeAnonymous,
  toCalendarDate,
  validateActor,
  validateBriefing,
  validatePlace,
  type Source,
  type Validation,
} from '@security-briefings/entities';
import { ACTOR, BRIEFING, PLACE, componentUid } from '../constants';

const SOURCE = componentUid('source');
import { LISTING_FIELDS } from '../content-types/briefing/schema';
import { briefingPopulate } from '../utils/populate';
import { refuse } from '../utils/input';
import type { BriefingProtection } from '../../../shared/contracts/briefings';
import { documents, type DocumentRow } from '../utils/documents';

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

/**
 * Writes a row without touching its updatedAt: the query builder skips the lifecycles that would
 * bump it, so a published version changed behind the editor's back does not look newer than its
 * draft. It runs in the current transaction.
 */
async function updateQuietly(strapi: Core.Strapi, uid: string, id: number, data: Record<string, unknown>) {
  // The plugin's UIDs are not in the app's generated registry, so Strapi's UID type does not know them.
  await strapi.db.queryBuilder(uid as UID.Schema).update(data).where({ id }).execute();
}

/** Keeps the briefing's listing fields (event type, incident date, country) in step with its incident, on every row of the document. */
async function refreshListingFields(strapi: Core.Strapi, documentId: string) {
  const rows = await strapi.db.query(BRIEFING).findMany({
    where: { documentId },
    populate: { incident: { populate: { place: true } } },
  });
  for (const row of rows as DocumentRow[]) {
    const listing: Record<string, unknown> = {
      eventType: row.incident?.eventType ?? null,
      incidentDate: row.incident?.date ?? null,
      countryCode: row.incident?.place?.countryCode ?? null,
    };
    // Rows already in step are left alone.
    if (LISTING_FIELDS.every((field) => (row[field] ?? null) === listing[field])) continue;
    await updateQuietly(strapi, BRIEFING, row.id, listing);
  }
}

/** The draft must pass every rule and the publish checklist before it is published; else a 400 naming the fields. */
async function judgePublishable(strapi: Core.Strapi, documentId: string) {
  const draft = await documents(strapi, BRIEFING).findOne({ documentId, status: 'draft', populate: briefingPopulate(strapi) });
  if (!draft) return;
  judge(BRIEFING, draft as Record<string, unknown>, {});
  // What a published briefing must have (the editor's checklist), refused with the same sentences.
  const missing = publicationProblems(draft);
  if (missing.length > 0) refuse(missing);
}

/**
 * Protection raised in a draft takes effect on the published version at once: a more restrictive
 * marking, or a source now anonymous, is copied to the published rows when the draft is saved
 * (their updatedAt kept, so the draft still shows as modified). Lowering waits for a publish.
 * Returns what was raised, for the editor's notice.
 */
async function raisePublishedProtection(strapi: Core.Strapi, documentId: string): Promise<RaisedProtection | null> {
  const populate = { sources: true };
  const rows = (await strapi.db.query(BRIEFING).findMany({ where: { documentId }, populate })) as DocumentRow[];
  const draft = rows.find((row) => !row.publishedAt);
  const published = rows.filter((row) => row.publishedAt);
  if (!draft || published.length === 0) return null;
  const raised: RaisedProtection = { from: null, to: null, sources: 0 };
  for (const row of published) {
    if (isMoreRestrictive(draft.marking, row.marking)) {
      raised.from = row.marking;
      raised.to = draft.marking;
      await updateQuietly(strapi, BRIEFING, row.id, { marking: draft.marking });
    }
    const sources = (row.sources ?? []) as (Source & { id: number })[];
    for (const pair of sourcesMadeAnonymous(sources, (draft.sources ?? []) as Source[])) {
      const counterpart = draft.sources[pair.draft];
      await updateQuietly(strapi, SOURCE, sources[pair.published].id, {
        anonymous: true,
        name: null,
        url: null,
        descriptor: counterpart.descriptor ?? sources[pair.published].descriptor ?? null,
      });
      raised.sources += 1;
    }
  }
  return raised.to || raised.sources ? raised : null;
}

/** What the last draft save raised on the published version, kept until the next publish or unpublish. */
export type RaisedProtection = NonNullable<BriefingProtection.Response['data']['raised']>;

const raisedStore = (strapi: Core.Strapi) => strapi.store({ type: 'plugin', name: 'security-briefings' });
const raisedKey = (documentId: string) => `raised-protection:${documentId}`;

export async function raisedProtection(strapi: Core.Strapi, documentId: string): Promise<RaisedProtection | null> {
  return ((await raisedStore(strapi).get({ key: raisedKey(documentId) })) as RaisedProtection | null) ?? null;
}

/**
 * Every write to a briefing, actor or place passes the entities package's rules first, whoever makes it
 * (Content Manager, content API, GraphQL, scripts). A refused write throws before anything is stored, or
 * inside the write's transaction, so nothing half-written stays.
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
    if (action === 'clone' && params.data) judge(uid, params.data, { partial: true });

    if (action === 'publish' && uid === BRIEFING) await judgePublishable(strapi, params.documentId);

    if (uid !== BRIEFING || !['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft'].includes(action)) return next();

    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = (result as { documentId?: string } | null)?.documentId ?? params.documentId;
      if (!documentId) return result;
      // create/update with status 'published' publish inside Strapi, past the publish check above: judge what they wrote.
      if ((action === 'create' || action === 'update') && params.status === 'published') await judgePublishable(strapi, documentId);
      // A clone copies the source's draft and applies the changes asked for: the copy must pass the rules too.
      if (action === 'clone') {
        const copy = await documents(strapi, BRIEFING).findOne({ documentId, status: 'draft', populate: briefingPopulate(strapi) });
        if (copy) judge(BRIEFING, copy as Record<string, unknown>, {});
      }
      if (action === 'update' && params.status !== 'published') {
        const raised = await raisePublishedProtection(strapi, documentId);
        const earlier = raised && (await raisedProtection(strapi, documentId));
        if (raised) {
          const value = earlier ? { from: earlier.from ?? raised.from, to: raised.to ?? earlier.to, sources: earlier.sources + raised.sources } : raised;
          await raisedStore(strapi).set({ key: raisedKey(documentId), value });
        }
      }
      if (action === 'publish' || action === 'unpublish') await raisedStore(strapi).delete({ key: raisedKey(documentId) });
      await refreshListingFields(strapi, documentId);
      return result;
    });
  });
}
