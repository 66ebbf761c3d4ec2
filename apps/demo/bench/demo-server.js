// The benchmark's moving parts outside the measurement: the demo's build, the throwaway database,
// the demo served by `strapi start` in a process of its own, and that process's memory.
const { spawn, spawnSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { dropPostgresDatabase, onPostgres } = require('../scripts/postgres-server');

const appDir = path.join(__dirname, '..');
const repoDir = path.join(appDir, '..', '..');

const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);
/** The newest modification time of the files under a folder. */
function newest(dir) {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).reduce((latest, entry) => (entry.isFile() ? Math.max(latest, mtime(path.join(entry.parentPath ?? entry.path, entry.name))) : latest), 0);
}

function run(args, log) {
  log(`  npm ${args.join(' ')}`);
  const result = spawnSync('npm', args, { cwd: repoDir, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (exit ${result.status})`);
}

/**
 * Builds what the benchmark needs and is missing, so a fresh clone works: the two packages when they
 * have no build, and the demo (`strapi build`: its server code and the admin, which bundles the
 * plugin's) when it has none or it is older than the plugin's build or the demo's own sources.
 * Packages that are built but older than their sources are only reported: someone may be editing them.
 */
function ensureBuilt(log) {
  const packages = [
    ['@security-briefings/entities', path.join(repoDir, 'packages', 'entities')],
    ['strapi-plugin-security-briefings', path.join(repoDir, 'packages', 'strapi-plugin-security-briefings')],
  ];
  for (const [name, dir] of packages) {
    if (!fs.existsSync(path.join(dir, 'dist'))) run(['run', 'build', '-w', name], log);
    else if (Math.max(...['src', 'server/src', 'admin/src', 'shared'].map((sub) => newest(path.join(dir, sub)))) > newest(path.join(dir, 'dist'))) {
      log(`  note: ${name}'s sources are newer than its build; the benchmark measures the build (npm run build -w ${name}).`);
    }
  }
  const dist = path.join(appDir, 'dist');
  const built = Math.min(mtime(path.join(dist, 'build', 'index.html')), mtime(path.join(dist, 'src', 'index.js')));
  const sources = Math.max(newest(path.join(repoDir, 'packages', 'strapi-plugin-security-briefings', 'dist')), newest(path.join(appDir, 'src')), newest(path.join(appDir, 'config')));
  if (!built || built < sources) run(['run', 'build', '-w', 'demo'], log);
}

/**
 * A throwaway database in `dir`: a SQLite file there, or a fresh PostgreSQL database when
 * DATABASE_CLIENT=postgres. Returns the DATABASE_* variables that point Strapi at it.
 */
async function createDatabase(dir) {
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const name = `briefings_bench_${randomBytes(4).toString('hex')}`;
    await onPostgres(`CREATE DATABASE ${name}`);
    return { DATABASE_CLIENT: 'postgres', DATABASE_NAME: name };
  }
  return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') };
}

async function dropDatabase(database) {
  if (database.DATABASE_CLIENT === 'postgres') await dropPostgresDatabase(database.DATABASE_NAME);
  else fs.rmSync(database.DATABASE_FILENAME, { force: true });
}

/** The process's resident memory now and its peak, in MB, from /proc (Linux). */
function memoryOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/**
 * Starts the built demo with `strapi start` (production), its output to `logFile`, and waits until
 * /_health answers. The demo's .env gives its secrets; `env` points it at the bench database.
 * The wait is long: a first start on a database written in SQL puts every published briefing on the
 * plugin's shelf before it answers. Returns, besides the server, how long it took to answer and its
 * output since this start.
 */
async function startDemo({ port, env, logFile, timeoutMs = 30 * 60000 }) {
  const from = mtime(logFile) ? fs.statSync(logFile).size : 0;
  const output = () => fs.readFileSync(logFile).subarray(from).toString('utf8');
  const out = fs.openSync(logFile, 'a');
  // The workspace hoists Strapi's command to the root's node_modules/.bin.
  const strapiBin = [appDir, repoDir].map((dir) => path.join(dir, 'node_modules', '.bin', 'strapi')).find((file) => fs.existsSync(file));
  const child = spawn(strapiBin, ['start'], {
    cwd: appDir,
    env: { ...process.env, ...env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), STARTUP_LOG: 'false' },
    stdio: ['ignore', out, out],
  });
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  const url = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); Date.now() - started < timeoutMs; ) {
    if (exited) throw new Error(`the demo stopped before answering (exit ${exited.code ?? exited.signal}); see ${logFile}`);
    const healthy = await fetch(`${url}/_health`).then((res) => res.status === 204, () => false);
    if (healthy) return { url, pid: child.pid, startMs: Date.now() - started, output, stop: () => stopProcess(child) };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopProcess(child);
  throw new Error(`the demo did not answer within ${timeoutMs / 1000} s; see ${logFile}`);
}

async function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
  await exited;
  clearTimeout(timer);
}

/** The plugin's own log line when it (re)built the published shelf on start, if it did: `{ count, ms }`. */
function shelfRebuild(output) {
  const match = /security-briefings: (\d+) published briefings shelved in (\d+) ms/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
  return match ? { count: Number(match[1]), ms: Number(match[2]) } : null;
}

/** Prints the end of the bench server's log (in the bench's working directory) after a failure. */
function printServerLog(dir) {
  const serverLog = path.join(dir, 'server.log');
  if (fs.existsSync(serverLog)) console.error(`The server's last words (${serverLog}):\n${fs.readFileSync(serverLog, 'utf8').split('\n').slice(-30).join('\n')}`);
}

/** Runs a bench's main function and exits with its outcome. */
function runBench(main) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

module.exports = { appDir, ensureBuilt, createDatabase, dropDatabase, memoryOf, startDemo, shelfRebuild, printServerLog, runBench };
