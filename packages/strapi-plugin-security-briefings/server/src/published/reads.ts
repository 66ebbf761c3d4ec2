import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { NotPublicError, stixOptionsKey, type BriefingRecord, type ExportOptions, type TlpMarking, type WrittenStixObjects } from '@security-briefings/entities';
import { ACTOR, BRIEFING } from '../constants';
import { listingFilters, type ListingQuery } from '../utils/listing-filters';
import { articleModel } from '../utils/config';
import { hideUnseenLinks } from '../utils/linked-records';
import type { Access } from '../utils/access';
import { PUBLISHED_BRIEFING, PUBLISHED_COUNT, PUBLISHED_LINK, PUBLISHED_RECORD } from './models';
import { type LinkedKind } from './shelf';
import { tableOf } from '../utils/tables';

/**
 * Reads from the published shelf: each a query or two on indexed columns, whatever the archive's
 * size. A row holds each audience's view, ready as JSON (the public's already cut); a read sends it as
 * it is unless it shows an affiliation or parent this reader may not open, which is then cut out
 * (hideUnseenLinks).
 */

type Where = Record<string, unknown>;
/** Who reads: their audience and the markings they may read. */
type Reader = { audience: Access['audience']; markings: readonly string[] };
const shelf = (strapi: Core.Strapi) => strapi.db.query(PUBLISHED_BRIEFING as UID.Schema);

/** A shelf row as read: one audience's view and the records it shows only by name. */
interface ShelvedView {
  documentId: string;
  view: string | null;
  showing: string | null;
}

/** The columns a reader's view comes from: the public view is kept apart (only CLEAR rows have one). */
const viewColumns = (reader: Reader) =>
  reader.audience === 'public' ? ['briefingDocumentId', 'publicRecord', 'publicShowing'] : ['briefingDocumentId', 'record', 'showing'];
const asView = (reader: Reader, row: Record<string, unknown>): ShelvedView => ({
  documentId: row.briefingDocumentId as string,
  view: (reader.audience === 'public' ? row.publicRecord : row.record) as string | null,
  showing: (reader.audience === 'public' ? row.publicShowing : row.showing) as string | null,
});

/** The records a `showing` column lists ("kind:documentId"), or none. */
export const keysIn = (showing: string | null): string[] => (showing ? (JSON.parse(showing) as string[]) : []);

/**
 * Shelved views as this reader may see them, as JSON texts: a view whose affiliations and parents the
 * reader may all open goes out untouched; the others are parsed and cut. One query for the lot.
 */
export function readersViews(strapi: Core.Strapi, reader: Reader, rows: ShelvedView[]): Promise<string[]> {
  return cutForReader(strapi, reader, rows, (view) => view, (record) => JSON.stringify(record));
}

/** The same as records, for a stream: each view is parsed once (a cut one is not written out and parsed again). */
function readersRecords(strapi: Core.Strapi, reader: Reader, rows: ShelvedView[]): Promise<BriefingRecord[]> {
  return cutForReader(strapi, reader, rows, (view) => JSON.parse(view) as BriefingRecord, (record) => record);
}

async function cutForReader<T>(strapi: Core.Strapi, reader: Reader, rows: ShelvedView[], untouched: (view: string) => T, cut: (record: BriefingRecord) => T): Promise<T[]> {
  const showing = rows.map((row) => keysIn(row.showing));
  const opened = await openedAmong(strapi, reader.markings, [...new Set(showing.flat())]);
  return Promise.all(
    rows.map(async (row, i) => {
      // The last guard behind the markings filter: a row with no public view is not public.
      if (row.view == null) throw new NotPublicError(row.documentId);
      if (showing[i]!.every((key) => opened.has(key))) return untouched(row.view);
      const [record] = await hideUnseenLinks([JSON.parse(row.view) as BriefingRecord], async (kind, ids) => {
        return new Set(ids.filter((id) => opened.has(`${kind}:${id}`)));
      });
      return cut(record!);
    }),
  );
}

