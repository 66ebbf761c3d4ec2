import type { Core } from '@strapi/strapi';
import { OVERVIEW_READ } from '../../../../shared/permissions';

/** Admin routes: the briefings overview page (GET /security-briefings/overview). */
export default [
  {
    method: 'GET',
    path: '/overview',
    handler: 'overview.find',
    config: {
      policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [OVERVIEW_READ] } }],
    },
  },
] satisfies Core.RouterInput['routes'];
