// Benchmark, not a test: the public read API on a newsroom's archive, against the host's own article list.
//
//   npm run bench:api [-- --briefings 10000 --templates 300 --duration 15 --connections 10 --load-duration 60 --keep --reuse <dir>]
//
// 1. seeds N published briefings (default 10,000, or BENCH_BRIEFINGS), their articles and the actors
//    and places they share into a throwaway database (SQLite; PostgreSQL with DATABASE_CLIENT=postgres
//    and the DATABASE_* variables), with Strapi loaded in this process: the first T (--templates,
//    default 300) through its document service, the rest as varied copies of those written in SQL;
// 2. starts the built demo (`strapi start`, production) on that database in a process of its own,
//    which puts the copies on the plugin's published shelf (timed from its log);
// 3. checks each route's answer once, then loads it with autocannon, one route after another, reading
//    the server's memory from /proc before and after; times each bulk export twice in a row (and, past
//    10,000, a partner's STIX of the latest 10,000); runs the list route under
//    heavier load;
// 4. prints the figures as markdown, stops the server and drops the database (--keep keeps it, and
//    --reuse <dir> measures a kept one again without seeding).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execSync } = require('node:child_process');
const { parseArgs } = require('node:util');
const { createServer } = require('node:net');
const autocannon = require('autocannon');
const { makeArchive, INCIDENT_DAYS } = require('./archive');
const { seedArchive, expectations } = require('./seed-archive');
const { appDir, ensureBuilt, createDatabase, dropDatabase, memoryOf, startDemo, shelfRebuild, printServerLog, runBench } = require('./demo-server');

const { values: args } = parseArgs({
  options: {
    briefings: { type: 'string' },
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '10' },
    'load-duration': { type: 'string', default: '60' },
    'load-connections': { type: 'string', default: '50' },
    templates: { type: 'string', default: '300' },
    batch: { type: 'string', default: '250' },
    'copies-per-transaction': { type: 'string', default: '2000' },
    seed: { type: 'string', default: '2025' },
    port: { type: 'string' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'string' },
  },
});
const settings = {
  briefings: Number(args.briefings ?? process.env.BENCH_BRIEFINGS ?? 10000),
  duration: Number(args.duration),
  connections: Number(args.connections),
  loadDuration: Number(args['load-duration']),
  loadConnections: Number(args['load-connections']),
};

const log = (line) => console.log(line);
const seconds = (ms) => (ms / 1000).toFixed(1);
const mb = (n) => n.toFixed(0);
const API = '/api/security-briefings';

/** A port nobody listens on, so the bench can run beside a developer's demo. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Stops Strapi once its pool is idle: entry events still query after a write's commit. */
async function destroyWhenIdle(strapi) {
  const pool = strapi.db.connection.client.pool;
  const busy = () => Boolean(pool && (pool.numUsed() > 0 || pool.numPendingAcquires() > 0));
  for (let waited = 0; busy() && waited < 10000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  await strapi.destroy();
}

/**
 * The demo loaded in this process on the bench database: seeds the archive (unless reusing one) and
 * makes a partner's API token (full access: a partner cleared to TLP:AMBER), as an admin would.
 */
async function prepare(database, manifest) {
  Object.assign(process.env, database, { NODE_ENV: 'production', STARTUP_LOG: 'false' });
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false });
  strapi.log.level = 'error';
  await strapi.load();
  try {
    if (!manifest.expected) {
      const started = Date.now();
      const archive = makeArchive({ briefings: settings.briefings, templates: Number(args.templates), seed: Number(args.seed) });
      const { stories, drafts, copies } = archive;
      log(
        `Seeding ${stories.length + copies.briefings} published briefings and their articles, ${drafts.length + copies.drafts} undated drafts, ${archive.actors.length} actors and ${archive.places.length} places: ` +
          `${stories.length} briefings and ${drafts.length} drafts through the document service (transactions of ${args.batch}), ` +
          `${copies.briefings} and ${copies.drafts} as copies of them in SQL (transactions of ${args['copies-per-transaction']})...`,
      );
      const seeded = await seedArchive(strapi, archive, { batch: Number(args.batch), copiesPerTransaction: Number(args['copies-per-transaction']), log });
      manifest.seeding = { seconds: (Date.now() - started) / 1000, timings: seeded.timings };
      manifest.archive = { briefings: stories.length + copies.briefings, drafts: drafts.length + copies.drafts, templates: stories.length, actors: archive.actors.length, places: archive.places.length };
      manifest.expected = expectations(archive, seeded, require(path.join(appDir, 'dist', 'src', 'seed', 'seed-briefing.js')));
    }
    const token = await strapi.service('admin::api-token').create({ name: `bench partner ${new Date().toISOString()}`, type: 'full-access', lifespan: null });
    return token.accessKey;
  } finally {
    // A failure above is the one to report, not a pool closed under it.
    await destroyWhenIdle(strapi).catch((error) => log(`  (stopping the in-process Strapi: ${error.message})`));
  }
}