/** Which of these records ("actors:<documentId>", "places:<documentId>") a briefing of these markings links. */
export async function openedAmong(strapi: Core.Strapi, markings: readonly string[], keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const split = keys.map((key) => [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)] as const);
  const rows = (await strapi.db.query(PUBLISHED_RECORD as UID.Schema).findMany({
    // The kinds too, though the keys name them: without them no index serves and every read scanned the table (1.5 ms a read at 10,000 briefings).
    where: {
      kind: { $in: [...new Set(split.map(([kind]) => kind))] },
      marking: { $in: [...markings] },
      recordDocumentId: { $in: [...new Set(split.map(([, documentId]) => documentId))] },
    },
    select: ['kind', 'recordDocumentId'],
  })) as { kind: string; recordDocumentId: string }[];
  return new Set(rows.map((row) => `${row.kind}:${row.recordDocumentId}`));
}

export interface ShelfQuery extends ListingQuery {
  /** An actor's documentId or its canonical name (any case): briefings that give it a role. */
  actor?: string;
}

/** Briefings of these markings that match the listing filters (the same filters the admin's overview uses). */
export function shelfWhere(strapi: Core.Strapi, markings: readonly string[], query: ShelfQuery): Where {
  const and: Where[] = [{ marking: { $in: [...markings] } }, ...listingFilters(query)];
  if (query.actor) and.push({ briefingDocumentId: { $in: briefingsGivingRole(strapi, query.actor) } });
  return { $and: and };
}

/** Subquery: briefings that give the actor (by documentId or canonical name) a role. */
function briefingsGivingRole(strapi: Core.Strapi, actor: string): Knex.QueryBuilder {
  const knex = strapi.db.connection;
  const links = tableOf(strapi, PUBLISHED_LINK);
  const actors = tableOf(strapi, ACTOR);
  const named = knex(actors.name)
    .select(actors.column('documentId'))
    .where(actors.column('documentId'), actor)
    .orWhereRaw('lower(??) = ?', [actors.column('name'), actor.toLowerCase()]);
  return knex(links.name)
    .select(links.column('briefingDocumentId'))
    .where(links.column('kind'), 'actors')
    .where(links.column('field'), 'actorRoles')
    .whereIn(links.column('recordDocumentId'), named);
}

/** How many briefings match: from the totals kept per marking when only markings filter, else counted. */
async function totalOf(strapi: Core.Strapi, reader: Reader, query: ShelfQuery, where: Where): Promise<number> {
  const { marking, ...others } = query as ShelfQuery & Record<string, unknown>;
  const filtered = listingFilters({ ...others, marking: undefined } as ShelfQuery).length > 0 || Boolean(query.actor);
  if (filtered) return Number(await shelf(strapi).count({ where }));
  const markings = reader.markings.filter((m) => !marking || m === marking);
  const rows = (await strapi.db.query(PUBLISHED_COUNT as UID.Schema).findMany({ where: { marking: { $in: markings } }, select: ['total'] })) as { total: number }[];
  return rows.reduce((sum, row) => sum + Number(row.total), 0);
}

/** A page of the list as the reader sees it (JSON texts), newest incident first (undated last), and how many match. */
export async function shelvedPage(strapi: Core.Strapi, reader: Reader, query: ShelfQuery, start: number, limit: number) {
  const where = shelfWhere(strapi, reader.markings, query);
  const [rows, total] = await Promise.all([
    shelf(strapi).findMany({ where, select: viewColumns(reader), orderBy: [{ sortDate: 'desc' }, { rowId: 'desc' }], offset: start, limit }),
    totalOf(strapi, reader, query, where),
  ]);
  return { views: await readersViews(strapi, reader, rows.map((row) => asView(reader, row))), total: Number(total) };
}

/** One briefing as the reader sees it (a JSON text), or null. */
export async function shelvedOne(strapi: Core.Strapi, reader: Reader, documentId: string): Promise<string | null> {
  const row = await shelf(strapi).findOne({ where: { briefingDocumentId: documentId, marking: { $in: [...reader.markings] } }, select: viewColumns(reader) });
  return row ? (await readersViews(strapi, reader, [asView(reader, row)]))[0]! : null;
}

