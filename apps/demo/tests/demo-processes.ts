/**
 * Demo instances as processes of their own, as a newsroom runs several behind a load balancer: the
 * compiled demo (dist/, which the suites' global setup compiles) started with `strapi start`, each on
 * its own port, all on one PostgreSQL database. Strapi keeps its instance in a global, so two
 * instances cannot share the test's process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { dropPostgresDatabase, onPostgres } from '../scripts/postgres-server';
import type { HttpClient } from './demo-app';

const appDir = path.join(__dirname, '..');
// The package's bin, found from its package.json (its exports do not expose bin/).
const strapiBin = path.join(path.dirname(require.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');

export { onPostgres };

/** A fresh, empty PostgreSQL database for the instances to share. */
export async function throwawayPostgresDatabase() {
  const name = `briefings_instances_${randomBytes(4).toString('hex')}`;
  await onPostgres(`CREATE DATABASE ${name}`);
  return { name, drop: () => dropPostgresDatabase(name) };
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

export interface DemoProcess {
  name: string;
  url: string;
  /** Requests to this instance over real HTTP: anonymous, or sending the token as a Bearer on every request. */
  http(token?: string): HttpClient;
  /** The editor's admin JWT from this instance's /admin/login (logins are rate-limited: log in once). */
  adminLogin(email: string, password: string): Promise<string>;
  /** The end of what the instance logged, to explain a failure. */
  logTail(): string;
  stop(): Promise<void>;
}

/**
 * Starts one demo instance on the database with `strapi start` (production mode, no admin panel
 * build needed: the API is what the instances share) and resolves once /_health answers.
 * Every instance gets this process's environment, so they share the throwaway secrets that
 * tests/env.js set, as the instances of one deployment share their .env.
 */
export async function startDemoProcess(name: string, database: string): Promise<DemoProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `briefings-instance-${name}-`)), 'strapi.log');
  const log = fs.openSync(logFile, 'w');
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_CLIENT: 'postgres',
    DATABASE_NAME: database,
    // A DATABASE_URL in the demo's .env would win over DATABASE_NAME: set, and empty, it is not read.
    DATABASE_URL: '',
  };
  const child = spawn(process.execPath, [strapiBin, 'start'], { cwd: appDir, env, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const logTail = () => fs.readFileSync(logFile, 'utf8').slice(-3000);

  try {
    await waitUntilHealthy(url, child, 90_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`instance ${name}: ${(error as Error).message}\n${logTail()}`);
  }

  const instance: DemoProcess = {
    name,
    url,
    http(token?: string): HttpClient {
      const client = request(url);
      if (!token) return client;
      const auth = (test: request.Test) => test.set('Authorization', `Bearer ${token}`);
      return {
        get: (route: string) => auth(client.get(route)),
        post: (route: string) => auth(client.post(route)),
        put: (route: string) => auth(client.put(route)),
        delete: (route: string) => auth(client.delete(route)),
      };
    },
    async adminLogin(email: string, password: string) {
      const res = await instance.http().post('/admin/login').send({ email, password });
      if (res.status !== 200) throw new Error(`admin login on instance ${name} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.data.token ?? res.body.data.accessToken;
    },
    logTail,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killed);
      fs.rmSync(path.dirname(logFile), { recursive: true, force: true });
    },
  };
  return instance;
}

async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode} before answering`);
    try {
      if ((await fetch(`${url}/_health`)).status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`did not answer ${url}/_health within ${timeoutMs / 1000} s`);
}
