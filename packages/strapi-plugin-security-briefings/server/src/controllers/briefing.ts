import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ListBriefings } from '../../../shared/contracts/briefings';
import { accessFor } from '../services/audience';
import { parseQuery } from './query';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const query = parseQuery(ListBriefings.query, ctx.query);
    ctx.body = await strapi.plugin('security-briefings').service('briefings').find(accessFor(ctx), query);
  },

  async findOne(ctx: any) {
    const briefing = await strapi.plugin('security-briefings').service('briefings').findOne(accessFor(ctx), ctx.params.documentId);
    if (!briefing) throw new errors.NotFoundError('No published briefing with that documentId is available to you.');
    ctx.body = { data: briefing };
  },
});
