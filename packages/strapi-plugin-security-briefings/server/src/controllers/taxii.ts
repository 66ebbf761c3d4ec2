import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { stixSupportingObjects } from '@security-briefings/entities';
import { accessFor, type Access } from '../utils/access';
import { exportOptions } from '../utils/export-options';
import { setCacheHeaders } from '../utils/cache-headers';
import type { RequestContext } from '../utils/context';
import { PLUGIN_ID } from '../constants';
import { API_ROOT, STIX_MEDIA_TYPE, TAXII_MEDIA_TYPE, TAXII_PATH, describeCollection, readableCollections } from '../taxii/collections';
import { encodeCursor, parseTaxiiQuery, type TaxiiQuery } from '../taxii/query';
import { readObjects, versionOf, type FoundObject } from '../taxii/pages';
import { FEED_VERSION } from '../feed/models';
import type { FeedCollection } from '../feed/keeping';

/**
 * The read-only TAXII 2.1 server partners' platforms poll (OpenCTI, MISP, Sentinel): discovery, one
 * API root, a collection per marking the caller may read, and each collection's objects, versions and
 * manifest. Access is the REST API's: the same markings, the same cut. taxii/gate.ts handles
 * credentials, media types and error messages for every route here.
 */

/** TAXII leaves request bodies out of a read-only server; the limit it must state anyway. */
const MAX_CONTENT_LENGTH = 10 * 1024 * 1024;

/** Absolute URLs (taxii2-client and OpenCTI follow api_roots as given): the configured server URL, or this request's origin. */
function apiRootUrl(strapi: Core.Strapi, ctx: RequestContext) {
  const configured = String(strapi.config.get('server.url', '') ?? '');
  const origin = /^https?:\/\//.test(configured) ? configured.replace(/\/+$/, '') : ctx.origin;
  return `${origin}${strapi.config.get('api.rest.prefix', '/api')}/${PLUGIN_ID}${TAXII_PATH}/${API_ROOT}/`;
}

/** The collection named in the URL, if this caller may read it; any other is "not found", not "forbidden". */
function collectionOf(ctx: RequestContext, access: Access) {
  const collection = readableCollections(access).find((c) => c.id === ctx.params.collectionId);
  if (!collection) throw new errors.NotFoundError('No collection with that id is available to you.');
  return collection;
}

/** The page's first and last date_added, on every objects, versions and manifest answer that has objects. */
function setDateHeaders(ctx: RequestContext, objects: FoundObject[]) {
  if (objects.length === 0) return;
  ctx.set('X-TAXII-Date-Added-First', objects[0]!.dateAdded);
  ctx.set('X-TAXII-Date-Added-Last', objects[objects.length - 1]!.dateAdded);
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** A page of a collection's objects for this request, with its paging headers set. */
  async function page(ctx: RequestContext, adjust: (query: TaxiiQuery) => void = () => {}) {
    const access = accessFor(ctx);
    setCacheHeaders(ctx, access.audience);
    const collection = collectionOf(ctx, access);
    const query = parseTaxiiQuery(ctx.querystring);
    adjust(query);
    const options = exportOptions(strapi, access.audience, query.profile);
    const { objects, next } = await readObjects({ strapi, collection, access, options, query });
    setDateHeaders(ctx, objects);
    return { objects, paging: { more: Boolean(next), ...(next ? { next: encodeCursor(next) } : {}) }, collection };
  }

  return {
    async discovery(ctx: RequestContext) {
      const root = apiRootUrl(strapi, ctx);
      ctx.body = {
        title: 'Security briefings',
        description: 'Published security briefings as STIX 2.1, one collection per TLP marking you may read.',
        default: root,
        api_roots: [root],
      };
    },

    async apiRoot(ctx: RequestContext) {
      ctx.body = {
        title: 'Security briefings',
        description: 'Collections of published security briefings by TLP marking (CLEAR, GREEN, AMBER). Read-only.',
        versions: [TAXII_MEDIA_TYPE],
        max_content_length: MAX_CONTENT_LENGTH,
      };
    },

    async collections(ctx: RequestContext) {
      const access = accessFor(ctx);
      setCacheHeaders(ctx, access.audience);
      ctx.body = { collections: readableCollections(access).map(describeCollection) };
    },

    async collection(ctx: RequestContext) {
      const access = accessFor(ctx);
      setCacheHeaders(ctx, access.audience);
      ctx.body = describeCollection(collectionOf(ctx, access));
    },

    async objects(ctx: RequestContext) {
      const { objects, paging } = await page(ctx);
      ctx.body = { ...paging, ...(objects.length ? { objects: objects.map((found) => found.object) } : {}) };
    },

    async manifest(ctx: RequestContext) {
      const { objects, paging } = await page(ctx);
      const entries = objects.map((found) => ({
        id: found.object.id,
        date_added: found.dateAdded,
        version: versionOf(found.object),
        media_type: STIX_MEDIA_TYPE,
      }));
      ctx.body = { ...paging, ...(entries.length ? { objects: entries } : {}) };
    },

    async object(ctx: RequestContext) {
      const objectId = ctx.params.objectId!;
      const { objects, paging, collection } = await page(ctx, (query) => {
        query.ids = new Set([objectId]);
      });
      if (objects.length === 0 && !(await hasObject(collection.marking, objectId))) {
        throw new errors.NotFoundError('No object with that id in this collection.');
      }
      ctx.body = { ...paging, ...(objects.length ? { objects: objects.map((found) => found.object) } : {}) };
    },

    async versions(ctx: RequestContext) {
      const objectId = ctx.params.objectId!;
      const { objects, paging, collection } = await page(ctx, (query) => {
        query.ids = new Set([objectId]);
        query.versions = new Set(['all']);
      });
      if (objects.length === 0 && !(await hasObject(collection.marking, objectId))) {
        throw new errors.NotFoundError('No object with that id in this collection.');
      }
      ctx.body = { ...paging, ...(objects.length ? { versions: objects.map((found) => versionOf(found.object)) } : {}) };
    },
  };

  /** Whether any version in the collection serves this id (the shared objects are in every collection). */
  async function hasObject(collection: FeedCollection, objectId: string): Promise<boolean> {
    if (/^(marking-definition|extension-definition|identity)--/.test(objectId)) {
      if (stixSupportingObjects(collection as FeedCollection, exportOptions(strapi, 'partner')).some((o) => o.id === objectId)) return true;
    }
    const count = await strapi.db.query(FEED_VERSION as never).count({ where: { collection, objectIds: { $contains: ` ${objectId} ` } } });
    return Number(count) > 0;
  }
};
