/** Admin downloads of a briefing's exports, from its edit view. */
export default [
  {
    method: 'GET',
    path: '/briefings/:documentId/export',
    handler: 'admin-export.exportOne',
    config: {
      // The controller checks the editor may read briefings (a Content Manager permission on that type).
      policies: ['admin::isAuthenticatedAdmin'],
    },
  },
];
