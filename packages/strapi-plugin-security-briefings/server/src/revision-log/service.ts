import type { Core, UID } from '@strapi/strapi';
import type { ReviewActor } from '@security-briefings/entities';
import { PLUGIN_ID } from '../constants';
import {
  PENDING_REASON_EXPIRES_MS,
  type ExportRevisions,
  type Revision,
  type RevisionAction,
  type RevisionChange,
  type WriterKind,
} from '../../../shared/contracts/revision-log';
import { REVISION } from './models';
import { asTheLog } from './guard';

/** Who wrote: the same actor the review names (review/actors.ts). */
export type Writer = ReviewActor;

export interface NewRevision {
  contentType: string;
  documentId: string;
  recordName: string | null;
  action: RevisionAction;
  at: Date;
  by: Writer;
  reason: string | null;
  changes: RevisionChange[];
}

interface RevisionRow {
  id: number;
  contentType: string;
  documentId: string;
  recordName: string | null;
  action: RevisionAction;
  at: Date | string;
  byKind: WriterKind;
  byId: number | null;
  byName: string | null;
  reason: string | null;
  changes: string;
}

const DAY_MS = 24 * 60 * 60_000;
/** Rows read at a time for an export, so a long log is streamed rather than held in memory. */
const EXPORT_BATCH = 500;

function revisionOf(row: RevisionRow): Revision {
  return {
    id: row.id,
    contentType: row.contentType,
    documentId: row.documentId,
    recordName: row.recordName,
    action: row.action,
    at: new Date(row.at).toISOString(),
    by: { kind: row.byKind, id: row.byId ?? null, name: row.byName ?? null },
    reason: row.reason ?? null,
    changes: JSON.parse(row.changes) as RevisionChange[],
  };
}

/**
 * A reason an editor typed before saving, kept in the database (Strapi's core store) so whichever
 * instance takes the save finds it: one per editor and record.
 */
const PENDING_PREFIX = 'revision-reason:';
const pendingKey = (documentId: string, userId: number) => `${PENDING_PREFIX}${documentId}:${userId}`;
export interface StoredReason {
  reason: string;
  expiresAt: string;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const log = () => strapi.db.query(REVISION as UID.Schema);
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });

  /** The reason the editor gave for their next save, while it has not expired. */
  async function pendingReason(documentId: string, userId: number, now = new Date()): Promise<StoredReason | null> {
    const pending = (await store.get({ key: pendingKey(documentId, userId) })) as StoredReason | null;
    return pending && new Date(pending.expiresAt).getTime() > now.getTime() ? pending : null;
  }

  return {
    /** Appends one entry, in the caller's transaction (a write rolled back takes its entry with it). */
    async append(entry: NewRevision) {
      await asTheLog('append', () =>
        log().create({
          data: {
            contentType: entry.contentType,
            documentId: entry.documentId,
            recordName: entry.recordName?.slice(0, 255) ?? null,
            action: entry.action,
            at: entry.at,
            byKind: entry.by.kind,
            byId: entry.by.id,
            byName: entry.by.name?.slice(0, 255) ?? null,
            reason: entry.reason,
            changes: JSON.stringify(entry.changes),
          },
        }),
      );
    },

    /** A record's log, newest first. */
    async list(contentType: string, documentId: string, { page, pageSize }: { page: number; pageSize: number }) {
      const where = { contentType, documentId };
      const [rows, total] = await Promise.all([
        log().findMany({ where, orderBy: [{ at: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }),
        log().count({ where }),
      ]);
      return { revisions: (rows as RevisionRow[]).map(revisionOf), pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } };
    },

    /** Every entry the filters select, oldest first, a batch at a time. */
    async *entries(query: ExportRevisions.Query): AsyncGenerator<Revision> {
      const where: Record<string, unknown> = {};
      if (query.contentType) where.contentType = query.contentType;
      if (query.documentId) where.documentId = query.documentId;
      const at: Record<string, Date> = {};
      if (query.from) at.$gte = new Date(`${query.from}T00:00:00.000Z`);
      if (query.to) at.$lt = new Date(new Date(`${query.to}T00:00:00.000Z`).getTime() + DAY_MS);
      if (query.from || query.to) where.at = at;
      let afterId = 0;
      for (;;) {
        const rows = (await log().findMany({ where: { ...where, id: { $gt: afterId } }, orderBy: [{ id: 'asc' }], limit: EXPORT_BATCH })) as RevisionRow[];
        for (const row of rows) yield revisionOf(row);
        if (rows.length < EXPORT_BATCH) return;
        afterId = rows[rows.length - 1]!.id;
      }
    },

    /** Deletes the entries older than the retention period. Returns how many. */
    async prune(retentionDays: number, now = new Date()): Promise<number> {
      const before = new Date(now.getTime() - retentionDays * DAY_MS);
      const { count } = (await asTheLog('prune', () => log().deleteMany({ where: { at: { $lt: before } } }))) as { count: number };
      return count;
    },

    /** Forgets the reasons no save used before they expired. Returns how many. */
    async forgetExpiredReasons(now = new Date()): Promise<number> {
      // Strapi's store keeps a plugin's keys as plugin_<id>_<key>.
      const prefix = `plugin_${PLUGIN_ID}_${PENDING_PREFIX}`;
      const rows = (await strapi.db.query('strapi::core-store').findMany({ where: { key: { $startsWith: prefix } } })) as { key: string; value: string }[];
      const expired = rows.filter((row) => {
        const until = new Date((JSON.parse(row.value) as StoredReason | null)?.expiresAt ?? 0).getTime();
        return !(until > now.getTime());
      });
      if (expired.length > 0) await strapi.db.query('strapi::core-store').deleteMany({ where: { key: { $in: expired.map((row) => row.key) } } });
      return expired.length;
    },

    /** The editor's reason for their next save of the record; an empty one takes it back. */
    async setPendingReason(documentId: string, userId: number, reason: string, now = new Date()) {
      if (!reason) {
        await store.delete({ key: pendingKey(documentId, userId) });
        return { reason: null, expiresAt: null };
      }
      const value: StoredReason = { reason, expiresAt: new Date(now.getTime() + PENDING_REASON_EXPIRES_MS).toISOString() };
      await store.set({ key: pendingKey(documentId, userId), value });
      return value;
    },

    pendingReason,

    /** The pending reason, used up by the write it is attached to (in the write's transaction). */
    async takePendingReason(documentId: string, userId: number): Promise<string | null> {
      const pending = await pendingReason(documentId, userId);
      await store.delete({ key: pendingKey(documentId, userId) });
      return pending?.reason ?? null;
    },
  };
};
