// A TAXII 2.1 client that asks a feed what partners' platforms ask, in their order, with their
// headers and query parameters: the tests and the feed bench run it against the demo, and a newsroom
// can point it at its own feed before telling partners about it.
//
//   node scripts/taxii-walk.js <discovery URL> [--token <API token>] [--basic] [--client taxii2-client|opencti-connector|opencti-ingestion]
//                              [--collection <id>] [--limit N] [--added-after <timestamp>]
//
// Three clients, each mirroring what its source does (read, not copied):
//  - taxii2-client: the OASIS library (oasis-open/cti-taxii-client, taxii2client/v21/__init__.py and
//    common.py, version 2.3.0), which most Python tools use;
//  - opencti-connector: OpenCTI's "TAXII2" external-import connector (OpenCTI-Platform/connectors,
//    external-import/taxii2/src/connector/), built on taxii2-client but paging its own way;
//  - opencti-ingestion: OpenCTI's built-in ingestion, Data > Ingestion > TAXII feeds
//    (OpenCTI-Platform/opencti, opencti-graphql/src/manager/ingestionManager.ts, taxii region).
// Every answer is checked the way the strictest of them checks it; a check that fails throws a
// TaxiiClientError naming the request, as the real client would fail the import.

const MEDIA_TYPE_TAXII_V21 = 'application/taxii+json;version=2.1';
/** taxii2client/__init__.py DEFAULT_USER_AGENT, sent on every request of taxii2-client (and so of the connector). */
const TAXII2_CLIENT_USER_AGENT = 'taxii2-client/2.3.0';

class TaxiiClientError extends Error {
  constructor(message, { url, status, body } = {}) {
    super(`${message}${url ? ` (GET ${url}${status ? ` -> ${status}` : ''})` : ''}${body ? `: ${String(body).slice(0, 300)}` : ''}`);
    this.name = 'TaxiiClientError';
    this.url = url;
    this.status = status;
  }
}

/**
 * The Authorization header for one of the ways partners' platforms authenticate:
 * { bearer } (OpenCTI ingestion "Bearer"), { user, password } (HTTP Basic: requests' HTTPBasicAuth in
 * taxii2-client, OpenCTI ingestion "Basic user:password"), { tokenScheme } (taxii2-client's TokenAuth,
 * which OpenCTI's connector sends for TAXII2_USE_TOKEN: `Authorization: Token <key>`).
 */
function authorizationOf(auth) {
  if (!auth) return undefined;
  if (auth.bearer) return `Bearer ${auth.bearer}`;
  if (auth.tokenScheme) return `Token ${auth.tokenScheme}`;
  if (auth.password !== undefined) return `Basic ${Buffer.from(`${auth.user ?? ''}:${auth.password}`, 'utf8').toString('base64')}`;
  throw new Error(`unknown authentication ${JSON.stringify(Object.keys(auth))}`);
}

/**
 * taxii2-client's Content-Type check (common.py, _HTTPConnection.valid_content_type for 2.1): every
 * `;`-separated token of the Accept sent, spaces removed, is in the Content-Type, whose first token is
 * application/taxii+json. A server answering application/json, or leaving out version=2.1, fails it.
 */
function validContentType(contentType, accept) {
  const acceptTokens = accept.replace(/ /g, '').split(';');
  const contentTokens = String(contentType ?? '').replace(/ /g, '').split(';');
  return acceptTokens.every((token) => contentTokens.includes(token)) && contentTokens[0] === 'application/taxii+json';
}

/** Query parameters in the order given, leaving out empty ones (as requests and axios leave out None/undefined). */
function withQuery(url, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '' || value === 0) continue;
    query.append(name, String(value));
  }
  const text = query.toString();
  return text ? `${url}${url.includes('?') ? '&' : '?'}${text}` : url;
}

/**
 * One HTTP connection's worth of settings (taxii2-client's _HTTPConnection): who we say we are, how we
 * authenticate, and a record of every request (URL, status, time, objects) for tests and the bench.
 * `onResponse` sees each answer as it arrives (the bench samples the server's memory there).
 */
