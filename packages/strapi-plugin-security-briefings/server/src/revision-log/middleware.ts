import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, UID } from '@strapi/strapi';
import { ACTOR, BRIEFING, PLACE } from '../constants';
import { REASON_HEADER, reason as reasonSchema, type RevisionAction } from '../../../shared/contracts/revision-log';
import { refuse } from '../utils/input';
import { getService } from '../utils/services';
import { changesBetween, readVersion, recordNameOf, type Version } from './changes';
import { writerOf, type WritingRequest } from '../review/actors';

/** The records whose every change is logged. */
export const LOGGED_TYPES: readonly string[] = [BRIEFING, ACTOR, PLACE];

/** The document service's writes, and the action each is logged as (a clone makes a new record). */
const LOGGED_ACTIONS: Record<string, RevisionAction> = {
  create: 'create',
  clone: 'create',
  update: 'update',
  publish: 'publish',
  unpublish: 'unpublish',
  discardDraft: 'discardDraft',
  delete: 'delete',
};

/** Which version each action changes: publishing and unpublishing change the published one, the rest the draft. */
const VERSION_CHANGED: Record<RevisionAction, Version> = {
  create: 'draft',
  update: 'draft',
  publish: 'published',
  unpublish: 'published',
  discardDraft: 'draft',
  delete: 'draft',
};

/** A reason the server gives for every write it makes inside one step (a merge writes two briefings for one reason). */
const givenReason = new AsyncLocalStorage<string>();
export const writingFor = <T>(reason: string, write: () => Promise<T>): Promise<T> => givenReason.run(reason, write);

interface RequestState extends WritingRequest {
  request?: { headers?: Record<string, string | string[] | undefined> };
}

/** The reason an API client sent in X-Revision-Reason (percent-encoded when it is not ASCII), checked like the editor's. */
function reasonInHeader(request: RequestState | undefined): string | null {
  const header = request?.request?.headers?.[REASON_HEADER];
  const raw = Array.isArray(header) ? header.join(', ') : header;
  if (!raw) return null;
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // Not percent-encoded: the header as sent.
  }
  const parsed = reasonSchema.safeParse(text);
  if (!parsed.success) refuse([{ path: [REASON_HEADER], field: REASON_HEADER, message: parsed.error.issues[0]!.message }]);
  return parsed.data || null;
}

/**
 * Every write to a briefing, actor or place, by any door (Content Manager, content API, GraphQL,
 * the document service in code), appends one entry to the revision log: who, when, which fields with
 * their old and new values, and the writer's reason. The entry is written in the write's transaction,
 * after the write and every rule checked inside it: a refused write (a validation error, an edit
 * conflict, a refused publish) leaves none. Registered first, so it wraps the plugin's other rules.
 */
export function registerRevisionLog(strapi: Core.Strapi) {
  const revisionLog = () => getService(strapi, 'revision-log');

  strapi.documents.use(async (context, next) => {
    const { uid } = context;
    const action = LOGGED_ACTIONS[context.action];
    if (!LOGGED_TYPES.includes(uid) || !action) return next();
    const params = context.params as { documentId?: string };
    const request = strapi.requestContext.get() as RequestState | undefined;
    // A malformed reason is refused before anything is written.
    const headerReason = reasonInHeader(request);
    const version = VERSION_CHANGED[action];
    const hasDrafts = Boolean(strapi.getModel(uid as UID.Schema).options?.draftAndPublish);

    return strapi.db.transaction(async () => {
      // The record's rows are locked before they are read (PostgreSQL): a write on another instance
      // waits, so the old values logged are the ones this write replaces.
      if (params.documentId && context.action !== 'clone' && strapi.db.dialect.client !== 'sqlite') {
        await strapi.db.queryBuilder(uid as UID.Schema).select(['id']).where({ documentId: params.documentId }).forUpdate().execute();
      }
      const read = (documentId: string, which: Version) => readVersion(strapi, uid, documentId, which);
      let before = params.documentId && context.action !== 'clone' ? await read(params.documentId, version) : null;
      // A briefing deleted before it had a draft (or only published) still has its last words kept.
      if (action === 'delete' && !before && hasDrafts && params.documentId) before = await read(params.documentId, 'published');

      const result = await next();

      const documentId = (result as { documentId?: string } | null)?.documentId ?? params.documentId;
      if (!result || !documentId) return result;
      if ((action === 'delete' || action === 'unpublish') && !before) return result;
      const after = action === 'delete' || action === 'unpublish' ? null : await read(documentId, version);
      // An unpublish takes the published version away: the entry says so, without listing every field as emptied.
      const changes = action === 'unpublish' ? [] : await changesBetween(strapi, uid, before, after);
      // A save that changed nothing (the Content Manager saves before it publishes) is no revision.
      if (action === 'update' && changes.length === 0) return result;

      const by = writerOf(request);
      const pendingReason = by.kind === 'admin' && by.id !== null ? await revisionLog().takePendingReason(documentId, by.id) : null;
      await revisionLog().append({
        contentType: uid,
        documentId,
        recordName: recordNameOf(strapi, uid, after ?? before),
        action,
        at: new Date(),
        by,
        reason: headerReason ?? givenReason.getStore() ?? pendingReason,
        changes,
      });
      return result;
    });
  });
}
