import type { Core, UID } from '@strapi/strapi';
import { forAudience, stixOptionsKey, writeStixObjects, type BriefingRecord, type DuplicateRecord, type ExportOptions, type TlpMarking } from '@security-briefings/entities';
import { exportOptions } from '../utils/export-options';
import { hideUnseenLinks } from '../utils/linked-records';
import { PARTNER_ACCESS, PUBLIC_ACCESS, type Access } from '../utils/access';
import { keysIn, openedAmong } from './reads';
import { ACTOR, BRIEFING, PLACE, PLUGIN_ID } from '../constants';
import { HAD_AN_ADDRESS } from '../content-types/briefing/schema';
import { briefingPopulate } from '../utils/populate';
import { toRecord } from '../utils/records';
import { articleModel } from '../utils/config';
import { documents, type DocumentRow } from '../utils/documents';
import { tableOf } from '../utils/tables';
import { PUBLISHED_BRIEFING, PUBLISHED_COUNT, PUBLISHED_LINK, PUBLISHED_RECORD, UNDATED } from './models';
import { keepFeed } from '../feed/keeping';
import { isoOrNull } from '../utils/dates';

/**
 * Keeps the published shelf (./models.ts) in step with every write, whoever makes it: a document-service
 * middleware re-shelves a briefing when it is written, and the briefings that show an actor, place or
 * host article when that is written, inside the write's own transaction (a refused write leaves the
 * shelf as it was). On start, a shelf that is missing, behind or of an older format is rebuilt.
 */

/** Bump when what a shelved record or view holds changes (the record, an audience's cut): the next start rebuilds the shelf. */
const SHELF_FORMAT = 6;

export type LinkedKind = 'actors' | 'places';
/** Fields through which a briefing links a record (which opens it to the briefing's readers). */
export const LINKING_FIELDS = ['actorRoles', 'quotes', 'incident', 'places'] as const;
/** Fields through which a briefing only shows a record's name (an affiliation, a parent place). */
const SHOWING_FIELDS = ['affiliation', 'parent'] as const;

interface Link {
  kind: LinkedKind;
  field: (typeof LINKING_FIELDS)[number] | (typeof SHOWING_FIELDS)[number];
  recordDocumentId: string;
}

type Named = { documentId?: string; affiliation?: Named | null; parent?: Named | null } | null | undefined;

/** What a briefing's record links and shows, each record once per field. */
export function linksOf(record: BriefingRecord): Link[] {
  const links = new Map<string, Link>();
  const add = (kind: LinkedKind, field: Link['field'], target: Named) => {
    if (target?.documentId) links.set(`${kind}:${field}:${target.documentId}`, { kind, field, recordDocumentId: target.documentId });
  };
  const actor = (field: Link['field'], target: Named) => {
    add('actors', field, target);
    add('actors', 'affiliation', target?.affiliation);
  };
  const place = (field: Link['field'], target: Named) => {
    add('places', field, target);
    add('places', 'parent', target?.parent);
  };
  for (const role of record.actorRoles ?? []) actor('actorRoles', role.actor as Named);
  for (const quote of record.quotes ?? []) actor('quotes', quote.speaker as Named);
  place('incident', record.incident?.place as Named);
  for (const target of record.places ?? []) place('places', target as Named);
  return [...links.values()];
}

const isLinking = (field: string) => (LINKING_FIELDS as readonly string[]).includes(field);
const SHELF_BATCH = 100;

/** What a briefing shows only by name (an affiliation or parent it does not link itself), as "kind:documentId". */
function showingOnly(links: Link[]): string[] {
  const linked = new Set(links.filter((link) => isLinking(link.field)).map((link) => `${link.kind}:${link.recordDocumentId}`));
  const shown = links.filter((link) => !isLinking(link.field)).map((link) => `${link.kind}:${link.recordDocumentId}`);
  return [...new Set(shown)].filter((key) => !linked.has(key));
}

