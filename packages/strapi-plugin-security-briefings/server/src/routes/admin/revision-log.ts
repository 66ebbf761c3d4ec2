import type { Core } from '@strapi/strapi';
import { REVISION_LOG_READ } from '../../../../shared/permissions';

const readsTheLog = ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [REVISION_LOG_READ] } }];

/**
 * Admin routes of the revision log. Reading and exporting need the log's permission; giving a reason
 * for one's next save needs the right to change the record (the controller checks it). No route
 * changes or deletes an entry.
 */
export default [
  {
    method: 'GET',
    path: '/revisions/export.csv',
    handler: 'revision-log.exportCsv',
    config: { policies: readsTheLog },
  },
  {
    method: 'GET',
    path: '/revisions/:uid/:documentId',
    handler: 'revision-log.list',
    config: { policies: readsTheLog },
  },
  {
    method: 'GET',
    path: '/revisions/:uid/:documentId/reason',
    handler: 'revision-log.findReason',
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  },
  {
    method: 'PUT',
    path: '/revisions/:uid/:documentId/reason',
    handler: 'revision-log.setReason',
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  },
] satisfies Core.RouterInput['routes'];
