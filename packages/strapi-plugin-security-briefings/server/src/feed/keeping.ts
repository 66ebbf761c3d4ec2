import type { Core, UID } from '@strapi/strapi';
import { PARTNER_MARKINGS, isRetracted, stixObjectsOf, type BriefingRecord, type PartnerMarking } from '@security-briefings/entities';
import { FEED_VERSION } from './models';
import { PUBLISHED_BRIEFING } from '../published/models';
import { isoOrNull } from '../utils/dates';

/**
 * Keeps the feed log (./models.ts) in step with the shelf: called by shelveBriefings, inside its
 * transaction, with the records it just shelved. A briefing published in a collection's marking whose
 * record changed gets a new version there; one that left the collection (unpublished, deleted,
 * re-marked, or raised to AMBER+STRICT or RED) gets a revoked version. An unchanged record adds
 * nothing, so the start-up rebuild backfills an older database once and is a no-op afterwards.
 */

/** The markings partners can read, one TAXII collection each. AMBER+STRICT and RED never leave the admin. */
export const FEED_COLLECTIONS = PARTNER_MARKINGS;
export type FeedCollection = PartnerMarking;

/** One row of the feed log as read back. */
export interface FeedRow {
  id: number;
  collection: FeedCollection;
  briefingDocumentId: string;
  version: string;
  dateAdded: string;
  revoked: boolean | number;
  latest: boolean | number;
  record: string;
  former: string | null;
  objectIds: string;
}

/** An earlier record whose objects a later version no longer has, and when they were revoked. */
export interface FormerRecord {
  version: string;
  record: BriefingRecord;
}

const feed = (strapi: Core.Strapi) => strapi.db.query(FEED_VERSION as UID.Schema);

/** The STIX ids of a record's own objects as partners get them (every audience's objects are among these). */
export function objectIdsOf(record: BriefingRecord): string[] {
  try {
    return stixObjectsOf(record, { audience: 'partner' }).map((object) => object.id);
  } catch {
    return []; // a record the exporter cannot date serves nothing
  }
}

/** Space-separated with a space at each end, so `like '% id %'` finds one id exactly. */
export const idList = (ids: Iterable<string>) => ` ${[...ids].join(' ')} `;

/** JSON with keys sorted: the same record read by a write and by a rebuild lists its fields in different orders. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const later = (a: string, b: string) => (a > b ? a : b);
const oneMsAfter = (iso: string) => new Date(new Date(iso).getTime() + 1).toISOString();

/**
 * The earlier records a new version still has to serve revoked: the previous record when it had
 * objects this version lacks (or when it was itself revoked), and those the previous version carried;
 * only the ones still adding an object not served otherwise.
 */
function formerRecordsOf(ownIds: string[], candidates: FormerRecord[]): { former: FormerRecord[]; ids: Set<string> } {
  const ids = new Set(ownIds);
  const former: FormerRecord[] = [];
  for (const candidate of candidates) {
    const added = objectIdsOf(candidate.record).filter((id) => !ids.has(id));
    if (added.length === 0) continue;
    former.push(candidate);
    for (const id of added) ids.add(id);
  }
  return { former, ids };
}

const parseFormer = (row: FeedRow): FormerRecord[] => (row.former ? JSON.parse(row.former) : []);

/** The date_added of this write: now, or just after the newest row if a clock is behind (added_after must never miss it). */
async function nextDateAdded(strapi: Core.Strapi): Promise<string> {
  const newest = (await feed(strapi).findOne({ select: ['dateAdded'], orderBy: { dateAdded: 'desc' } })) as { dateAdded: string } | null;
  const now = new Date().toISOString();
  return newest ? later(now, oneMsAfter(newest.dateAdded)) : now;
}