/** The shelf row of one published briefing (the public's view and the partner's STIX are added by withReadyViews). */
function shelfRow(row: DocumentRow, record: BriefingRecord, links: Link[]) {
  const showing = showingOnly(links);
  return {
    briefingDocumentId: row.documentId,
    rowId: row.id,
    marking: row.marking,
    eventType: row.eventType ?? null,
    countryCode: row.countryCode ?? null,
    verification: row.verification ?? null,
    incidentDate: row.incidentDate ?? null,
    sortDate: row.incidentDate ?? UNDATED,
    articleDocumentId: row.sourceArticle?.documentId ?? null,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    record: JSON.stringify(record),
    showing: showing.length > 0 ? JSON.stringify(showing) : null,
    publicRecord: null as string | null,
    publicShowing: null as string | null,
    stixObjects: null as string | null,
    stixFirstId: null as string | null,
    stixOptionsKey: null as string | null,
    stixShowing: null as string | null,
  };
}
type ShelfRow = ReturnType<typeof shelfRow>;

/** Who a ready view is cut for: the public, or a partner cleared for every marking partners read. */
type ReadyFor = 'public' | 'partner';
const READERS: Record<ReadyFor, Access> = { public: PUBLIC_ACCESS, partner: PARTNER_ACCESS };

/** A record as this reader would get it: no affiliation or parent they may not open (`opened` holds what they may, as "kind:documentId"). */
async function cutFor(record: BriefingRecord, opened: Set<string>): Promise<BriefingRecord> {
  const [view] = await hideUnseenLinks([record], async (kind, ids) => new Set(ids.filter((id) => opened.has(`${kind}:${id}`))));
  return view!;
}

/**
 * The public's view of a CLEAR briefing, cut when it is shelved rather than on every read: the
 * record as the public may see it (forAudience), without the affiliations and parents the public
 * may not open (hideUnseenLinks, the rule every read applies).
 */
async function publicViewOf(record: BriefingRecord, showing: string[], opened: Set<string>) {
  const view = await cutFor(structuredClone(forAudience(record, 'public')), opened);
  const stillShowing = showing.filter((key) => opened.has(key));
  return { publicRecord: JSON.stringify(view), publicShowing: stillShowing.length > 0 ? JSON.stringify(stillShowing) : null };
}

/**
 * A partner's bulk STIX export is mostly the writing of each briefing's objects: they are written
 * once here, for a partner cleared for every partner marking, under the plugin's export options.
 * `stixShowing` says which affiliations and parents they show: a reader who may open exactly those
 * of the record's `showing` gets them as they are (published/reads.ts), any other a fresh writing.
 */
async function partnerStixOf(record: BriefingRecord, showing: string[], opened: Set<string>, options: ExportOptions) {
  const stix = writeStixObjects(await cutFor(record, opened), options);
  const stillShowing = showing.filter((key) => opened.has(key));
  return { stixObjects: stix.objects, stixFirstId: stix.firstId, stixOptionsKey: stix.optionsKey, stixShowing: stillShowing.length > 0 ? JSON.stringify(stillShowing) : null };
}

/** Fills in the views kept ready for this reader among these rows (one query for who may open what). */
type Viewed = { marking: string; record: string; showing: string | null };
async function withReadyViews<Row extends Viewed>(strapi: Core.Strapi, rows: Row[], readyFor: ReadyFor): Promise<Row[]> {
  const { markings } = READERS[readyFor];
  const read = rows.filter((row) => markings.includes(row.marking as TlpMarking));
  const opened = await openedAmong(strapi, markings, [...new Set(read.flatMap((row) => keysIn(row.showing)))]);
  const options = exportOptions(strapi, 'partner');
  for (const row of read) {
    const record = JSON.parse(row.record) as BriefingRecord;
    const showing = keysIn(row.showing);
    Object.assign(row, readyFor === 'public' ? await publicViewOf(record, showing, opened) : await partnerStixOf(record, showing, opened, options));
  }
  return rows;
}

