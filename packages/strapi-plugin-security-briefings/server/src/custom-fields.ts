import type { Core } from '@strapi/strapi';
import { CUSTOM_FIELD_NAMES, PLUGIN_ID } from '../../shared/identity';

/**
 * The plugin's custom fields. Each is stored as a plain string (Strapi does not allow enumerations
 * as custom fields); the values are the entities package's vocabularies, and the plugin's own
 * content model keeps checking them with the entities' rules (see document-rules.ts). Their names
 * are in shared/identity.ts, which the admin registers the same fields from.
 */
const inputSize = { default: 6, isResizable: true } as const;

export function registerCustomFields(strapi: Core.Strapi) {
  strapi.customFields.register(CUSTOM_FIELD_NAMES.map((name) => ({ name, plugin: PLUGIN_ID, type: 'string', inputSize })));
}
