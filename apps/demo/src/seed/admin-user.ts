import type { Core } from '@strapi/strapi';

export const DEMO_ADMIN_DEFAULTS = { email: 'editor@example.com', password: 'BriefingsDemo1' };

/** Creates the demo's first admin from DEMO_ADMIN_EMAIL / DEMO_ADMIN_PASSWORD, only when no admin exists yet. */
export async function ensureDemoAdmin(strapi: Core.Strapi) {
  const email = process.env.DEMO_ADMIN_EMAIL || DEMO_ADMIN_DEFAULTS.email;
  const password = process.env.DEMO_ADMIN_PASSWORD || DEMO_ADMIN_DEFAULTS.password;
  const admins = await strapi.db.query('admin::user').count();
  if (admins === 0) {
    const superAdmin = await strapi.service('admin::role').getSuperAdmin();
    await strapi.service('admin::user').create({
      email,
      firstname: 'Demo',
      lastname: 'Editor',
      password,
      isActive: true,
      registrationToken: null,
      roles: superAdmin ? [superAdmin.id] : [],
    });
    strapi.log.info(`Demo admin created. Log in at /admin as ${email} with password ${password === DEMO_ADMIN_DEFAULTS.password ? password : '(DEMO_ADMIN_PASSWORD)'}.`);
  } else {
    strapi.log.info(`Log in at /admin with your admin account (the demo's default is ${email}).`);
  }
}
