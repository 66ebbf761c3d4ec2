/**
 * The plugin's names, written once: the server's schemas, routes and services, the admin and the
 * demo's tests all read them here. No imports, so the admin's entry chunk can read it too.
 */
export const PLUGIN_ID = 'security-briefings';

/** Content-type UIDs. */
export const BRIEFING = `plugin::${PLUGIN_ID}.briefing` as const;
export const ACTOR = `plugin::${PLUGIN_ID}.actor` as const;
export const PLACE = `plugin::${PLUGIN_ID}.place` as const;

/** Components live under the plugin's own category: `security-briefings.incident`. */
export const COMPONENT_CATEGORY = PLUGIN_ID;
export const COMPONENT_NAMES = ['incident', 'actor-role', 'alias', 'quote', 'source', 'assessment', 'correction'] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];
export const componentUid = <N extends ComponentName>(name: N) => `${COMPONENT_CATEGORY}.${name}` as const;

/** Custom fields, each stored as a plain string holding an entities vocabulary value. */
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
export const customFieldUid = <N extends CustomFieldName>(name: N) => `plugin::${PLUGIN_ID}.${name}` as const;

/** A permission action of the plugin (admin or content API): plugin::security-briefings.briefing.find */
export const pluginAction = <A extends string>(action: A) => `plugin::${PLUGIN_ID}.${action}` as const;
