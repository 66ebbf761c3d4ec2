import type { Core } from '@strapi/strapi';
import { briefingEditorsWhoMay } from './briefing-editors';

/** Admin routes: a briefing drafted from an article (POST /security-briefings/draft), for editors who may write briefings. */
export default [
  {
    method: 'POST',
    path: '/draft',
    handler: 'draft.create',
    config: { policies: briefingEditorsWhoMay('create', 'update') },
  },
] satisfies Core.RouterInput['routes'];
