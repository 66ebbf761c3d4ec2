import type { Core } from '@strapi/strapi';
import { briefingEditorsWhoMay } from './briefing-editors';

/**
 * Admin routes: a briefing's merges (GET /security-briefings/merge/:documentId), and merging a duplicate
 * into the briefing kept (POST /security-briefings/merge), for editors who may change briefings.
 */
export default [
  {
    method: 'GET',
    path: '/merge/:documentId',
    handler: 'merge.state',
    config: { policies: briefingEditorsWhoMay('read') },
  },
  {
    method: 'POST',
    path: '/merge',
    handler: 'merge.merge',
    config: { policies: briefingEditorsWhoMay('read', 'update') },
  },
] satisfies Core.RouterInput['routes'];
