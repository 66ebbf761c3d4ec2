import type { Core } from '@strapi/strapi';
import { ADMIN_ACTIONS } from '../../shared/permissions';
import { PLUGIN_ID } from './uids';

/**
 * Registers the plugin's admin permissions (Settings > Roles > Plugins). Strapi's admin bootstrap
 * runs after the plugins' and gives the Super Admin every registered action by itself.
 */
export async function registerAdminActions(strapi: Core.Strapi) {
  await strapi.service('admin::permission').actionProvider.registerMany(
    Object.values(ADMIN_ACTIONS).map(({ uid, displayName }) => ({ section: 'plugins', uid, displayName, pluginName: PLUGIN_ID })),
  );
}
