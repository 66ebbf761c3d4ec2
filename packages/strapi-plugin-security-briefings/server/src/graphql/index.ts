import type { Core } from '@strapi/strapi';
import { ACTOR, BRIEFING, COMPONENT_NAMES, PLACE, componentUid } from '../../../shared/identity';
import { QUERIES, queryTypes, resolversConfig } from './queries';
import { recordTypes } from './types';

/**
 * GraphQL, when the host app has @strapi/plugin-graphql. Strapi's generated queries and mutations
 * (shadow CRUD) check only the standard action names and know nothing of markings, drafts or anonymous
 * sources, so they are switched off for every model of the plugin, as content-releases does for its
 * own; the plugin's read queries take their place and go through the REST routes' services.
 */
export function registerGraphql(strapi: Core.Strapi) {
  if (!strapi.plugin('graphql')) return;
  const extension = strapi.plugin('graphql').service('extension');

  for (const uid of [BRIEFING, ACTOR, PLACE, ...COMPONENT_NAMES.map(componentUid)]) {
    extension.shadowCRUD(uid).disable();
  }

  extension.use(({ nexus }: { nexus: unknown }) => ({
    types: [...recordTypes(nexus), queryTypes(nexus, strapi)],
    resolversConfig,
  }));

  keepCacheHeaders(strapi);
}

/**
 * Apollo writes its own Cache-Control (`no-store` unless every field carries a cache hint) over the
 * Koa response once the resolvers have run, replacing the one they set. When an operation asked only
 * for the plugin's queries and succeeded, the header the resolvers set is put back; anything else keeps
 * Apollo's answer, which is the stricter one.
 */
function keepCacheHeaders(strapi: Core.Strapi) {
  const ours = new Set<string>([...Object.keys(QUERIES), '__typename']);
  const plugin = {
    async requestDidStart() {
      return {
        // `any`: Apollo's request context types belong to @apollo/server, which only the graphql plugin depends on.
        async willSendResponse({ operation, response, contextValue, errors }: any) {
          const fields = operation?.selectionSet?.selections ?? [];
          const onlyOurs = fields.length > 0 && fields.every((field: any) => field.kind === 'Field' && ours.has(field.name.value));
          const failed = Boolean(errors?.length) || response.body?.singleResult?.errors?.length;
          const ourHeader = contextValue?.koaContext?.response?.get('Cache-Control');
          if (onlyOurs && !failed && ourHeader) response.http.headers.set('cache-control', ourHeader);
        },
      };
    },
  };
  const apolloServer = strapi.config.get('plugin::graphql.apolloServer', {}) as { plugins?: unknown[] };
  strapi.config.set('plugin::graphql.apolloServer', { ...apolloServer, plugins: [...(apolloServer.plugins ?? []), plugin] });
}
