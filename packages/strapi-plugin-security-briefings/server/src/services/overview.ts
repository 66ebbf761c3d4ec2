import type { Core } from '@strapi/strapi';
import { listingFilters } from '../utils/listing-filters';
import { OVERVIEW_MAX_POINTS, type BriefingStatus, type GetOverview } from '../../../shared/contracts/overview';
import { BRIEFING } from '../constants';
import { documents, type DocumentQuery } from '../utils/documents';

type Row = Record<string, any>;

const PLACE_FIELDS = ['name', 'latitude', 'longitude'];
const POINT_FIELDS = ['documentId', 'title', 'eventType', 'incidentDate', 'countryCode'];
const ROW_FIELDS = [...POINT_FIELDS, 'marking', 'updatedAt'];
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
  /** updatedAt of each published version, by documentId: a few thousand short rows at most. */
  async publishedVersions(): Promise<Map<string, string>> {
    const rows = (await documents(strapi, BRIEFING).findMany({ status: 'published', fields: ['documentId', 'updatedAt'] })) as Row[];
    return new Map(rows.map((row) => [row.documentId, row.updatedAt]));
  },

  /** A filter that keeps the documents in the given status. */
  async statusFilter(status: BriefingStatus, published: Map<string, string>, listing: Record<string, unknown>[]) {
    if (status === 'draft') return { documentId: { $notIn: [...published.keys()] } };
    const drafts = (await documents(strapi, BRIEFING).findMany({
      status: 'draft',
      filters: { $and: [...listing, { documentId: { $in: [...published.keys()] } }] },
      fields: ['documentId', 'updatedAt'],
    })) as Row[];
    const ids = drafts
      .filter((draft) => newer(draft.updatedAt, published.get(draft.documentId)) === (status === 'modified'))
      .map((draft) => draft.documentId);
    return { documentId: { $in: ids } };
  },

  async overview(query: GetOverview.Query): Promise<GetOverview.Response> {
    const briefings = documents(strapi, BRIEFING);
    const published = await this.publishedVersions();
    // Status is resolved separately, from the draft and published versions.
    const and = listingFilters(query);
    if (query.status) and.push(await this.statusFilter(query.status, published, and));
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
      briefings.findMany({ status: 'draft', fields: ['countryCode'] }) as Promise<Row[]>,
    ]);

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
        countries: [...new Set(countries.map((row) => row.countryCode).filter(Boolean) as string[])].sort(),
      },
    };
  },
});