/** Counts records as an export streams in: CSV rows (a newline outside quotes) or STIX reports. */
function recordCounter(format) {
  const REPORT = '"type":"report"';
  const decoder = new TextDecoder();
  let count = 0;
  let inQuotes = false;
  // The end of the previous chunk, too short to hold a whole match: a report split across chunks is counted once.
  let carry = '';
  return {
    add(chunk) {
      const text = decoder.decode(chunk, { stream: true });
      if (format === 'csv') {
        for (let i = 0; i < text.length; i++) {
          if (text[i] === '"') inQuotes = !inQuotes;
          else if (text[i] === '\n' && !inQuotes) count++;
        }
        return;
      }
      const window = carry + text;
      count += window.split(REPORT).length - 1;
      carry = window.slice(-(REPORT.length - 1));
    },
    total: () => (format === 'csv' ? count - 1 : count), // less the header row
  };
}

/** One bulk export, timed from request to last byte, with the records counted and the server's memory around it. */
async function timeExport(server, { format, token, expected, query = '', label = '' }) {
  const before = memoryOf(server.pid);
  let highest = before.rss;
  const sampler = setInterval(() => (highest = Math.max(highest, memoryOf(server.pid).rss)), 100);
  const started = performance.now();
  const res = await fetch(`${server.url}${API}/briefings/export?format=${format}${query}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const counter = recordCounter(format);
  let bytes = 0;
  for await (const chunk of res.body) {
    bytes += chunk.length;
    counter.add(chunk);
  }
  const elapsed = performance.now() - started;
  clearInterval(sampler);
  const after = memoryOf(server.pid);
  const records = counter.total();
  const answer = res.status !== 200 ? `HTTP ${res.status}` : records === expected ? 'ok' : `${records} records, expected ${expected}`;
  return { format, audience: `${token ? 'partner (AMBER)' : 'public'}${label}`, status: res.status, records, bytes, ms: elapsed, before, after, highest, answer };
}

/**
 * A date filter selecting about 10,000 of a partner's briefings (the latest: the archive's incident dates
 * spread evenly over INCIDENT_DAYS), with the count the list gives for it; none when the partner sees fewer.
 */
async function latestTenThousand(server, token, partnerTotal) {
  if (partnerTotal <= 10000) return null;
  const from = new Date(Date.now() - Math.round((10000 / partnerTotal) * INCIDENT_DAYS) * 86400000).toISOString().slice(0, 10);
  const res = await fetch(`${server.url}${API}/briefings?pageSize=1&from=${from}`, { headers: { Authorization: `Bearer ${token}` } });
  const { meta } = await res.json();
  return { query: `&from=${from}`, label: `, incidents from ${from}`, expected: meta.pagination.total };
}

/** Checks a route's answer once: HTTP 200 and the total (or document) the archive says it should have. */
async function check(server, route) {
  const res = await fetch(`${server.url}${route.path}`, { headers: route.headers });
  if (res.status !== 200) return `HTTP ${res.status}`;
  const body = await res.json();
  if (route.documentId) return body.data?.documentId === route.documentId ? 'ok' : `got ${body.data?.documentId}`;
  const total = body.meta?.pagination?.total;
  const rows = body.data?.length;
  if (total !== route.total) return `total ${total}, expected ${route.total}`;
  if (rows !== Math.min(route.pageSize, route.total)) return `${rows} rows`;
  return 'ok';
}

/** Loads one route with autocannon, reading the server's memory before and after. */
async function measure(server, route, { connections, duration }) {
  const before = memoryOf(server.pid);
  const answer = await check(server, route);
  const result = await autocannon({ url: `${server.url}${route.path}`, headers: route.headers, connections, duration });
  const after = memoryOf(server.pid);
  const count = (from, to) => Object.entries(result.statusCodeStats ?? {}).reduce((sum, [code, { count }]) => (code >= from && code < to ? sum + Number(count) : sum), 0);
  return {
    ...route,
    answer,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    serverErrors: count(500, 600),
    before,
    after,
  };
}

function environment(database) {
  const cpu = os.cpus();
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: appDir, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {}
  const db = database.DATABASE_CLIENT === 'postgres' ? `PostgreSQL (${process.env.DATABASE_HOST ?? 'localhost'}, database ${database.DATABASE_NAME})` : 'SQLite (file)';
  return { db, node: process.version, cores: `${cpu.length} × ${cpu[0]?.model?.trim() ?? 'unknown CPU'}`, commit };
}

function report({ env, manifest, startMs, shelf, routes, exports, load }) {
  const core = routes[0].rps;
  const { archive, expected } = manifest;
  const lines = [
    '',
    `## bench:api, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${env.commit}`,
    '',
    `${env.db}; Node ${env.node}; ${env.cores}.`,
    `${archive.briefings} published briefings (${expected.public.briefings} TLP:CLEAR, ${expected.partner.briefings} up to AMBER) and ${archive.drafts} undated drafts, ${expected.articles} articles, ${archive.actors} actors, ${archive.places} places (plus the demo's seed).`,
    `Seeding: ${seconds(manifest.seeding.seconds * 1000)} s (${Object.entries(manifest.seeding.timings).map(([what, s]) => `${what} ${s.toFixed(1)} s`).join(', ')}); the first ${archive.templates ?? archive.briefings} briefings through the document service, the rest copied in SQL.`,
    `Shelf rebuilt on first start: ${shelf ? `${shelf.count} published briefings in ${seconds(shelf.ms)} s` : 'not rebuilt (it was current)'}; the demo answered ${seconds(startMs)} s after \`strapi start\`.`,
    `autocannon from the same machine, ${settings.connections} connections, ${settings.duration} s a route, one route after another. Server memory is its resident set (VmRSS) before → after each route.`,
    '',
    '| route | req/s | p50 | p99 | errors | non-2xx | × core | server MB | answer |',
    '|---|---|---|---|---|---|---|---|---|',
    ...routes.map(
      (r) => `| ${r.label} | ${r.rps.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ${r.errors} | ${r.non2xx} | ${(r.rps / core).toFixed(2)} | ${mb(r.before.rss)} → ${mb(r.after.rss)} | ${r.answer} |`,
    ),
    '',
    '| bulk export, timed twice in a row | records | size | time | server MB before → after (highest during) | again: time | again: server MB | answer |',
    '|---|---|---|---|---|---|---|---|',
    ...exports.map(
      ([e, again]) =>
        `| ${e.format.toUpperCase()}, ${e.audience} | ${e.records} | ${(e.bytes / 1e6).toFixed(1)} MB | ${seconds(e.ms)} s | ${mb(e.before.rss)} → ${mb(e.after.rss)} (${mb(e.highest)}) | ${seconds(again.ms)} s | ${mb(again.before.rss)} → ${mb(again.after.rss)} (${mb(again.highest)}) | ${e.answer === again.answer ? e.answer : `${e.answer}; again: ${again.answer}`} |`,
    ),
    '',
    `| load: list route, ${settings.loadConnections} connections, ${settings.loadDuration} s | requests | req/s | p50 | p99 | errors (timeouts) | non-2xx (5xx) | server MB before → after |`,
    '|---|---|---|---|---|---|---|---|',
    `| ${load.label} | ${load.requests} | ${load.rps.toFixed(0)} | ${load.p50} ms | ${load.p99} ms | ${load.errors} (${load.timeouts}) | ${load.non2xx} (${load.serverErrors}) | ${mb(load.before.rss)} → ${mb(load.after.rss)} |`,
    '',
    `Server peak resident memory over the run (VmHWM): ${mb(load.after.peak)} MB.`,
  ];
  console.log(lines.join('\n'));
}

