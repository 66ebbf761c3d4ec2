import type { Core, UID } from '@strapi/strapi';
import type { RevisionChange, RevisionValue } from '../../../shared/contracts/revision-log';
import { fieldLabels } from '../utils/field-labels';

/**
 * What a write changed, field by field, as editors read it: components by their content (no row
 * ids), links by the linked record's name and documentId. The versions compared are read whole
 * from the database before and after the write.
 */

/** Fields Strapi keeps itself: a change there is nobody's edit. */
const BOOKKEEPING = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'firstPublishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);
/** How deep components are read (incident > place is one level; an alias inside an actor's component would be two). */
const MAX_DEPTH = 3;

type Attribute = { type: string; component?: string; repeatable?: boolean; target?: string; relation?: string; configurable?: boolean };
type Row = Record<string, any>;

/** The fields a write can change: not Strapi's bookkeeping, not the fields the server derives itself (configurable: false). */
function loggedAttributes(strapi: Core.Strapi, uid: string): [string, Attribute][] {
  const model = strapi.getModel(uid as UID.Schema);
  return (Object.entries(model.attributes) as [string, Attribute][]).filter(([name, attribute]) => !BOOKKEEPING.has(name) && attribute.configurable !== false);
}

/** The field a linked record is known by: its name, else its title. */
function nameFieldOf(strapi: Core.Strapi, uid: string | undefined): string | null {
  const model = uid ? strapi.getModel(uid as UID.Schema) : undefined;
  if (!model) return null;
  return ['name', 'title', 'username', 'email'].find((field) => field in model.attributes) ?? null;
}

function populateOf(strapi: Core.Strapi, uid: string, depth = 0): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of loggedAttributes(strapi, uid)) {
    if (attribute.type === 'component' && depth < MAX_DEPTH) populate[name] = { populate: populateOf(strapi, attribute.component!, depth + 1) };
    if (attribute.type === 'relation' && attribute.target) {
      const nameField = nameFieldOf(strapi, attribute.target);
      populate[name] = { select: ['id', 'documentId', ...(nameField ? [nameField] : [])] };
    }
    if (attribute.type === 'media') populate[name] = { select: ['id', 'documentId', 'name'] };
  }
  return populate;
}

/** A linked record as the log names it: "Name [documentId]". */
function linkOf(strapi: Core.Strapi, target: string | undefined, row: Row | null | undefined): string | null {
  if (!row) return null;
  const nameField = target ? nameFieldOf(strapi, target) : 'name';
  const name = nameField ? row[nameField] : null;
  return name ? `${name} [${row.documentId}]` : String(row.documentId ?? row.id);
}

function plainValue(value: unknown): RevisionValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.parse(JSON.stringify(value)) as RevisionValue;
  return value as RevisionValue;
}

/** A row as the log keeps it (see RevisionValue). */
function plainRecord(strapi: Core.Strapi, uid: string, row: Row, depth = 0): Record<string, RevisionValue> {
  const record: Record<string, RevisionValue> = {};
  for (const [name, attribute] of loggedAttributes(strapi, uid)) {
    const value = row[name];
    if (attribute.type === 'component') {
      if (depth >= MAX_DEPTH) continue;
      const component = (item: Row) => plainRecord(strapi, attribute.component!, item, depth + 1);
      record[name] = attribute.repeatable ? ((value ?? []) as Row[]).map(component) : value ? component(value) : null;
    } else if (attribute.type === 'relation' || attribute.type === 'media') {
      // Links are a set: sorted, so the same links in another order are no change.
      record[name] = Array.isArray(value) ? value.map((item) => linkOf(strapi, attribute.target, item)!).sort() : linkOf(strapi, attribute.target, value);
    } else {
      record[name] = plainValue(value);
    }
  }
  return record;
}

/** Which version a read picks: the draft, the published version, or (types without drafts) the one row. */
export type Version = 'draft' | 'published';

/** A version of the record, whole, as the log keeps it; null when there is none. Runs in the caller's transaction. */
export async function readVersion(strapi: Core.Strapi, uid: string, documentId: string, version: Version): Promise<Record<string, RevisionValue> | null> {
  const hasDrafts = Boolean(strapi.getModel(uid as UID.Schema).options?.draftAndPublish);
  const where = hasDrafts ? { documentId, publishedAt: version === 'draft' ? null : { $notNull: true } } : { documentId };
  const row = (await strapi.db.query(uid as UID.Schema).findOne({ where, populate: populateOf(strapi, uid) })) as Row | null;
  return row ? plainRecord(strapi, uid, row) : null;
}

/** The record's title or name in a version, for the log's readers. */
export function recordNameOf(strapi: Core.Strapi, uid: string, record: Record<string, RevisionValue> | null): string | null {
  const field = nameFieldOf(strapi, uid);
  const name = field && record ? record[field] : null;
  return typeof name === 'string' ? name : null;
}

/** The fields whose value differs between two versions (a missing version counts as every field empty). */
export async function changesBetween(
  strapi: Core.Strapi,
  uid: string,
  before: Record<string, RevisionValue> | null,
  after: Record<string, RevisionValue> | null,
): Promise<RevisionChange[]> {
  const empty = (value: RevisionValue | undefined) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  const fields = loggedAttributes(strapi, uid).map(([name]) => name);
  const changed = fields.filter((field) => {
    const old = before?.[field];
    const now = after?.[field];
    if (empty(old) && empty(now)) return false;
    return JSON.stringify(old ?? null) !== JSON.stringify(now ?? null);
  });
  if (changed.length === 0) return [];
  const labels = await fieldLabels(strapi, uid);
  return changed.map((field) => ({ field, label: labels[field] ?? field, old: before?.[field] ?? null, new: after?.[field] ?? null }));
}
