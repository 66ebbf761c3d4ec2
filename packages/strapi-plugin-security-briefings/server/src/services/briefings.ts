import type { Core } from '@strapi/strapi';
import { forAudience, type BriefingRecord } from '@security-briefings/entities';
import { hideUnseenLinks, isLinked, type LinkedKind } from '../utils/linked-records';
import type { ListBriefings } from '../../../shared/contracts/briefings';
import { BRIEFING } from '../constants';
import { briefingPopulate } from '../utils/populate';
import { toRecord } from '../utils/records';
import { articleModel } from '../utils/config';
import { documents, type DocumentRow, type Filters } from '../utils/documents';
import type { Access } from '../utils/access';
import { listingFilters } from '../utils/listing-filters';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Rows as this reader may see them: their audience's view, and no affiliation or parent they could not open. */
  async present(rows: DocumentRow[], access: Access): Promise<BriefingRecord[]> {
    const records = rows.map((row) => forAudience(toRecord(row, articleModel(strapi)), access.audience));
    return hideUnseenLinks(records, (kind, documentId) => this.isLinked(access, kind, documentId));
  },

  /** Whether a published briefing this reader may see links the actor or place. */
  isLinked(access: Access, kind: LinkedKind, documentId: string): Promise<boolean> {
    return isLinked(strapi, kind, access.markings, documentId);
  },

  /** Document-service filters that keep a reader to what their access allows, whatever else they ask. */
  visibleFilters(access: Access, query: Partial<ListBriefings.Query> = {}): Filters {
    const and: Filters[] = [{ marking: { $in: [...access.markings] } }, ...listingFilters(query)];
    if (query.actor) {
      and.push({
        $or: [
          { actorRoles: { actor: { documentId: { $eq: query.actor } } } },
          { actorRoles: { actor: { name: { $eqi: query.actor } } } },
        ],
      });
    }
    return { $and: and };
  },

  async find(access: Access, query: ListBriefings.Query): Promise<ListBriefings.Response> {
    const filters = this.visibleFilters(access, query);
    const briefings = documents(strapi, BRIEFING);
    const [rows, total] = await Promise.all([
      briefings.findMany({
        status: 'published',
        filters,
        populate: briefingPopulate(strapi),
        sort: [{ incidentDate: 'desc' }, { id: 'desc' }],
        start: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      }),
      briefings.count({ status: 'published', filters }),
    ]);
    return {
      data: await this.present(rows, access),
      meta: {
        pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total },
      },
    };
  },

  async findOne(access: Access, documentId: string): Promise<BriefingRecord | null> {
    const row = await documents(strapi, BRIEFING).findFirst({
      status: 'published',
      filters: { $and: [{ documentId: { $eq: documentId } }, this.visibleFilters(access)] },
      populate: briefingPopulate(strapi),
    });
    return row ? (await this.present([row], access))[0]! : null;
  },

  /** The latest visible briefing of a host-app article, found by the article's documentId or slug. */
  async findForArticle(access: Access, article: string): Promise<BriefingRecord | null> {
    if (!('sourceArticle' in strapi.contentType(BRIEFING).attributes)) return null;
    // By documentId, or by the slug field the app named (when its article type has one).
    const slugField = articleModel(strapi)?.fields.slug;
    const bySlug = slugField ? [{ [slugField]: { $eq: article } }] : [];
    const row = await documents(strapi, BRIEFING).findFirst({
      status: 'published',
      filters: { $and: [this.visibleFilters(access), { sourceArticle: { $or: [{ documentId: { $eq: article } }, ...bySlug] } }] },
      populate: briefingPopulate(strapi),
      sort: [{ updatedAt: 'desc' }],
    });
    return row ? (await this.present([row], access))[0]! : null;
  },

  /** Every visible briefing matching the filters, a page at a time, so a bulk export never holds them all. */
  async *stream(access: Access, query: Partial<ListBriefings.Query> = {}, pageSize = 100): AsyncGenerator<BriefingRecord> {
    const filters = this.visibleFilters(access, query);
    for (let start = 0; ; start += pageSize) {
      const rows = (await documents(strapi, BRIEFING).findMany({
        status: 'published',
        filters,
        populate: briefingPopulate(strapi),
        sort: [{ id: 'asc' }],
        start,
        limit: pageSize,
      }));
      yield* await this.present(rows, access);
      if (rows.length < pageSize) return;
    }
  },
});
