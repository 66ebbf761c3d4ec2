import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { EditConflictDetails, RecordedSave } from '../../../shared/contracts/editing';
import { EDITED_TYPES, editorOf, timeOf } from '../services/editing';
import { getService } from '../utils/services';
import { fieldLabels } from '../utils/field-labels';

const labelsOf = async (strapi: Core.Strapi, uid: string, fields: string[]) => {
  const labels = await fieldLabels(strapi, uid);
  return fields.map((field) => labels[field] ?? field);
};

/**
 * No lost edits. A save that says which version of a briefing (actor, place) it was made from, and
 * that version is older than the record's current draft, would overwrite someone's changes: it is
 * refused with a 409 naming the fields changed since, who changed them and when. Nothing is written.
 *
 * The version a save was made from is:
 * - the `updatedAt` the client read, sent back in the request body (an API client that PUTs back
 *   what it GOT sends it without trying);
 * - else, for an editor in the admin, the version their open edit view was loaded from (the edit
 *   view's side panel reports it: the Content Manager's own save does not send it).
 * A write that says neither (a script, a seed, the document service in code) is not checked.
 *
 * Every save of these records is remembered (who, when, which fields), in the database, so the
 * refusal can name what changed whichever instance took the earlier save.
 */

/** Fields Strapi or the plugin keep themselves (the shelf's columns, the verification level, component headings): a change there is nobody's edit. */
const BOOKKEEPING = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations', 'eventType', 'incidentDate', 'countryCode', 'verification', 'heading']);

interface RequestState {
  request?: { body?: unknown; method?: string };
  state?: { user?: { id: number; firstname?: string; lastname?: string; username?: string; email?: string }; auth?: { strategy?: { name?: string } } };
}

/** The admin user making the request, when it comes from the admin (an admin JWT). */
function adminUser(request: RequestState | undefined) {
  return request?.state?.auth?.strategy?.name === 'admin' ? (request.state.user ?? null) : null;
}

/** The `updatedAt` the client read, when it sent it back in the body (`{ updatedAt }` or `{ data: { updatedAt } }`). */
function versionInBody(request: RequestState | undefined): number | null {
  const body = request?.request?.body as { updatedAt?: unknown; data?: { updatedAt?: unknown } } | undefined;
  const sent = body?.updatedAt ?? body?.data?.updatedAt;
  if (typeof sent !== 'string' && typeof sent !== 'number') return null;
  const time = timeOf(sent);
  if (Number.isNaN(time)) throw new errors.ValidationError('updatedAt: give the updatedAt you read, as an ISO 8601 date and time.');
  return time;
}

/** Which populate reads a record whole, for comparing two versions: components in depth, relations by documentId. */
export function wholeRecord(strapi: Core.Strapi, uid: string, depth = 0): Record<string, unknown> {
  const model = strapi.getModel(uid as UID.Schema);
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(model.attributes) as [string, { type: string; component?: string }][]) {
    if (BOOKKEEPING.has(name)) continue;
    if (attribute.type === 'component' && depth < 3) populate[name] = { populate: wholeRecord(strapi, attribute.component!, depth + 1) };
    else if (attribute.type === 'relation' || attribute.type === 'media') populate[name] = { fields: ['documentId'] };
  }
  return populate;
}

/** A value as an editor sees it: without row ids and Strapi's bookkeeping, so re-saved components compare equal. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !BOOKKEEPING.has(key) || key === 'documentId')
        .map(([key, v]) => [key, comparable(v)]),
    );
  }
  return value ?? null;
}

export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)].filter((name) => !BOOKKEEPING.has(name)));
  return [...names].filter((name) => JSON.stringify(comparable(before[name])) !== JSON.stringify(comparable(after[name])));
}

const listed = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
const clock = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/**
 * A 409. Strapi's error classes answer 400, 401, 403, 404, 413, 429 or 501, none 409; its error
 * middleware answers any HTTP error (http-errors' HttpError) with its own status, as
 * `{ data: null, error: { status, name, message, details } }`. Named ValidationError so the Content
 * Manager keeps the editor's form and marks the fields (it does so for that name only).
 */
