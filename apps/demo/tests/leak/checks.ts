/**
 * The leak suite's assertions, written once: every probe's answer goes through `problemsOf`, which
 * returns one sentence per leak (empty when the answer is clean).
 */
import { type Audience, type Fixture, MARKINGS_OF, isPublic } from './fixture';
import { type Probe, expectedTotal, fill } from './probes';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Keys that carry a source's grade or who an anonymous source is: never in public output. */
const SOURCE_SECRETS = ['descriptor', 'reliability', 'credibility', 'grade'];

const headerText = (headers: Answer['headers']) =>
  Object.entries(headers)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : v}`)
    .join('\n');

const header = (answer: Answer, name: string) => {
  const value = answer.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value ?? '';
};

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
};

/** The JSON in an answer, if any: a JSON body, or the JSON-LD inside a script element. */
export function jsonOf(answer: Answer): unknown {
  const text = answer.text.trim();
  const script = /^<script[^>]*>([\s\S]*)<\/script>$/i.exec(text);
  const candidate = script ? script[1]! : text;
  if (!/^[[{]/.test(candidate.trim())) return undefined;
  try {
    return JSON.parse(candidate);
  } catch {
    return undefined;
  }
}

/** RFC 4180 CSV, enough for the exporters' output. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let started = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    started = true;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      started = false;
    } else cell += ch;
  }
  if (started) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Every check, for one probe's answer. */
export function problemsOf(probe: Probe, audience: Audience, answer: Answer, fixture: Fixture, request: string): string[] {
  const problems: string[] = [];
  const asked = safeDecode(request).toLowerCase();
  const body = answer.text.toLowerCase();
  const headers = headerText(answer.headers).toLowerCase();

  // 1. No canary this audience must not see, in the body or any header (unless the request itself carried it).
  for (const canary of fixture.forbiddenFor(audience)) {
    const needle = canary.value.toLowerCase();
    if (asked.includes(needle)) continue;
    if (body.includes(needle)) problems.push(`body leaks ${canary.what} (${canary.value})`);
    if (headers.includes(needle)) problems.push(`a header leaks ${canary.what} (${canary.value})`);
  }

  // 2. Status, when the probe states one.
  const statuses = probe.statuses?.(fixture, audience);
  if (statuses && !statuses.includes(answer.status)) {
    problems.push(`status ${answer.status}, expected ${statuses.join(' or ')}${answer.status === 200 ? ' (answers for something it should not)' : ''}`);
  }

  const json = jsonOf(answer);
  const ok = answer.status >= 200 && answer.status < 300;

  // 3. Structure: no source grade or descriptor for the public, no anonymous source's identity, no marking beyond the audience's.
  if (json !== undefined) {
    walk(json, '$', (key, value, path, parent) => {
      if (isPublic(audience) && SOURCE_SECRETS.includes(key) && value != null && value !== '' && typeof value !== 'object') {
        problems.push(`public JSON carries ${key}=${JSON.stringify(value)} at ${path}`);
      }
      if (isPublic(audience) && parent.anonymous === true && ['name', 'url'].includes(key) && value != null && value !== '') {
        problems.push(`public JSON names an anonymous source: ${key}=${JSON.stringify(value)} at ${path}`);
      }
      if (key === 'marking' && typeof value === 'string' && !MARKINGS_OF[audience].includes(value) && !probe.graphqlSchema) {
        problems.push(`JSON holds a briefing marked ${value} at ${path}`);
      }
      if (key === 'securityBriefings' && probe.hostArticles) {
        problems.push(`the article API exposes the private securityBriefings relation at ${path}`);
      }
    });
  }

  // 4. CSV: no cell may start a spreadsheet formula.
  if (ok && /text\/csv/.test(header(answer, 'content-type'))) {
    parseCsv(answer.text).forEach((row, r) =>
      row.forEach((cell, c) => {
        if (/^[=+\-@]/.test(cell) && !PLAIN_NUMBER.test(cell)) problems.push(`CSV row ${r + 1} column ${c + 1} starts a formula: ${JSON.stringify(cell)}`);
      }),
    );
  }

  // 5. Totals and pagination never depend on hidden documents.
  if (ok && probe.list && json !== undefined) {
    const pagination = (probe.pagination ?? ((j: any) => j?.meta?.pagination))(json);
    const data = (probe.data ?? ((j: any) => j?.data))(json);
    const expected = expectedTotal(probe, fixture, audience);
    if (pagination && typeof pagination.total === 'number') {
      if (expected.exact !== undefined && pagination.total !== expected.exact) {
        problems.push(`pagination.total is ${pagination.total}, but ${audience} may see ${expected.exact} (${expected.why})`);
      }
      if (expected.exact === undefined && pagination.total > expected.atMost) {
        problems.push(`pagination.total is ${pagination.total}, more than the ${expected.atMost} ${audience} may see`);
      }
      if (typeof pagination.pageSize === 'number' && pagination.pageSize > 0 && typeof pagination.pageCount === 'number') {
        const pageCount = Math.ceil(pagination.total / pagination.pageSize);
        if (pagination.pageCount !== pageCount) problems.push(`pagination.pageCount is ${pagination.pageCount}, expected ${pageCount} for total ${pagination.total}`);
      }
      if (Array.isArray(data) && typeof pagination.page === 'number' && typeof pagination.pageSize === 'number') {
        const onPage = Math.max(0, Math.min(pagination.pageSize, pagination.total - (pagination.page - 1) * pagination.pageSize));
        if (data.length !== onPage) problems.push(`page ${pagination.page} holds ${data.length} records, expected ${onPage} of ${pagination.total}`);
      }
    } else if (Array.isArray(data) && data.length > expected.atMost) {
      problems.push(`${data.length} records, more than the ${expected.atMost} ${audience} may see`);
    }
  }

  // 6. Positive control: what the audience may see is really there (so a clean answer is not an empty one).
  if (probe.mustSee) {
    for (const value of probe.mustSee(fixture, audience)) {
      if (!body.includes(value.toLowerCase())) problems.push(`control: expected ${value} in the answer (status ${answer.status})`);
    }
  }

  // 7. Cache headers on the plugin's answers.
  const graphqlFailed = Boolean(probe.graphql && (json as any)?.errors?.length);
  if (probe.cache && ok && !graphqlFailed) {
    const cacheControl = header(answer, 'cache-control').toLowerCase();
    const vary = header(answer, 'vary').toLowerCase();
    if (isPublic(audience) || probe.cache === 'public') {
      if (!/\bpublic\b/.test(cacheControl) || !/max-age=\d+/.test(cacheControl)) problems.push(`public answer has Cache-Control ${JSON.stringify(cacheControl || null)}, expected public, max-age=...`);
      if (!vary.split(',').map((v) => v.trim()).some((v) => v === 'authorization' || v === '*')) problems.push(`public answer has Vary ${JSON.stringify(vary || null)}, expected it to include Authorization`);
    } else if (!/\bprivate\b/.test(cacheControl) || !/\bno-store\b/.test(cacheControl)) {
      problems.push(`partner answer has Cache-Control ${JSON.stringify(cacheControl || null)}, expected private, no-store`);
    }
  }

  // 8. GraphQL queries that must be gone: an error, not data.
  if (probe.gone && answer.status === 200 && json && typeof json === 'object') {
    const result = json as { data?: Record<string, unknown> | null; errors?: unknown[] };
    for (const field of probe.gone) {
      const value = result.data?.[field];
      if (value !== undefined && value !== null) problems.push(`GraphQL ${field} still answers data (${JSON.stringify(value).slice(0, 160)})`);
    }
    if (!result.errors?.length) problems.push('GraphQL answered without an error');
  }

  // 9. A filter on the article's private relation must not narrow the articles (it would tell which articles have which briefings).
  if (probe.articlesUnfiltered && ok && json) {
    const articles = probe.articlesUnfiltered(json);
    if (Array.isArray(articles) && articles.length !== fixture.articleCount) {
      problems.push(`a filter on the private securityBriefings relation selected ${articles.length} of ${fixture.articleCount} articles`);
    }
  }

  return problems;
}

function walk(value: unknown, path: string, visit: (key: string, value: unknown, path: string, parent: Record<string, unknown>) => void) {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, visit));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      visit(key, v, `${path}.${key}`, value as Record<string, unknown>);
      walk(v, `${path}.${key}`, visit);
    }
  }
}

export { fill };