function connection({ auth, userAgent, onResponse } = {}) {
  const requests = [];
  const authorization = authorizationOf(auth);
  return {
    requests,
    /** A GET with the TAXII Accept header; the parsed JSON, the headers and the time it took. */
    async get(url, { params, accept = MEDIA_TYPE_TAXII_V21, checkContentType = true } = {}) {
      const target = withQuery(url, params);
      const headers = { Accept: accept };
      if (userAgent) headers['User-Agent'] = userAgent;
      if (authorization) headers.Authorization = authorization;
      const started = performance.now();
      // redirect: 'manual': a login page or a redirect instead of a 401 is a failure, not something to follow.
      const res = await fetch(target, { headers, redirect: 'manual' });
      const text = await res.text();
      const ms = performance.now() - started;
      const record = { url: target, status: res.status, ms, bytes: Buffer.byteLength(text), objects: 0 };
      requests.push(record);
      // requests' raise_for_status / OpenCTI's http client: anything but 2xx fails the poll.
      if (res.status < 200 || res.status > 299) throw new TaxiiClientError(`HTTP ${res.status}`, { url: target, status: res.status, body: text });
      const contentType = res.headers.get('content-type');
      if (checkContentType && !validContentType(contentType, accept)) {
        throw new TaxiiClientError(`Content-Type ${JSON.stringify(contentType)} does not answer Accept ${JSON.stringify(accept)}`, { url: target, status: res.status });
      }
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        throw new TaxiiClientError('the answer is not JSON', { url: target, status: res.status, body: text });
      }
      record.objects = Array.isArray(body.objects) ? body.objects.length : 0;
      const answer = { url: target, status: res.status, headers: res.headers, body, ms };
      onResponse?.(answer, record);
      return answer;
    },
  };
}

/** taxii2-client adds a trailing slash to every endpoint URL it is given (common.py, _TAXIIEndpoint; its issue #50). */
const withSlash = (url) => (url.endsWith('/') ? url : `${url}/`);

/** Throws unless the object has every property named (the validators of taxii2client/v21). */
function requireProperties(what, url, object, names) {
  for (const name of names) {
    if (object?.[name] === undefined || object?.[name] === null || object?.[name] === '') throw new TaxiiClientError(`No '${name}' in ${what}`, { url });
  }
}

/** The checks every objects page gets: the envelope's shape and the date-added headers readers use to resume. */
function checkObjectsPage(answer) {
  const { body, url, headers } = answer;
  if (body.objects !== undefined && !Array.isArray(body.objects)) throw new TaxiiClientError("'objects' is not a list", { url });
  if (body.more !== undefined && typeof body.more !== 'boolean') throw new TaxiiClientError("'more' is not a boolean", { url });
  // OpenCTI's connector loops while `more` is true and only asks again when `next` is there: more without next never ends.
  if (body.more === true && !body.next) throw new TaxiiClientError("'more' is true but there is no 'next'", { url });
  const objects = body.objects ?? [];
  if (objects.length > 0) {
    // TAXII 2.1, 5.3: objects pages carry both; OpenCTI's ingestion saves -Last as where to resume.
    for (const name of ['X-TAXII-Date-Added-First', 'X-TAXII-Date-Added-Last']) {
      const value = headers.get(name);
      if (!value || Number.isNaN(Date.parse(value))) throw new TaxiiClientError(`header ${name} missing or not a timestamp (${JSON.stringify(value)})`, { url });
    }
    // OpenCTI's connector reads spec_version from the envelope or the first object; without it, it falls
    // back to TAXII 2.0 and pages through the manifest instead (connector/client_taxii.py, poll).
    if (!body.spec_version && !objects[0].spec_version) throw new TaxiiClientError('the first object has no spec_version: OpenCTI would take the feed for TAXII 2.0', { url });
  }
  return objects;
}

/** What a walk gives back: per collection the objects received in order, and every request made. */
function collectionResult(collection) {
  return { id: collection.id, title: collection.title, objects: [], pages: 0, dateAddedLast: undefined };
}

/**
 * Discovery -> API roots -> API root information -> collections, as taxii2-client's Server and ApiRoot
 * do it: Server.refresh GETs the discovery URL with the default Accept and validates 'title'; each
 * entry of api_roots is joined to the discovery URL (urljoin, so relative roots work) and gets a
 * slash; ApiRoot.refresh_information GETs the root and validates title, versions, max_content_length;
 * refresh_collections GETs <root>collections/ and makes each collection's URL <root>collections/<id>/,
 * validating id, title, can_read, can_write (no GET of the collection itself).
 */
