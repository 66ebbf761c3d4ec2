import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { stringify } from 'csv-stringify';
import { defuseFormula } from '@security-briefings/entities';
import { CSV_COLUMNS, ExportRevisions, ListRevisions, PendingReason, describeValue, type Revision } from '../../../shared/contracts/revision-log';
import { LOGGED_TYPES } from '../revision-log/middleware';
import type { RequestContext } from '../utils/context';
import { parseInput } from '../utils/input';
import { assertEditorMay, type EditedType } from '../utils/editor-permissions';
import { getService } from '../utils/services';

function loggedType(uid: string | undefined): string {
  if (!uid || !LOGGED_TYPES.includes(uid)) throw new errors.NotFoundError('Only briefings, actors and places have a revision log.');
  return uid;
}

/** Only an editor who may change the record (its conditions judged on the entry) can give a reason for changing it. */
async function mayChange(ctx: RequestContext, strapi: Core.Strapi) {
  await assertEditorMay(strapi, ctx, loggedType(ctx.params.uid) as EditedType, 'update', ctx.params.documentId!);
}

function signedInEditor(ctx: RequestContext): number {
  const id = ctx.state.user?.id;
  if (!id) throw new errors.UnauthorizedError('Log in to the admin.');
  return id;
}

/** One CSV row per changed field; a write that changed no field (an unpublish) is one row with the field empty. */
function csvRows(revision: Revision): string[][] {
  const common = [revision.at, revision.contentType, revision.documentId, revision.recordName ?? '', revision.action, revision.by.kind, revision.by.id === null ? '' : String(revision.by.id), revision.by.name ?? '', revision.reason ?? ''];
  if (revision.changes.length === 0) return [[...common, '', '', '', '']];
  return revision.changes.map((change) => [...common, change.field, change.label, describeValue(change.old), describeValue(change.new)]);
}

/** The revision log in the admin: a record's history, the editor's reason for their next save, and the CSV for the legal desk. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: RequestContext) {
    const uid = loggedType(ctx.params.uid);
    const query = parseInput(ListRevisions.query, ctx.query);
    const { revisions, pagination } = await getService(strapi, 'revision-log').list(uid, ctx.params.documentId!, query);
    const body: ListRevisions.Response = { data: revisions, meta: { pagination } };
    ctx.body = body;
  },

  /** The reason the editor gave for their next save of the record, while it is pending. */
  async findReason(ctx: RequestContext) {
    await mayChange(ctx, strapi);
    const pending = await getService(strapi, 'revision-log').pendingReason(ctx.params.documentId!, signedInEditor(ctx));
    const body: PendingReason.Response = { data: { reason: pending?.reason ?? null, expiresAt: pending?.expiresAt ?? null } };
    ctx.body = body;
  },

  async setReason(ctx: RequestContext) {
    await mayChange(ctx, strapi);
    const { reason } = parseInput(PendingReason.body, ctx.request.body);
    const pending = await getService(strapi, 'revision-log').setPendingReason(ctx.params.documentId!, signedInEditor(ctx), reason);
    const body: PendingReason.Response = { data: pending };
    ctx.body = body;
  },

  /** Streams the log as CSV, oldest first, so a long log is never held whole in memory. */
  async exportCsv(ctx: RequestContext) {
    const query = parseInput(ExportRevisions.query, ctx.query);
    if (query.contentType) loggedType(query.contentType);
    // A cell a spreadsheet would run as a formula (a title typed as =HYPERLINK(...)) is written defused, as the ACLED CSV's.
    const csv = stringify({ header: true, columns: [...CSV_COLUMNS], cast: { string: defuseFormula } });
    const entries = getService(strapi, 'revision-log').entries(query);
    // The first batch is read before answering: a database error is then a 500, not a cut file.
    const first = await entries.next();
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="revision-log${query.documentId ? `-${query.documentId}` : ''}.csv"`);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = csv;
    void (async () => {
      try {
        if (!first.done) for (const row of csvRows(first.value)) csv.write(row);
        for await (const revision of entries) for (const row of csvRows(revision)) csv.write(row);
        csv.end();
      } catch (error) {
        csv.destroy(error as Error);
      }
    })();
  },
});
