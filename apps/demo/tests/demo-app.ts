import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStrapi, type Core } from '@strapi/strapi';
import request from 'supertest';

const appDir = path.join(__dirname, '..');

/** A fresh throwaway SQLite file for one suite. */
export function throwawayDatabase(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefings-test-'));
  return path.join(dir, 'data.db');
}

/** Boots the real demo app (register, bootstrap, seed) on the given database file. */
export async function bootDemo(databaseFile: string): Promise<Core.Strapi> {
  process.env.DATABASE_CLIENT = process.env.DATABASE_CLIENT ?? 'sqlite';
  process.env.DATABASE_FILENAME = databaseFile;
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false });
  strapi.log.level = 'warn';
  await strapi.load();
  await strapi.server.mount();
  return strapi;
}

export async function shutDown(strapi: Core.Strapi | undefined, databaseFile?: string) {
  if (strapi) await strapi.destroy();
  if (databaseFile) fs.rmSync(path.dirname(databaseFile), { recursive: true, force: true });
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