/** The latest-saved visible briefing drafted from a host article, named by its documentId or slug, as the reader sees it. */
export async function shelvedForArticle(strapi: Core.Strapi, reader: Reader, article: string): Promise<string | null> {
  const model = articleModel(strapi);
  if (!model) return null;
  const slug = model.fields.slug;
  const articles = (await strapi.db.query(model.uid as UID.Schema).findMany({
    where: { $or: [{ documentId: article }, ...(slug ? [{ [slug]: article }] : [])] },
    select: ['documentId'],
  })) as { documentId: string }[];
  if (articles.length === 0) return null;
  const articleIds = [...new Set(articles.map((a) => a.documentId))];
  const newest = (where: Record<string, unknown>) =>
    shelf(strapi).findOne({ where: { ...where, marking: { $in: [...reader.markings] } }, select: viewColumns(reader), orderBy: [{ updatedAt: 'desc' }, { rowId: 'desc' }] });
  let row = await newest({ articleDocumentId: { $in: articleIds } });
  if (!row) {
    // A further article of an incident (added to its briefing, or moved there by a merge) leads to that briefing too.
    const linking = (await strapi.db.query(BRIEFING).findMany({
      where: { publishedAt: { $notNull: true }, furtherArticles: { documentId: { $in: articleIds } } },
      select: ['documentId'],
    })) as { documentId: string }[];
    if (linking.length > 0) row = await newest({ briefingDocumentId: { $in: linking.map((b) => b.documentId) } });
  }
  return row ? (await readersViews(strapi, reader, [asView(reader, row)]))[0]! : null;
}

/**
 * The shelf rows a bulk export sends, in shelf order (by row id), a page of ids at a time. The ids are
 * read once, up front: paging with the filters again for each page scanned every row of the reader's
 * markings per page when a filter had no index of its own (a date range: 176 ms a page at 50,000).
 * A row taken off the shelf meanwhile is not found by its page; one shelved meanwhile is not sent.
 */
async function* pagesOfIds(strapi: Core.Strapi, where: Where, pageSize: number): AsyncGenerator<number[]> {
  const rows = (await shelf(strapi).findMany({ where, select: ['id'], orderBy: { rowId: 'asc' } })) as { id: number }[];
  for (let i = 0; i < rows.length; i += pageSize) yield rows.slice(i, i + pageSize).map((row) => row.id);
}

/** Every matching briefing as the reader sees it, a page at a time in shelf order. */
export async function* shelvedStream(strapi: Core.Strapi, reader: Reader, query: ShelfQuery, pageSize: number) {
  const where = shelfWhere(strapi, reader.markings, query);
  for await (const ids of pagesOfIds(strapi, where, pageSize)) {
    // A briefing re-shelved since the ids were read (re-marked, say) has a new row id and is not found;
    // the filters again guard a row changed in place.
    const rows = await shelf(strapi).findMany({ where: { $and: [where, { id: { $in: ids } }] }, select: viewColumns(reader), orderBy: { rowId: 'asc' } });
    yield await readersRecords(strapi, reader, rows.map((row) => asView(reader, row)));
  }
}

/**
 * The same for a bulk STIX export: a briefing whose STIX objects the shelf keeps ready comes as those
 * when they are this reader's as they stand (written under these export options, and showing by name
 * exactly the affiliations and parents this reader may open); any other comes as its record, cut for
 * the reader, to be written afresh. The objects kept are a partner's: a public reader's options never match them.
 */
export async function* shelvedStixStream(strapi: Core.Strapi, reader: Reader, query: ShelfQuery, pageSize: number, options: ExportOptions) {
  const where = shelfWhere(strapi, reader.markings, query);
  const optionsKey = stixOptionsKey(options);
  for await (const ids of pagesOfIds(strapi, where, pageSize)) {
    const page = (await shelf(strapi).findMany({
      where: { $and: [where, { id: { $in: ids } }] },
      select: ['id', 'briefingDocumentId'],
      orderBy: { rowId: 'asc' },
    })) as { id: number; briefingDocumentId: string }[];
    const kept = await keptStixObjects(strapi, reader, ids, optionsKey);
    const opened = await openedAmong(strapi, reader.markings, [...new Set([...kept.values()].flatMap((row) => keysIn(row.showing)))]);
    // Kept objects show the affiliations and parents in stixShowing: this reader's when they may open exactly those.
    for (const [id, row] of kept) {
      const shown = new Set(keysIn(row.stixShowing));
      if (!keysIn(row.showing).every((key) => opened.has(key) === shown.has(key))) kept.delete(id);
    }
    const others = page.filter((row) => !kept.has(row.id)).map((row) => row.briefingDocumentId);
    const records = new Map<string, BriefingRecord>();
    if (others.length > 0) {
      // The reader's markings again: a briefing re-marked since the page was read must not come back.
      const views = await shelf(strapi).findMany({ where: { briefingDocumentId: { $in: others }, marking: { $in: [...reader.markings] } }, select: viewColumns(reader) });
      for (const record of await readersRecords(strapi, reader, views.map((row) => asView(reader, row)))) records.set(record.documentId, record);
    }
    // A briefing taken off the shelf between the reads is left out.
    yield page.flatMap((row): (BriefingRecord | WrittenStixObjects)[] => {
      const ready = kept.get(row.id);
      if (ready) return [{ marking: ready.marking, firstId: ready.stixFirstId, objects: ready.objects, optionsKey }];
      const record = records.get(row.briefingDocumentId);
      return record ? [record] : [];
    });
  }
}

