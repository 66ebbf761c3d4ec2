import type { Core } from '@strapi/strapi';
import { EXPORT_FORMATS, TLP_MARKINGS, type ExportFormat, type TlpMarking } from '@security-briefings/entities';
import { GRANTABLE_MARKINGS } from '../utils/access';
import type { RequestContext } from '../utils/context';

/**
 * Each of these actions is a permission an admin ticks for a role or an API token: `marking.green`
 * opens TLP:GREEN briefings, `format.stix` opens STIX exports. Their routes describe what they grant.
 */
const describeMarking = (marking: TlpMarking) => async (ctx: RequestContext) => {
  ctx.body = { data: { ...TLP_MARKINGS.term(marking), granted: true } };
};
const describeFormat = (format: ExportFormat) => async (ctx: RequestContext) => {
  ctx.body = { data: { ...EXPORT_FORMATS[format], granted: true } };
};

export const marking = (_: { strapi: Core.Strapi }) =>
  Object.fromEntries(GRANTABLE_MARKINGS.map((m) => [m, describeMarking(m)]));

export const format = (_: { strapi: Core.Strapi }) =>
  Object.fromEntries(Object.keys(EXPORT_FORMATS).map((f) => [f, describeFormat(f as ExportFormat)]));
