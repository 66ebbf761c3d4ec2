import type { Core } from '@strapi/strapi';

/**
 * Reads on SQLite take turns on the event loop, one request a turn.
 *
 * better-sqlite3 answers every query synchronously, so a burst of reads runs back to back inside
 * one turn of the loop, and Node (libuv since 1.45) accepts one new connection a turn. Under load a
 * turn held 50 queued reads (0.36 to 0.85 s measured), so the 50th client to connect waited 50 turns before
 * its first request was read and timed out at 10 s. Taking one turn each keeps the turns short, so
 * new connections are accepted between reads. On PostgreSQL queries wait on the network, the turns
 * stay short by themselves, and reads go straight through.
 */
let lastTurn: Promise<void> = Promise.resolve();

/** Resolves on a turn of the loop of its own, after every turn asked for before it. */
export function nextTurn(): Promise<void> {
  const turn = lastTurn.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
  lastTurn = turn;
  return turn;
}

/** On the plugin's content API and TAXII routes; once per request, so the app-wide one below does not add a second turn. */
export const readTurns: Core.MiddlewareHandler = async (ctx, next) => {
  if (strapi.db.dialect.client === 'sqlite' && !ctx.state.readTurnTaken) {
    ctx.state.readTurnTaken = true;
    await nextTurn();
  }
  await next();
};

/**
 * The same for every request of the app (Strapi's own routes, GraphQL, the admin), when the host lists
 * `plugin::security-briefings.read-turns` in its `config/middlewares.ts`: a plugin does not reorder
 * the host's requests unless asked.
 */
export const appReadTurns: Core.MiddlewareFactory = () => readTurns;