async function discover(http, discoveryUrl) {
  const discoveryAt = withSlash(discoveryUrl);
  const discovery = await http.get(discoveryAt);
  requireProperties('Server Discovery', discoveryAt, discovery.body, ['title']);
  const roots = [];
  for (const root of discovery.body.api_roots ?? []) {
    const rootUrl = withSlash(new URL(root, discoveryAt).toString());
    const information = await http.get(rootUrl);
    requireProperties('API Root', rootUrl, information.body, ['title', 'versions', 'max_content_length']);
    // The issue's "what real clients trip on": versions holds media-type strings.
    if (!information.body.versions.includes(MEDIA_TYPE_TAXII_V21)) throw new TaxiiClientError(`versions ${JSON.stringify(information.body.versions)} lacks ${MEDIA_TYPE_TAXII_V21}`, { url: rootUrl });
    const collectionsUrl = `${rootUrl}collections/`;
    const listed = await http.get(collectionsUrl);
    const collections = (listed.body.collections ?? []).map((item) => {
      const url = `${collectionsUrl}${item.id}/`;
      requireProperties('Collection', url, item, ['id', 'title', 'can_read', 'can_write']);
      return { ...item, url, objectsUrl: `${url}objects/` };
    });
    roots.push({ url: rootUrl, title: information.body.title, information: information.body, collections });
  }
  return { discovery: discovery.body, roots };
}

/**
 * taxii2-client's as_pages(collection.get_objects, per_request=limit, **filters): the first page with
 * limit and the filters, then while `more`, the next page with limit, next and the same filters again.
 * If the first page holds fewer objects than asked while `more` is true, it asks for that many from then
 * on (as_pages logs "TAXII Server Response with different amount of objects!").
 * Filters: added_after, and match[...] for anything else (common.py, _filter_kwargs_to_query_params).
 */
async function pagesLikeTaxii2Client(http, collection, { limit, addedAfter, match = {} }, onObjects) {
  if (!collection.can_read) throw new TaxiiClientError(`Collection '${collection.url}' does not allow reading.`);
  const filters = { added_after: addedAfter, ...Object.fromEntries(Object.entries(match).map(([name, value]) => [`match[${name}]`, [].concat(value).join(',')])) };
  let perRequest = limit;
  let page = await http.get(collection.objectsUrl, { params: { limit: perRequest, ...filters } });
  onObjects(checkObjectsPage(page), page);
  const obtained = page.body.objects?.length ?? 0;
  if (page.body.more && perRequest && obtained !== perRequest) perRequest = obtained;
  while (page.body.more) {
    page = await http.get(collection.objectsUrl, { params: { limit: perRequest, next: page.body.next ?? '', ...filters } });
    onObjects(checkObjectsPage(page), page);
  }
}

/**
 * Walks every collection of every API root as a script using taxii2-client would: Server(discovery,
 * user, password) -> api_roots -> collections -> as_pages(get_objects). Returns the collections with
 * the objects received in order, and every request made.
 */
async function walkLikeTaxii2Client({ discoveryUrl, auth, limit, addedAfter, match, collectionId, onResponse }) {
  const http = connection({ auth, userAgent: TAXII2_CLIENT_USER_AGENT, onResponse });
  const { roots } = await discover(http, discoveryUrl);
  const collections = [];
  for (const root of roots) {
    for (const collection of root.collections) {
      if (collectionId && collection.id !== collectionId) continue;
      const result = collectionResult(collection);
      await pagesLikeTaxii2Client(http, collection, { limit, addedAfter, match }, (objects, page) => {
        result.objects.push(...objects);
        result.pages++;
        result.dateAddedLast = page.headers.get('X-TAXII-Date-Added-Last') ?? result.dateAddedLast;
      });
      collections.push(result);
    }
  }
  return { collections, requests: http.requests };
}

