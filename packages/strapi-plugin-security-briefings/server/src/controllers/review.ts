import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { APPROVAL_NEEDED, REVIEW_MOVE_VALUES, lacksApproval, type ReviewMove } from '@security-briefings/entities';
import { MoveReview, type FindReview } from '../../../shared/contracts/review';
import { REVIEW_APPROVE } from '../../../shared/permissions';
import { BRIEFING } from '../constants';
import { actorOfRequest } from '../review/actors';
import type { RequestContext } from '../utils/context';
import { parseInput } from '../utils/input';
import { assertEditorMay } from '../utils/editor-permissions';
import { getService } from '../utils/services';

/**
 * The editor may read this briefing in the Content Manager (and, to move it, update it), its conditions
 * judged on the entry; and whether they may approve.
 */
async function reviewer(ctx: RequestContext, strapi: Core.Strapi, action: 'read' | 'update') {
  await assertEditorMay(strapi, ctx, BRIEFING, action, ctx.params.documentId!);
  return { by: actorOfRequest(strapi), mayApprove: Boolean(ctx.state.userAbility?.can(REVIEW_APPROVE)) };
}

/** The edit view's Review panel: a briefing's stage, who moved it and when, and the moves the editor may make. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: RequestContext) {
    const { by, mayApprove } = await reviewer(ctx, strapi, 'read');
    const body: FindReview.Response = { data: await getService(strapi, 'review').stateOf(ctx.params.documentId!, by, mayApprove) };
    ctx.body = body;
  },

  async move(ctx: RequestContext) {
    const move = ctx.params.move as ReviewMove;
    if (!REVIEW_MOVE_VALUES.includes(move)) throw new errors.NotFoundError(`Review moves are ${REVIEW_MOVE_VALUES.join(', ')}.`);
    const { by, mayApprove } = await reviewer(ctx, strapi, 'update');
    // Refused as a permission (403) before anything is read; the service's rule would refuse it too.
    if (lacksApproval(move, mayApprove)) throw new errors.ForbiddenError(`${APPROVAL_NEEDED} The permission is given in Settings > Roles.`);
    const { note } = parseInput(MoveReview.body, ctx.request.body);
    const review = getService(strapi, 'review');
    await review.move(ctx.params.documentId!, move, by, mayApprove, note);
    const body: MoveReview.Response = { data: await review.stateOf(ctx.params.documentId!, by, mayApprove) };
    ctx.body = body;
  },
});
