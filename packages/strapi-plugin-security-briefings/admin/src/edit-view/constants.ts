import { PLUGIN_ID } from '../pluginId';

export const BRIEFING_UID = `plugin::${PLUGIN_ID}.briefing`;
export const ACTOR_UID = `plugin::${PLUGIN_ID}.actor`;
export const PLACE_UID = `plugin::${PLUGIN_ID}.place`;

/** A translation id of this feature, as registered by the plugin (`security-briefings.edit-view.…`). */
export const editViewMessageId = (key: string) => `${PLUGIN_ID}.edit-view.${key}`;