/** Python's strftime('%Y-%m-%dT%H:%M:%S.%fZ') of a UTC time: six fractional digits. */
const pythonMicroseconds = (date) => date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
/**
 * taxii2-client's _format_datetime of a datetime without a `precision`: UTC, fractional seconds only
 * when not zero, trailing zeros dropped.
 */
const taxii2ClientTimestamp = (date) => date.toISOString().replace(/\.000Z$/, 'Z').replace(/(\.\d*?)0+Z$/, '$1Z');

/**
 * One run of OpenCTI's TAXII2 connector (connector.py, process_message, and client_taxii.py, poll):
 *  - added_after: the saved state's last_run (whole seconds since the epoch) formatted with six
 *    fractional digits, or on the first run now minus TAXII2_INITIAL_HISTORY hours (a datetime that
 *    taxii2-client formats);
 *  - limit only when TAXII2_ENABLE_URL_QUERY_LIMIT (then TAXII2_URL_QUERY_LIMIT, default 100);
 *  - TAXII2_COLLECTIONS "<api root>.<collection title>", "*" for any: the API root matched by the last
 *    segment of its URL, the collection by its title;
 *  - paging: while `more` is true and there is a `next`, it drops added_after and asks with next (and
 *    limit) only, unlike taxii2-client's as_pages;
 *  - the state it saves: last_run = the whole second at which this run started.
 * Returns the collections and objects received, the requests, and the state to pass to the next run.
 */
async function runLikeOpenCtiConnector({ discoveryUrl, auth, collections: wanted = '*.*', initialHistoryHours = 24, queryLimit, state, now = new Date(), onResponse }) {
  const http = connection({ auth, userAgent: TAXII2_CLIENT_USER_AGENT, onResponse });
  const currentTimestamp = Math.floor(now.getTime() / 1000);
  const addedAfter = state?.last_run !== undefined ? pythonMicroseconds(new Date(state.last_run * 1000)) : taxii2ClientTimestamp(new Date(now.getTime() - initialHistoryHours * 3600 * 1000));
  const { roots } = await discover(http, discoveryUrl);
  const results = [];
  for (const entry of wanted.split(',')) {
    const [rootPath, title] = entry.split('.');
    const inRoots = rootPath === '*' ? roots : roots.filter((root) => root.url.split('/').at(-2) === rootPath);
    if (inRoots.length === 0) throw new TaxiiClientError(`Api Root ${rootPath} does not exist in the TAXII server`);
    for (const root of inRoots) {
      const chosen = title === '*' ? root.collections : root.collections.filter((c) => c.title === title);
      if (chosen.length === 0) throw new TaxiiClientError(`Collection ${title} does not exist in API root ${root.title}`);
      for (const collection of chosen) {
        const result = collectionResult(collection);
        const filters = { limit: queryLimit, added_after: addedAfter };
        let page = await http.get(collection.objectsUrl, { params: filters });
        for (;;) {
          result.objects.push(...checkObjectsPage(page));
          result.pages++;
          result.dateAddedLast = page.headers.get('X-TAXII-Date-Added-Last') ?? result.dateAddedLast;
          if (page.body.more !== true) break;
          delete filters.added_after;
          filters.next = page.body.next;
          page = await http.get(collection.objectsUrl, { params: filters });
        }
        results.push(result);
      }
    }
  }
  return { collections: results, requests: http.requests, state: { last_run: currentTimestamp } };
}

/**
 * OpenCTI's built-in TAXII feed ingestion (ingestionManager.ts: taxiiHttpGet, prepareTaxiiGetParam,
 * processTaxiiResponse). It does no discovery: the admin types the API root as the URI and the
 * collection's id; each scheduled run makes one request, GET <uri>/collections/<id>/objects/ with
 * Accept application/taxii+json;version=2.1, the saved cursor as `next` together with the saved
 * `added_after` (limit only if the platform sets ingestion_manager:taxii_feed:limit_per_request), and:
 *  - objects and more with a next: saves next as the cursor, added_after unchanged;
 *  - objects and no more: drops the cursor and saves X-TAXII-Date-Added-Last (as a JavaScript ISO
 *    date, milliseconds) as the next added_after, or now without that header;
 *  - no objects: drops the cursor, keeps added_after.
 * Basic authentication is one "user:password" value; Bearer sends the value as is.
 * One call here is one scheduled run; `state` is { cursor, addedAfter }.
 */
