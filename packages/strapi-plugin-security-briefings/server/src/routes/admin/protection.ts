import type { Core } from '@strapi/strapi';

/** Admin routes: who the published version of a briefing is served to, for the edit view's notice. */
export default [
  {
    method: 'GET',
    path: '/briefings/:documentId/protection',
    handler: 'protection.findOne',
    config: {
      // The controller checks the editor may read briefings (a Content Manager permission on that type).
      policies: ['admin::isAuthenticatedAdmin'],
    },
  },
] satisfies Core.RouterInput['routes'];
