import type { Core } from '@strapi/strapi';
import { GetOverview } from '../../../shared/contracts/overview';
import { parseInput } from '../utils/input';
import { getService } from '../utils/services';
import type { RequestContext } from '../utils/context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The overview page's data: one page of the table, and the map and timeline points. */
  async find(ctx: RequestContext) {
    const query = parseInput(GetOverview.query, ctx.query);
    const body: GetOverview.Response = await getService(strapi, 'overview').overview(query);
    ctx.body = body;
  },
});