async function runLikeOpenCtiIngestion({ uri, collection, auth, state = {}, limitPerRequest, onResponse }) {
  // No User-Agent of its own: its http client (fetch; axios before) sends the runtime's default.
  const http = connection({ auth, onResponse });
  const url = `${withSlash(uri)}collections/${collection}/objects/`;
  const page = await http.get(url, { params: { next: state.cursor, added_after: state.addedAfter, limit: limitPerRequest }, checkContentType: false });
  const objects = checkObjectsPage(page);
  let next;
  if (objects.length > 0) {
    const lastHeader = page.headers.get('X-TAXII-Date-Added-Last');
    next = page.body.more && page.body.next ? { cursor: page.body.next, addedAfter: state.addedAfter } : { cursor: undefined, addedAfter: lastHeader ? new Date(lastHeader).toISOString() : new Date().toISOString() };
  } else {
    next = { cursor: undefined, addedAfter: state.addedAfter };
  }
  return { objects, page, requests: http.requests, state: next };
}

/** Runs the OpenCTI ingestion until it has caught up (a run that leaves no cursor), as its scheduler would over time. */
async function catchUpLikeOpenCtiIngestion(options) {
  let state = options.state ?? {};
  const objects = [];
  const requests = [];
  for (let run = 0; ; run++) {
    if (run > 100000) throw new TaxiiClientError('the ingestion never caught up');
    const result = await runLikeOpenCtiIngestion({ ...options, state });
    objects.push(...result.objects);
    requests.push(...result.requests);
    state = result.state;
    if (!state.cursor) return { objects, requests, state };
  }
}

/** The version of a STIX object a TAXII server lists: `modified`, or `created` for objects that are never modified. */
const versionOf = (object) => object.modified ?? object.created;

module.exports = {
  MEDIA_TYPE_TAXII_V21,
  TAXII2_CLIENT_USER_AGENT,
  TaxiiClientError,
  validContentType,
  walkLikeTaxii2Client,
  runLikeOpenCtiConnector,
  runLikeOpenCtiIngestion,
  catchUpLikeOpenCtiIngestion,
  versionOf,
};

/** From the command line: walks a feed and prints what each collection gave. */
async function main() {
  const { parseArgs } = require('node:util');
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      token: { type: 'string' },
      basic: { type: 'boolean', default: false },
      client: { type: 'string', default: 'taxii2-client' },
      collection: { type: 'string' },
      limit: { type: 'string' },
      'added-after': { type: 'string' },
    },
  });
  const discoveryUrl = positionals[0];
  if (!discoveryUrl) throw new Error('usage: node scripts/taxii-walk.js <discovery URL> [--token T] [--basic] [--client taxii2-client|opencti-connector|opencti-ingestion] [--collection id] [--limit N] [--added-after ts]');
  const auth = values.token ? (values.basic ? { user: 'token', password: values.token } : { bearer: values.token }) : undefined;
  const limit = values.limit ? Number(values.limit) : undefined;
  let collections;
  if (values.client === 'opencti-ingestion') {
    if (!values.collection) throw new Error('--client opencti-ingestion needs --collection <id> (OpenCTI does no discovery)');
    const apiRoot = new URL('root/', withSlash(discoveryUrl)).toString();
    const state = values['added-after'] ? { addedAfter: values['added-after'] } : {};
    const { objects } = await catchUpLikeOpenCtiIngestion({ uri: apiRoot, collection: values.collection, auth, state, limitPerRequest: limit });
    collections = [{ id: values.collection, title: '(by id)', objects }];
  } else if (values.client === 'opencti-connector') {
    ({ collections } = await runLikeOpenCtiConnector({ discoveryUrl, auth, queryLimit: limit, initialHistoryHours: 24 * 365 * 50 }));
  } else {
    ({ collections } = await walkLikeTaxii2Client({ discoveryUrl, auth, limit, addedAfter: values['added-after'], collectionId: values.collection }));
  }
  for (const c of collections) {
    const types = {};
    for (const o of c.objects) types[o.type] = (types[o.type] ?? 0) + 1;
    console.log(`${c.title} (${c.id}): ${c.objects.length} objects ${JSON.stringify(types)}`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
