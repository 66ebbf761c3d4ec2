import { PLUGIN_ID } from '../constants';

/**
 * A route handler calling one of the plugin's controller actions without naming it "controller.action":
 * Strapi lists every such name as a permission on the Roles and API tokens pages. The partner feeds'
 * routes check the briefings list's permission instead (config.auth.scope), so an action of their own
 * would be a box that grants nothing.
 */
export const unlistedHandler = (controller: string, action: string) => (ctx: unknown) =>
  (strapi.plugin(PLUGIN_ID).controller(controller) as Record<string, (ctx: unknown) => Promise<void>>)[action]!(ctx);