/** The columns each reader's ready views are kept in. */
const READY_COLUMNS: Record<ReadyFor, string[]> = {
  public: ['publicRecord', 'publicShowing'],
  partner: ['stixObjects', 'stixFirstId', 'stixOptionsKey', 'stixShowing'],
};

/**
 * Cuts a reader's ready views again where who may open a record changed for them: of the briefings
 * they read showing these records ("kind:documentId") by name, or of every briefing they read (after a rebuild).
 */
async function recutViews(strapi: Core.Strapi, readyFor: ReadyFor, records?: string[]) {
  if (records?.length === 0) return;
  const { markings } = READERS[readyFor];
  let briefingIds: string[] | undefined;
  if (records) {
    const ids = new Set<string>();
    for (const kind of ['actors', 'places'] as const) {
      const documentIds = records.filter((key) => key.startsWith(`${kind}:`)).map((key) => key.slice(kind.length + 1));
      for (let i = 0; i < documentIds.length; i += 500) {
        const links = (await strapi.db.query(PUBLISHED_LINK as UID.Schema).findMany({
          where: { kind, field: { $in: [...SHOWING_FIELDS] }, marking: { $in: [...markings] }, recordDocumentId: { $in: documentIds.slice(i, i + 500) } },
          select: ['briefingDocumentId'],
        })) as { briefingDocumentId: string }[];
        links.forEach((link) => ids.add(link.briefingDocumentId));
      }
    }
    briefingIds = [...ids];
    if (briefingIds.length === 0) return;
  }
  const recut = async (rows: ({ id: number } & Viewed)[]) => {
    for (const row of await withReadyViews(strapi, rows, readyFor)) {
      const data = Object.fromEntries(READY_COLUMNS[readyFor].map((column) => [column, (row as Record<string, unknown>)[column]]));
      await strapi.db.query(PUBLISHED_BRIEFING as UID.Schema).update({ where: { id: row.id }, data });
    }
  };
  const select = ['id', 'marking', 'record', 'showing'];
  if (briefingIds) {
    for (let i = 0; i < briefingIds.length; i += SHELF_BATCH) {
      await recut(await strapi.db.query(PUBLISHED_BRIEFING as UID.Schema).findMany({ where: { briefingDocumentId: { $in: briefingIds.slice(i, i + SHELF_BATCH) } }, select }));
    }
    return;
  }
  for (let after = 0; ; ) {
    const rows = (await strapi.db.query(PUBLISHED_BRIEFING as UID.Schema).findMany({
      where: { marking: { $in: [...markings] }, id: { $gt: after } },
      select,
      orderBy: { id: 'asc' },
      limit: SHELF_BATCH,
    })) as ({ id: number } & Viewed)[];
    if (rows.length === 0) return;
    after = rows[rows.length - 1]!.id;
    await recut(rows);
  }
}

/** Both readers' ready views, cut again where who may open these records changed for them. */
async function recutChanged(strapi: Core.Strapi, changed: OpeningChanges) {
  await recutViews(strapi, 'public', changed.public);
  await recutViews(strapi, 'partner', changed.partner);
}

/**
 * Rows per insert: knex writes a multi-row insert on SQLite as one compound SELECT, which SQLite
 * caps at 500 terms (and at 32,766 bound values).
 */
const INSERT_CHUNK = 200;

/** Rows in chunks SQLite accepts. */
async function insertInChunks(strapi: Core.Strapi, uid: string, rows: object[], size = INSERT_CHUNK) {
  for (let i = 0; i < rows.length; i += size) {
    await strapi.db.query(uid as UID.Schema).createMany({ data: rows.slice(i, i + size) });
  }
}

/**
 * Who may open each of these actors or places: the markings of the published briefings linking them,
 * worked out again from the links (inside the caller's transaction). Returns, for each reader whose
 * views are kept ready, the records ("kind:documentId") whose opening to them changed.
 */
