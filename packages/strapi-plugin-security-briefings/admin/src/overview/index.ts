// The briefings overview page in the admin menu.
export function registerOverview(_app: any) {}
