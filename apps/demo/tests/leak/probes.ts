/**
 * The leak suite's probes, one data row each. Paths and GraphQL variables name fixture records by
 * placeholder: `{b.red}` is the RED briefing's documentId, `{name:a.red}` the RED-only actor's
 * name, `{slug:art.red}` an article's slug, `{misp:b.red}` the RED briefing's MISP event uuid (see
 * fixture.ts for the keys).
 */
import { EXPORT_FORMAT_VALUES, mispEventUuid, stableUuid } from '@security-briefings/entities';
import { ACTOR_KEYS, ARTICLE_KEYS, BRIEFING_KEYS, MARKINGS_OF, PLACE_KEYS, type Audience, type Fixture } from './fixture';

export const API = '/api/security-briefings';

/** The listing filters, as the model of what each audience may see understands them. */
export interface ListFilter {
  marking?: string;
  country?: string;
  eventType?: string;
  from?: string;
  to?: string;
  actor?: string;
}

export interface Probe {
  /** The request as written, placeholders and all: failures name it. */
  label: string;
  method: 'GET' | 'POST';
  path: string;
  /** A GraphQL operation (POST /graphql). */
  graphql?: { query: string; variables?: Record<string, unknown> };
  statuses?: (f: Fixture, a: Audience) => number[] | undefined;
  /**
   * A list whose total is checked: `briefings` with a filter the model evaluates, or null when the
   * request's meaning is unknown (then the total may not exceed what the audience may see at all).
   */
  list?: { kind: 'briefings'; filter: ListFilter | null } | { kind: 'actors' | 'places' };
  pagination?: (json: any) => any;
  data?: (json: any) => any;
  /** Values (placeholders allowed) that must appear: proves the audience really gets through. */
  mustSee?: (f: Fixture, a: Audience) => string[];
  /**
   * The plugin's own answer: Cache-Control and Vary are checked on success (public, max-age for the
   * public, private, no-store for partners); `public` for a route that serves the public view to everyone.
   */
  cache?: boolean | 'public';
  /** GraphQL fields that must give no data. */
  gone?: string[];
  graphqlSchema?: boolean;
  hostArticles?: boolean;
  articlesUnfiltered?: (json: any) => unknown[] | undefined;
  /** Only for these audiences (default: all). */
  only?: Audience[];
}

/** Replaces placeholders with fixture values. */
export function fill(template: string, f: Fixture): string {
  return template.replace(/\{(name:|lname:|slug:|misp:)?((?:b|a|p|art)\.[A-Za-z]+)\}/g, (_m, kind: string | undefined, key: string) => {
    if (kind === 'slug:') return f.slugs[key] ?? `missing-${key}`;
    if (kind === 'misp:') return f.ids[key] ? mispEventUuid(f.ids[key]!) : `missing-${key}`;
    if (kind === 'name:') return encodeURIComponent(f.names[key] ?? `missing-${key}`);
    if (kind === 'lname:') return encodeURIComponent((f.names[key] ?? `missing-${key}`).toLowerCase());
    return f.ids[key] ?? `missing-${key}`;
  });
}
/** Fills placeholders inside GraphQL variables (names unencoded). */
export function fillValue(value: unknown, f: Fixture): unknown {
  if (typeof value === 'string') return decodeURIComponent(fill(value, f));
  if (Array.isArray(value)) return value.map((v) => fillValue(v, f));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillValue(v, f)]));
  return value;
}

