import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CreateDraft } from '../../../shared/contracts/draft';

/** A body is checked like a query: an unknown or malformed field is a 400 that names it. */
function parseBody(body: unknown): CreateDraft.Body {
  const parsed = CreateDraft.body.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.flatMap((issue) => {
    // A union reports each branch: keep the branch closest to what was sent.
    const nested = issue.code === 'invalid_union' ? pickBranch(issue.errors, body) : [issue];
    return nested.flatMap((inner) =>
      inner.code === 'unrecognized_keys'
        ? (inner.keys ?? []).map((key) => ({ path: [key], message: `“${key}” is not a field of this endpoint.`, name: 'ValidationError' }))
        : [{ path: inner.path.map(String), message: inner.message, name: 'ValidationError' }],
    );
  });
  const message = details.length ? details.map((d) => `${d.path.join('.') || 'body'}: ${d.message}`).join(' ') : 'Send { text, publishedAt } or { articleDocumentId }.';
  throw new errors.ValidationError(message, { errors: details });
}

type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[] } & Record<string, any>;
function pickBranch(branches: Issue[][], body: unknown): Issue[] {
  const wantsArticle = Boolean(body && typeof body === 'object' && 'articleDocumentId' in body);
  return branches[wantsArticle ? 1 : 0] ?? [];
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /security-briefings/draft: suggestions for a briefing from an article's text. */
  async create(ctx: any) {
    const body = parseBody(ctx.request.body);
    const service = strapi.plugin('security-briefings').service('draft');
    const data: CreateDraft.Draft = 'articleDocumentId' in body ? await service.fromArticle(body.articleDocumentId) : await service.fromText(body.text, body.publishedAt);
    const response: CreateDraft.Response = { data };
    ctx.body = response;
  },
});
