import type { Core } from '@strapi/strapi';

/**
 * Admin routes: a briefing's review (four-eyes publishing). The controller checks the editor may
 * read (or, to move it, update) briefings; approving and sending back need review.approve, which the
 * review rule checks so that the panel can say why a move is not offered.
 */
export default [
  {
    method: 'GET',
    path: '/review/:documentId',
    handler: 'review.findOne',
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  },
  {
    method: 'POST',
    path: '/review/:documentId/:move',
    handler: 'review.move',
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  },
] satisfies Core.RouterInput['routes'];
