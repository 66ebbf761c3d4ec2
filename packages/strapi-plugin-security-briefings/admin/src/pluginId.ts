export const PLUGIN_ID = 'security-briefings';
