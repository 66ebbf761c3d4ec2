import { PLUGIN_ID } from '../../../shared/identity';

/**
 * The id of one of the plugin's strings: its key in translations/<locale>/*.json (`overview.title`),
 * under the plugin's namespace, as registerTrads registers it (`security-briefings.overview.title`).
 */
export const getTranslation = (key: string) => `${PLUGIN_ID}.${key}`;
