/**
 * `@strapi/strapi/admin` re-exports the admin (`@strapi/admin/strapi-admin`) plus the content manager,
 * the content-type builder and the upload plugin, whose stylesheets and editors jsdom cannot load.
 * The plugin only uses the admin's part of it (form, fetch client, hooks), so tests load that part, unmocked.
 */
export * from '@strapi/admin/strapi-admin';
