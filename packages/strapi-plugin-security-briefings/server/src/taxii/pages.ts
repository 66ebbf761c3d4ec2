import type { Core, UID } from '@strapi/strapi';
import { stixObjectsOf, stixSupportingObjects, type BriefingRecord, type ExportOptions, type StixObject } from '@security-briefings/entities';
import { FEED_VERSION } from '../feed/models';
import type { FeedRow, FormerRecord } from '../feed/keeping';
import type { Access } from '../utils/access';
import { getService } from '../utils/services';
import type { TaxiiCollection } from './collections';
import type { Position, TaxiiQuery } from './query';

/**
 * Pages of a collection's objects, rendered at read time from the feed log's records, cut to the
 * caller exactly as the REST API cuts them. Objects come in (date_added, feed row, place in the row)
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

/** Each row's objects: the version's own (revoked if the row is), then earlier objects it no longer has, revoked. */
async function renderRows({ strapi, access, options, query }: Reader, rows: FeedRow[]): Promise<StixObject[][]> {
  const formers = rows.map((row) => (row.former ? (JSON.parse(row.former) as FormerRecord[]) : []));
  // A carried former record is served at its own version's row, and again by the latest row to callers asking for the last versions.
  const served = rows.map((row, i) =>
    formers[i]!.filter((former) => former.version === row.version || (Boolean(row.latest) && query.versions.has('last'))),
  );
  const records = rows.flatMap((row, i) => [JSON.parse(row.record) as BriefingRecord, ...served[i]!.map((former) => former.record)]);
  const cut = await getService(strapi, 'briefings').cut(records, access);
  let at = 0;
  return rows.map((row, i) => {
    const own = objectsOf(cut[at++]!, options).map((object) => ({ ...object, modified: row.version, ...(row.revoked ? { revoked: true } : {}) }));
    const seen = new Set(own.map((object) => object.id));
    const objects: StixObject[] = own;
    for (const former of served[i]!) {
      for (const object of objectsOf(cut[at++]!, options)) {
        if (seen.has(object.id)) continue;
        seen.add(object.id);
        objects.push({ ...object, modified: former.version, revoked: true });
      }
    }
    return objects;
  });
}

/** For match[version]=first: the ids each row's briefing already had in earlier rows of the collection. */
async function earlierIds(strapi: Core.Strapi, collection: string, rows: FeedRow[]): Promise<Map<number, Set<string>>> {
  const documentIds = [...new Set(rows.map((row) => row.briefingDocumentId))];
  const history = (await strapi.db.query(FEED_VERSION as UID.Schema).findMany({
    where: { collection, briefingDocumentId: { $in: documentIds } },
    select: ['id', 'briefingDocumentId', 'objectIds'],
  })) as Pick<FeedRow, 'id' | 'briefingDocumentId' | 'objectIds'>[];
  return new Map(
    rows.map((row) => [
      row.id,
      new Set(history.filter((h) => h.briefingDocumentId === row.briefingDocumentId && h.id < row.id).flatMap((h) => h.objectIds.trim().split(' '))),
    ]),
  );
}

/** Whether an object passes the request's match filters. `latest` and `earlier` say where it sits in the feed (shared objects: latest, never earlier). */
function matches(query: TaxiiQuery, object: StixObject, latest: boolean, earlier: Set<string> | undefined): boolean {
  if (query.ids && !query.ids.has(object.id)) return false;
  if (query.types && !query.types.has(object.type)) return false;
  if (!(query.specVersions ?? new Set(['2.1'])).has(String(object.spec_version ?? '2.1'))) return false;
  const versions = query.versions;
  if (versions.has('all')) return true;
  if (versions.has('last') && latest) return true;
  if (versions.has('first') && !earlier?.has(object.id)) return true;
  return versions.has(versionOf(object));
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
    const shared = stixSupportingObjects(collection.marking, options).filter((object) => matches(query, object, true, undefined));
    for (let index = start?.[2] ?? 0; index < shared.length && found.length < want; index++) {
      found.push({ object: shared[index]!, dateAdded: SHARED_OBJECTS_ADDED, position: [SHARED_OBJECTS_ADDED, 0, index] });
    }
  }

  const onlyLatest = query.versions.size === 1 && query.versions.has('last');
  const ids = query.ids ? [...query.ids].filter((id) => STIX_ID.test(id)) : undefined;
  if (ids && ids.length === 0) return finish(found, query.limit);
  const where: Record<string, unknown>[] = [{ collection: collection.marking }];
  if (onlyLatest) where.push({ latest: true });
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
    const earlier = query.versions.has('first') ? await earlierIds(strapi, collection.marking, rows) : undefined;
    for (const [i, row] of rows.entries()) {
      const objects = rendered[i]!.filter((object) => matches(query, object, Boolean(row.latest), earlier?.get(row.id)));
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