async function recountRecords(strapi: Core.Strapi, kind: LinkedKind, recordIds: string[]): Promise<OpeningChanges> {
  const links = tableOf(strapi, PUBLISHED_LINK);
  const records = tableOf(strapi, PUBLISHED_RECORD);
  const changed: OpeningChanges = { public: [], partner: [] };
  await strapi.db.transaction(async ({ trx }) => {
    for (let i = 0; i < recordIds.length; i += 500) {
      const ids = recordIds.slice(i, i + 500);
      const before = (await trx(records.name)
        .select({ recordDocumentId: records.column('recordDocumentId'), marking: records.column('marking') })
        .where(records.column('kind'), kind)
        .whereIn(records.column('recordDocumentId'), ids)) as { recordDocumentId: string; marking: string }[];
      await trx(records.name).where(records.column('kind'), kind).whereIn(records.column('recordDocumentId'), ids).delete();
      const rows = (await trx(links.name)
        .distinct({ recordDocumentId: links.column('recordDocumentId'), marking: links.column('marking') })
        .where(links.column('kind'), kind)
        .whereIn(links.column('field'), [...LINKING_FIELDS])
        .whereIn(links.column('recordDocumentId'), ids)) as { recordDocumentId: string; marking: string }[];
      const opened = rows.map((row) => ({
        [records.column('kind')]: kind,
        [records.column('recordDocumentId')]: row.recordDocumentId,
        [records.column('marking')]: row.marking,
      }));
      for (let j = 0; j < opened.length; j += INSERT_CHUNK) {
        await trx(records.name)
          .insert(opened.slice(j, j + INSERT_CHUNK))
          // Another instance's write may have counted the same record and marking a moment before.
          .onConflict([records.column('kind'), records.column('recordDocumentId'), records.column('marking')])
          .ignore();
      }
      for (const readyFor of ['public', 'partner'] as const) {
        const openTo = (found: { recordDocumentId: string; marking: string }[]) =>
          new Set(found.filter((row) => READERS[readyFor].markings.includes(row.marking as TlpMarking)).map((row) => row.recordDocumentId));
        const was = openTo(before);
        const is = openTo(rows);
        for (const id of ids) if (was.has(id) !== is.has(id)) changed[readyFor].push(`${kind}:${id}`);
      }
    }
  });
  return changed;
}

/** Records ("kind:documentId") whose opening to each reader with ready views changed. */
type OpeningChanges = Record<ReadyFor, string[]>;

/**
 * How many published briefings carry each marking, counted again after each shelf write (one grouped
 * count on the marking index): the unfiltered list then reads its total instead of counting it, the
 * part of a read that grew with the archive.
 */
async function recountTotals(strapi: Core.Strapi) {
  const shelf = tableOf(strapi, PUBLISHED_BRIEFING);
  const counts = tableOf(strapi, PUBLISHED_COUNT);
  await strapi.db.transaction(async ({ trx }) => {
    const rows = (await trx(shelf.name).select({ marking: shelf.column('marking') }).count({ total: '*' }).groupBy(shelf.column('marking'))) as {
      marking: string;
      total: number | string;
    }[];
    await trx(counts.name).delete();
    if (rows.length) await trx(counts.name).insert(rows.map((row) => ({ [counts.column('marking')]: row.marking, [counts.column('total')]: Number(row.total) })));
  });
}

/** An arbitrary constant naming the shelf's lock on PostgreSQL. */
const SHELF_LOCK = 0x5b5e1f;

/**
 * One shelf writer at a time on PostgreSQL, until the write's transaction ends: two editors
 * publishing briefings that link the same actor would otherwise deadlock on who-may-open-what rows.
 * SQLite writes one transaction at a time anyway.
 */
async function oneShelfWriterAtATime(strapi: Core.Strapi) {
  if ((strapi.db.dialect as { client?: string }).client !== 'postgres') return;
  await strapi.db.transaction(({ trx }) => trx.raw('select pg_advisory_xact_lock(?)', [SHELF_LOCK]));
}

