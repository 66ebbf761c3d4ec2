import { Earth } from '@strapi/icons';
import { PLUGIN_ID } from '../pluginId';
import { getTranslation } from '../utils/translations';
import { OVERVIEW_PERMISSIONS } from './permissions';

/** The briefings overview page in the admin menu; its code (and the map data) loads when it opens. */
export function registerOverview(app: any) {
  app.addMenuLink({
    to: `plugins/${PLUGIN_ID}`,
    icon: Earth,
    intlLabel: { id: getTranslation('overview.menu'), defaultMessage: 'Briefings overview' },
    permissions: OVERVIEW_PERMISSIONS,
    Component: () => import('./OverviewPage').then((mod) => ({ default: mod.OverviewPage })),
  });
}
