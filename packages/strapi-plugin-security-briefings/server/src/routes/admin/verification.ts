import type { Core } from '@strapi/strapi';

/** Admin route: the verification rule the server derives levels with, for the edit view's panel. */
export default [
  {
    method: 'GET',
    path: '/verification',
    handler: 'verification.rule',
    config: {
      // The controller checks the editor may read briefings (a Content Manager permission on that type).
      policies: ['admin::isAuthenticatedAdmin'],
    },
  },
] satisfies Core.RouterInput['routes'];
