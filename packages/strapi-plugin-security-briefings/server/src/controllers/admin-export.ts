import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PARTNER_MARKINGS, exportBriefing, exportFileName, EXPORT_FORMATS, TLP_MARKINGS } from '@security-briefings/entities';
import { AdminExport } from '../../../shared/contracts/briefings';
import { BRIEFING } from '../uids';
import { briefingPopulate } from '../populate';
import { toRecord } from '../records';
import { parseInput } from '../input';
import { exportOptions } from '../services/export-options';

/**
 * An editor downloads what partners would get: the partner view, for markings up to AMBER.
 * AMBER+STRICT and RED never leave the admin, not even as a download.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async exportOne(ctx: any) {
    const { format, status } = parseInput(AdminExport.query, ctx.query);
    if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.read', BRIEFING)) {
      throw new errors.ForbiddenError('You may not read briefings.');
    }
    const row = await strapi.documents(BRIEFING).findOne({ documentId: ctx.params.documentId, status, populate: briefingPopulate(strapi) } as any);
    if (!row) throw new errors.NotFoundError(`No ${status} version of that briefing.`);
    const briefing = toRecord(row as any);
    if (!briefing.marking) {
      throw new errors.ValidationError('Choose a TLP marking before exporting.', { errors: [{ path: ['marking'], message: 'Choose a TLP marking before exporting.', name: 'ValidationError' }] });
    }
    if (!PARTNER_MARKINGS.includes(briefing.marking)) {
      throw new errors.ForbiddenError(`${TLP_MARKINGS.label(briefing.marking)} briefings never leave the admin.`);
    }
    ctx.set('Content-Type', EXPORT_FORMATS[format].contentType);
    ctx.set('Content-Disposition', `attachment; filename="${exportFileName(format, briefing.slug ?? briefing.documentId)}"`);
    ctx.body = exportBriefing(briefing, format, exportOptions(strapi, 'partner'));
  },
});
