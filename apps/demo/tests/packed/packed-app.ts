/**
 * A newsroom's Strapi app made from nothing but the packed packages: the two tarballs `npm pack`
 * makes, installed into a fresh app in a temp folder outside the workspace, so that only what the
 * packages publish (files, exports, dependencies) is there. No demo code.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const repo = path.resolve(__dirname, '../../../..');
const PACKAGES = ['packages/entities', 'packages/strapi-plugin-security-briefings'];

export interface Packed {
  name: string;
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
}

/** Packs both packages into `dest`, as `npm publish` would; they must be built. */
export function packPackages(dest: string): Packed[] {
  return PACKAGES.map((dir) => {
    if (!fs.existsSync(path.join(repo, dir, 'dist'))) throw new Error(`${dir} is not built: run npm run build first.`);
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dest], { cwd: path.join(repo, dir), encoding: 'utf8' });
    const [packed] = JSON.parse(out) as Packed[];
    return { ...packed!, filename: path.join(dest, packed!.filename) };
  });
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The app's files: package.json with the tarballs, config, a `post` type with a headline and a blocks body, and its boot script. */
export function appFiles(tarballs: Packed[]): Record<string, string> {
  const dependency = (name: string) => `file:${tarballs.find((t) => t.name === name)!.filename}`;
  return {
    'package.json': json({
      name: 'packed-newsroom',
      private: true,
      version: '0.0.0',
      dependencies: {
        '@security-briefings/entities': dependency('@security-briefings/entities'),
        '@strapi/plugin-users-permissions': '5.54.0',
        '@strapi/strapi': '5.54.0',
        'better-sqlite3': '12.8.0',
        react: '18.3.1',
        'react-dom': '18.3.1',
        'react-router-dom': '6.30.3',
        'strapi-plugin-security-briefings': dependency('strapi-plugin-security-briefings'),
        'styled-components': '6.6.0',
      },
      strapi: { telemetryDisabled: true },
    }),
    'tsconfig.json': json({
      compilerOptions: {
        module: 'CommonJS',
        moduleResolution: 'Node',
        lib: ['ES2020'],
        target: 'ES2019',
        strict: false,
        skipLibCheck: true,
        esModuleInterop: true,
        resolveJsonModule: true,
        noEmitOnError: true,
        outDir: 'dist',
        rootDir: '.',
      },
      include: ['./', './**/*.ts', 'src/**/*.json'],
      exclude: ['node_modules/', 'dist/', '.tmp/', 'src/admin/', 'boot.js'],
    }),
    'config/server.ts': `export default ({ env }) => ({
  host: '127.0.0.1',
  port: env.int('PORT', 0),
  app: { keys: env.array('APP_KEYS') },
  logger: { updates: { enabled: false }, startup: { enabled: false } },
});
`,
    'config/database.ts': `export default ({ env }) => ({
  connection: { client: 'sqlite', connection: { filename: env('DATABASE_FILENAME') }, useNullAsDefault: true },
});
`,
    'config/admin.ts': `export default ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
});
`,
    'config/middlewares.ts': `export default ['strapi::logger', 'strapi::errors', 'strapi::security', 'strapi::cors', 'strapi::poweredBy', 'strapi::query', 'strapi::body', 'strapi::session', 'strapi::favicon', 'strapi::public'];
`,
    // The newsroom's own article model; POST_BODY_FIELD lets the test name a field the type lacks.
    'config/plugins.ts': `export default ({ env }) => ({
  'security-briefings': {
    enabled: true,
    config: {
      articleContentType: {
        uid: 'api::post.post',
        fields: { title: 'headline', body: env('POST_BODY_FIELD', 'story'), slug: 'slug', publishedDate: 'publishedAt', url: 'canonicalUrl' },
      },
      publisher: 'Packed Newsroom',
    },
  },
});
`,
    'src/index.ts': `export default { register() {}, bootstrap() {} };
`,
    // The upload plugin refuses to start without its folder.
    'public/uploads/.gitkeep': '',
    'src/api/post/content-types/post/schema.json': json({
      kind: 'collectionType',
      collectionName: 'posts',
      info: { singularName: 'post', pluralName: 'posts', displayName: 'Post' },
      options: { draftAndPublish: true },
      attributes: {
        headline: { type: 'string', required: true },
        story: { type: 'blocks' },
        slug: { type: 'uid', targetField: 'headline' },
        canonicalUrl: { type: 'string' },
      },
    }),
    'src/api/post/controllers/post.ts': `import { factories } from '@strapi/strapi';
export default factories.createCoreController('api::post.post');
`,
    'src/api/post/services/post.ts': `import { factories } from '@strapi/strapi';
export default factories.createCoreService('api::post.post');
`,
    'src/api/post/routes/post.ts': `import { factories } from '@strapi/strapi';
export default factories.createCoreRouter('api::post.post');
`,
    // Compiles the app (no admin build), starts it and makes the first admin, as \`strapi admin:create-user\` would.
    'boot.js': `const { compileStrapi, createStrapi } = require('@strapi/strapi');

(async () => {
  const app = await compileStrapi();
  const strapi = createStrapi({ ...app, autoReload: false, serveAdminPanel: false });
  strapi.log.level = 'warn';
  await strapi.start();
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD, firstname: 'Packed', lastname: 'Editor',
    isActive: true, registrationToken: null, roles: [superAdmin.id],
  });
  console.log('READY ' + JSON.stringify({ port: strapi.server.httpServer.address().port }));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
`,
  };
}

export function writeApp(dir: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

/** `npm install` in the app, from the warm cache where it can; the log goes to install.log. */
export function installApp(dir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // better-sqlite3 compiles from source: point node-gyp at this Node's own headers rather than a download.
  const prefix = path.resolve(process.execPath, '../..');
  if (!env.npm_config_nodedir && fs.existsSync(path.join(prefix, 'include/node/node_version.h'))) env.npm_config_nodedir = prefix;
  // What npm tells the scripts it runs (npm run test:packed) is about the workspace, not this other project.
  for (const key of Object.keys(env)) if (/^npm_(package_|lifecycle_|command$|config_(local_prefix|prefix|global_prefix|workspaces?|include_workspace_root)$)/i.test(key)) delete env[key];
  const log = fs.openSync(path.join(dir, 'install.log'), 'w');
  try {
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel', 'warn'], { cwd: dir, env, stdio: ['ignore', log, log] });
  } catch (error) {
    const tail = fs.readFileSync(path.join(dir, 'install.log'), 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`npm install failed in ${dir}:\n${tail}`, { cause: error });
  } finally {
    fs.closeSync(log);
  }
}

export interface RunningApp {
  child: ChildProcess;
  url: string;
}

/** Boots the app in a process of its own; resolves once it listens, rejects with its output if it stops first. */
export function startApp(dir: string, env: Record<string, string>): Promise<RunningApp> {
  const child = spawn(process.execPath, ['boot.js'], { cwd: dir, env: { ...process.env, NODE_ENV: 'production', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const ready = /READY (\{.*\})/.exec(output);
      if (ready) resolve({ child, url: `http://127.0.0.1:${JSON.parse(ready[1]!).port}` });
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(Object.assign(new Error(`the app stopped (exit ${code}):\n${output}`), { output })));
  });
}

/** Stops the app: SIGTERM, then SIGKILL if it has not gone within 10 s. */
export async function stopApp(app: RunningApp | undefined) {
  if (!app || app.child.exitCode !== null || app.child.signalCode !== null) return;
  const exited = new Promise((resolve) => app.child.once('exit', resolve));
  app.child.kill('SIGTERM');
  const timer = setTimeout(() => app.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
