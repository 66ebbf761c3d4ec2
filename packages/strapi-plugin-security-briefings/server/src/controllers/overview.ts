import type { Core } from '@strapi/strapi';
import { GetOverview } from '../../../shared/contracts/overview';
import { parseInput } from '../utils/input';
import { getService } from '../utils/services';
import type { RequestContext } from '../utils/context';
import { BRIEFING } from '../constants';
import { editorPermissions } from '../utils/editor-permissions';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The overview page's data: one page of the table, and the map and timeline points. */
  async find(ctx: RequestContext) {
    const query = parseInput(GetOverview.query, ctx.query);
    // Only the briefings the editor may read in the Content Manager, its conditions ("is creator") included.
    const permissions = editorPermissions(strapi, ctx, BRIEFING);
    const readable = permissions.cannot.read() ? null : ((await permissions.sanitizedQuery.read({})) as { filters?: Record<string, unknown> }).filters;
    const body: GetOverview.Response = await getService(strapi, 'overview').overview(query, readable === null ? 'none' : (readable ?? {}));
    ctx.body = body;
  },
});
