/** Read-only content API under /api/security-briefings; access is the Users & Permissions role's, narrowed to what each reader may see. */
const routes = [
  { method: 'GET', path: '/briefings', handler: 'briefing.find' },
  { method: 'GET', path: '/briefings/export', handler: 'briefing.exportMany' },
  { method: 'GET', path: '/briefings/:documentId/export', handler: 'briefing.exportOne' },
  { method: 'GET', path: '/briefings/:documentId', handler: 'briefing.findOne' },
  { method: 'GET', path: '/actors', handler: 'actor.find' },
  { method: 'GET', path: '/actors/:documentId', handler: 'actor.findOne' },
  { method: 'GET', path: '/places', handler: 'place.find' },
  { method: 'GET', path: '/places/:documentId', handler: 'place.findOne' },
];

export default { type: 'content-api', routes: routes.map((route) => ({ ...route, config: { policies: [] } })) };
