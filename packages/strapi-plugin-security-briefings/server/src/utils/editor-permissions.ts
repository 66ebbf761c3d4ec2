import type { Core, UID } from '@strapi/strapi';
import type { ACTOR, BRIEFING, PLACE } from '../constants';
import { errors } from '@strapi/utils';
import type { RequestContext } from './context';
import { documents } from './documents';

/** What Strapi's built-in conditions ("is creator", "has same role as creator") read of an entry. */
export const CREATOR = { fields: ['id'], populate: { roles: { fields: ['id'] } } };

type EntryAction = 'read' | 'update';
export type EditedType = typeof BRIEFING | typeof ACTOR | typeof PLACE;

/** The editor's Content Manager permissions on a content type (Strapi's permission checker: conditions, fields). */
export const editorPermissions = (strapi: Core.Strapi, ctx: RequestContext, uid: string) =>
  strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ctx.state.userAbility, model: uid });

/**
 * The documentIds among these that the editor may read or update, each judged on its entry as the
 * Content Manager judges it (an author limited to their own entries sees only theirs). One query.
 */
export async function entriesEditorMay(strapi: Core.Strapi, ctx: RequestContext, uid: EditedType, action: EntryAction, documentIds: string[]): Promise<Set<string>> {
  const permissions = editorPermissions(strapi, ctx, uid);
  if (permissions.cannot[action]() || documentIds.length === 0) return new Set();
  const entries = await documents(strapi, uid).findMany({ filters: { documentId: { $in: documentIds } }, fields: ['documentId'], populate: { createdBy: CREATOR } });
  return new Set(entries.filter((entry) => !permissions.cannot[action](entry)).map((entry) => entry.documentId as string));
}

/** Refuses unless the editor may read or update this entry (404 when there is none), its conditions judged on the entry. */
export async function assertEditorMay(strapi: Core.Strapi, ctx: RequestContext, uid: EditedType, action: EntryAction, documentId: string) {
  const noun = strapi.getModel(uid as UID.ContentType)?.info?.singularName ?? 'entry';
  const verb = action === 'read' ? 'read' : 'change';
  const permissions = editorPermissions(strapi, ctx, uid);
  if (permissions.cannot[action]()) throw new errors.ForbiddenError(`You may not ${verb} ${noun}s.`);
  const entry = await documents(strapi, uid).findOne({ documentId, fields: ['documentId'], populate: { createdBy: CREATOR } });
  if (!entry) throw new errors.NotFoundError(`No ${noun} has the documentId “${documentId}”.`);
  if (permissions.cannot[action](entry)) throw new errors.ForbiddenError(`You may not ${verb} this ${noun}.`);
}
