// Builds the demo (server and admin panel) and starts it on a free port with a throwaway database,
// as a newsroom would run it: `strapi build` then `strapi start`.
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { throwawaySecrets } = require('../secrets');

const appDir = path.join(__dirname, '..', '..');

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitUntilHealthy(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the demo exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/_health`);
      if (res.status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the demo did not answer ${url}/_health within ${timeoutMs / 1000} s`);
}

module.exports = async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefings-browser-'));
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(dataDir, 'data.db'),
    // The files log the demo editor in more than Strapi's 5 logins per 5 minutes allow (two editors
    // alone log in three times); the limit is Strapi's own, not under test here.
    ADMIN_RATE_LIMIT: 'false',
    // The browser tests publish as the one demo editor: four-eyes publishing off.
    SECURITY_BRIEFINGS_FOUR_EYES: 'false',
    ...throwawaySecrets(),
  };
  // The package's bin, found from its package.json (its exports do not expose bin/).
  const strapiBin = path.join(path.dirname(require.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');
  execFileSync(process.execPath, [strapiBin, 'build'], { cwd: appDir, env, stdio: 'inherit' });
  const log = fs.openSync(path.join(dataDir, 'strapi.log'), 'w');
  const child = spawn(process.execPath, [strapiBin, 'start'], { cwd: appDir, env, stdio: ['ignore', log, log], detached: true });
  // Jest runs the global teardown in this same process and lets it read what the setup put on globalThis:
  // the demo is stopped through its own handle, not a file in the shared temp folder another run may touch.
  // Unreferenced, a demo the teardown could not stop never keeps Jest from exiting.
  child.unref();
  globalThis.securityBriefingsDemo = { pid: child.pid, dataDir };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(url, child, 120000);
  } catch (error) {
    process.stderr.write(fs.readFileSync(path.join(dataDir, 'strapi.log'), 'utf8').slice(-4000));
    throw error;
  }
  process.env.DEMO_URL = url;
};
