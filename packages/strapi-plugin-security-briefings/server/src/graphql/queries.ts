import type { Core } from '@strapi/strapi';
import { ListBriefings } from '../../../shared/contracts/briefings';
import { parseInput } from '../utils/input';
import { accessFor } from '../utils/access';
import { setCacheHeaders } from '../utils/cache-headers';
import { pluginAction } from '../constants';
import { getService } from '../utils/services';
import type { ContentApiAuth } from '../utils/context';
import { toStrapiError } from '../middlewares/entities-errors';
import { TYPE } from './types';

/** The plugin's read queries, each with the permission its REST route needs. */
export const QUERIES = {
  securityBriefingsList: 'briefing.find',
  securityBriefing: 'briefing.findOne',
  securityBriefingsActors: 'actor.find',
  securityBriefingsActor: 'actor.findOne',
  securityBriefingsPlaces: 'place.find',
  securityBriefingsPlace: 'place.findOne',
} as const;

/** GraphQL's resolver context: Koa's `ctx.state` (with `auth`, as REST has it) and the Koa context itself. */
interface Context {
  state: { auth?: ContentApiAuth };
  koaContext: { set(field: string, value: string): void; vary(field: string): void };
}

/** The REST routes' page rules (1 or more, at most 100 a page, 25 by default). */
const PageArgs = ListBriefings.query.pick({ page: true, pageSize: true });

/** An argument left out arrives as undefined, one written as null as null; the REST contracts know only "absent". */
const given = (args: Record<string, unknown>) => Object.fromEntries(Object.entries(args).filter(([, value]) => value != null));

/** Who is asking, as REST works it out; their answer's cache headers follow from it. */
function readerAccess(context: Context) {
  const access = accessFor(context);
  setCacheHeaders(context.koaContext, access.audience);
  return access;
}

/**
 * A resolver whose entities errors get the content API's answer (a refused briefing is the ordinary
 * "not available", never its id or marking): GraphQL's error formatter would otherwise copy the
 * original message into the response. The route middleware does this for REST.
 */
const guarded =
  <Args, Result>(resolve: (parent: unknown, args: Args, context: Context) => Promise<Result>) =>
  async (parent: unknown, args: Args, context: Context): Promise<Result> => {
    try {
      return await resolve(parent, args, context);
    } catch (error) {
      const answer = toStrapiError(error, 'content-api');
      if (!answer) throw error;
      strapi.log.error(`security-briefings: ${(error as Error).message} (GraphQL)`);
      throw answer;
    }
  };

// `any` here: nexus and its definition blocks (`t`) come from @strapi/plugin-graphql at run time; the plugin
// does not depend on it (GraphQL is optional), so their types are not available to this package.
export function queryTypes(nexus: any, strapi: Core.Strapi) {
  const { extendType, idArg, intArg, nonNull, stringArg } = nexus;
  const service = <Name extends 'briefings' | 'directory'>(name: Name) => getService(strapi, name);

  const pageArgs = {
    page: intArg({ description: 'From 1; 1 by default.' }),
    pageSize: intArg({ description: '1 to 100; 25 by default.' }),
  };
  const documentIdArg = { documentId: nonNull(idArg()) };

  const pageOf = (kind: 'actors' | 'places') =>
    guarded(async (_parent: unknown, args: Record<string, unknown>, context: Context) => {
      const { page, pageSize } = parseInput(PageArgs, given(args));
      return service('directory').find(kind, readerAccess(context), page, pageSize);
    });
  const byId = (kind: 'actors' | 'places') =>
    guarded(async (_parent: unknown, { documentId }: { documentId: string }, context: Context) =>
      service('directory').findOne(kind, readerAccess(context), documentId),
    );

  return extendType({
    type: 'Query',
    definition(t: any) {
      t.nonNull.field('securityBriefingsList', {
        type: TYPE.briefingList,
        description:
          'Published briefings you may read, newest incident first: TLP:CLEAR for the public, more only with marking.* permissions. ' +
          'The same filters and rules as GET /api/security-briefings/briefings.',
        args: {
          ...pageArgs,
          eventType: stringArg({ description: 'ACLED event type slug, such as "battles".' }),
          country: stringArg({ description: 'ISO 3166-1 alpha-2 code of the incident country, such as "IQ".' }),
          marking: stringArg({ description: 'Only this TLP marking (among those you may read).' }),
          verification: stringArg({ description: 'Only briefings verified at this level: unconfirmed, corroborated or confirmed.' }),
          from: stringArg({ description: 'Incidents on or after: YYYY, YYYY-MM or YYYY-MM-DD.' }),
          to: stringArg({ description: 'Incidents on or before: YYYY, YYYY-MM or YYYY-MM-DD.' }),
          actor: stringArg({ description: "An actor's documentId or canonical name." }),
        },
        resolve: guarded(async (_parent: unknown, args: Record<string, unknown>, context: Context) => {
          const query = parseInput(ListBriefings.query, given(args));
          return service('briefings').find(readerAccess(context), query);
        }),
      });
      t.field('securityBriefing', {
        type: TYPE.briefing,
        description: 'One published briefing; null if there is none with that documentId or you may not read it.',
        args: documentIdArg,
        resolve: guarded(async (_parent: unknown, { documentId }: { documentId: string }, context: Context) =>
          service('briefings').findOne(readerAccess(context), documentId),
        ),
      });
      t.nonNull.field('securityBriefingsActors', {
        type: TYPE.actorList,
        description: 'Actors linked from briefings you may read, by name.',
        args: pageArgs,
        resolve: pageOf('actors'),
      });
      t.field('securityBriefingsActor', {
        type: TYPE.actor,
        description: 'One actor; null unless a briefing you may read links it.',
        args: documentIdArg,
        resolve: byId('actors'),
      });
      t.nonNull.field('securityBriefingsPlaces', {
        type: TYPE.placeList,
        description: 'Places linked from briefings you may read, by name.',
        args: pageArgs,
        resolve: pageOf('places'),
      });
      t.field('securityBriefingsPlace', {
        type: TYPE.place,
        description: 'One place; null unless a briefing you may read links it.',
        args: documentIdArg,
        resolve: byId('places'),
      });
    },
  });
}

/** Each query asks for its REST route's action, so a role or token without it gets Forbidden, as with REST. */
export const resolversConfig = Object.fromEntries(
  Object.entries(QUERIES).map(([query, action]) => [`Query.${query}`, { auth: { scope: [pluginAction(action)] } }]),
);
