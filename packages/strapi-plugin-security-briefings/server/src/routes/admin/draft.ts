import type { Core } from '@strapi/strapi';
import { BRIEFING } from '../../constants';

/** Admin routes: a briefing drafted from an article (POST /security-briefings/draft), for editors who may write briefings. */
export default [
  {
    method: 'POST',
    path: '/draft',
    handler: 'draft.create',
    config: {
      policies: [
        'admin::isAuthenticatedAdmin',
        {
          name: 'admin::hasPermissions',
          config: {
            actions: [
              ['plugin::content-manager.explorer.create', BRIEFING],
              ['plugin::content-manager.explorer.update', BRIEFING],
            ],
          },
        },
      ],
    },
  },
] satisfies Core.RouterInput['routes'];
