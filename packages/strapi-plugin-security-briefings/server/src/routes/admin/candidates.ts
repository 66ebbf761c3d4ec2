import type { Core } from '@strapi/strapi';
import { BRIEFING } from '../../constants';

/**
 * Admin routes: briefings that may already report an article's incident (POST /security-briefings/candidates),
 * and adding the article to one of them (POST /security-briefings/candidates/link), for editors who may write briefings.
 */
export default [
  {
    method: 'POST',
    path: '/candidates',
    handler: 'candidates.find',
    config: {
      policies: [
        'admin::isAuthenticatedAdmin',
        {
          name: 'admin::hasPermissions',
          config: {
            actions: [
              ['plugin::content-manager.explorer.read', BRIEFING],
              ['plugin::content-manager.explorer.update', BRIEFING],
            ],
          },
        },
      ],
    },
  },
  {
    method: 'POST',
    path: '/candidates/link',
    handler: 'candidates.link',
    config: {
      policies: [
        'admin::isAuthenticatedAdmin',
        { name: 'admin::hasPermissions', config: { actions: [['plugin::content-manager.explorer.update', BRIEFING]] } },
      ],
    },
  },
] satisfies Core.RouterInput['routes'];
