import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { exportBriefing, isPartnerMarking, TLP_MARKINGS } from '@security-briefings/entities';
import { AdminExport } from '../../../shared/contracts/briefings';
import { BRIEFING } from '../constants';
import { briefingPopulate } from '../utils/populate';
import { parseInput, refuse } from '../utils/input';
import { exportOptions, sendExport } from '../utils/export-options';
import { PARTNER_ACCESS } from '../utils/access';
import { getService } from '../utils/services';
import type { RequestContext } from '../utils/context';
import { documents } from '../utils/documents';
import { CREATOR, editorPermissions } from '../utils/editor-permissions';

/**
 * An editor downloads what partners would get: the partner view, for markings up to AMBER.
 * AMBER+STRICT and RED never leave the admin, not even as a download. The editor's Content Manager
 * permissions on briefings decide which briefings and which of their fields they may download.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async exportOne(ctx: RequestContext) {
    const { format, status } = parseInput(AdminExport.query, ctx.query);
    const permissions = editorPermissions(strapi, ctx, BRIEFING);
    if (permissions.cannot.read()) throw new errors.ForbiddenError('You may not read briefings.');

    const row = await documents(strapi, BRIEFING).findOne({
      documentId: ctx.params.documentId,
      status,
      populate: { ...briefingPopulate(strapi), createdBy: CREATOR },
    });
    if (!row) throw new errors.NotFoundError(`No ${status} version of that briefing.`);
    // Conditions (an Author limited to their own entries) are judged on the entry, as the Content Manager does.
    if (permissions.cannot.read(row)) throw new errors.ForbiddenError('You may not read this briefing.');
    // Whoever sends a briefing out must be able to see how it is marked.
    if (permissions.cannot.read(row, 'marking')) throw new errors.ForbiddenError('You may not see the marking of this briefing.');

    const marking = row.marking;
    if (!marking) refuse([{ path: ['marking'], field: 'marking', message: 'Choose a TLP marking before exporting.' }]);
    if (!isPartnerMarking(marking)) {
      throw new errors.ForbiddenError(`${TLP_MARKINGS.label(marking)} briefings never leave the admin.`);
    }

    // Fields the editor's role may not read are dropped; then the briefing is what a partner cleared to
    // AMBER would read (the same presentation as the API: no affiliation or parent they could not see).
    const [briefing] = await getService(strapi, 'briefings').present([await permissions.sanitizeOutput(row)], PARTNER_ACCESS);
    sendExport(ctx, format, briefing!.slug ?? briefing!.documentId, exportBriefing(briefing!, format, exportOptions(strapi, 'partner')));
  },
});
