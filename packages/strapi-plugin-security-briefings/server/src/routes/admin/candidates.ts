import type { Core } from '@strapi/strapi';
import { briefingEditorsWhoMay } from './briefing-editors';

/**
 * Admin routes: briefings that may already report an article's incident (POST /security-briefings/candidates),
 * and adding the article to one of them (POST /security-briefings/candidates/link), for editors who may write briefings.
 */
export default [
  {
    method: 'POST',
    path: '/candidates',
    handler: 'candidates.find',
    config: { policies: briefingEditorsWhoMay('read', 'update') },
  },
  {
    method: 'POST',
    path: '/candidates/link',
    handler: 'candidates.link',
    config: { policies: briefingEditorsWhoMay('update') },
  },
] satisfies Core.RouterInput['routes'];
