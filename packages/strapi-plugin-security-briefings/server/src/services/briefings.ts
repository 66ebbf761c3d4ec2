import type { Core } from '@strapi/strapi';
import { forAudience, type BriefingRecord } from '@security-briefings/entities';
import { hideUnseenLinks, type LinkedKind, type OpenedRecords } from '../utils/linked-records';
import type { ListBriefings } from '../../../shared/contracts/briefings';
import { toRecord } from '../utils/records';
import { articleModel } from '../utils/config';
import type { DocumentRow } from '../utils/documents';
import type { Access } from '../utils/access';
import { openedRecords, shelvedForArticle, shelvedOne, shelvedPage, shelvedStream } from '../published/reads';

/**
 * Published briefings as a reader may see them. Reads come from the published shelf
 * (published/), kept ready when briefings and what they link are written.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The markings a reader's lists and reads are limited to: the filter the audience's cut (forAudience) double-checks. */
  visibleMarkings(access: Access): readonly string[] {
    return access.markings;
  },

  /** Which of these actors or places a briefing this reader may see links. */
  opened(access: Access): OpenedRecords {
    return (kind: LinkedKind, documentIds: string[]) => openedRecords(strapi, kind, access.markings, documentIds);
  },

  /** Records as this reader may see them: their audience's view, and no affiliation or parent they could not open. */
  cut(records: BriefingRecord[], access: Access): Promise<BriefingRecord[]> {
    return hideUnseenLinks(records.map((record) => forAudience(record, access.audience)), this.opened(access));
  },

  /** Document rows (the admin's export) as this reader would see them. */
  present(rows: DocumentRow[], access: Access): Promise<BriefingRecord[]> {
    return this.cut(rows.map((row) => toRecord(row, articleModel(strapi))), access);
  },

  async find(access: Access, query: ListBriefings.Query): Promise<ListBriefings.Response> {
    const { records, total } = await shelvedPage(strapi, this.visibleMarkings(access), query, (query.page - 1) * query.pageSize, query.pageSize);
    return {
      data: await this.cut(records, access),
      meta: {
        pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total },
      },
    };
  },

  async findOne(access: Access, documentId: string): Promise<BriefingRecord | null> {
    const record = await shelvedOne(strapi, this.visibleMarkings(access), documentId);
    return record ? (await this.cut([record], access))[0]! : null;
  },

  /** The latest visible briefing of a host-app article, found by the article's documentId or slug. */
  async findForArticle(access: Access, article: string): Promise<BriefingRecord | null> {
    const record = await shelvedForArticle(strapi, this.visibleMarkings(access), article);
    return record ? (await this.cut([record], access))[0]! : null;
  },

  /** Every visible briefing matching the filters, a page at a time, so a bulk export never holds them all. */
  async *stream(access: Access, query: Partial<ListBriefings.Query> = {}, pageSize = 200): AsyncGenerator<BriefingRecord> {
    for await (const records of shelvedStream(strapi, this.visibleMarkings(access), query, pageSize)) yield* await this.cut(records, access);
  },
});
