import type { Core } from '@strapi/strapi';
import { parseInput } from '../utils/input';
import { FindCandidates, LinkArticle } from '../../../shared/contracts/candidates';
import { getService } from '../utils/services';
import type { RequestContext } from '../utils/context';
import { assertEditorMay, entriesEditorMay } from '../utils/editor-permissions';
import { BRIEFING } from '../constants';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /security-briefings/candidates: briefings that may already report an article's incident. */
  async find(ctx: RequestContext) {
    const body = parseInput(FindCandidates.body, ctx.request.body);
    const found = await getService(strapi, 'candidates').forArticle(body.articleDocumentId, { exclude: body.briefingDocumentId });
    // Only briefings the editor may read in the Content Manager (its conditions judged on each entry).
    const readable = await entriesEditorMay(strapi, ctx, BRIEFING, 'read', found.map((candidate) => candidate.documentId));
    const response: FindCandidates.Response = { data: found.filter((candidate) => readable.has(candidate.documentId)) };
    ctx.body = response;
  },

  /** POST /security-briefings/candidates/link: adds the article to a briefing of its incident, and offers what it adds. */
  async link(ctx: RequestContext) {
    const body = parseInput(LinkArticle.body, ctx.request.body);
    await assertEditorMay(strapi, ctx, BRIEFING, 'update', body.briefingDocumentId);
    const data = await getService(strapi, 'candidates').linkArticle(body.articleDocumentId, body.briefingDocumentId);
    const response: LinkArticle.Response = { data };
    ctx.body = response;
  },
});
