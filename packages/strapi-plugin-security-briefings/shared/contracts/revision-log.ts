import { z } from 'zod';

/**
 * The revision log: every write to a briefing, actor or place, whoever makes it, with what it changed.
 * Read by the edit view's History panel and exported as CSV for the legal desk (admin API).
 */

/** The writes that are logged: the document service's actions that change a record. */
export const REVISION_ACTIONS = ['create', 'update', 'publish', 'unpublish', 'discardDraft', 'delete'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** Who wrote: an admin user, an API token, a Users & Permissions user, or the server itself (a script, a seed, a job). */
export const WRITER_KINDS = ['admin', 'api-token', 'user', 'system'] as const;
export type WriterKind = (typeof WRITER_KINDS)[number];

/** The longest reason an editor or API client can give (a sentence or two for the legal desk). */
export const REASON_MAX_LENGTH = 500;
/** The header an API client sends a reason in. */
export const REASON_HEADER = 'x-revision-reason';

/**
 * A value as the log keeps it: text, numbers, booleans and dates as they are; a linked record as
 * "Name [documentId]"; a component as its fields; a repeatable component as its rows.
 */
export type RevisionValue = string | number | boolean | null | RevisionValue[] | { [field: string]: RevisionValue };

/** One field a write changed, with its label in the edit view. */
export interface RevisionChange {
  field: string;
  label: string;
  old: RevisionValue;
  new: RevisionValue;
}

export interface Revision {
  id: number;
  contentType: string;
  documentId: string;
  /** The record's title or name after the write (before it, for a delete). */
  recordName: string | null;
  action: RevisionAction;
  at: string;
  by: { kind: WriterKind; id: number | null; name: string | null };
  reason: string | null;
  changes: RevisionChange[];
}

/** A reason, trimmed; empty means none. */
export const reason = z.string().trim().max(REASON_MAX_LENGTH, `Keep the reason under ${REASON_MAX_LENGTH} characters.`);

/** GET /security-briefings/revisions/:uid/:documentId: the record's log, newest first. */
export namespace ListRevisions {
  export const query = z.strictObject({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  });
  export type Query = z.infer<typeof query>;
  export interface Response {
    data: Revision[];
    meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
  }
}

/**
 * PUT (GET) /security-briefings/revisions/:uid/:documentId/reason: the reason the editor gives for their
 * next save of this record. Kept on the server (the Content Manager's own save cannot carry it) for
 * PENDING_REASON_EXPIRES_MS, and attached to the next logged write of that record by that editor.
 * An empty reason takes it back.
 */
export namespace PendingReason {
  export const body = z.strictObject({ reason });
  export type Body = z.infer<typeof body>;
  export interface Response {
    data: { reason: string | null; expiresAt: string | null };
  }
}
export const PENDING_REASON_EXPIRES_MS = 30 * 60_000;

const day = z.iso.date({ error: 'Give a date as YYYY-MM-DD.' });

/**
 * GET /security-briefings/revisions/export.csv: the log as CSV, one row per changed field (a write
 * that changed no field, such as an unpublish, is one row with the field empty). Filters combine.
 */
export namespace ExportRevisions {
  export const query = z.strictObject({
    contentType: z.string().optional(),
    documentId: z.string().trim().min(1).max(64).optional(),
    /** Writes on or after this day (UTC). */
    from: day.optional(),
    /** Writes on or before this day (UTC). */
    to: day.optional(),
  });
  export type Query = z.infer<typeof query>;
}

/** The CSV's columns, in order. */
export const CSV_COLUMNS = ['at', 'content_type', 'document_id', 'record', 'action', 'by_kind', 'by_id', 'by_name', 'reason', 'field', 'label', 'old', 'new'] as const;

/** A value as one line of text, for the History panel and the CSV: rows joined by " | ", a component's fields as "field: value". */
export function describeValue(value: RevisionValue): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(describeValue).join(' | ');
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))
      .map(([field, v]) => `${field}: ${describeValue(v)}`)
      .join(', ');
  }
  return String(value);
}

/** For a repeatable component or a list of links: the rows taken out and the rows put in, compared by content. */
export function rowsChanged(change: Pick<RevisionChange, 'old' | 'new'>): { removed: string[]; added: string[] } | null {
  if (!Array.isArray(change.old) && !Array.isArray(change.new)) return null;
  const before = (Array.isArray(change.old) ? change.old : []).map(describeValue);
  const after = (Array.isArray(change.new) ? change.new : []).map(describeValue);
  const without = (rows: string[], others: string[]) => {
    const left = [...others];
    return rows.filter((row) => {
      const at = left.indexOf(row);
      if (at === -1) return true;
      left.splice(at, 1);
      return false;
    });
  };
  return { removed: without(before, after), added: without(after, before) };
}
