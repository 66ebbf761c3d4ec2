import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './uids';

/**
 * The plugin's custom fields. Each is stored as a plain string (Strapi does not allow enumerations
 * as custom fields); the values are the entities package's vocabularies, and the plugin's own
 * content model keeps checking them with the entities' rules (see document-rules.ts).
 */
export const CUSTOM_FIELD_NAMES = [
  'tlp-marking',
  'source-grade',
  'threat-level',
  'acled-event-type',
  'acled-sub-event-type',
  'actor-role',
  'certainty',
  'actor-kind',
  'place-kind',
  'source-kind',
  'date-precision',
] as const;
export type CustomFieldName = (typeof CUSTOM_FIELD_NAMES)[number];

/** The UID a schema names in `customField`: plugin::security-briefings.tlp-marking */
export const customFieldUid = (name: CustomFieldName) => `plugin::${PLUGIN_ID}.${name}` as const;

const inputSize = { default: 6, isResizable: true } as const;

export function registerCustomFields(strapi: Core.Strapi) {
  strapi.customFields.register(CUSTOM_FIELD_NAMES.map((name) => ({ name, plugin: PLUGIN_ID, type: 'string', inputSize })));
}
