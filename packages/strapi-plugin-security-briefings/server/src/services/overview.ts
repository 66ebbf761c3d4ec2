import type { Core, UID } from '@strapi/strapi';
import { listingFilters } from '../utils/listing-filters';
import { OVERVIEW_MAX_POINTS, type BriefingStatus, type GetOverview } from '../../../shared/contracts/overview';
import { BRIEFING } from '../constants';
import { documents, type DocumentQuery } from '../utils/documents';
import { PUBLISHED_BRIEFING } from '../published/models';
import { tableOf } from '../utils/tables';

type Row = Record<string, any>;

const PLACE_FIELDS = ['name', 'latitude', 'longitude'];
const POINT_FIELDS = ['documentId', 'title', 'eventType', 'incidentDate', 'countryCode'];
const ROW_FIELDS = [...POINT_FIELDS, 'marking', 'verification', 'updatedAt'];
type Documents = ReturnType<typeof documents>;

/**
 * Dated incidents newest first, then undated ones, newest saved first: the same order on SQLite and
 * PostgreSQL, which put NULL at opposite ends of a descending sort (and the document service cannot
 * say NULLS LAST). A page may span both parts.
 */
async function newestIncidentsFirst(briefings: Documents, query: DocumentQuery): Promise<Row[]> {
  const dated = { $and: [query.filters ?? {}, { incidentDate: { $notNull: true } }] };
  const undated = { $and: [query.filters ?? {}, { incidentDate: { $null: true } }] };
  const start = query.start ?? 0;
  const limit = query.limit ?? Number.MAX_SAFE_INTEGER;
  const datedCount = await briefings.count({ status: query.status, filters: dated });
  const rows: Row[] = [];
  if (start < datedCount) {
    const sort: DocumentQuery['sort'] = [{ incidentDate: 'desc' }, { id: 'desc' }];
    rows.push(...(await briefings.findMany({ ...query, filters: dated, sort, start, limit: Math.min(limit, datedCount - start) })));
  }
  if (rows.length < limit) {
    const rest = { start: Math.max(0, start - datedCount), limit: limit - rows.length };
    rows.push(...(await briefings.findMany({ ...query, filters: undated, sort: [{ id: 'desc' }], ...rest })));
  }
  return rows;
}

const toNumber = (value: unknown): number | null => (value == null || value === '' ? null : Number(value));

function toPlace(place: Row | null | undefined): GetOverview.Place | null {
  if (!place) return null;
  // SQLite and PostgreSQL return decimals as strings.
  return { name: place.name, latitude: toNumber(place.latitude), longitude: toNumber(place.longitude) };
}

const newer = (a: unknown, b: unknown) => new Date(a as string).getTime() > new Date(b as string).getTime();

