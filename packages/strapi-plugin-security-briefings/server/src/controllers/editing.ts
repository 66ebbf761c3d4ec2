import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { EditingHeartbeat } from '../../../shared/contracts/editing';
import { EDITED_TYPES, editorOf } from '../services/editing';
import type { RequestContext } from '../utils/context';
import { parseInput } from '../utils/input';
import { getService } from '../utils/services';

type AdminRequest = RequestContext & { state: { user?: { id: number; firstname?: string; lastname?: string; username?: string; email?: string } } };

/** The editor making the request, who must be able to open the record in the Content Manager. */
function editorAllowed(ctx: AdminRequest) {
  const { uid } = ctx.params;
  if (!EDITED_TYPES.includes(uid)) throw new errors.NotFoundError('Only briefings, actors and places report who has them open.');
  if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.read', uid)) throw new errors.ForbiddenError('You may not read these records.');
  const editor = editorOf(ctx.state.user);
  if (!editor) throw new errors.UnauthorizedError('Log in to the admin.');
  return editor;
}

/** Who has a record open in the admin, reported by each open edit view every 20 seconds. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async heartbeat(ctx: AdminRequest) {
    const editor = editorAllowed(ctx);
    const { loadedAt } = parseInput(EditingHeartbeat.body, ctx.request.body);
    const { documentId } = ctx.params;
    const editing = getService(strapi, 'editing');
    await editing.heartbeat(documentId, editor, loadedAt);
    const body: EditingHeartbeat.Response = {
      data: {
        others: await editing.othersEditing(documentId, editor.id),
        savedSince: await editing.savesSince(documentId, new Date(loadedAt).getTime()),
      },
    };
    ctx.body = body;
  },

  async close(ctx: AdminRequest) {
    const editor = editorAllowed(ctx);
    await getService(strapi, 'editing').close(ctx.params.documentId, editor.id);
    ctx.status = 204;
  },
});
