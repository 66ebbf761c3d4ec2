import { pluginAction } from '../constants';
import { API_ROOT, TAXII_PATH } from '../taxii/collections';

/**
 * The TAXII 2.1 server's routes under the plugin's content API. Each checks the permission to read
 * the briefings list (briefing.find), so whoever may list briefings may poll the feed, and anonymous
 * callers get in exactly when the Public role may list them. Each URL answers with and without its
 * trailing slash (clients differ).
 */
const root = `${TAXII_PATH}/${API_ROOT}`;
const collection = `${root}/collections/:collectionId`;
const object = `${collection}/objects/:objectId`;

const endpoints: [path: string, handler: string][] = [
  [TAXII_PATH, 'taxii.discovery'],
  [root, 'taxii.apiRoot'],
  [`${root}/collections`, 'taxii.collections'],
  [collection, 'taxii.collection'],
  [`${collection}/objects`, 'taxii.objects'],
  [`${collection}/manifest`, 'taxii.manifest'],
  [object, 'taxii.object'],
  [`${object}/versions`, 'taxii.versions'],
];

export default endpoints.flatMap(([path, handler]) =>
  [path, `${path}/`].map((p) => ({
    method: 'GET',
    path: p,
    handler,
    config: { auth: { scope: [pluginAction('briefing.find')] }, policies: [], middlewares: [] },
  })),
);
