import { pluginAction } from '../constants';
import { readTurns } from '../middlewares/read-turns';
import { unlistedHandler } from '../utils/unlisted-handler';
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

const endpoints: [path: string, action: string][] = [
  [TAXII_PATH, 'discovery'],
  [root, 'apiRoot'],
  [`${root}/collections`, 'collections'],
  [collection, 'collection'],
  [`${collection}/objects`, 'objects'],
  [`${collection}/manifest`, 'manifest'],
  [object, 'object'],
  [`${object}/versions`, 'versions'],
];

export default endpoints.flatMap(([path, action]) =>
  [path, `${path}/`].map((p) => ({
    method: 'GET',
    path: p,
    handler: unlistedHandler('taxii', action),
    config: { auth: { scope: [pluginAction('briefing.find')] }, policies: [], middlewares: [readTurns] },
  })),
);
