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

module.exports = { postgresServer, onPostgres };
