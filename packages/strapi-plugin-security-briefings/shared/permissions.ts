import { pluginAction } from './identity';

/**
 * The plugin's admin permissions, written once: the server registers them and guards its routes
 * with them, the admin shows its pages to those who hold them. Only the plugin's identity is
 * imported, so the admin's entry chunk can read it without the domain package.
 */
export const ADMIN_ACTIONS = {
  overviewRead: { uid: 'overview.read', displayName: 'Read the briefings overview' },
  revisionLogRead: { uid: 'revision-log.read', displayName: 'Read and export the revision log' },
  reviewApprove: { uid: 'review.approve', displayName: 'Approve briefings for publishing, or send them back' },
} as const;

export const OVERVIEW_READ = pluginAction(ADMIN_ACTIONS.overviewRead.uid);
export const REVISION_LOG_READ = pluginAction(ADMIN_ACTIONS.revisionLogRead.uid);
export const REVIEW_APPROVE = pluginAction(ADMIN_ACTIONS.reviewApprove.uid);
