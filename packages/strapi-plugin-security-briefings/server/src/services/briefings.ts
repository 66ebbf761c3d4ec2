import type { Core } from '@strapi/strapi';
import { forAudience, type BriefingRecord, type ExportOptions, type WrittenStixObjects } from '@security-briefings/entities';
import { hideUnseenLinks, type LinkedKind, type OpenedRecords } from '../utils/linked-records';
import type { ListBriefings } from '../../../shared/contracts/briefings';
import { toRecord } from '../utils/records';
import { articleModel } from '../utils/config';
import type { DocumentRow } from '../utils/documents';
import type { Access } from '../utils/access';
import { openedRecords, shelvedForArticle, shelvedOne, shelvedPage, shelvedStixStream, shelvedStream } from '../published/reads';

/**
 * Published briefings as a reader may see them. Reads come from the published shelf
 * (published/), where each audience's view is kept ready when briefings and what they link are written.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The markings a reader's lists and reads are limited to: the filter the shelf's views double-check (no public view beyond CLEAR). */
  visibleMarkings(access: Access): readonly string[] {
    return access.markings;
  },

  /** Who reads, as the shelf's reads take it. */
  reader(access: Access) {
    return { audience: access.audience, markings: this.visibleMarkings(access) };
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

  /** A page of the list with each briefing as a JSON text, ready to send (the REST list builds its answer from them). */
  async findViews(access: Access, query: ListBriefings.Query) {
    const { views, total } = await shelvedPage(strapi, this.reader(access), query, (query.page - 1) * query.pageSize, query.pageSize);
    const meta = { pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total } };
    return { views, meta };
  },

  async find(access: Access, query: ListBriefings.Query): Promise<ListBriefings.Response> {
    const { views, meta } = await this.findViews(access, query);
    return { data: views.map((view) => JSON.parse(view) as BriefingRecord), meta };
  },

  /** One briefing as a JSON text, ready to send, or null. */
  findOneView(access: Access, documentId: string): Promise<string | null> {
    return shelvedOne(strapi, this.reader(access), documentId);
  },

  async findOne(access: Access, documentId: string): Promise<BriefingRecord | null> {
    const view = await this.findOneView(access, documentId);
    return view ? (JSON.parse(view) as BriefingRecord) : null;
  },

  /** The latest visible briefing of a host-app article, found by the article's documentId or slug. */
  async findForArticle(access: Access, article: string): Promise<BriefingRecord | null> {
    const view = await shelvedForArticle(strapi, this.reader(access), article);
    return view ? (JSON.parse(view) as BriefingRecord) : null;
  },

  /**
   * Every visible briefing matching the filters, a page at a time, so a bulk export never holds them all.
   * Pages of 100: at 200, each CSV export of 5,000 briefings left the server 50 to 70 MB bigger (a page's
   * parsed records outlived the young generation); at 100 the second and later exports left it as it was.
   */
  async *stream(access: Access, query: Partial<ListBriefings.Query> = {}, pageSize = 100): AsyncGenerator<BriefingRecord> {
    for await (const records of shelvedStream(strapi, this.reader(access), query, pageSize)) yield* records;
  },

  /** The same for a bulk STIX export under these options: a briefing whose objects the shelf keeps ready for this reader comes as those. */
  async *streamStix(access: Access, options: ExportOptions, query: Partial<ListBriefings.Query> = {}, pageSize = 200): AsyncGenerator<BriefingRecord | WrittenStixObjects> {
    for await (const items of shelvedStixStream(strapi, this.reader(access), query, pageSize, options)) yield* items;
  },
});