class EditConflict extends Error {
  readonly status = 409;
  readonly statusCode = 409;
  readonly expose = true;
  constructor(message: string, readonly details: EditConflictDetails) {
    super(message);
    this.name = 'ValidationError';
  }
}
// An HttpError as http-errors makes its own (it builds each status's class on HttpError's prototype).
Object.setPrototypeOf(EditConflict.prototype, errors.HttpError.prototype);

/** The refusal: one sentence per save made since, and each changed field marked in the editor's form. */
function refuseStaleSave(kind: string, saves: RecordedSave[], current: { updatedAt: string; updatedBy: string | null }): never {
  const said = saves.length
    ? saves.map((save) => `${save.by?.name ?? 'an API client'} changed ${save.labels.length ? listed(save.labels) : 'it'} at ${clock(save.savedAt)}`)
    : [`${current.updatedBy ?? 'someone'} saved it at ${clock(current.updatedAt)}`];
  const message = `This ${kind} was changed since you loaded it: ${said.join('; ')}. Your save was refused so that nothing is overwritten: save again from the current version.`;
  const errorsByField = new Map<string, string>();
  for (const save of saves) {
    for (const field of save.fields) errorsByField.set(field, `Changed by ${save.by?.name ?? 'an API client'} at ${clock(save.savedAt)} since you loaded this ${kind}.`);
  }
  const details: EditConflictDetails = {
    errors: [...errorsByField].map(([field, text]) => ({ path: [field], message: text, name: 'ValidationError' })),
    savedSince: saves,
    current: { updatedAt: current.updatedAt },
  };
  throw new EditConflict(message, details);
}

export function registerEditConflicts(strapi: Core.Strapi) {
  const editing = () => getService(strapi, 'editing');

  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    if (!EDITED_TYPES.includes(uid)) return next();
    const params = context.params as { documentId?: string; status?: string };
    const documentId = params.documentId;
    if (!documentId) return next();
    if (action === 'delete') {
      const result = await next();
      await strapi.db.query('strapi::core-store').deleteMany({ where: { key: { $contains: `:${documentId}:` } } });
      return result;
    }
    if (action !== 'update' && action !== 'discardDraft') return next();

    const model = strapi.getModel(uid as UID.Schema);
    const hasDrafts = Boolean(model.options?.draftAndPublish);
    const kind = (model.info?.displayName ?? 'record').toLowerCase();
    const request = strapi.requestContext.get() as RequestState | undefined;
    const user = adminUser(request);

    return strapi.db.transaction(async () => {
      // The draft is read and locked first: a save on another instance waits for this one (PostgreSQL).
      const where = hasDrafts ? { documentId, publishedAt: null } : { documentId };
      const lock = strapi.db.queryBuilder(uid as UID.Schema).select(['id']).where(where).first();
      if (strapi.db.dialect.client !== 'sqlite') lock.forUpdate();
      const locked = (await lock.execute()) as { id: number } | null;
      const read = async () =>
        locked
          ? ((await strapi.db.query(uid as UID.Schema).findOne({ where: { id: locked.id }, populate: { ...wholeRecord(strapi, uid), updatedBy: { select: ['id', 'firstname', 'lastname', 'username', 'email'] } } })) as Record<string, any>)
          : null;
      const before = await read();

      const loadedAt = action === 'update' ? (versionInBody(request) ?? (user ? await editing().loadedVersion(documentId, user.id) : null)) : null;
      if (before && loadedAt !== null && timeOf(before.updatedAt) > loadedAt) {
        const saves = await editing().savesSince(documentId, loadedAt);
        refuseStaleSave(kind, saves, { updatedAt: new Date(timeOf(before.updatedAt)).toISOString(), updatedBy: editorOf(before.updatedBy)?.name ?? null });
      }

      const result = await next();
      const after = await read();
      if (!before || !after || timeOf(after.updatedAt) === timeOf(before.updatedAt)) return result;
      const savedAt = new Date(timeOf(after.updatedAt)).toISOString();
      const fields = changedFields(before, after);
      await editing().recordSave(documentId, { savedAt, by: editorOf(user ?? after.updatedBy), fields, labels: await labelsOf(strapi, uid, fields) });
      // The editor's form now holds what they saved: their next save is made from this version.
      if (user) await editing().savedFromForm(documentId, user.id, savedAt);
      return result;
    });
  });
}
