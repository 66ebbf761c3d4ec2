import type { Core } from '@strapi/strapi';
import { ACTOR, PLACE } from '../constants';
import { toActorRecord, toPlaceRecord } from '../utils/records';
import type { Access } from '../utils/access';
import { getService } from '../utils/services';
import { hideUnseenLinksOf } from '../utils/linked-records';
import { isOpenedRecord, openedRecordIds } from '../published/reads';
import { tableOf } from '../utils/tables';

type Kind = 'actors' | 'places';
const UID = { actors: ACTOR, places: PLACE } as const;
const LINK = { actors: 'affiliation', places: 'parent' } as const;

/** Actors and places, limited to those linked from briefings the reader may see. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(kind: Kind, access: Access, page: number, pageSize: number) {
    // The page is picked in SQL among the records the published shelf says the reader may open; only its rows are then read, populated.
    // The count reads the opened records first; the page walks the name index, testing each row, and stops when full.
    const { name: table, column } = tableOf(strapi, UID[kind]);
    const [counted, picked] = await Promise.all([
      strapi.db.connection(table).whereIn(column('documentId'), openedRecordIds(strapi, kind, access.markings)).count({ total: '*' }),
      strapi.db
        .connection(table)
        .whereExists(isOpenedRecord(strapi, kind, access.markings, `${table}.${column('documentId')}`))
        .select({ documentId: column('documentId') })
        .orderBy([{ column: column('name') }, { column: 'id' }])
        .offset((page - 1) * pageSize)
        .limit(pageSize),
    ]);
    const total = Number((counted[0] as { total: number | string }).total);
    const ids = (picked as { documentId: string }[]).map((row) => row.documentId);
    // Actors and places have no drafts: the query engine reads them without the document service's layers.
    const rows = ids.length
      ? await strapi.db.query(UID[kind]).findMany({
          where: { documentId: { $in: ids } },
          populate: { aliases: true, [LINK[kind]]: { select: ['documentId', 'name'] } },
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        })
      : [];
    const toRecord = kind === 'actors' ? toActorRecord : toPlaceRecord;
    const records = rows.map((row) => toRecord(row));
    await hideUnseenLinksOf(kind, records, getService(strapi, 'briefings').opened(access));
    return {
      data: records,
      meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
    };
  },

  async findOne(kind: Kind, access: Access, documentId: string) {
    const opened = getService(strapi, 'briefings').opened(access);
    if (!(await opened(kind, [documentId])).has(documentId)) return null;
    const row = await strapi.db.query(UID[kind]).findOne({
      where: { documentId },
      populate: { aliases: true, [LINK[kind]]: { select: ['documentId', 'name'] } },
    });
    if (!row) return null;
    const record = (kind === 'actors' ? toActorRecord : toPlaceRecord)(row);
    await hideUnseenLinksOf(kind, [record], opened);
    return record;
  },
});
