// Runs the integration suites again on PostgreSQL, each suite on a throwaway database of its own.
// CI starts a server (.ci/run); elsewhere the run is skipped, with a note, when none answers.
const { spawnSync } = require('node:child_process');
const { Client } = require('pg');
const { postgresServer } = require('./postgres-server');

const server = postgresServer();

async function reachable() {
  const client = new Client({ ...server, database: 'postgres', connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    console.log(`PostgreSQL at ${server.host}:${server.port} as ${server.user}: ${error.message}`);
    return false;
  }
}

(async () => {
  if (!(await reachable())) {
    if (process.env.CI) {
      console.error('CI needs PostgreSQL for the integration suites (.ci/run starts it).');
      process.exit(1);
    }
    console.log('Integration suites on PostgreSQL: skipped (no server; see README, "Tests").');
    return;
  }
  console.log(`Integration suites on PostgreSQL ${server.host}:${server.port}`);
  const env = { ...process.env, DATABASE_CLIENT: 'postgres', DATABASE_HOST: server.host, DATABASE_PORT: String(server.port) };
  const run = spawnSync('npx', ['jest'], { env, stdio: 'inherit' });
  process.exit(run.status ?? 1);
})();
