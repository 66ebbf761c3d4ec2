import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, pluginAction } from './constants';
import { EXPORT_FORMATS, extractBriefing } from '@security-briefings/entities';
import { getConfig } from './utils/config';
import { ADMIN_ACTIONS } from '../../shared/permissions';
import { ensureShelf } from './published/shelf';
import { ensureVerification } from './middlewares/verification';
import { ensureComponentHeadings } from './middlewares/component-headings';
import { ensureFeed } from './feed/keeping';
import { startRevisionLog } from './revision-log/retention';

const PUBLIC_FORMATS = Object.values(EXPORT_FORMATS).filter((f) => f.public).map((f) => `format.${f.value}`);
const PUBLIC_ACTIONS = [
  'briefing.find',
  'briefing.findOne',
  'briefing.exportMany',
  'briefing.exportOne',
  'briefing.articleJsonLd',
  'actor.find',
  'actor.findOne',
  'place.find',
  'place.findOne',
  ...PUBLIC_FORMATS,
].map(pluginAction);

/**
 * Registers the plugin's admin permissions (Settings > Roles > Plugins). Strapi's admin bootstrap
 * runs after the plugins' and gives the Super Admin every registered action by itself.
 */
async function registerAdminActions(strapi: Core.Strapi) {
  await strapi.service('admin::permission').actionProvider.registerMany(
    Object.values(ADMIN_ACTIONS).map(({ uid, displayName }) => ({ section: 'plugins', uid, displayName, pluginName: PLUGIN_ID })),
  );
}

/**
 * Gives the Public role read access once, on the first start with the plugin. If an admin later
 * removes it, it stays removed: the store remembers it was granted.
 */
async function grantPublicRead(strapi: Core.Strapi) {
  if (!strapi.plugin('users-permissions')) return;
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  if (await store.get({ key: 'public-read-granted' })) return;
  const findPublicRole = () => strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  let publicRole = await findPublicRole();
  if (!publicRole) {
    // On a first start Users & Permissions may bootstrap after us; its initialize() creates the roles and is idempotent.
    await strapi.plugin('users-permissions').service('users-permissions').initialize();
    publicRole = await findPublicRole();
  }
  if (!publicRole) return;
  for (const action of PUBLIC_ACTIONS) {
    const existing = await strapi.db.query('plugin::users-permissions.permission').findOne({ where: { action, role: publicRole.id } });
    if (!existing) await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: publicRole.id } });
  }
  await store.set({ key: 'public-read-granted', value: true });
}

/**
 * The extractor reads its gazetteer and compiles its rules on first use (about half a second): do it
 * once the server is up, so the first editor who asks for a draft does not wait for it.
 */
function warmUpExtractor(strapi: Core.Strapi) {
  if (process.env.NODE_ENV === 'test') return;
  setTimeout(() => {
    try {
      extractBriefing('Warm-up\nOfficials in Baghdad said on Monday that two people were killed.', { publishedAt: '2025-01-01' });
    } catch (error) {
      strapi.log.warn(`security-briefings: the extractor could not warm up: ${(error as Error).message}`);
    }
  }, 0).unref();
}

export default async function bootstrap({ strapi }: { strapi: Core.Strapi }) {
  const config = getConfig(strapi);
  await registerAdminActions(strapi);
  if (config.publicRead) await grantPublicRead(strapi);
  // Before the shelf: a database from before verification levels gets them, then shelves them.
  await ensureVerification(strapi);
  await ensureComponentHeadings(strapi);
  await ensureShelf(strapi);
  await ensureFeed(strapi);
  await startRevisionLog(strapi);
  warmUpExtractor(strapi);
}
