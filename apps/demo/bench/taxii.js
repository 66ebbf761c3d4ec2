// Benchmark, not a test: the partner feed's objects endpoint paged to the end, as a partner's first poll does.
//
//   npm run bench:taxii [-- --briefings 10000 --templates 300 --limit 500 --keep --reuse <dir>]
//
// 1. seeds N published briefings (default 10,000, or BENCH_BRIEFINGS) with bench:api's seeder into a
//    throwaway database (SQLite; PostgreSQL with DATABASE_CLIENT=postgres);
// 2. starts the built demo (`strapi start`, production) on it in a process of its own (its first start
//    shelves the copies and fills the feed) and makes a full-access API token as an admin would;
// 3. walks discovery -> API root -> collections -> objects as taxii2-client does
//    (scripts/taxii-walk.js), `limit` objects a page (default 500, the most the server gives), every
//    collection to its end, timing each page and reading the server's memory (VmRSS) from /proc after
//    each one;
// 4. prints per-page times (p50, p95, max, the slowest page), pages, objects, total time and memory
//    (VmRSS per page, VmHWM), stops the server and drops the database (--keep keeps it; --reuse <dir>
//    measures a kept one again without seeding).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { createServer } = require('node:net');
const { makeArchive } = require('./archive');
const { seedArchive } = require('./seed-archive');
const { appDir, ensureBuilt, createDatabase, dropDatabase, memoryOf, startDemo, shelfRebuild, printServerLog, runBench } = require('./demo-server');
const { walkLikeTaxii2Client } = require('../scripts/taxii-walk');

const { values: args } = parseArgs({
  options: {
    briefings: { type: 'string' },
    templates: { type: 'string', default: '300' },
    limit: { type: 'string', default: '500' },
    seed: { type: 'string', default: '2025' },
    port: { type: 'string' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'string' },
  },
});
const briefings = Number(args.briefings ?? process.env.BENCH_BRIEFINGS ?? 10000);
const limit = Number(args.limit);
const API = '/api/security-briefings';
/** The demo's editor (a Super Admin) that its seed creates; the bench logs in as it to make the partner's token. */
const DEMO_ADMIN = { email: 'editor@example.com', password: 'BriefingsDemo1' };

