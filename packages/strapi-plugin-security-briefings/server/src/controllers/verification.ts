import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { VerificationOptions } from '@security-briefings/entities';
import type { GetVerificationRule } from '../../../shared/contracts/verification';
import { BRIEFING } from '../constants';
import type { RequestContext } from '../utils/context';
import { getConfig } from '../utils/config';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async rule(ctx: RequestContext) {
    if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.read', BRIEFING)) {
      throw new errors.ForbiddenError('You may not read briefings.');
    }
    const body: GetVerificationRule.Response = { data: getConfig(strapi).verification as VerificationOptions };
    ctx.body = body;
  },
});
