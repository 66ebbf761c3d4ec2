import type { ActorRecord, PlaceRecord } from '@security-briefings/entities';
import type { Core } from '@strapi/strapi';
import { ACTOR, PLACE } from '../constants';
import { toActorRecord, toPlaceRecord } from '../utils/records';
import type { Access } from '../utils/access';
import { getService } from '../utils/services';
import { documents } from '../utils/documents';

type Kind = 'actors' | 'places';
const UID = { actors: ACTOR, places: PLACE } as const;
const LINK = { actors: 'affiliation', places: 'parent' } as const;

/** Actors and places, limited to those linked from briefings the reader may see. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async visible(kind: Kind, access: Access) {
    const linked = await getService(strapi, 'briefings').linkedRecords(access);
    return linked[kind] as Set<string>;
  },

  async find(kind: Kind, access: Access, page: number, pageSize: number) {
    const visible = [...(await this.visible(kind, access))];
    const filters = { documentId: { $in: visible } };
    const [rows, total] = await Promise.all([
      documents(strapi, UID[kind]).findMany({
        filters,
        populate: { aliases: true, [LINK[kind]]: { fields: ['documentId', 'name'] } },
        sort: [{ name: 'asc' }],
        start: (page - 1) * pageSize,
        limit: pageSize,
      }),
      documents(strapi, UID[kind]).count({ filters }),
    ]);
    const toRecord = kind === 'actors' ? toActorRecord : toPlaceRecord;
    return {
      data: rows.map((row) => hideUnlinked(toRecord(row), LINK[kind], new Set(visible))),
      meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
    };
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
