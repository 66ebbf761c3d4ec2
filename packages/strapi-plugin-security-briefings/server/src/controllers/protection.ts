import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { BriefingProtection } from '../../../shared/contracts/briefings';
import { BRIEFING } from '../uids';
import { raisedProtection } from '../document-rules';

/** The published version's marking and what the last draft save raised on it, for the editor. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: any) {
    if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.read', BRIEFING)) {
      throw new errors.ForbiddenError('You may not read briefings.');
    }
    const { documentId } = ctx.params;
    const published = await strapi.documents(BRIEFING).findOne({ documentId, status: 'published', fields: ['marking', 'publishedAt'] } as any);
    const body: BriefingProtection.Response = {
      data: {
        published: published ? { marking: (published as any).marking ?? null } : null,
        raised: published ? await raisedProtection(strapi, documentId) : null,
      },
    };
    ctx.body = body;
  },
});
