import type { Core } from '@strapi/strapi';
import { parseInput } from '../utils/input';
import { CreateDraft } from '../../../shared/contracts/draft';
import { getService } from '../utils/services';
import type { RequestContext } from '../utils/context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /security-briefings/draft: suggestions for a briefing from an article's text. */
  async create(ctx: RequestContext) {
    const body = parseInput(CreateDraft.body, ctx.request.body);
    const service = getService(strapi, 'draft');
    const data: CreateDraft.Draft = 'articleDocumentId' in body ? await service.fromArticle(body.articleDocumentId) : await service.fromText(body.text, body.publishedAt);
    const response: CreateDraft.Response = { data };
    ctx.body = response;
  },
});
