// Benchmark, not a test: finding the briefings that may already report an article's incident (the
// candidates the draft panel shows before an editor drafts a new briefing) in a newsroom's archive.
//
//   npm run bench:candidates [-- --briefings 10000 --articles 50 --templates 300]
//
// 1. seeds N published briefings (default 10,000, or BENCH_BRIEFINGS) with their articles, actors and
//    places into a throwaway database, as bench:api does (seed-archive.js: the templates through the
//    document service, the rest copied in SQL), with Strapi loaded in this process;
// 2. times the plugin's candidates service (what POST /security-briefings/candidates runs: read the
//    article, extract its draft, ask the database, rank) for the seed article and a sample of the
//    archive's articles, each after a warm-up call, and reading and extracting alone, so the difference
//    is the search;
// 3. prints the figures and the query plan of the indexed lookup, and drops the database.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { makeArchive } = require('./archive');
const { seedArchive } = require('./seed-archive');
const { appDir, ensureBuilt, createDatabase, dropDatabase, runBench } = require('./demo-server');

const { values: args } = parseArgs({
  options: {
    briefings: { type: 'string' },
    articles: { type: 'string', default: '50' },
    templates: { type: 'string', default: '300' },
    batch: { type: 'string', default: '250' },
    'copies-per-transaction': { type: 'string', default: '2000' },
    seed: { type: 'string', default: '2025' },
  },
});
const BRIEFINGS = Number(args.briefings ?? process.env.BENCH_BRIEFINGS ?? 10000);
const ARTICLE = 'api::article.article';
const BRIEFING = 'plugin::security-briefings.briefing';
const LIMIT_MS = 200;

const log = (line) => console.log(line);
const ms = (n) => n.toFixed(1);
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

async function timed(work) {
  const started = process.hrtime.bigint();
  const result = await work();
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

/** Stops Strapi once its pool is idle: entry events still query after a write's commit. */
async function destroyWhenIdle(strapi) {
  const pool = strapi.db.connection.client.pool;
  const busy = () => Boolean(pool && (pool.numUsed() > 0 || pool.numPendingAcquires() > 0));
  for (let waited = 0; busy() && waited < 10000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  await strapi.destroy();
}

/** The query plan of the lookup the service starts with (SQLite and PostgreSQL word it differently). */
async function lookupPlan(strapi) {
  const knex = strapi.db.connection;
  const sql = "SELECT id FROM security_briefings WHERE event_type = 'explosions-remote-violence' AND incident_date BETWEEN '2025-03-12' AND '2025-03-14'";
  if (strapi.db.dialect.client === 'sqlite') return (await knex.raw(`EXPLAIN QUERY PLAN ${sql}`)).map((row) => row.detail).join('; ');
  return (await knex.raw(`EXPLAIN ${sql}`)).rows.map((row) => row['QUERY PLAN']).join('; ');
}

async function main() {
  require('../scripts/ensure-env.js');
  process.loadEnvFile(path.join(appDir, '.env'));
  // Strapi is loaded in this process without its admin panel: the demo's compiled server code is all
  // it needs, so the admin is rebuilt only when that is missing (bench:api serves the admin and checks more).
  if (!fs.existsSync(path.join(appDir, 'dist', 'src', 'index.js'))) ensureBuilt(log);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefings-bench-candidates-'));
  const database = await createDatabase(dir);
  Object.assign(process.env, database, { NODE_ENV: 'production', STARTUP_LOG: 'false' });
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false });
  strapi.log.level = 'error';
  try {
    await strapi.load();
    const archive = makeArchive({ briefings: BRIEFINGS, templates: Number(args.templates), seed: Number(args.seed) });
    log(`Seeding ${archive.stories.length + archive.copies.briefings} published briefings, ${archive.drafts.length + archive.copies.drafts} drafts, ${archive.actors.length} actors and ${archive.places.length} places...`);
    const seeding = await timed(() => seedArchive(strapi, archive, { batch: Number(args.batch), copiesPerTransaction: Number(args['copies-per-transaction']), log }));
    const total = await strapi.db.query(BRIEFING).count({ where: { publishedAt: { $null: true } } });
    log(`  seeded in ${(seeding.ms / 1000).toFixed(0)} s: ${total} briefings in all (the demo's seed briefing among them)`);

    const plugin = strapi.plugin('security-briefings');
    const candidates = plugin.service('candidates');
    const draft = plugin.service('draft');
    // The seed article (its incident is the seed briefing's), then a sample spread over the archive's articles.
    const rows = await strapi.db.query(ARTICLE).findMany({ select: ['documentId', 'title'], orderBy: { id: 'asc' } });
    const articles = [...new Map(rows.map((row) => [row.documentId, row])).values()];
    const step = Math.max(1, Math.floor(articles.length / Number(args.articles)));
    const sample = [articles[0], ...articles.filter((_, i) => i > 0 && i % step === 0)].slice(0, Number(args.articles));

    const full = [];
    const drafting = [];
    let found = 0;
    let seedFirst = null;
    for (const article of sample) {
      await candidates.forArticle(article.documentId); // warm-up: the first call pays for lazy loading
      const search = await timed(() => candidates.forArticle(article.documentId));
      // What the search reads first, alone: the article, and its draft from the extractor.
      const extraction = await timed(async () => {
        const { text, publishedAt, outlet } = await draft.articleToRead(article.documentId);
        return draft.extract(text, publishedAt, outlet);
      });
      full.push(search.ms);
      drafting.push(extraction.ms);
      found += search.result.length;
      if (article === sample[0]) seedFirst = search.result[0] ?? null;
    }
    const sorted = [...full].sort((a, b) => a - b);
    const searchOnly = full.map((t, i) => t - drafting[i]).sort((a, b) => a - b);
    log('');
    log(`## Candidates for an article, ${total} briefings (${strapi.db.dialect.client}, ${os.cpus().length} cores, Node ${process.version})`);
    log('');
    log(`| | median | p95 | max |`);
    log(`|---|---|---|---|`);
    log(`| the request's work (read the article, extract its draft, find and rank the candidates) | ${ms(percentile(sorted, 50))} ms | ${ms(percentile(sorted, 95))} ms | ${ms(sorted[sorted.length - 1])} ms |`);
    log(`| of which the search (the whole minus reading and extracting alone) | ${ms(percentile(searchOnly, 50))} ms | ${ms(percentile(searchOnly, 95))} ms | ${ms(searchOnly[searchOnly.length - 1])} ms |`);
    log('');
    log(`${sample.length} articles, ${found} candidates found in all. Seed article's first candidate: ${seedFirst ? `"${seedFirst.title}" (${seedFirst.why})` : 'none'}.`);
    log(`Lookup plan: ${await lookupPlan(strapi)}`);
    const worst = sorted[sorted.length - 1];
    log(worst < LIMIT_MS ? `OK: every article under ${LIMIT_MS} ms.` : `OVER: the slowest article took ${ms(worst)} ms (limit ${LIMIT_MS} ms).`);
  } finally {
    await destroyWhenIdle(strapi).catch((error) => log(`  (stopping Strapi: ${error.message})`));
    await dropDatabase(database);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

runBench(main);
