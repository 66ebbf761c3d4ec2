import type { Core } from '@strapi/strapi';
import { CHANGED_AFTER_APPROVAL, reviewPublishProblems } from '@security-briefings/entities';
import { BRIEFING } from '../constants';
import { changedFields, wholeRecord } from '../middlewares/edit-conflicts';
import { updateQuietly } from '../middlewares/document-rules';
import { getConfig } from '../utils/config';
import { refuse } from '../utils/input';
import { getService } from '../utils/services';
import { actorOfRequest } from './actors';
import { isReviewMove } from './service';

type Data = Record<string, unknown>;

/** The briefings a change sent back to review during the current request (kept on the request's state). */
function sentBackInThisRequest(strapi: Core.Strapi): Set<string> {
  const state = (strapi.requestContext.get() as { state?: Record<string, unknown> } | undefined)?.state ?? {};
  state.briefingsSentBackToReview ??= new Set<string>();
  return state.briefingsSentBackToReview as Set<string>;
}

/**
 * Four-eyes publishing (the plugin's review.fourEyes option), on every door: the document service
 * is what the Content Manager (publish, bulk publish, save and publish), the plugin's routes and any
 * future REST or GraphQL write go through. Under it, for a write made through a request (an admin
 * user, an API token, a Users & Permissions user):
 * - a publish needs the draft approved (entities reviewPublishProblems, refused on reviewStage);
 * - the stage moves only through the review panel's moves: a reviewStage sent with a save is ignored
 *   (a Content Manager form sends back the stage it loaded), a new or cloned briefing starts drafting;
 * - a change to an approved briefing's content sends it back to review, and its author becomes the
 *   last editor, who may not approve it.
 * Server code without a request (the seed, migrations, scripts) is trusted and passes unchecked.
 */
export function registerFourEyes(strapi: Core.Strapi) {
  const review = () => getService(strapi, 'review');

  strapi.documents.use(async (context, next) => {
    if (context.uid !== BRIEFING) return next();
    const { action } = context;
    const params = context.params as { documentId?: string; status?: string; data?: Data };

    if (action === 'delete') {
      const result = await next();
      if (params.documentId && !(await strapi.db.query(BRIEFING).findOne({ where: { documentId: params.documentId }, select: ['id'] }))) {
        await review().forget(params.documentId);
      }
      return result;
    }

    if (!getConfig(strapi).review.fourEyes || isReviewMove()) return next();
    const by = actorOfRequest(strapi);
    if (by.kind === 'system') return next();

    if (action === 'publish') {
      // The Content Manager saves the form before it publishes, in one transaction: a change there is refused as such.
      if (params.documentId && sentBackInThisRequest(strapi).has(params.documentId)) refuse([CHANGED_AFTER_APPROVAL]);
      const problems = reviewPublishProblems(params.documentId ? await review().stageOf(params.documentId) : null, true);
      if (problems.length > 0) refuse(problems);
      return next();
    }

    if (action === 'create' || action === 'clone') {
      // A new briefing, or a copy of an approved one, starts its review from the beginning.
      params.data = { ...params.data, reviewStage: 'drafting' };
      if (params.status === 'published') refuse(reviewPublishProblems('drafting', true));
      const result = await next();
      const created = result as { documentId?: string } | null;
      if (created?.documentId) await review().recordEdit(created.documentId, by);
      return result;
    }

    if (action !== 'update' || !params.documentId) return next();
    const documentId = params.documentId;
    if (params.data) delete params.data.reviewStage;

    return strapi.db.transaction(async () => {
      const readDraft = async () =>
        (await strapi.db.query(BRIEFING).findOne({ where: { documentId, publishedAt: null }, populate: wholeRecord(strapi, BRIEFING) })) as Data | null;
      const before = await readDraft();
      const result = await next();
      const after = await readDraft();
      const changed = before && after ? changedFields(before, after).filter((field) => field !== 'reviewStage') : [];

      if (changed.length > 0) {
        await review().recordEdit(documentId, by);
        if (before?.reviewStage === 'approved') {
          await updateQuietly(strapi, BRIEFING, after!.id as number, { reviewStage: 'in-review' });
          await review().recordBackToReview(documentId, by);
          sentBackInThisRequest(strapi).add(documentId);
          // The editor's form gets the stage the change moved it to.
          if (result) (result as Data).reviewStage = 'in-review';
        }
      }
      if (params.status === 'published') {
        if (changed.length > 0 && before?.reviewStage === 'approved') refuse([CHANGED_AFTER_APPROVAL]);
        const problems = reviewPublishProblems(await review().stageOf(documentId), true);
        if (problems.length > 0) refuse(problems);
      }
      return result;
    });
  });
}
