// The PostgreSQL server the DATABASE_* variables name, as the test tooling reaches it: the suites'
// harness, the two-instances test, the PostgreSQL pass (test-postgres.js) and the bench. `.ci/run`
// starts one on 127.0.0.1 with role strapi/strapi.
const { Client } = require('pg');

/** Connection settings for the server, without a database. */
function postgresServer() {
  return {
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME ?? 'strapi',
    password: process.env.DATABASE_PASSWORD ?? 'strapi',
  };
}

/** Runs SQL on a database of the server (by default its maintenance database, to create and drop ours); returns the rows. */
async function onPostgres(sql, database = 'postgres') {
  const client = new Client({ ...postgresServer(), database });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Drops a database of ours. Not `WITH (FORCE)`: that refuses when an autovacuum worker is on the
 * database (a role without pg_signal_backend may not end it), as CI saw after the two-instances
 * test. Instead our own role's leftover connections (a killed instance's) are ended, and a plain
 * DROP, which stops autovacuum by itself, is retried while another session still holds on.
 */
async function dropPostgresDatabase(name, attempts = 5) {
  for (let attempt = 1; ; attempt++) {
    await onPostgres(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND usename = current_user AND pid <> pg_backend_pid()`,
    );
    try {
      await onPostgres(`DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (error) {
      // 55006 object_in_use: "database is being accessed by other users".
      if (error.code !== '55006' || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

module.exports = { postgresServer, onPostgres, dropPostgresDatabase };
