import { BRIEFING } from '../../constants';

/** The policies of an admin route for editors who hold these Content Manager permissions on briefings. */
export const briefingEditorsWhoMay = (...may: ('create' | 'read' | 'update')[]) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: may.map((action) => [`plugin::content-manager.explorer.${action}`, BRIEFING]) } },
];