/**
 * The overview reads draft versions (what editors last saved) with every marking, since only
 * admins reach it; a document's status compares its draft with its published version, as the
 * Content Manager does.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** updatedAt of the published versions of these documents, by documentId (from the published shelf). */
  async publishedVersions(documentIds: string[]): Promise<Map<string, string>> {
    const rows = (await strapi.db.query(PUBLISHED_BRIEFING as UID.Schema).findMany({
      where: { briefingDocumentId: { $in: documentIds } },
      select: ['briefingDocumentId', 'updatedAt'],
    })) as Row[];
    return new Map(rows.map((row) => [row.briefingDocumentId, row.updatedAt]));
  },

  /**
   * A filter that keeps the documents in the given status, as one SQL subquery: never published
   * (not on the shelf), or a draft saved after (modified) or not after (published) its published version.
   */
  statusFilter(status: BriefingStatus) {
    const knex = strapi.db.connection;
    const shelf = tableOf(strapi, PUBLISHED_BRIEFING);
    const briefings = tableOf(strapi, BRIEFING);
    if (status === 'draft') return { documentId: { $notIn: knex(shelf.name).select(shelf.column('briefingDocumentId')) } };
    const drafts = knex({ d: briefings.name })
      .join({ s: shelf.name }, `s.${shelf.column('briefingDocumentId')}`, `d.${briefings.column('documentId')}`)
      .whereNull(`d.${briefings.column('publishedAt')}`)
      .where(`d.${briefings.column('updatedAt')}`, status === 'modified' ? '>' : '<=', knex.ref(`s.${shelf.column('updatedAt')}`))
      .select(`d.${briefings.column('documentId')}`);
    return { documentId: { $in: drafts } };
  },

  /**
   * Countries of the drafts the overview may show, for the filter's choices (a country only another
   * editor's briefings have is not offered). The query engine turns `shown` into SQL; the distinct
   * countries are picked from its rows.
   */
  async countries(shown: Record<string, unknown>[]): Promise<string[]> {
    const column = tableOf(strapi, BRIEFING).column('countryCode');
    const drafts = strapi.db
      .queryBuilder(BRIEFING)
      .select(['countryCode'])
      .where({ $and: [{ publishedAt: null }, { countryCode: { $notNull: true } }, ...shown] })
      .getKnexQuery();
    const rows = await strapi.db.connection.from(drafts.as('drafts')).distinct({ countryCode: `drafts.${column}` });
    return (rows as Row[]).map((row) => row.countryCode as string).sort();
  },

  /**
   * The page, the map's points and the countries. `readable` is the filter of the briefings the editor
   * may read (their Content Manager conditions), or 'none' when they may read none.
   */
  async overview(query: GetOverview.Query, readable: Record<string, unknown> | 'none' = {}): Promise<GetOverview.Response> {
    const briefings = documents(strapi, BRIEFING);
    // What the overview may show at all: not a merged duplicate (a pointer to the briefing kept: the
    // incident is shown once), and only briefings the editor may read. The filters narrow that.
    const shown = [{ mergedInto: { $null: true } }, readable === 'none' ? { id: { $null: true } } : readable];
    const and: Record<string, unknown>[] = [...listingFilters(query), ...shown];
    if (query.status) and.push(this.statusFilter(query.status));
    const filters = { $and: and };

    const [rows, total, points, countries] = await Promise.all([
      newestIncidentsFirst(briefings, {
        status: 'draft',
        filters,
        fields: ROW_FIELDS,
        populate: {
          incident: {
            fields: ['subEventType', 'datePrecision', 'fatalitiesMin', 'fatalitiesMax'],
            populate: { place: { fields: PLACE_FIELDS } },
          },
        },
        start: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      }),
      briefings.count({ status: 'draft', filters }),
      newestIncidentsFirst(briefings, {
        status: 'draft',
        filters,
        fields: POINT_FIELDS,
        populate: { incident: { fields: [], populate: { place: { fields: PLACE_FIELDS } } } },
        limit: OVERVIEW_MAX_POINTS,
      }),
      this.countries(shown),
    ]);

    const published = await this.publishedVersions(rows.map((row) => row.documentId));
    const statusOf = (row: Row): BriefingStatus => {
      const publishedAt = published.get(row.documentId);
      if (!publishedAt) return 'draft';
      return newer(row.updatedAt, publishedAt) ? 'modified' : 'published';
    };

    return {
      data: rows.map((row) => ({
        documentId: row.documentId,
        title: row.title,
        status: statusOf(row),
        marking: row.marking ?? null,
        verification: row.verification ?? null,
        eventType: row.eventType ?? null,
        subEventType: row.incident?.subEventType ?? null,
        incidentDate: row.incidentDate ?? null,
        datePrecision: row.incident?.datePrecision ?? null,
        countryCode: row.countryCode ?? null,
        place: toPlace(row.incident?.place),
        fatalities: { min: row.incident?.fatalitiesMin ?? null, max: row.incident?.fatalitiesMax ?? null },
        updatedAt: new Date(row.updatedAt).toISOString(),
      })),
      points: points.map((row) => ({
        documentId: row.documentId,
        title: row.title,
        eventType: row.eventType ?? null,
        incidentDate: row.incidentDate ?? null,
        countryCode: row.countryCode ?? null,
        place: toPlace(row.incident?.place),
      })),
      meta: {
        pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total },
        points: { returned: points.length, total, truncated: total > points.length },
        countries,
      },
    };
  },
});
