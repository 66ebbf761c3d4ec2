import type { Core, UID } from '@strapi/strapi';
import { revokedStixObject, stixObjectsOf, stixSupportingObjects, type BriefingRecord, type ExportOptions, type StixObject } from '@security-briefings/entities';
import { FEED_VERSION } from '../feed/models';
import type { FeedRow, FormerRecord } from '../feed/keeping';
import type { Access } from '../utils/access';
import { getService } from '../utils/services';
import type { TaxiiCollection } from './collections';
import type { Position, TaxiiQuery } from './query';

/**
 * Pages of a collection's objects, rendered at read time from the feed log's latest records, cut to
 * the caller exactly as the REST API cuts them. Objects come in (date_added, feed row, place in the row)
 * order; the shared objects (marking definitions, identities, the extension definition) come first,
 * once, with a fixed early date_added.
 */

/** The date_added of the shared objects: before any briefing could have been added. */
export const SHARED_OBJECTS_ADDED = '2022-10-01T00:00:00.000Z';

export interface FoundObject {
  object: StixObject;
  dateAdded: string;
  position: Position;
}

/** An object's version: `modified`, or `created` for objects that are never modified (marking definitions). */
export const versionOf = (object: StixObject) => (object.modified ?? object.created) as string;

const ROWS_PER_READ = 100;

interface Reader {
  strapi: Core.Strapi;
  collection: TaxiiCollection;
  access: Access;
  options: ExportOptions;
  query: TaxiiQuery;
}

/** A record's objects for this reader; none if the exporter refuses it (the safety net never lets it through). */
function objectsOf(record: BriefingRecord, options: ExportOptions): StixObject[] {
  try {
    return stixObjectsOf(record, options);
  } catch {
    return [];
  }
}

/**
 * Each latest row's objects: the version's own (revoked if the row is), then the objects earlier versions
 * had and this one dropped, revoked. Revoked objects are emptied (revokedStixObject).
 */
async function renderRows({ strapi, access, options }: Reader, rows: FeedRow[]): Promise<StixObject[][]> {
  const formers = rows.map((row) => (row.former ? (JSON.parse(row.former) as FormerRecord[]) : []));
  const records = rows.flatMap((row, i) => [JSON.parse(row.record) as BriefingRecord, ...formers[i]!.map((former) => former.record)]);
  const cut = await getService(strapi, 'briefings').cut(records, access);
  let at = 0;
  return rows.map((row, i) => {
    const own = objectsOf(cut[at++]!, options).map((object) =>
      row.revoked ? revokedStixObject(object, row.version) : { ...object, modified: row.version },
    );
    const seen = new Set(own.map((object) => object.id));
    const objects: StixObject[] = own;
    for (const former of formers[i]!) {
      for (const object of objectsOf(cut[at++]!, options)) {
        if (seen.has(object.id)) continue;
        seen.add(object.id);
        objects.push(revokedStixObject(object, former.version));
      }
    }
    return objects;
  });
}

/**
 * Whether an object passes the request's match filters. Only the newest version of each object is
 * served (earlier ones may hold what the newsroom has since withdrawn: a source made anonymous, a
 * briefing re-marked), so `first`, `last` and `all` all name it.
 */
function matches(query: TaxiiQuery, object: StixObject): boolean {
  if (query.ids && !query.ids.has(object.id)) return false;
  if (query.types && !query.types.has(object.type)) return false;
  if (!(query.specVersions ?? new Set(['2.1'])).has(String(object.spec_version ?? '2.1'))) return false;
  const versions = query.versions;
  return versions.has('all') || versions.has('first') || versions.has('last') || versions.has(versionOf(object));
}

/** A STIX id as the feed log spells it (anything else cannot be in it). */
const STIX_ID = /^[a-z0-9-]+--[0-9a-f-]{36}$/;

/** Reads objects from a position on, up to `limit`, and where the next page starts if there is one. */
export async function readObjects(reader: Reader): Promise<{ objects: FoundObject[]; next?: Position }> {
  const { strapi, collection, options, query } = reader;
  const want = query.limit + 1;
  const found: FoundObject[] = [];
  const start = query.next;

  // The shared objects, at row 0 before every briefing.
  const sharedFirst = !start || start[1] === 0;
  if (sharedFirst && (!query.addedAfter || SHARED_OBJECTS_ADDED > query.addedAfter)) {
    const shared = stixSupportingObjects(collection.marking, options).filter((object) => matches(query, object));
    for (let index = start?.[2] ?? 0; index < shared.length && found.length < want; index++) {
      found.push({ object: shared[index]!, dateAdded: SHARED_OBJECTS_ADDED, position: [SHARED_OBJECTS_ADDED, 0, index] });
    }
  }

  const ids = query.ids ? [...query.ids].filter((id) => STIX_ID.test(id)) : undefined;
  if (ids && ids.length === 0) return finish(found, query.limit);
  const where: Record<string, unknown>[] = [{ collection: collection.marking, latest: true }];
  if (query.addedAfter) where.push({ dateAdded: { $gt: query.addedAfter } });
  if (ids) where.push({ $or: ids.map((id) => ({ objectIds: { $contains: ` ${id} ` } })) });

  // From the cursor's row (inclusive) on; then past each row read.
  let after: { dateAdded: string; id: number; inclusive: boolean } | null = start && start[1] > 0 ? { dateAdded: start[0], id: start[1], inclusive: true } : null;
  // Rows read per query: about as many as the page still needs, from the objects per row seen so far.
  let perRow = 4;
  let rowsSeen = 0;
  let objectsSeen = 0;
  while (found.length < want) {
    const batch = Math.min(ROWS_PER_READ, Math.max(2, Math.ceil((want - found.length) / perRow) + 1));
    // The plain `>=` lets the database seek the (collection, latest, date_added, id) index; the `or` breaks the date's ties by row.
    const from = after
      ? [
          { dateAdded: { $gte: after.dateAdded } },
          { $or: [{ dateAdded: { $gt: after.dateAdded } }, { id: { [after.inclusive ? '$gte' : '$gt']: after.id } }] },
        ]
      : [];
    const rows = (await strapi.db.query(FEED_VERSION as UID.Schema).findMany({
      where: { $and: [...where, ...from] },
      orderBy: [{ dateAdded: 'asc' }, { id: 'asc' }],
      limit: batch,
    })) as FeedRow[];
    if (rows.length === 0) break;
    const rendered = await renderRows(reader, rows);
    for (const [i, row] of rows.entries()) {
      const objects = rendered[i]!.filter((object) => matches(query, object));
      rowsSeen += 1;
      objectsSeen += objects.length;
      const from = start && start[1] === row.id && start[0] === row.dateAdded ? start[2] : 0;
      for (let index = from; index < objects.length && found.length < want; index++) {
        found.push({ object: objects[index]!, dateAdded: row.dateAdded, position: [row.dateAdded, row.id, index] });
      }
      if (found.length >= want) break;
    }
    const last = rows[rows.length - 1]!;
    after = { dateAdded: last.dateAdded, id: last.id, inclusive: false };
    if (rows.length < batch) break;
    perRow = Math.max(0.5, objectsSeen / rowsSeen);
  }
  return finish(found, query.limit);
}

const finish = (found: FoundObject[], limit: number) =>
  found.length > limit ? { objects: found.slice(0, limit), next: found[limit]!.position } : { objects: found };
