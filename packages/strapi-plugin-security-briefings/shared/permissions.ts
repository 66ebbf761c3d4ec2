/**
 * The plugin's admin permissions, written once: the server registers them and guards its routes
 * with them, the admin shows its pages to those who hold them. No imports, so the admin's entry
 * chunk can read it without the domain package.
 */
export const ADMIN_ACTIONS = {
  overviewRead: { uid: 'overview.read', displayName: 'Read the briefings overview' },
} as const;

const action = (uid: string) => `plugin::security-briefings.${uid}`;

export const OVERVIEW_READ = action(ADMIN_ACTIONS.overviewRead.uid);
