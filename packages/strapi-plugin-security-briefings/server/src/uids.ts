export const PLUGIN_ID = 'security-briefings';

export const BRIEFING = 'plugin::security-briefings.briefing' as const;
export const ACTOR = 'plugin::security-briefings.actor' as const;
export const PLACE = 'plugin::security-briefings.place' as const;
