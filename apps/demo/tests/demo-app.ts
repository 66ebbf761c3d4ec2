/**
 * The integration suites' harness: the real demo app (register, bootstrap, seed) booted in-process
 * on a throwaway database, exercised over HTTP. One line gives a suite its own app:
 *
 *   const demo = useDemo();
 *   it('…', async () => {
 *     await demo.http().get('/api/security-briefings/briefings').expect(200);
 *     await demo.http(await demo.adminToken()).get('/security-briefings/overview').expect(200);
 *   });
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStrapi, type Core } from '@strapi/strapi';
import request from 'supertest';
import { dropPostgresDatabase, onPostgres } from '../scripts/postgres-server';
// The plugin's names are written once, in shared/identity.ts; its package does not export that file, hence the path.
import { BRIEFING, PLACE } from '../../../packages/strapi-plugin-security-briefings/shared/identity';

export * from '../../../packages/strapi-plugin-security-briefings/shared/identity';

const appDir = path.join(__dirname, '..');

/** The demo editor the seed creates (a Super Admin); the browser tests log in with it too. */
export const DEMO_ADMIN = { email: 'editor@example.com', password: 'BriefingsDemo1' };

/** SQLite by default; DATABASE_CLIENT=postgres (with DATABASE_HOST, _PORT, _USERNAME, _PASSWORD) runs the suites on PostgreSQL. */
const usesPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

