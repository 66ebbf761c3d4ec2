import { entitiesErrors } from '../../middlewares/entities-errors';
import candidates from './candidates';
import draft from './draft';
import editing from './editing';
import exportsRoutes from './exports';
import merge from './merge';
import overview from './overview';
import protection from './protection';
import review from './review';
import revisionLog from './revision-log';
import verification from './verification';

/** Admin API under /security-briefings, for the plugin's admin screens; each route is guarded by admin policies. */
const routes = [...draft, ...candidates, ...merge, ...exportsRoutes, ...overview, ...protection, ...editing, ...review, ...revisionLog, ...verification];
// Each route answers the entities package's errors (middlewares/entities-errors.ts).
export default { type: 'admin', routes: routes.map((route) => ({ ...route, config: { ...route.config, middlewares: [entitiesErrors('admin')] } })) };
