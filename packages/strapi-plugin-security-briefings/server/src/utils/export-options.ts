import type { Core } from '@strapi/strapi';
import type { Audience, ExportOptions } from '@security-briefings/entities';
import type { PluginConfig } from '../config';
import { PLUGIN_ID } from '../constants';

/** The exporters' options for this newsroom (from the plugin config) and this reader. */
export function exportOptions(strapi: Core.Strapi, audience: Audience): ExportOptions {
  const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
  return { audience, publisher: config.publisher ?? undefined, briefingsUrl: config.briefingsUrl ?? undefined };
}
