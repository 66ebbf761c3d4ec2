import type { ActorRecord, PlaceRecord } from '@security-briefings/entities';
import type { Core } from '@strapi/strapi';
import { ACTOR, PLACE } from '../constants';
import { toActorRecord, toPlaceRecord } from '../utils/records';
import type { Access } from '../utils/access';
import { getService } from '../utils/services';
import { documents } from '../utils/documents';
import { linkedRowIds } from '../utils/linked-records';

type Kind = 'actors' | 'places';
const UID = { actors: ACTOR, places: PLACE } as const;
const LINK = { actors: 'affiliation', places: 'parent' } as const;

/** Actors and places, limited to those linked from briefings the reader may see. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(kind: Kind, access: Access, page: number, pageSize: number) {
    // The page is picked in SQL among the linked records; only its rows are then read, populated.
    const model = strapi.db.metadata.get(UID[kind]);
    const column = (name: string) => (model.attributes[name] as { columnName?: string }).columnName ?? name;
    const linked = strapi.db.connection(model.tableName).whereIn('id', linkedRowIds(strapi, kind, access.markings));
    const [counted, picked] = await Promise.all([
      linked.clone().count({ total: '*' }),
      linked
        .clone()
        .select({ documentId: column('documentId') })
        .orderBy([{ column: column('name') }, { column: 'id' }])
        .offset((page - 1) * pageSize)
        .limit(pageSize),
    ]);
    const total = Number((counted[0] as { total: number | string }).total);
    const ids = (picked as { documentId: string }[]).map((row) => row.documentId);
    const rows = ids.length
      ? await documents(strapi, UID[kind]).findMany({
          filters: { documentId: { $in: ids } },
          populate: { aliases: true, [LINK[kind]]: { fields: ['documentId', 'name'] } },
          sort: [{ name: 'asc' }, { id: 'asc' }],
        })
      : [];
    const toRecord = kind === 'actors' ? toActorRecord : toPlaceRecord;
    const records = rows.map((row) => toRecord(row));
    const visible = await this.visibleLinks(kind, access, records);
    return {
      data: records.map((record) => hideUnlinked(record, LINK[kind], visible)),
      meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
    };
  },

  /** Which of these records' affiliations or parents the reader may see: those on the page, and any linked elsewhere. */
  async visibleLinks(kind: Kind, access: Access, records: (ActorRecord | PlaceRecord)[]) {
    const visible = new Set(records.map((record) => record.documentId));
    const briefings = getService(strapi, 'briefings');
    for (const target of new Set(records.map((record) => linkOf(record, LINK[kind])?.documentId).filter(Boolean) as string[])) {
      if (!visible.has(target) && (await briefings.isLinked(access, kind, target))) visible.add(target);
    }
    return visible;
  },

  async findOne(kind: Kind, access: Access, documentId: string) {
    const briefings = getService(strapi, 'briefings');
    if (!(await briefings.isLinked(access, kind, documentId))) return null;
    const row = await documents(strapi, UID[kind]).findOne({
      documentId,
      populate: { aliases: true, [LINK[kind]]: { fields: ['documentId', 'name'] } },
    });
    if (!row) return null;
    const toRecord = kind === 'actors' ? toActorRecord : toPlaceRecord;
    const record = toRecord(row);
    const target = linkOf(record, LINK[kind]);
    const visible = new Set<string>(target && (await briefings.isLinked(access, kind, target.documentId)) ? [target.documentId] : []);
    return hideUnlinked(record, LINK[kind], visible);
  },
});

/** An affiliation or parent the reader may not see is left out rather than leaked by name. */
type Linked = ActorRecord | PlaceRecord;
type Link = ActorRecord['affiliation'] | PlaceRecord['parent'];
const linkOf = (record: Linked, link: 'affiliation' | 'parent'): Link => (record as { affiliation?: Link; parent?: Link })[link];

function hideUnlinked<T extends Linked>(record: T, link: 'affiliation' | 'parent', visible: Set<string>): T {
  const target = linkOf(record, link);
  if (target && !visible.has(target.documentId)) return { ...record, [link]: null };
  return record;
}
