import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MergeBriefings, type MergeState } from '../../../shared/contracts/merge';
import { BRIEFING } from '../constants';
import type { RequestContext } from '../utils/context';
import { documents } from '../utils/documents';
import { CREATOR, assertEditorMay, editorPermissions, entriesEditorMay } from '../utils/editor-permissions';
import { parseInput } from '../utils/input';
import { getService } from '../utils/services';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /security-briefings/merge/:documentId: the briefing's merges, and what it could be merged into. */
  async state(ctx: RequestContext) {
    const { documentId } = ctx.params;
    await assertEditorMay(strapi, ctx, BRIEFING, 'read', documentId);
    const state = await getService(strapi, 'merge').stateOf(documentId);
    // Only briefings the editor may change: a merge writes both.
    const changeable = await entriesEditorMay(strapi, ctx, BRIEFING, 'update', state.suggestions.map((suggestion) => suggestion.documentId));
    const response: MergeState.Response = { data: { ...state, suggestions: state.suggestions.filter((suggestion) => changeable.has(suggestion.documentId)) } };
    ctx.body = response;
  },

  /** POST /security-briefings/merge: merges the duplicate into the briefing kept. */
  async merge(ctx: RequestContext) {
    const body = parseInput(MergeBriefings.body, ctx.request.body);
    await assertEditorMay(strapi, ctx, BRIEFING, 'update', body.intoDocumentId);
    await assertEditorMay(strapi, ctx, BRIEFING, 'update', body.duplicateDocumentId);
    // A published duplicate is unpublished by the merge: that takes the right to publish it.
    const published = await documents(strapi, BRIEFING).findOne({ documentId: body.duplicateDocumentId, status: 'published', fields: ['documentId'], populate: { createdBy: CREATOR } });
    if (published && editorPermissions(strapi, ctx, BRIEFING).cannot.unpublish(published)) {
      throw new errors.ForbiddenError('The duplicate is published and you may not unpublish it: ask an editor who may publish briefings to merge it.');
    }
    const response: MergeBriefings.Response = { data: await getService(strapi, 'merge').merge(body) };
    ctx.body = response;
  },
});
