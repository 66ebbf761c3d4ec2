import { EXPORT_FORMAT_VALUES } from '@security-briefings/entities';
import { GRANTABLE_MARKINGS } from '../utils/access';
import { entitiesErrors } from '../middlewares/entities-errors';
import { readTurns } from '../middlewares/read-turns';
import { pluginAction } from '../constants';
import { unlistedHandler } from '../utils/unlisted-handler';

/**
 * Read-only content API under /api/security-briefings. Users & Permissions roles and API tokens
 * pick actions from it: briefing/actor/place reading, `format.*` per export format and
 * `marking.*` for briefings beyond TLP:CLEAR.
 */
const routes = [
  { method: 'GET', path: '/briefings', handler: 'briefing.find' },
  { method: 'GET', path: '/briefings/export', handler: 'briefing.exportMany' },
  { method: 'GET', path: '/briefings/:documentId/export', handler: 'briefing.exportOne' },
  { method: 'GET', path: '/briefings/:documentId', handler: 'briefing.findOne' },
  { method: 'GET', path: '/articles/:article/jsonld', handler: 'briefing.articleJsonLd' },
  { method: 'GET', path: '/actors', handler: 'actor.find' },
  { method: 'GET', path: '/actors/:documentId', handler: 'actor.findOne' },
  { method: 'GET', path: '/places', handler: 'place.find' },
  { method: 'GET', path: '/places/:documentId', handler: 'place.findOne' },
  ...EXPORT_FORMAT_VALUES.map((format) => ({ method: 'GET', path: `/formats/${format}`, handler: `format.${format}` })),
  ...GRANTABLE_MARKINGS.map((marking) => ({ method: 'GET', path: `/markings/${marking}`, handler: `marking.${marking}` })),
];

/**
 * The MISP feed (controllers/misp-feed.ts) opens exactly when the briefings list does: its routes
 * check the list's permission (briefing.find). Their handlers are functions, not "controller.action"
 * names, so the Roles and API tokens pages list no MISP actions that would grant nothing.
 * manifest.json comes before :event.json, which would also match it.
 */
const mispFeedRoutes = [
  { method: 'GET', path: '/misp/manifest.json', handler: unlistedHandler('misp-feed', 'manifest') },
  { method: 'GET', path: '/misp/hashes.csv', handler: unlistedHandler('misp-feed', 'hashes') },
  { method: 'GET', path: '/misp/:event.json', handler: unlistedHandler('misp-feed', 'event') },
].map((route) => ({ ...route, config: { auth: { scope: [pluginAction('briefing.find')] } } }));

export default {
  type: 'content-api',
  routes: [...routes, ...mispFeedRoutes].map((route) => ({
    ...route,
    config: { ...('config' in route ? route.config : {}), policies: [], middlewares: [readTurns, entitiesErrors('content-api')] },
  })),
};
