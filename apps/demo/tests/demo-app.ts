import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStrapi, type Core } from '@strapi/strapi';
import { Client } from 'pg';
import request from 'supertest';

const appDir = path.join(__dirname, '..');

/** SQLite by default; DATABASE_CLIENT=postgres (with DATABASE_HOST, _PORT, _USERNAME, _PASSWORD) runs the suites on PostgreSQL. */
const onPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

/** A fresh throwaway database for one suite: a SQLite file, or a PostgreSQL database name. */
export function throwawayDatabase(): string {
  if (onPostgres()) return `briefings_test_${randomBytes(4).toString('hex')}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefings-test-'));
  return path.join(dir, 'data.db');
}

/** Runs SQL on the PostgreSQL server's maintenance database, to create and drop test databases. */
async function onPostgresServer(sql: string) {
  const client = new Client({
    host: process.env.DATABASE_HOST ?? 'localhost',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME ?? 'strapi',
    password: process.env.DATABASE_PASSWORD ?? 'strapi',
    database: 'postgres',
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Boots the real demo app (register, bootstrap, seed) on the given throwaway database. */
export async function bootDemo(database: string): Promise<Core.Strapi> {
  if (onPostgres()) {
    process.env.DATABASE_NAME = database;
    await onPostgresServer(`CREATE DATABASE ${database}`).catch((error) => {
      if (error.code !== '42P04') throw error; // already there: a second boot of the same suite
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

export async function shutDown(strapi: Core.Strapi | undefined, database?: string) {
  if (strapi) await strapi.destroy();
  if (!database) return;
  if (onPostgres()) await onPostgresServer(`DROP DATABASE IF EXISTS ${database}`);
  else fs.rmSync(path.dirname(database), { recursive: true, force: true });
}

export const http = (strapi: Core.Strapi) => request(strapi.server.httpServer);

export const DEMO_ADMIN = { email: 'editor@example.com', password: 'BriefingsDemo1' };

/** Logs in to the admin API as the demo editor, as the admin panel does. */
export async function adminToken(strapi: Core.Strapi): Promise<string> {
  const res = await http(strapi).post('/admin/login').send(DEMO_ADMIN);
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.token ?? res.body.data.accessToken;
}

export const BRIEFING = 'plugin::security-briefings.briefing';
export const ACTOR = 'plugin::security-briefings.actor';
export const PLACE = 'plugin::security-briefings.place';
