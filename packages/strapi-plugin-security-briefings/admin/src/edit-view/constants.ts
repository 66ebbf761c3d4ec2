import { ACTOR, BRIEFING, PLACE, PLUGIN_ID } from '../../../shared/identity';

export const BRIEFING_UID = BRIEFING;
export const ACTOR_UID = ACTOR;
export const PLACE_UID = PLACE;

/** A translation id of this feature, as registered by the plugin (`security-briefings.edit-view.…`). */
export const editViewMessageId = (key: string) => `${PLUGIN_ID}.edit-view.${key}`;
