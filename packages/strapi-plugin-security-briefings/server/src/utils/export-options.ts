import type { Core } from '@strapi/strapi';
import { EXPORT_FORMATS, exportFileName, type Audience, type ExportFormat, type ExportOptions, type StixProfile } from '@security-briefings/entities';
import { getConfig } from './config';

/**
 * The exporters' options for this newsroom (from the plugin config) and this reader. The STIX
 * profile is the one the request asks for (`?profile=`), else the config's.
 */
export function exportOptions(strapi: Core.Strapi, audience: Audience, profile?: StixProfile): ExportOptions {
  const config = getConfig(strapi);
  return {
    audience,
    publisher: config.publisher ?? undefined,
    briefingsUrl: config.briefingsUrl ?? undefined,
    stixProfile: profile ?? config.stixProfile,
  };
}

/** An export as a download: the format's Content-Type and a file name from the briefing or the list. */
export function sendExport(ctx: { set(field: string, value: string): void; body: unknown }, format: ExportFormat, name: string, body: unknown) {
  ctx.set('Content-Type', EXPORT_FORMATS[format].contentType);
  ctx.set('Content-Disposition', `attachment; filename="${exportFileName(format, name)}"`);
  ctx.body = body;
}