/** A shelf row's STIX objects as a bulk export reads them. */
interface KeptStixObjects {
  id: number;
  marking: TlpMarking;
  showing: string | null;
  stixFirstId: string;
  stixShowing: string | null;
  objects: string | Uint8Array;
}

/** How each database hands back a text column as its UTF-8 bytes (Buffers, off the JS heap); another gives text. */
const AS_BYTES: Record<string, string> = { sqlite: 'CAST(?? AS BLOB)', postgres: "convert_to(??, 'UTF8')", mysql: 'CAST(?? AS BINARY)' };

/**
 * The STIX objects these shelf rows keep under these options, still in the reader's markings, read
 * as bytes and sent as they are: read as strings, a 10,000-briefing export grew the server by 300 to
 * 500 MB and took 3.7 to 6.5 s, against 2.2 to 2.6 s as bytes (the bench archive, one probe).
 */
async function keptStixObjects(strapi: Core.Strapi, reader: Reader, ids: number[], optionsKey: string): Promise<Map<number, KeptStixObjects>> {
  if (ids.length === 0) return new Map();
  const knex = strapi.db.connection;
  const { name, column } = tableOf(strapi, PUBLISHED_BRIEFING);
  const asBytes = AS_BYTES[strapi.db.dialect.client] ?? '??';
  const rows = (await knex(name)
    .select({
      id: column('id'),
      marking: column('marking'),
      showing: column('showing'),
      stixFirstId: column('stixFirstId'),
      stixShowing: column('stixShowing'),
      objects: knex.raw(asBytes, [column('stixObjects')]),
    })
    .whereIn(column('id'), ids)
    .whereIn(column('marking'), [...reader.markings])
    .where(column('stixOptionsKey'), optionsKey)
    .whereNotNull(column('stixObjects'))) as KeptStixObjects[];
  return new Map(rows.map((row) => [row.id, row]));
}

/** Which of these actors or places a published briefing of these markings links (one indexed query). */
export async function openedRecords(strapi: Core.Strapi, kind: LinkedKind, markings: readonly string[], documentIds: string[]): Promise<Set<string>> {
  const opened = await openedAmong(strapi, markings, documentIds.map((documentId) => `${kind}:${documentId}`));
  return new Set(documentIds.filter((documentId) => opened.has(`${kind}:${documentId}`)));
}

/** Subquery: the documentIds of the actors or places a published briefing of these markings links. */
export function openedRecordIds(strapi: Core.Strapi, kind: LinkedKind, markings: readonly string[]): Knex.QueryBuilder {
  const records = tableOf(strapi, PUBLISHED_RECORD);
  return strapi.db
    .connection(records.name)
    .select(records.column('recordDocumentId'))
    .where(records.column('kind'), kind)
    .whereIn(records.column('marking'), [...markings]);
}

/**
 * The same as a test on one row of an outer query (`where exists`), given the outer column that holds
 * the record's documentId: a page read in an index's order checks its rows one by one and stops when full.
 */
export function isOpenedRecord(strapi: Core.Strapi, kind: LinkedKind, markings: readonly string[], documentIdColumn: string): Knex.QueryBuilder {
  const records = tableOf(strapi, PUBLISHED_RECORD);
  return openedRecordIds(strapi, kind, markings).whereRaw('?? = ??', [`${records.name}.${records.column('recordDocumentId')}`, documentIdColumn]);
}