const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const lastDay = (d: string) => {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const [y, m] = d.split('-').map(Number) as [number, number];
    return `${d}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return d;
};

/** How many records the audience may see for this list. */
export function expectedTotal(probe: Probe, f: Fixture, a: Audience): { exact?: number; atMost: number; why: string } {
  const allowed = f.published.filter((b) => MARKINGS_OF[a].includes(b.marking));
  const list = probe.list;
  if (!list) return { atMost: Infinity, why: '' };
  if (list.kind !== 'briefings') {
    const visible = list.kind === 'actors' ? f.visibleActors[a] : f.visiblePlaces[a];
    return { exact: visible.size, atMost: visible.size, why: `${list.kind} linked from briefings it may read` };
  }
  const filter = list.filter;
  if (!filter) return { atMost: allowed.length, why: `${allowed.length} published ${MARKINGS_OF[a].join('/')} briefings` };
  const actor = filter.actor ? decodeURIComponent(fill(filter.actor, f)) : undefined;
  const matching = allowed.filter(
    (b) =>
      (!filter.marking || b.marking === filter.marking) &&
      (!filter.country || b.countryCode === filter.country) &&
      (!filter.eventType || b.eventType === filter.eventType) &&
      (!filter.from || (!!b.incidentDate && b.incidentDate >= firstDay(filter.from))) &&
      (!filter.to || (!!b.incidentDate && b.incidentDate <= lastDay(filter.to))) &&
      (!actor || b.actorIds.includes(actor) || b.actorNames.some((n) => n.toLowerCase() === actor.toLowerCase())),
  );
  return { exact: matching.length, atMost: matching.length, why: `published ${MARKINGS_OF[a].join('/')} briefings matching ${JSON.stringify(filter)}` };
}

const get = (path: string, extra: Partial<Probe> = {}): Probe => ({ label: `GET ${path}`, method: 'GET', path, ...extra });
const gql = (label: string, query: string, variables?: Record<string, unknown>, extra: Partial<Probe> = {}): Probe => ({
  label: `POST /graphql ${label}`,
  method: 'POST',
  path: '/graphql',
  graphql: { query, variables },
  ...extra,
});

/** The documentIds and titles of every briefing the audience may read. */
const visibleBriefings = (f: Fixture, a: Audience) =>
  f.briefingKeys.filter((k) => f.visibleBriefing(a, k)).flatMap((k) => [f.ids[`b.${k}`]!, f.titles[k]!]);

// ---- REST: briefing lists ------------------------------------------------------------------------

const BRIEFING_LISTS: [string, ListFilter | null][] = [
  ['', {}],
  ['?pageSize=100', {}],
  ['?marking=red', { marking: 'red' }],
  ['?marking=amber', { marking: 'amber' }],
  ['?marking=amber%2Bstrict', { marking: 'amber+strict' }],
  ['?marking=amber+strict', { marking: 'amber+strict' }],
  ['?marking=green', { marking: 'green' }],
  ['?marking=clear&pageSize=100', { marking: 'clear' }],
  ['?marking[]=red&marking[]=clear', null],
  ['?marking[$ne]=clear', null],
  ['?status=draft', {}],
  ['?status=draft&marking=clear', { marking: 'clear' }],
  ['?publicationState=preview', {}],
  ['?locale=fr', {}],
  ['?locale=all', {}],
  ['?populate=*', {}],
  ['?populate[sources]=*', {}],
  ['?populate[sources][populate]=*', {}],
  ['?populate[0]=sources&populate[1]=actorRoles', {}],
  ['?filters[marking][$eq]=red', {}],
  ['?filters[marking][$in][0]=red&filters[marking][$in][1]=amber%2Bstrict', {}],
  ['?filters[$or][0][marking][$eq]=red&filters[$or][1][marking][$eq]=clear', {}],
  ['?filters[publishedAt][$null]=true', {}],
  ['?filters[title][$containsi]=canary', {}],
  ['?sort=marking:desc', {}],
  ['?sort[0]=publishedAt:desc&sort[1]=title:asc', {}],
  ['?fields[0]=title&fields[1]=marking', {}],
  ['?pagination[pageSize]=100&pagination[withCount]=true', {}],
  ['?page=999', {}],
  ['?page=2&pageSize=1', {}],
  ['?page=0', {}],
  ['?page=-1', {}],
  ['?pageSize=0', {}],
  ['?pageSize=1000', {}],
  ['?pageSize=100&page=1', {}],
  ['?country=IQ&pageSize=100', { country: 'IQ' }],
  ['?country=YE', { country: 'YE' }],
  ['?country=LY', { country: 'LY' }],
  ['?country=SY', { country: 'SY' }],
  ['?eventType=explosions-remote-violence', { eventType: 'explosions-remote-violence' }],
  ['?eventType=strategic-developments', { eventType: 'strategic-developments' }],
  ['?eventType=violence-against-civilians', { eventType: 'violence-against-civilians' }],
  ['?country=IQ&eventType=explosions-remote-violence&from=2025-03-13&to=2025-03-13', { country: 'IQ', eventType: 'explosions-remote-violence', from: '2025-03-13', to: '2025-03-13' }],
  ['?marking=red&country=IQ&eventType=explosions-remote-violence&from=2025-03-13&to=2025-03-13', { marking: 'red', country: 'IQ', eventType: 'explosions-remote-violence', from: '2025-03-13', to: '2025-03-13' }],
  ['?country=LY&eventType=strategic-developments&from=2025-07-03&to=2025-07-03', { country: 'LY', eventType: 'strategic-developments', from: '2025-07-03', to: '2025-07-03' }],
  ['?from=2025-06&to=2025-07', { from: '2025-06', to: '2025-07' }],
  ['?from=2025&to=2025&pageSize=100', { from: '2025', to: '2025' }],
  ['?to=2025-03-12', { to: '2025-03-12' }],
  ['?from=2025-05-01&to=2025-05-01', { from: '2025-05-01', to: '2025-05-01' }],
  ['?actor={a.red}', { actor: '{a.red}' }],
  ['?actor={name:a.red}', { actor: '{name:a.red}' }],
  ['?actor={lname:a.red}', { actor: '{lname:a.red}' }],
  ['?actor={a.redOrg}', { actor: '{a.redOrg}' }],
  ['?actor={a.affilOrg}', { actor: '{a.affilOrg}' }],
  ['?actor={name:a.affilOrg}', { actor: '{name:a.affilOrg}' }],
  ['?actor={a.strict}', { actor: '{a.strict}' }],
  ['?actor={a.amber}', { actor: '{a.amber}' }],
  ['?actor={name:a.amber}', { actor: '{name:a.amber}' }],
  ['?actor={a.green}', { actor: '{a.green}' }],
  ['?actor={name:a.green}', { actor: '{name:a.green}' }],
  ['?actor={a.draft}', { actor: '{a.draft}' }],
  ['?actor={a.redraft}', { actor: '{a.redraft}' }],
  ['?actor={name:a.redraft}', { actor: '{name:a.redraft}' }],
  ['?actor={a.member}', { actor: '{a.member}' }],
  ['?actor={a.member}&marking=red', { actor: '{a.member}', marking: 'red' }],
  ['?_q=canary', {}],
  ['?q=canary', {}],
];

const briefingLists = (): Probe[] =>
  BRIEFING_LISTS.map(([query, filter]) =>
    get(`${API}/briefings${query}`, {
      list: { kind: 'briefings', filter },
      cache: true,
      ...(query === '?pageSize=100' ? { statuses: () => [200], mustSee: visibleBriefings } : {}),
      ...(query === '' ? { statuses: () => [200] } : {}),
    }),
  );

// ---- REST: one briefing, its exports, bulk exports -----------------------------------------------

const briefingReads = (): Probe[] =>
  BRIEFING_KEYS.flatMap((key) => [
    get(`${API}/briefings/{b.${key}}`, {
      cache: true,
      statuses: (f, a) => (f.visibleBriefing(a, key) ? [200] : [404]),
      mustSee: (f, a) => (f.visibleBriefing(a, key) ? [f.ids[`b.${key}`]!, f.titles[key]!] : []),
    }),
    get(`${API}/briefings/{b.${key}}?status=draft`, { cache: true, statuses: (f, a) => (f.visibleBriefing(a, key) ? [200, 400] : [400, 404]) }),
  ]);

const singleExports = (): Probe[] => [
  ...BRIEFING_KEYS.flatMap((key) =>
    EXPORT_FORMAT_VALUES.map((format) =>
      get(`${API}/briefings/{b.${key}}/export?format=${format}`, {
        cache: true,
        statuses: (f, a) => (f.visibleBriefing(a, key) ? undefined : [403, 404]),
      }),
    ),
  ),
  get(`${API}/briefings/{b.red}/export?format=csv&status=draft`, { cache: true, statuses: () => [400, 403, 404] }),
  get(`${API}/briefings/{b.clearDraft}/export?format=jsonld&status=draft`, { cache: true, statuses: () => [400, 403, 404] }),
  get(`${API}/briefings/{b.redraft}/export?format=ninjs&status=draft`, { cache: true }),
];

const BULK_FILTERS = [
  '',
  '&country=IQ',
  '&marking=red',
  '&marking=amber',
  '&actor={a.red}',
  '&status=draft',
  '&country=IQ&eventType=explosions-remote-violence&from=2025-03-13&to=2025-03-13',
];
const bulkExports = (): Probe[] =>
  EXPORT_FORMAT_VALUES.flatMap((format) => BULK_FILTERS.map((filter) => get(`${API}/briefings/export?format=${format}${filter}`, { cache: true })));

// ---- REST: actors, places, article JSON-LD -------------------------------------------------------

const DIRECTORY_LISTS = ['', '?pageSize=100', '?page=2&pageSize=5', '?page=999', '?populate=*', '?populate[affiliation]=*', '?populate[parent]=*', '?filters[name][$containsi]=canary', '?pageSize=1000', '?sort=name:desc', '?page=0'];
const directory = (): Probe[] => [
  ...(['actors', 'places'] as const).flatMap((kind) =>
    DIRECTORY_LISTS.map((query) =>
      get(`${API}/${kind}${query}`, {
        list: { kind },
        cache: true,
        ...(query === '?pageSize=100'
          ? { statuses: () => [200], mustSee: (f: Fixture, a: Audience) => [...(kind === 'actors' ? f.visibleActors[a] : f.visiblePlaces[a])] }
          : {}),
      }),
    ),
  ),
  ...ACTOR_KEYS.map((key) =>
    get(`${API}/actors/{a.${key}}`, { cache: true, statuses: (f, a) => (f.visibleActors[a].has(f.ids[`a.${key}`]!) ? [200] : [404]) }),
  ),
  ...PLACE_KEYS.map((key) =>
    get(`${API}/places/{p.${key}}`, { cache: true, statuses: (f, a) => (f.visiblePlaces[a].has(f.ids[`p.${key}`]!) ? [200] : [404]) }),
  ),
];

/** The article JSON-LD route serves the public view whoever asks; the GREEN and read-only tokens are not granted the route. */
const PUBLIC_ARTICLE = new Set(['redraft', 'seed']);
const withoutJsonLd = (a: Audience) => a === 'green' || a === 'readOnly';
const jsonLdStatus = (key: string) => (_f: Fixture, a: Audience) => (withoutJsonLd(a) ? [403] : PUBLIC_ARTICLE.has(key) ? [200] : [404]);
const articleJsonLd = (): Probe[] => [
  ...ARTICLE_KEYS.map((key) =>
    get(`${API}/articles/{slug:art.${key}}/jsonld`, {
      cache: 'public',
      statuses: jsonLdStatus(key),
      mustSee: (f, a) => (!withoutJsonLd(a) && PUBLIC_ARTICLE.has(key) ? [f.titles[key]!] : []),
    }),
  ),
  ...['red', 'amber', 'clearDraft', 'redraft'].map((key) => get(`${API}/articles/{art.${key}}/jsonld?embed=script`, { cache: 'public', statuses: jsonLdStatus(key) })),
];

// ---- the host app's article API ------------------------------------------------------------------

const articleList = (json: any) => json?.data;
const hostArticles = (): Probe[] => [
  get('/api/articles', { hostArticles: true, statuses: (_f, a) => (a === 'green' ? [403] : [200]) }),
  get('/api/articles?populate=*', { hostArticles: true }),
  get('/api/articles?populate[securityBriefings]=*', { hostArticles: true }),
  get('/api/articles?populate[securityBriefings][populate]=*', { hostArticles: true }),
  get('/api/articles?populate=securityBriefings', { hostArticles: true }),
  get('/api/articles?fields[0]=title&fields[1]=securityBriefings', { hostArticles: true }),
  get('/api/articles?filters[securityBriefings][marking][$eq]=red', { hostArticles: true, articlesUnfiltered: articleList }),
  get('/api/articles?filters[securityBriefings][title][$containsi]=canary', { hostArticles: true, articlesUnfiltered: articleList }),
  get('/api/articles?filters[securityBriefings][id][$notNull]=true', { hostArticles: true, articlesUnfiltered: articleList }),
  get('/api/articles?sort=securityBriefings.title:asc', { hostArticles: true }),
  get('/api/articles/{art.red}?populate=*', { hostArticles: true }),
  get('/api/articles/{art.red}?populate[securityBriefings][populate]=*', { hostArticles: true }),
];

// ---- GraphQL -------------------------------------------------------------------------------------

const BRIEFING_FIELDS = `documentId title slug summary body marking
  incident { dateAsWritten fatalitiesAsWritten place { documentId name admin1 parent { documentId name } aliases { value } } }
  places { documentId name parent { documentId name } }
  actorRoles { note actor { documentId name title description affiliation { documentId name } aliases { value } } }
  quotes { text medium speaker { documentId name } }
  sources { name url anonymous descriptor reliability credibility }
  assessment { judgement }
  corrections { text }`;

/** The queries @strapi/plugin-graphql generates for the plugin's types: they must be gone (shadow CRUD off). */
const generatedGraphql = (): Probe[] => [
  gql('securityBriefingsBriefings (generated)', `{ securityBriefingsBriefings(pagination: { limit: 100 }) { ${BRIEFING_FIELDS} } }`, undefined, { gone: ['securityBriefingsBriefings'] }),
  gql('securityBriefingsBriefings(status: DRAFT)', `{ securityBriefingsBriefings(status: DRAFT, pagination: { limit: 100 }) { documentId title summary body marking } }`, undefined, { gone: ['securityBriefingsBriefings'] }),
  gql('securityBriefingsBriefings(filters marking eq red)', `{ securityBriefingsBriefings(filters: { marking: { eq: "red" } }) { documentId title summary sources { descriptor } } }`, undefined, { gone: ['securityBriefingsBriefings'] }),
  gql(
    'securityBriefingsBriefings(filters or red/amber+strict)',
    `{ securityBriefingsBriefings(filters: { or: [{ marking: { eq: "red" } }, { marking: { eq: "amber+strict" } }] }) { title summary } }`,
    undefined,
    { gone: ['securityBriefingsBriefings'] },
  ),
  ...['red', 'strict', 'amber', 'green', 'clearDraft', 'redraft', 'clearLinks'].map((key) =>
    gql(`securityBriefingsBriefing(documentId: {b.${key}})`, `query($id: ID!) { securityBriefingsBriefing(documentId: $id) { ${BRIEFING_FIELDS} } }`, { id: `{b.${key}}` }, { gone: ['securityBriefingsBriefing'] }),
  ),
  ...['clearDraft', 'redraft'].map((key) =>
    gql(
      `securityBriefingsBriefing(documentId: {b.${key}}, status: DRAFT)`,
      `query($id: ID!) { securityBriefingsBriefing(documentId: $id, status: DRAFT) { documentId title summary body actorRoles { actor { name } } } }`,
      { id: `{b.${key}}` },
      { gone: ['securityBriefingsBriefing'] },
    ),
  ),
  gql('securityBriefingsBriefings_connection', `{ securityBriefingsBriefings_connection(pagination: { limit: 100 }) { nodes { documentId title summary marking } pageInfo { total pageCount } } }`, undefined, {
    gone: ['securityBriefingsBriefings_connection'],
  }),
  gql('securityBriefingsBriefings_connection(status: DRAFT)', `{ securityBriefingsBriefings_connection(status: DRAFT) { nodes { title } pageInfo { total } } }`, undefined, {
    gone: ['securityBriefingsBriefings_connection'],
  }),
  gql(
    'aliases over generated queries',
    `query($id: ID!) { a: securityBriefingsBriefings(filters: { marking: { eq: "red" } }) { title } b: securityBriefingsBriefings(status: DRAFT) { title } c: securityBriefingsBriefing(documentId: $id) { title summary } }`,
    { id: '{b.red}' },
    { gone: ['a', 'b', 'c'] },
  ),
  gql(
    'fragment over a generated query',
    `fragment Leak on SecurityBriefingsBriefing { title summary marking sources { name descriptor reliability credibility } } { securityBriefingsBriefings(pagination: { limit: 100 }) { ...Leak } }`,
    undefined,
    { gone: ['securityBriefingsBriefings'] },
  ),
  gql('securityBriefingsActors (generated shape)', `{ securityBriefingsActors(pagination: { limit: 100 }) { documentId name title description affiliation { documentId name } aliases { value } } }`),
  gql('securityBriefingsActors_connection', `{ securityBriefingsActors_connection(pagination: { limit: 100 }) { nodes { documentId name affiliation { name } } pageInfo { total } } }`, undefined, {
    gone: ['securityBriefingsActors_connection'],
  }),
  gql('securityBriefingsActors(filters name containsi canary) (generated shape)', `{ securityBriefingsActors(filters: { name: { containsi: "canary" } }) { documentId name } }`),
  gql('securityBriefingsPlaces (generated shape)', `{ securityBriefingsPlaces(pagination: { limit: 100 }) { documentId name admin1 parent { documentId name } aliases { value } } }`),
  gql('securityBriefingsPlaces_connection', `{ securityBriefingsPlaces_connection(pagination: { limit: 100 }) { nodes { documentId name parent { name } } pageInfo { total } } }`, undefined, {
    gone: ['securityBriefingsPlaces_connection'],
  }),
  gql('articles with securityBriefings', `{ articles(pagination: { limit: 100 }) { documentId title securityBriefings { title summary marking } } }`, undefined, { hostArticles: true }),
  gql('articles filtered by securityBriefings marking', `{ articles(filters: { securityBriefings: { marking: { eq: "red" } } }) { documentId title } }`, undefined, {
    hostArticles: true,
    articlesUnfiltered: (json) => json?.data?.articles ?? undefined,
  }),
  gql('articles_connection', `{ articles_connection(pagination: { limit: 100 }) { nodes { title } pageInfo { total } } }`, undefined, { hostArticles: true }),
  gql('introspection __schema', `{ __schema { queryType { fields { name args { name } } } types { name kind fields { name } } } }`, undefined, { graphqlSchema: true }),
  gql('introspection __type(SecurityBriefing)', `{ __type(name: "SecurityBriefing") { name fields { name type { name kind ofType { name } } } } }`, undefined, { graphqlSchema: true }),
  gql('introspection __type(SecurityBriefingsBriefing)', `{ __type(name: "SecurityBriefingsBriefing") { name fields { name } } }`, undefined, { graphqlSchema: true }),
  gql('introspection __type(SecurityBriefingsBriefingRecord)', `{ __type(name: "SecurityBriefingsBriefingRecord") { name fields { name description } } }`, undefined, { graphqlSchema: true }),
  gql('introspection __type(SecurityBriefingsSource)', `{ __type(name: "SecurityBriefingsSource") { name fields { name description } } }`, undefined, { graphqlSchema: true }),
];

/** Fields the plugin's own GraphQL briefing type offers (see server/src/graphql in the plugin). */
const OWN_BRIEFING_FIELDS = `documentId title slug summary body marking
  incident { dateAsWritten fatalitiesAsWritten place { documentId name admin1 parent { documentId name } aliases { value } } }
  places { documentId name parent { documentId name } }
  actorRoles { note actor { documentId name title description affiliation { documentId name } aliases { value } } }
  quotes { text medium speaker { documentId name affiliation { documentId name } } }
  sources { kind name url anonymous descriptor reliability credibility }
  assessment { judgement }
  corrections { text }
  sourceArticle { documentId title slug }`;
const ownList = (json: any) => json?.data?.securityBriefingsList;

/** The plugin's own queries, which apply its reading rules. */
const ownGraphql = (): Probe[] => [
  gql('securityBriefingsList(page, pageSize)', `{ securityBriefingsList(page: 1, pageSize: 100) { data { ${OWN_BRIEFING_FIELDS} } meta { pagination { page pageSize pageCount total } } } }`, undefined, {
    list: { kind: 'briefings', filter: {} },
    pagination: (json) => ownList(json)?.meta?.pagination,
    data: (json) => ownList(json)?.data,
    cache: true,
  }),
  ...(
    [
      ['marking: "red"', { marking: 'red' }],
      ['marking: "amber"', { marking: 'amber' }],
      ['marking: "amber+strict"', { marking: 'amber+strict' }],
      ['marking: "green"', { marking: 'green' }],
      ['country: "IQ", eventType: "explosions-remote-violence", from: "2025-03-13", to: "2025-03-13"', { country: 'IQ', eventType: 'explosions-remote-violence', from: '2025-03-13', to: '2025-03-13' }],
      ['country: "LY"', { country: 'LY' }],
      ['from: "2025-06", to: "2025-07"', { from: '2025-06', to: '2025-07' }],
      ['actor: "{a.red}"', { actor: '{a.red}' }],
      ['actor: "{name:a.red}"', { actor: '{name:a.red}' }],
      ['actor: "{a.amber}"', { actor: '{a.amber}' }],
      ['actor: "{a.affilOrg}"', { actor: '{a.affilOrg}' }],
    ] as [string, ListFilter][]
  ).map(([args, filter]) =>
    gql(
      `securityBriefingsList(${args})`,
      `{ securityBriefingsList(${args}, pageSize: 100) { data { ${OWN_BRIEFING_FIELDS} } meta { pagination { page pageSize pageCount total } } } }`,
      undefined,
      { list: { kind: 'briefings', filter }, pagination: (json) => ownList(json)?.meta?.pagination, data: (json) => ownList(json)?.data, cache: true },
    ),
  ),
  gql('securityBriefingsList(page: 999)', `{ securityBriefingsList(page: 999, pageSize: 10) { data { documentId title } meta { pagination { page pageSize pageCount total } } } }`, undefined, {
    list: { kind: 'briefings', filter: {} },
    pagination: (json) => ownList(json)?.meta?.pagination,
    data: (json) => ownList(json)?.data,
  }),
  gql('securityBriefingsList(pageSize: 1000)', `{ securityBriefingsList(pageSize: 1000) { data { documentId title summary } meta { pagination { total } } } }`, undefined, {
    list: { kind: 'briefings', filter: {} },
    pagination: (json) => ownList(json)?.meta?.pagination,
    data: (json) => ownList(json)?.data,
  }),
  gql('securityBriefingsList(page: 0)', `{ securityBriefingsList(page: 0) { data { documentId title } meta { pagination { total } } } }`),
  gql('securityBriefingsList(status: DRAFT)', `{ securityBriefingsList(status: DRAFT) { data { documentId title summary } } }`, undefined, { gone: ['securityBriefingsList'] }),
  gql(
    'securityBriefingsList aliases and a fragment',
    `fragment B on SecurityBriefingsBriefingRecord { documentId title summary marking } { a: securityBriefingsList(marking: "red") { data { ...B } } b: securityBriefingsList(marking: "amber") { data { ...B } } c: securityBriefingsList(pageSize: 100) { data { ...B } meta { pagination { total } } } }`,
  ),
  ...BRIEFING_KEYS.map((key) =>
    gql(`securityBriefing(documentId: {b.${key}})`, `query($id: ID!) { securityBriefing(documentId: $id) { ${OWN_BRIEFING_FIELDS} } }`, { id: `{b.${key}}` }, {
      cache: true,
    }),
  ),
  gql('securityBriefingsActors(page, pageSize)', `{ securityBriefingsActors(page: 1, pageSize: 100) { data { documentId name title affiliation { documentId name } } meta { pagination { page pageSize pageCount total } } } }`, undefined, {
    list: { kind: 'actors' },
    pagination: (json) => json?.data?.securityBriefingsActors?.meta?.pagination,
    data: (json) => json?.data?.securityBriefingsActors?.data,
    cache: true,
  }),
  ...['red', 'redOrg', 'affilOrg', 'member', 'amber', 'green', 'draft', 'redraft'].map((key) =>
    gql(`securityBriefingsActor(documentId: {a.${key}})`, `query($id: ID!) { securityBriefingsActor(documentId: $id) { documentId name title affiliation { documentId name } } }`, { id: `{a.${key}}` }, {
      cache: true,
    }),
  ),
  gql('securityBriefingsPlaces(page, pageSize)', `{ securityBriefingsPlaces(page: 1, pageSize: 100) { data { documentId name parent { documentId name } } meta { pagination { page pageSize pageCount total } } } }`, undefined, {
    list: { kind: 'places' },
    pagination: (json) => json?.data?.securityBriefingsPlaces?.meta?.pagination,
    data: (json) => json?.data?.securityBriefingsPlaces?.data,
    cache: true,
  }),
  ...['red', 'redParent', 'parentOfClear', 'clearChild', 'amber', 'green', 'draft'].map((key) =>
    gql(`securityBriefingsPlace(documentId: {p.${key}})`, `query($id: ID!) { securityBriefingsPlace(documentId: $id) { documentId name parent { documentId name } } }`, { id: `{p.${key}}` }, {
      cache: true,
    }),
  ),
];

// ---- partner feeds: TAXII 2.1 and the MISP feed -------------------------------------------------

const TAXII = `${API}/taxii2`;
const FEED_MARKINGS = ['clear', 'green', 'amber', 'amber+strict', 'red'];
/** Collections exist for CLEAR, GREEN and AMBER; a caller gets those of its markings, any other is not found. */
const opensCollection = (a: Audience, marking: string) => MARKINGS_OF[a].includes(marking) && ['clear', 'green', 'amber'].includes(marking);
const partnerFeeds = (): Probe[] => [
  get(`${TAXII}/`, { statuses: () => [200] }),
  get(`${TAXII}/root/`, { statuses: () => [200] }),
  get(`${TAXII}/root/collections/`, { statuses: () => [200], cache: true }),
  ...FEED_MARKINGS.flatMap((marking) => {
    const collection = `${TAXII}/root/collections/${stableUuid('taxii', 'collection', marking)}`;
    const statuses = (_f: Fixture, a: Audience) => (opensCollection(a, marking) ? [200] : [404]);
    return [
      get(`${collection}/`, { statuses, cache: true }),
      get(`${collection}/objects/?limit=500`, { statuses, cache: true }),
      get(`${collection}/objects/?limit=500&match[version]=all`, { statuses, cache: true }),
      get(`${collection}/objects/?limit=500&match[type]=report&profile=misp`, { statuses, cache: true }),
      get(`${collection}/manifest/?limit=500&match[version]=all`, { statuses, cache: true }),
    ];
  }),
  get(`${API}/misp/manifest.json`, { statuses: () => [200], cache: true }),
  get(`${API}/misp/hashes.csv`, { statuses: () => [200], cache: true }),
  ...BRIEFING_KEYS.map((key) =>
    get(`${API}/misp/{misp:b.${key}}.json`, {
      cache: true,
      statuses: (f, a) => (f.visibleBriefing(a, key) ? [200] : [404]),
      mustSee: (f, a) => (f.visibleBriefing(a, key) ? [f.titles[key]!] : []),
    }),
  ),
];

// ---- doors that are not the content API ------------------------------------------------------------

const CM = '/content-manager/collection-types/plugin::security-briefings.briefing';
const otherDoors = (): Probe[] => [
  ...[
    '/security-briefings/overview',
    '/security-briefings/overview?marking=red&status=draft',
    '/security-briefings/briefings/{b.red}/export?format=csv',
    '/security-briefings/briefings/{b.clearDraft}/export?format=jsonld&status=draft',
    '/security-briefings/briefings/{b.amber}/export?format=stix&status=published',
    `${CM}?page=1&pageSize=100`,
    `${CM}/{b.red}`,
    `${CM}/{b.redraft}?status=draft`,
    '/content-manager/collection-types/plugin::security-briefings.actor?pageSize=100',
  ].map((path) => get(path, { statuses: () => [401, 403] })),
  ...['/api/briefings', '/api/security-briefings/briefing', '/api/security-briefings/briefings/{b.red}/', '/api/security-briefings/briefings/{b.red}%2F..%2F{b.seed}', '/api/security-briefings/markings/red', '/api/security-briefings/markings/amber+strict'].map(
    (path) => get(path),
  ),
];

/** Every probe, in order; each runs once per audience. */
export function allProbes(): Probe[] {
  return [
    ...briefingLists(),
    ...briefingReads(),
    ...singleExports(),
    ...bulkExports(),
    ...directory(),
    ...articleJsonLd(),
    ...hostArticles(),
    ...generatedGraphql(),
    ...ownGraphql(),
    ...partnerFeeds(),
    ...otherDoors(),
  ];
}
