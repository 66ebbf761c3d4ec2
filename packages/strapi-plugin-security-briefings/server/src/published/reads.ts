import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { BriefingRecord } from '@security-briefings/entities';
import { ACTOR } from '../constants';
import { listingFilters, type ListingQuery } from '../utils/listing-filters';
import { articleModel } from '../utils/config';
import { PUBLISHED_BRIEFING, PUBLISHED_LINK, PUBLISHED_RECORD } from './models';
import { type LinkedKind } from './shelf';
import { tableOf } from '../utils/tables';

/**
 * Reads from the published shelf: each a query or two on indexed columns, whatever the archive's
 * size. Records come back as every audience's source; callers cut them to the reader's audience.
 */

type Where = Record<string, unknown>;
const shelf = (strapi: Core.Strapi) => strapi.db.query(PUBLISHED_BRIEFING as UID.Schema);
const parse = (rows: { record: string }[]): BriefingRecord[] => rows.map((row) => JSON.parse(row.record));

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

/** A page of the list, newest incident first (undated last), and how many match. */
export async function shelvedPage(strapi: Core.Strapi, markings: readonly string[], query: ShelfQuery, start: number, limit: number) {
  const where = shelfWhere(strapi, markings, query);
  const [rows, total] = await Promise.all([
    shelf(strapi).findMany({ where, select: ['record'], orderBy: [{ sortDate: 'desc' }, { rowId: 'desc' }], offset: start, limit }),
    shelf(strapi).count({ where }),
  ]);
  return { records: parse(rows as { record: string }[]), total: Number(total) };
}

export async function shelvedOne(strapi: Core.Strapi, markings: readonly string[], documentId: string): Promise<BriefingRecord | null> {
  const row = await shelf(strapi).findOne({ where: { briefingDocumentId: documentId, marking: { $in: [...markings] } }, select: ['record'] });
  return row ? parse([row as { record: string }])[0]! : null;
}

/** The latest-saved visible briefing drafted from a host article, named by its documentId or slug. */
export async function shelvedForArticle(strapi: Core.Strapi, markings: readonly string[], article: string): Promise<BriefingRecord | null> {
  const model = articleModel(strapi);
  if (!model) return null;
  const slug = model.fields.slug;
  const articles = (await strapi.db.query(model.uid as UID.Schema).findMany({
    where: { $or: [{ documentId: article }, ...(slug ? [{ [slug]: article }] : [])] },
    select: ['documentId'],
  })) as { documentId: string }[];
  if (articles.length === 0) return null;
  const row = await shelf(strapi).findOne({
    where: { articleDocumentId: { $in: [...new Set(articles.map((a) => a.documentId))] }, marking: { $in: [...markings] } },
    select: ['record'],
    orderBy: [{ updatedAt: 'desc' }, { rowId: 'desc' }],
  });
  return row ? parse([row as { record: string }])[0]! : null;
}

/** Every matching briefing, a page at a time in shelf order (by row id: pages are picked by index, not by offset). */
export async function* shelvedStream(strapi: Core.Strapi, markings: readonly string[], query: ShelfQuery, pageSize: number) {
  const where = shelfWhere(strapi, markings, query);
  for (let after = 0; ; ) {
    const rows = (await shelf(strapi).findMany({
      where: { $and: [where, { rowId: { $gt: after } }] },
      select: ['rowId', 'record'],
      orderBy: { rowId: 'asc' },
      limit: pageSize,
    })) as { rowId: number; record: string }[];
    if (rows.length === 0) return;
    after = rows[rows.length - 1]!.rowId;
    yield parse(rows);
    if (rows.length < pageSize) return;
  }
}

/** Which of these actors or places a published briefing of these markings links (one indexed query). */
export async function openedRecords(strapi: Core.Strapi, kind: LinkedKind, markings: readonly string[], documentIds: string[]): Promise<Set<string>> {
  if (documentIds.length === 0) return new Set();
  const rows = (await strapi.db.query(PUBLISHED_RECORD as UID.Schema).findMany({
    where: { kind, marking: { $in: [...markings] }, recordDocumentId: { $in: documentIds } },
    select: ['recordDocumentId'],
  })) as { recordDocumentId: string }[];
  return new Set(rows.map((row) => row.recordDocumentId));
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