const log = (line) => console.log(line);
const ms = (n) => `${n.toFixed(0)} ms`;
const mb = (n) => `${n.toFixed(0)} MB`;

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Seeds the archive with Strapi loaded in this process (bench:api's seeder), then stops it. */
async function seed(database) {
  Object.assign(process.env, database, { NODE_ENV: 'production', STARTUP_LOG: 'false' });
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false });
  strapi.log.level = 'error';
  await strapi.load();
  try {
    const archive = makeArchive({ briefings, templates: Number(args.templates), seed: Number(args.seed) });
    log(`Seeding ${briefings} published briefings (${archive.stories.length} through the document service, the rest copied in SQL)...`);
    const started = Date.now();
    await seedArchive(strapi, archive, { log });
    log(`  seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    // Entry events still query after a write's commit: stop once the pool is idle.
    const pool = strapi.db.connection.client.pool;
    for (let waited = 0; pool && (pool.numUsed() > 0 || pool.numPendingAcquires() > 0) && waited < 10000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    await strapi.destroy();
  }
}

/** A partner's full-access API token, made as an admin makes it in Settings > API Tokens. */
async function partnerToken(url) {
  const login = await fetch(`${url}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(DEMO_ADMIN) });
  if (login.status !== 200) throw new Error(`admin login: HTTP ${login.status}`);
  const jwt = (await login.json()).data.token;
  const made = await fetch(`${url}/admin/api-tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` },
    body: JSON.stringify({ name: `bench:taxii partner ${new Date().toISOString()}`, type: 'full-access', lifespan: null }),
  });
  if (made.status !== 201) throw new Error(`API token: HTTP ${made.status}`);
  return (await made.json()).data.accessKey;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  require('../scripts/ensure-env.js');
  process.loadEnvFile(path.join(appDir, '.env'));
  log('Checking the builds...');
  ensureBuilt(log);

  const dir = args.reuse ? path.resolve(args.reuse) : fs.mkdtempSync(path.join(os.tmpdir(), 'briefings-taxii-bench-'));
  const manifestFile = path.join(dir, 'taxii-bench.json');
  const manifest = args.reuse ? JSON.parse(fs.readFileSync(manifestFile, 'utf8')) : { database: await createDatabase(dir), briefings };
  const keep = args.keep || Boolean(args.reuse);
  let server;
  const cleanUp = async () => {
    await server?.stop();
    if (!keep) {
      await dropDatabase(manifest.database);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once('SIGINT', () => cleanUp().finally(() => process.exit(130)));

  try {
    if (!args.reuse) {
      await seed(manifest.database);
      fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    }
    log('Starting the demo (strapi start; a first start shelves the copies and fills the feed)...');
    server = await startDemo({ port: Number(args.port ?? (await freePort())), env: manifest.database, logFile: path.join(dir, 'server.log') });
    const shelf = shelfRebuild(server.output());
    log(`  answering at ${server.url} after ${(server.startMs / 1000).toFixed(1)} s, pid ${server.pid}, ${mb(memoryOf(server.pid).rss)}${shelf ? `; ${shelf.count} briefings shelved in ${(shelf.ms / 1000).toFixed(1)} s` : ''}`);
    const token = await partnerToken(server.url);

    const startRss = memoryOf(server.pid).rss;
    const pages = [];
    log(`Walking the feed as taxii2-client, ${limit} objects a page, with a full-access token...`);
    const started = performance.now();
    const walked = await walkLikeTaxii2Client({
      discoveryUrl: `${server.url}${API}/taxii2/`,
      auth: { bearer: token },
      limit,
      onResponse: (answer, record) => {
        if (!answer.url.includes('/objects/')) return;
        pages.push({ url: record.url, ms: record.ms, objects: record.objects, bytes: record.bytes, rss: memoryOf(server.pid).rss });
      },
    });
    const totalMs = performance.now() - started;
    const { peak } = memoryOf(server.pid);

    const times = pages.map((p) => p.ms).sort((a, b) => a - b);
    const slowest = pages.reduce((a, b) => (b.ms > a.ms ? b : a));
    const rss = pages.map((p) => p.rss);
    const objects = pages.reduce((sum, p) => sum + p.objects, 0);
    const lines = [
      '',
      `## bench:taxii, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `${manifest.database.DATABASE_CLIENT === 'postgres' ? 'PostgreSQL' : 'SQLite'}; Node ${process.version}; ${os.cpus().length} × ${os.cpus()[0]?.model?.trim()}.`,
      `${manifest.briefings} published briefings seeded (about half CLEAR, a fifth GREEN, 15% AMBER; AMBER+STRICT and RED stay out of the feed).`,
      '',
      '| collection | pages | objects |',
      '|---|---|---|',
      ...walked.collections.map((c) => `| ${c.title} | ${c.pages} | ${c.objects.length} |`),
      '',
      `Objects pages of ${limit}: ${pages.length} pages, ${objects} objects, ${(pages.reduce((s, p) => s + p.bytes, 0) / 1e6).toFixed(1)} MB in ${(totalMs / 1000).toFixed(1)} s (with discovery, API root and collections).`,
      `Per page: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times.at(-1))} (page ${pages.indexOf(slowest) + 1}: ${slowest.url.replace(server.url, '')}).`,
      `Server memory (VmRSS) ${mb(startRss)} before the walk; per page min ${mb(Math.min(...rss))}, median ${mb([...rss].sort((a, b) => a - b)[Math.floor(rss.length / 2)])}, max ${mb(Math.max(...rss))}, after the last page ${mb(rss.at(-1))}; peak over the server's life (VmHWM) ${mb(peak)}.`,
      `Pages over 300 ms: ${pages.filter((p) => p.ms > 300).length}.`,
    ];
    console.log(lines.join('\n'));
    if (keep) log(`\nKept ${dir}; measure it again with --reuse ${dir}`);
  } catch (error) {
    printServerLog(dir);
    throw error;
  } finally {
    await cleanUp();
  }
}

runBench(main);