async function main() {
  require('../scripts/ensure-env.js');
  process.loadEnvFile(path.join(appDir, '.env'));
  log('Checking the builds...');
  ensureBuilt(log);

  const dir = args.reuse ? path.resolve(args.reuse) : fs.mkdtempSync(path.join(os.tmpdir(), 'briefings-bench-'));
  const manifestFile = path.join(dir, 'bench.json');
  const manifest = args.reuse ? JSON.parse(fs.readFileSync(manifestFile, 'utf8')) : { database: await createDatabase(dir) };
  const { database } = manifest;
  const keep = args.keep || Boolean(args.reuse);
  let server;
  const cleanUp = async () => {
    await server?.stop();
    if (!keep) {
      await dropDatabase(database);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once('SIGINT', () => cleanUp().finally(() => process.exit(130)));

  try {
    const token = await prepare(database, manifest);
    fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    const { expected } = manifest;

    log('Starting the demo (strapi start; a first start shelves the briefings copied in SQL)...');
    server = await startDemo({ port: Number(args.port ?? (await freePort())), env: database, logFile: path.join(dir, 'server.log') });
    const shelf = shelfRebuild(server.output());
    log(`  answering at ${server.url} after ${seconds(server.startMs)} s, pid ${server.pid}, ${mb(memoryOf(server.pid).rss)} MB`);
    log(`  shelf rebuilt on first start: ${shelf ? `${shelf.count} published briefings in ${seconds(shelf.ms)} s` : 'no (it was current)'}`);

    const list = { path: `${API}/briefings?pageSize=25`, label: `\`GET ${API}/briefings?pageSize=25\``, total: expected.public.briefings, pageSize: 25 };
    const routes = [
      { path: '/api/articles?pagination[pageSize]=25', label: 'core `GET /api/articles?pagination[pageSize]=25`', total: expected.articles, pageSize: 25 },
      list,
      { path: `${API}/briefings?pageSize=1&country=${expected.country}`, label: `\`GET ${API}/briefings?pageSize=1&country=${expected.country}\``, total: expected.countryTotal, pageSize: 1 },
      { path: `${API}/briefings/${expected.clearBriefing}`, label: `\`GET ${API}/briefings/:documentId\` (CLEAR)`, documentId: expected.clearBriefing },
      { path: `${API}/actors?pageSize=25`, label: `\`GET ${API}/actors?pageSize=25\``, total: expected.public.actors, pageSize: 25 },
      { path: `${API}/places?pageSize=25`, label: `\`GET ${API}/places?pageSize=25\``, total: expected.public.places, pageSize: 25 },
    ];
    const measured = [];
    for (const route of routes) {
      log(`Measuring ${route.path}...`);
      const result = await measure(server, route, settings);
      log(`  ${result.rps.toFixed(1)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.errors} errors, ${result.non2xx} non-2xx; answer: ${result.answer}`);
      measured.push(result);
    }

    const exports = [];
    // The public's CSV, and a partner's CSV and STIX: the most briefings one reader may export (no reader sees RED).
    const jobs = [
      { format: 'csv', expected: expected.public.briefings },
      { format: 'csv', token, expected: expected.partner.briefings },
      { format: 'stix', token, expected: expected.partner.briefings },
    ];
    // In an archive larger than 10,000 (the issue's export size), a partner's STIX of the latest 10,000 or so as well.
    const latest = await latestTenThousand(server, token, expected.partner.briefings);
    if (latest) jobs.push({ format: 'stix', token, ...latest });
    // Each twice in a row: memory that grows again on the second is kept, not a heap sized to its work.
    for (const job of jobs) {
      log(`Exporting ${job.label ? `the briefings${job.label}` : 'every visible briefing'} as ${job.format.toUpperCase()} (${job.token ? 'partner' : 'public'}), twice...`);
      const runs = [await timeExport(server, job), await timeExport(server, job)];
      for (const result of runs) log(`  ${result.records} records, ${(result.bytes / 1e6).toFixed(1)} MB in ${seconds(result.ms)} s; answer: ${result.answer}`);
      exports.push(runs);
    }

    log(`Load: ${list.path} at ${settings.loadConnections} connections for ${settings.loadDuration} s...`);
    const load = await measure(server, list, { connections: settings.loadConnections, duration: settings.loadDuration });
    log(`  ${load.rps.toFixed(1)} req/s, ${load.errors} errors, ${load.non2xx} non-2xx`);

    report({ env: environment(database), manifest, startMs: server.startMs, shelf, routes: measured, exports, load });
    if (keep) log(`\nKept ${dir} (${database.DATABASE_NAME ?? database.DATABASE_FILENAME}); measure it again with --reuse ${dir}`);
  } catch (error) {
    printServerLog(dir);
    throw error;
  } finally {
    await cleanUp();
  }
}

runBench(main);
