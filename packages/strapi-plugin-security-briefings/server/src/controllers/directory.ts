import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { accessFor } from '../utils/access';
import { parseInput } from '../utils/input';
import { setCacheHeaders } from '../utils/cache-headers';
import { populateAll } from '../../../shared/contracts/briefings';
import { getService } from '../utils/services';
import type { RequestContext } from '../utils/context';

const pageQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  populate: populateAll,
});

/** Controllers for actors and places: the same reading rules, different records. */
const directoryController = (kind: 'actors' | 'places', noun: string) => ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: RequestContext) {
    const { page, pageSize } = parseInput(pageQuery, ctx.query);
    const access = accessFor(ctx);
    setCacheHeaders(ctx, access.audience);
    ctx.body = await getService(strapi, 'directory').find(kind, access, page, pageSize);
  },
  async findOne(ctx: RequestContext) {
    const access = accessFor(ctx);
    setCacheHeaders(ctx, access.audience);
    const record = await getService(strapi, 'directory').findOne(kind, access, ctx.params.documentId);
    if (!record) throw new errors.NotFoundError(`No ${noun} with that documentId is linked from a briefing available to you.`);
    ctx.body = { data: record };
  },
});

export const actor = directoryController('actors', 'actor');
export const place = directoryController('places', 'place');
