import type { Core } from '@strapi/strapi';
import { parseInput } from '../utils/input';
import { FindCandidates } from '../../../shared/contracts/candidates';
import { getService } from '../utils/services';
import type { RequestContext } from '../utils/context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /security-briefings/candidates: briefings that may already report an article's incident. */
  async find(ctx: RequestContext) {
    const body = parseInput(FindCandidates.body, ctx.request.body);
    const data = await getService(strapi, 'candidates').forArticle(body.articleDocumentId, { exclude: body.briefingDocumentId });
    const response: FindCandidates.Response = { data };
    ctx.body = response;
  },
});
