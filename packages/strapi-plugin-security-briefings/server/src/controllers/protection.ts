import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { BriefingProtection } from '../../../shared/contracts/briefings';
import { BRIEFING } from '../constants';
import { raisedProtection } from '../middlewares/document-rules';
import type { RequestContext } from '../utils/context';
import { documents } from '../utils/documents';

/** The published version's marking and what the last draft save raised on it, for the editor. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: RequestContext) {
    if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.read', BRIEFING)) {
      throw new errors.ForbiddenError('You may not read briefings.');
    }
    const { documentId } = ctx.params;
    const published = await documents(strapi, BRIEFING).findOne({ documentId, status: 'published', fields: ['marking', 'publishedAt'] });
    const body: BriefingProtection.Response = {
      data: {
        published: published ? { marking: published.marking ?? null } : null,
        raised: published ? await raisedProtection(strapi, documentId) : null,
      },
    };
    ctx.body = body;
  },
});
