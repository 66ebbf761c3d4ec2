import type { Core } from '@strapi/strapi';
import { ACTOR, PLACE } from '../constants';
import { refuse } from '../utils/input';

/** The Content Manager's routes for draft actions: publish, unpublish, discard, one or in bulk. */
const DRAFT_ACTION = /\/actions\/(publish|unpublish|discard|bulkPublish|bulkUnpublish)$/;

type Route = { path: string; config?: { middlewares?: unknown[] } };

/**
 * Actors and places have no drafts: they are live once saved. Strapi's Content Manager still routes
 * draft actions for them, and its controller fails there with a 500 ("publish is not a function").
 * Those requests get a 400 naming `status` instead, before Strapi's controller runs.
 */
export function refuseDraftActionsOnLiveRecords(strapi: Core.Strapi) {
  const routes = (strapi.plugin('content-manager')?.routes as { admin?: { routes?: Route[] } } | undefined)?.admin?.routes ?? [];
  for (const route of routes.filter((r) => DRAFT_ACTION.test(r.path))) {
    route.config ??= {};
    route.config.middlewares = [
      ...(route.config.middlewares ?? []),
      async (ctx: { params: { model?: string } }, next: () => Promise<unknown>) => {
        if (ctx.params.model === ACTOR || ctx.params.model === PLACE) {
          refuse([{ path: ['status'], field: 'status', message: 'Actors and places have no drafts: they are live as soon as they are saved.' }]);
        }
        return next();
      },
    ];
  }
}
