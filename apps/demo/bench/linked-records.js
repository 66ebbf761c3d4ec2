// Benchmark, not a test: the actors list when one published CLEAR briefing links N actors (default
// 35,000, past SQLite's 32,766 bound variables, where the list used to fail). The links are written
// with knex (the document service would take far longer), then the list is read 5 times per page.
// SQLite on a throwaway file. Usage: npm run bench:linked -w demo [-- N]
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const request = require('supertest');
const { compileStrapi, createStrapi } = require('@strapi/strapi');
const { throwawaySecrets } = require('../tests/secrets');

const appDir = path.join(__dirname, '..');
const N = Number(process.argv[2] ?? 35000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefings-bench-'));
Object.assign(process.env, { NODE_ENV: 'production', STARTUP_LOG: 'false', ...throwawaySecrets() });
Object.assign(process.env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') });

async function linkActors(strapi) {
  const knex = strapi.db.connection;
  const briefing = await knex('security_briefings').whereNotNull('published_at').where('marking', 'clear').first('id');
  const now = new Date().toISOString();
  for (let start = 0; start < N; start += 500) {
    const batch = Array.from({ length: Math.min(500, N - start) }, (_, k) => start + k);
    await knex('security_briefings_actors').insert(
      batch.map((i) => ({ document_id: `benchactor${i}`, name: `Actor ${String(i).padStart(6, '0')}`, kind: 'person', created_at: now, updated_at: now, published_at: now })),
    );
    const actors = await knex('security_briefings_actors').whereIn('document_id', batch.map((i) => `benchactor${i}`)).select('id');
    for (const [k, actor] of actors.entries()) {
      const [role] = await knex('components_security_briefings_actor_roles').insert({ role: 'associated', certainty: 'confirmed' }).returning('id');
      const roleId = role.id ?? role;
      await knex('security_briefings_cmps').insert({ entity_id: briefing.id, cmp_id: roleId, component_type: 'security-briefings.actor-role', field: 'actorRoles', order: 100 + start + k });
      await knex('components_security_briefings_actor_roles_actor_lnk').insert({ actor_role_id: roleId, actor_id: actor.id });
    }
  }
}

(async () => {
  await compileStrapi({ appDir });
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false });
  strapi.log.level = 'error';
  await strapi.load();
  await strapi.server.mount();
  const started = Date.now();
  await linkActors(strapi);
  console.log(`linked ${N} actors to one published CLEAR briefing in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const url of ['/api/security-briefings/actors?pageSize=25', '/api/security-briefings/actors?pageSize=25&page=1000']) {
    const times = [];
    let res;
    for (let k = 0; k < 5; k += 1) {
      const t = Date.now();
      res = await request(strapi.server.httpServer).get(url);
      times.push(Date.now() - t);
    }
    console.log(`${url}: HTTP ${res.status}, total ${res.body?.meta?.pagination?.total}, ms per request: ${times.join(', ')}`);
  }
  console.log(`rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  await strapi.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
