import type { Core } from '@strapi/strapi';

/** Admin routes: an open edit view says so (and which version it was loaded from), and when it closes. */
export default [
  {
    method: 'POST',
    path: '/editing/:uid/:documentId',
    handler: 'editing.heartbeat',
    config: {
      // The controller checks the editor may read that type in the Content Manager.
      policies: ['admin::isAuthenticatedAdmin'],
    },
  },
  {
    method: 'DELETE',
    path: '/editing/:uid/:documentId',
    handler: 'editing.close',
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  },
] satisfies Core.RouterInput['routes'];