/**
 * The briefings merged into each of these (merge/service.ts) that were published then, oldest merge
 * first: their old addresses lead to it. A draft merged never had a public address, and its id stays unseen.
 */
async function duplicatesOf(strapi: Core.Strapi, documentIds: string[]): Promise<Map<string, DuplicateRecord[]>> {
  const rows = (await strapi.db.query(BRIEFING).findMany({
    where: { mergedInto: { $in: documentIds }, publishedAt: null, ...HAD_AN_ADDRESS },
    select: ['documentId', 'createdAt', 'mergedAt', 'mergedInto'],
    orderBy: [{ mergedAt: 'asc' }, { id: 'asc' }],
  })) as { documentId: string; createdAt: Date | string; mergedAt: Date | string | null; mergedInto: string }[];
  const byKept = new Map<string, DuplicateRecord[]>();
  for (const row of rows) {
    byKept.set(row.mergedInto, [...(byKept.get(row.mergedInto) ?? []), { documentId: row.documentId, createdAt: isoOrNull(row.createdAt), mergedAt: isoOrNull(row.mergedAt) }]);
  }
  return byKept;
}

/** Puts the published versions of these briefings on the shelf (and takes off those no longer published). */
export async function shelveBriefings(strapi: Core.Strapi, documentIds: string[], { recount = true } = {}) {
  if (documentIds.length === 0) return;
  await strapi.db.transaction(async () => {
    await oneShelfWriterAtATime(strapi);
    const before = (await strapi.db.query(PUBLISHED_LINK as UID.Schema).findMany({
      where: { briefingDocumentId: { $in: documentIds } },
      select: ['kind', 'field', 'recordDocumentId'],
    })) as Link[];
    const rows = await documents(strapi, BRIEFING).findMany({
      status: 'published',
      filters: { documentId: { $in: documentIds } },
      populate: briefingPopulate(strapi),
    });
    await strapi.db.query(PUBLISHED_BRIEFING as UID.Schema).deleteMany({ where: { briefingDocumentId: { $in: documentIds } } });
    await strapi.db.query(PUBLISHED_LINK as UID.Schema).deleteMany({ where: { briefingDocumentId: { $in: documentIds } } });

    const article = articleModel(strapi);
    const duplicates = await duplicatesOf(strapi, documentIds);
    const records = rows.map((row) => {
      const record = toRecord(row, article);
      if (duplicates.has(row.documentId)) record.duplicates = duplicates.get(row.documentId)!;
      return record;
    });
    const shelved: ShelfRow[] = [];
    const links: (Link & { briefingDocumentId: string; marking: string })[] = [];
    rows.forEach((row, i) => {
      const linked = linksOf(records[i]!);
      shelved.push(shelfRow(row, records[i]!, linked));
      for (const link of linked) links.push({ ...link, briefingDocumentId: row.documentId, marking: row.marking });
    });
    await insertInChunks(strapi, PUBLISHED_LINK, links);
    // The partner feed's versions, in the same transaction.
    await keepFeed(strapi, documentIds, records);

    const changed: OpeningChanges = { public: [], partner: [] };
    if (recount) {
      for (const kind of ['actors', 'places'] as const) {
        const touched = new Set([...before, ...links].filter((l) => l.kind === kind && isLinking(l.field)).map((l) => l.recordDocumentId));
        const counted = await recountRecords(strapi, kind, [...touched]);
        changed.public.push(...counted.public);
        changed.partner.push(...counted.partner);
      }
      // The ready views are cut once who may open what is counted (a rebuild, which counts at the end, cuts them all then).
      await withReadyViews(strapi, shelved, 'public');
      await withReadyViews(strapi, shelved, 'partner');
    }
    await insertInChunks(strapi, PUBLISHED_BRIEFING, shelved, 50);
    // Then those of other briefings showing a record whose opening changed.
    await recutChanged(strapi, changed);
    if (recount) await recountTotals(strapi);
  });
}

