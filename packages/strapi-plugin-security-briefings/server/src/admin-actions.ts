import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './uids';

/**
 * Admin permissions of the plugin, ticked per role in Settings > Roles > Plugins. Strapi's admin
 * bootstrap runs after the plugins' and gives the Super Admin every registered action by itself.
 */
const ADMIN_ACTIONS = [
  // plugin::security-briefings.overview.read (OVERVIEW_READ in shared/contracts/overview.ts)
  { section: 'plugins', displayName: 'Read the briefings overview', uid: 'overview.read', pluginName: PLUGIN_ID },
];

export async function registerAdminActions(strapi: Core.Strapi) {
  await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
}
