import type { Core } from '@strapi/strapi';
import { seedDemo } from './seed';
import { ensureDemoAdmin } from './seed/admin-user';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (await seedDemo(strapi)) strapi.log.info('Demo: seeded the seed article and its briefing.');
    await grantPublicArticleRead(strapi);
    await ensureDemoAdmin(strapi);
  },
};

/** The demo's articles are public pages. */
async function grantPublicArticleRead(strapi: Core.Strapi) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) return;
  for (const action of ['api::article.article.find', 'api::article.article.findOne']) {
    const granted = await strapi.db.query('plugin::users-permissions.permission').findOne({ where: { action, role: role.id } });
    if (!granted) await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
  }
}
