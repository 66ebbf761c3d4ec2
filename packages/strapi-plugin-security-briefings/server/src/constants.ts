// The plugin's names are written once, in shared/identity.ts (shared with the admin and the demo's tests).
export { PLUGIN_ID, BRIEFING, ACTOR, PLACE, CUSTOM_FIELD_NAMES, componentUid, customFieldUid, pluginAction } from '../../shared/identity';