export async function keepFeed(strapi: Core.Strapi, documentIds: string[], shelvedRecords: BriefingRecord[]) {
  if (documentIds.length === 0) return;
  const latestRows = (await feed(strapi).findMany({
    where: { briefingDocumentId: { $in: documentIds }, latest: true },
  })) as FeedRow[];
  const latest = new Map(latestRows.map((row) => [`${row.collection}:${row.briefingDocumentId}`, row]));
  const published = new Map(shelvedRecords.map((record) => [record.documentId, record]));

  const additions: Omit<FeedRow, 'id' | 'dateAdded'>[] = [];
  const superseded: number[] = [];
  for (const documentId of documentIds) {
    // A retracted briefing leaves the feeds as an unpublished one does: its objects come back revoked.
    const shelved = published.get(documentId);
    const record = shelved && !isRetracted(shelved) ? shelved : undefined;
    const json = record ? JSON.stringify(record) : null;
    for (const collection of FEED_COLLECTIONS) {
      const last = latest.get(`${collection}:${documentId}`);
      if (!last && record?.marking !== collection) continue;
      if (record && json && record.marking === collection && last && !last.revoked && last.record === json) continue;
      const lastRecord = last ? (JSON.parse(last.record) as BriefingRecord) : null;
      if (record && json && record.marking === collection) {
        // The same text is the same record (above); else compare with keys sorted (a rebuild reads fields in another order).
        if (last && !last.revoked && canonical(lastRecord) === canonical(record)) continue;
        // The objects' `modified`: the record's updatedAt, pushed past the previous version's (an actor renamed changes the record, not the briefing's updatedAt).
        const own = isoOrNull(record.updatedAt) ?? isoOrNull(record.publishedAt) ?? new Date().toISOString();
        const version = last ? later(own, oneMsAfter(last.version)) : own;
        const candidates: FormerRecord[] = last
          ? [{ version: last.revoked ? last.version : version, record: lastRecord! }, ...parseFormer(last)]
          : [];
        const ownIds = objectIdsOf(record);
        const { former, ids } = formerRecordsOf(ownIds, candidates);
        if (last) superseded.push(last.id);
        additions.push({
          collection, briefingDocumentId: documentId, version, revoked: false, latest: true, record: json,
          former: former.length ? JSON.stringify(former) : null, objectIds: idList(ids),
        });
      } else if (last && !last.revoked) {
        // Left this collection: the last record again, revoked, for the audiences that could see it.
        const version = later(new Date().toISOString(), oneMsAfter(last.version));
        const { former, ids } = formerRecordsOf(objectIdsOf(lastRecord!), parseFormer(last));
        superseded.push(last.id);
        additions.push({
          collection, briefingDocumentId: documentId, version, revoked: true, latest: true, record: last.record,
          former: former.length ? JSON.stringify(former) : null, objectIds: idList(ids),
        });
      }
    }
  }
  if (additions.length === 0) return;
  if (superseded.length) await feed(strapi).updateMany({ where: { id: { $in: superseded } }, data: { latest: false } });
  const dateAdded = await nextDateAdded(strapi);
  // Records are large: a few rows per insert.
  for (let i = 0; i < additions.length; i += 50) {
    await feed(strapi).createMany({ data: additions.slice(i, i + 50).map((row) => ({ ...row, dateAdded })) });
  }
}

/** The shelf's writer lock on PostgreSQL (SHELF_LOCK in published/shelf.ts): a backfill and a write never both add a briefing's first version. */
const SHELF_LOCK = 0x5b5e1f;

/**
 * On start: a database whose shelf was current before the feed existed gets its feed from the shelf,
 * once, in one transaction (a shelf rebuild fills it anyway, through shelveBriefings). Two instances
 * starting together: the second finds the first's rows.
 */
export async function ensureFeed(strapi: Core.Strapi) {
  if ((await feed(strapi).count({})) > 0) return;
  await strapi.db.transaction(async ({ trx }) => {
    if ((strapi.db.dialect as { client?: string }).client === 'postgres') await trx.raw('select pg_advisory_xact_lock(?)', [SHELF_LOCK]);
    if ((await feed(strapi).count({})) > 0) return;
    const shelf = strapi.db.query(PUBLISHED_BRIEFING as UID.Schema);
    for (let lastId = 0; ; ) {
      const rows = (await shelf.findMany({
        where: { id: { $gt: lastId } },
        select: ['id', 'briefingDocumentId', 'record'],
        orderBy: { id: 'asc' },
        limit: 200,
      })) as { id: number; briefingDocumentId: string; record: string }[];
      if (rows.length === 0) return;
      lastId = rows[rows.length - 1]!.id;
      await keepFeed(strapi, rows.map((row) => row.briefingDocumentId), rows.map((row) => JSON.parse(row.record) as BriefingRecord));
    }
  });
}