/** Re-shelves the published briefings that show this actor or place (linked, or as an affiliation or parent). */
export async function reshelveShowing(strapi: Core.Strapi, kind: LinkedKind, recordDocumentId: string) {
  const rows = (await strapi.db.query(PUBLISHED_LINK as UID.Schema).findMany({
    where: { kind, recordDocumentId },
    select: ['briefingDocumentId'],
  })) as { briefingDocumentId: string }[];
  const ids = [...new Set(rows.map((row) => row.briefingDocumentId))];
  for (let i = 0; i < ids.length; i += SHELF_BATCH) await shelveBriefings(strapi, ids.slice(i, i + SHELF_BATCH));
  // A deleted record may still be counted under a marking if no briefing was re-shelved.
  await recutChanged(strapi, await recountRecords(strapi, kind, [recordDocumentId]));
}

/** Re-shelves the published briefings drafted from this host article (they show its title, link, outlet). */
async function reshelveFromArticle(strapi: Core.Strapi, articleDocumentId: string) {
  const rows = (await strapi.db.query(PUBLISHED_BRIEFING as UID.Schema).findMany({
    where: { articleDocumentId },
    select: ['briefingDocumentId'],
  })) as { briefingDocumentId: string }[];
  await shelveBriefings(strapi, rows.map((row) => row.briefingDocumentId));
}

/** Who may open every actor and place, worked out from all the links at once (after a rebuild). */
async function recountAllRecords(strapi: Core.Strapi) {
  const links = tableOf(strapi, PUBLISHED_LINK);
  const records = tableOf(strapi, PUBLISHED_RECORD);
  await strapi.db.transaction(async ({ trx }) => {
    await trx(records.name).delete();
    const rows = (await trx(links.name)
      .distinct({ kind: links.column('kind'), recordDocumentId: links.column('recordDocumentId'), marking: links.column('marking') })
      .whereIn(links.column('field'), [...LINKING_FIELDS])) as { kind: string; recordDocumentId: string; marking: string }[];
    const opened = rows.map((row) => ({
      [records.column('kind')]: row.kind,
      [records.column('recordDocumentId')]: row.recordDocumentId,
      [records.column('marking')]: row.marking,
    }));
    for (let i = 0; i < opened.length; i += INSERT_CHUNK) await trx(records.name).insert(opened.slice(i, i + INSERT_CHUNK));
  });
}

/**
 * Empties the shelf and puts every published briefing back on it, in one transaction; who may open
 * each actor and place is worked out once at the end (per batch, it re-read the popular records'
 * links again and again, and the rebuild grew faster than the archive).
 */
export async function rebuildShelf(strapi: Core.Strapi) {
  await strapi.db.transaction(async () => {
    await oneShelfWriterAtATime(strapi);
    for (const uid of [PUBLISHED_BRIEFING, PUBLISHED_LINK, PUBLISHED_RECORD, PUBLISHED_COUNT]) await strapi.db.query(uid as UID.Schema).deleteMany({});
    let lastId = 0;
    for (;;) {
      const page = (await strapi.db.query(BRIEFING).findMany({
        where: { publishedAt: { $notNull: true }, id: { $gt: lastId } },
        select: ['id', 'documentId'],
        orderBy: { id: 'asc' },
        limit: SHELF_BATCH,
      })) as { id: number; documentId: string }[];
      if (page.length === 0) break;
      lastId = page[page.length - 1]!.id;
      await shelveBriefings(strapi, page.map((row) => row.documentId), { recount: false });
    }
    await recountAllRecords(strapi);
    await recutViews(strapi, 'public');
    await recutViews(strapi, 'partner');
    await recountTotals(strapi);
  });
}

const shelfStore = (strapi: Core.Strapi) => strapi.store({ type: 'plugin', name: PLUGIN_ID });