/** A fresh throwaway database for one suite: a SQLite file, or a PostgreSQL database name. */
function throwawayDatabase(): string {
  if (usesPostgres()) return `briefings_test_${randomBytes(4).toString('hex')}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefings-test-'));
  return path.join(dir, 'data.db');
}

/** Boots the real demo app (register, bootstrap, seed) on the given database, serving HTTP in-process. */
async function bootDemo(database: string): Promise<Core.Strapi> {
  if (usesPostgres()) {
    process.env.DATABASE_NAME = database;
    await onPostgres(`CREATE DATABASE ${database}`).catch((error) => {
      if (error.code !== '42P04') throw error; // already there: a reboot on the same database
    });
  } else {
    process.env.DATABASE_CLIENT = 'sqlite';
    process.env.DATABASE_FILENAME = database;
  }
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false });
  strapi.log.level = 'warn';
  await strapi.load();
  await strapi.server.mount();
  return strapi;
}

async function dropDatabase(database: string) {
  if (usesPostgres()) await dropPostgresDatabase(database);
  else fs.rmSync(path.dirname(database), { recursive: true, force: true });
}

/** Requests to the app; with a token (admin JWT, API token or Users & Permissions JWT), each carries it. */
export interface HttpClient {
  get(url: string): request.Test;
  post(url: string): request.Test;
  put(url: string): request.Test;
  delete(url: string): request.Test;
}

export interface DemoOptions {
  /** Environment variables the app reads at boot, e.g. { BRIEFINGS_ARTICLE_TYPE: 'post' }; restored after the suite. */
  env?: Record<string, string>;
}

export type Demo = ReturnType<typeof useDemo>;

/**
 * Stops the app once the database is idle. Strapi sends a write's entry events after its transaction
 * commits, with a query of their own; closing the pool under it aborts that query (PostgreSQL shows it).
 */
async function stop(strapi: Core.Strapi) {
  const pool = (strapi.db.connection.client as { pool?: { numUsed(): number; numPendingAcquires(): number } }).pool;
  const busy = () => Boolean(pool && (pool.numUsed() > 0 || pool.numPendingAcquires() > 0));
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (let waited = 0; busy() && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  await strapi.destroy();
}

/**
 * Boots the demo for the calling suite (beforeAll) on a database of its own, and shuts it down and
 * drops the database afterwards (afterAll). Call it first in the describe, before the suite's own
 * beforeAll that seeds its data: hooks run in the order they are declared.
 */
export function useDemo(options: DemoOptions = {}) {
  const database = throwawayDatabase();
  const savedEnv: Record<string, string | undefined> = {};
  let current: Core.Strapi | undefined;
  let superAdminToken: string | undefined;
  let tokens = 0;

  beforeAll(async () => {
    for (const [name, value] of Object.entries(options.env ?? {})) {
      savedEnv[name] = process.env[name];
      process.env[name] = value;
    }
    current = await bootDemo(database);
  });
  afterAll(async () => {
    if (current) await stop(current);
    current = undefined;
    await dropDatabase(database);
    // Leave the environment as the next suite expects it.
    for (const [name, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  const demo = {
    get strapi(): Core.Strapi {
      if (!current) throw new Error('The demo is not running: call useDemo() in the describe, and use demo.strapi inside hooks and tests.');
      return current;
    },

    /** A supertest client for the app: anonymous, or sending the token as a Bearer on every request. */
    http(token?: string): HttpClient {
      const client = request(demo.strapi.server.httpServer);
      if (!token) return client;
      const auth = (test: request.Test) => test.set('Authorization', `Bearer ${token}`);
      return {
        get: (url: string) => auth(client.get(url)),
        post: (url: string) => auth(client.post(url)),
        put: (url: string) => auth(client.put(url)),
        delete: (url: string) => auth(client.delete(url)),
      };
    },

    /** Stops the app and boots it again on the same database (the seed must not run twice). */
    async reboot() {
      await stop(demo.strapi);
      superAdminToken = undefined;
      current = await bootDemo(database);
    },

    /** Logs in over /admin/login as the panel does. Returns the admin JWT. */
    async adminLogin(email: string, password: string): Promise<string> {
      const res = await demo.http().post('/admin/login').send({ email, password });
      if (res.status !== 200) throw new Error(`admin login failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.data.token ?? res.body.data.accessToken;
    },

    /**
     * The demo editor's admin JWT (a Super Admin). Logged in once per boot: admin logins are
     * rate-limited (5 per 5 minutes per address).
     */
    async adminToken(): Promise<string> {
      superAdminToken ??= await demo.adminLogin(DEMO_ADMIN.email, DEMO_ADMIN.password);
      return superAdminToken;
    },

    /** An admin role made as the Roles page makes it, with the given permissions. Returns its id. */
    async adminRole(name: string, permissions: object[]): Promise<number> {
      const role = await demo.strapi.service('admin::role').create({ name, description: `${name} (test)` });
      await demo.strapi.service('admin::role').assignPermissions(role.id, permissions);
      return role.id;
    },

    /** An active admin user with the given roles, logged in. Returns the admin JWT. */
    async adminUser(email: string, roles: number[]): Promise<string> {
      const password = 'Test-editor-1';
      await demo.strapi.service('admin::user').create({ email, firstname: 'Test', lastname: 'Editor', password, isActive: true, registrationToken: null, roles });
      return demo.adminLogin(email, password);
    },

    /** An API token as Settings > API Tokens makes it (unlimited lifespan). Returns its access key. */
    async apiToken({ type, permissions, name }: { type: 'read-only' | 'full-access' | 'custom'; permissions?: string[]; name?: string }): Promise<string> {
      const token = await demo.strapi.service('admin::api-token').create({ name: name ?? `test ${type} token ${++tokens}`, type, lifespan: null, permissions });
      return token.accessKey;
    },

    /**
     * A Users & Permissions role with the given actions and a confirmed user in it, logged in over
     * /api/auth/local as a site would. Returns the user's JWT and the whole login answer.
     */
    async usersPermissionsUser({ role, actions, email, password = 'Test-partner-1' }: { role: string; actions: string[]; email: string; password?: string }) {
      const roleType = role.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const created = await demo.strapi.db.query('plugin::users-permissions.role').create({ data: { name: role, type: roleType, description: `${role} (test)` } });
      for (const action of actions) {
        await demo.strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: created.id } });
      }
      await demo.strapi.plugin('users-permissions').service('user').add({
        username: email.split('@')[0], email, password, provider: 'local', confirmed: true, blocked: false, role: created.id,
      });
      const res = await demo.http().post('/api/auth/local').send({ identifier: email, password });
      if (res.status !== 200) throw new Error(`Users & Permissions login failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`);
      // jwtManagement 'refresh' with httpOnly sessions: the body has `jwt` (a short-lived access token) and `user`; the refresh token is a cookie.
      const jwt: string = res.body.jwt ?? res.body.accessToken;
      if (!jwt) throw new Error(`Users & Permissions login gave no token: ${JSON.stringify(Object.keys(res.body))}`);
      return { jwt, login: res.body as Record<string, unknown> };
    },

    /**
     * A briefing that passes the publish checklist: a CLEAR battle in the seed's Baghdad on
     * 2025-05-01, one named source. `data` replaces any of that (its `incident` fields one by one).
     * Published unless { publish: false }. Returns its documentId.
     */
    async briefing(data: Record<string, any> = {}, { publish = true } = {}): Promise<string> {
      const docs = demo.strapi.documents;
      const baghdad = await docs(PLACE).findFirst({ filters: { name: 'Baghdad' } });
      const created = await docs(BRIEFING).create({
        data: {
          title: 'Test briefing',
          marking: 'clear',
          sources: [{ kind: 'media', name: 'Example Wire' }],
          ...data,
          incident: { eventType: 'battles', subEventType: 'armed-clash', date: '2025-05-01', datePrecision: 'day', place: baghdad!.documentId, ...data.incident },
        } as any,
      });
      if (publish) await docs(BRIEFING).publish({ documentId: created.documentId });
      return created.documentId;
    },
  };
  return demo;
}
