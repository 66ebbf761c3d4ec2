import draft from './draft';
import exportsRoutes from './exports';
import overview from './overview';
import protection from './protection';

/** Admin API under /security-briefings, for the plugin's admin screens; each route is guarded by admin policies. */
export default { type: 'admin', routes: [...draft, ...exportsRoutes, ...overview, ...protection] };
