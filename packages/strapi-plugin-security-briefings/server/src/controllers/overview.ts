import type { Core } from '@strapi/strapi';
import { GetOverview } from '../../../shared/contracts/overview';
import { parseInput } from '../input';
import { getService } from '../utils/services';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The overview page's data: one page of the table, and the map and timeline points. */
  async find(ctx: any) {
    const query = parseInput(GetOverview.query, ctx.query);
    const body: GetOverview.Response = await getService(strapi, 'overview').overview(query);
    ctx.body = body;
  },
});