/** Whether the shelf holds exactly today's published briefings, in today's format (cheap: counts and a max). */
async function shelfIsCurrent(strapi: Core.Strapi): Promise<boolean> {
  if ((await shelfStore(strapi).get({ key: 'shelf-format' })) !== SHELF_FORMAT) return false;
  const published = { publishedAt: { $notNull: true } };
  const [count, shelvedCount, newest, newestShelved] = await Promise.all([
    strapi.db.query(BRIEFING).count({ where: published }),
    strapi.db.query(PUBLISHED_BRIEFING as UID.Schema).count({}),
    strapi.db.query(BRIEFING).findOne({ where: published, select: ['id'], orderBy: { id: 'desc' } }),
    strapi.db.query(PUBLISHED_BRIEFING as UID.Schema).findOne({ select: ['rowId'], orderBy: { rowId: 'desc' } }),
  ]);
  return Number(count) === Number(shelvedCount) && (newest?.id ?? null) === (newestShelved?.rowId ?? null);
}

/** The store key naming the export options the shelf's kept STIX was last written under, all of it. */
const STIX_OPTIONS = 'shelf-stix-options';
/** The key of the export options a partner's STIX is written under now. */
const stixOptionsNow = (strapi: Core.Strapi) => stixOptionsKey(exportOptions(strapi, 'partner'));

/**
 * On start: a database made by an earlier version (or written behind Strapi's back) gets its shelf
 * built, nothing to run by hand. Two instances starting together may both rebuild; the second finds
 * the first's work, or waits for it.
 */
export async function ensureShelf(strapi: Core.Strapi) {
  if (await shelfIsCurrent(strapi)) return keepStixCurrent(strapi);
  const started = Date.now();
  strapi.log.info('security-briefings: putting the published briefings on the reading shelf…');
  try {
    await rebuildShelf(strapi);
  } catch (error) {
    if (!(await shelfIsCurrent(strapi))) throw error;
  }
  await shelfStore(strapi).set({ key: 'shelf-format', value: SHELF_FORMAT });
  await shelfStore(strapi).set({ key: STIX_OPTIONS, value: stixOptionsNow(strapi) });
  const count = await strapi.db.query(PUBLISHED_BRIEFING as UID.Schema).count({});
  strapi.log.info(`security-briefings: ${count} published briefings shelved in ${Date.now() - started} ms.`);
}

/**
 * After a change of the export options between starts (`publisher`, `briefingsUrl`, `stixProfile`),
 * the kept STIX is written again under the new ones: exports stay right without it (they write afresh
 * what was kept under other options), but every briefing would go the slow way until re-shelved.
 */
async function keepStixCurrent(strapi: Core.Strapi) {
  const optionsKey = stixOptionsNow(strapi);
  if ((await shelfStore(strapi).get({ key: STIX_OPTIONS })) === optionsKey) return;
  const started = Date.now();
  await strapi.db.transaction(async () => {
    await oneShelfWriterAtATime(strapi);
    await recutViews(strapi, 'partner');
  });
  await shelfStore(strapi).set({ key: STIX_OPTIONS, value: optionsKey });
  strapi.log.info(`security-briefings: the kept STIX written again under the export options now configured, in ${Date.now() - started} ms.`);
}

const WRITES = ['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone'];

/**
 * The middleware that keeps the shelf in step. Registered before the document rules, so it sees
 * their work too (a marking raised on the published version by a draft save).
 */
export function registerShelfKeeping(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    const article = articleModel(strapi)?.uid;
    const watched = uid === BRIEFING || uid === ACTOR || uid === PLACE || uid === article;
    if (!watched || !WRITES.includes(action)) return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      const params = context.params as { documentId?: string };
      const documentId = (result as { documentId?: string } | null)?.documentId ?? params.documentId;
      if (!documentId) return result;
      if (uid === BRIEFING) await shelveBriefings(strapi, [documentId]);
      else if (uid === ACTOR) await reshelveShowing(strapi, 'actors', documentId);
      else if (uid === PLACE) await reshelveShowing(strapi, 'places', documentId);
      else await reshelveFromArticle(strapi, documentId);
      return result;
    });
  });
}
