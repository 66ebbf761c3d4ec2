import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { REVISION } from './models';

/**
 * Append-only. The log's table has no route, but code in the app can still reach it through the
 * query engine (`strapi.db.query(REVISION)`): its lifecycles refuse every write there except the
 * log's own appending and its retention pruning, and refuse every update, whoever asks.
 * (Raw SQL and the query builder skip lifecycles; only the database's own grants can close those.)
 */
type LogWrite = 'append' | 'prune';
const logWrite = new AsyncLocalStorage<LogWrite>();

/** Runs `write` as the log itself: appending an entry, or pruning entries past the retention period. */
export const asTheLog = <T>(kind: LogWrite, write: () => Promise<T>): Promise<T> => logWrite.run(kind, write);

const refusal = () => new errors.ForbiddenError('The revision log is append-only: its entries cannot be changed or deleted.');

export function guardRevisionLog(strapi: Core.Strapi) {
  const allowOnly = (kind: LogWrite) => () => {
    if (logWrite.getStore() !== kind) throw refusal();
  };
  const never = () => {
    throw refusal();
  };
  strapi.db.lifecycles.subscribe({
    models: [REVISION],
    beforeCreate: allowOnly('append'),
    beforeCreateMany: allowOnly('append'),
    beforeUpdate: never,
    beforeUpdateMany: never,
    beforeDelete: allowOnly('prune'),
    beforeDeleteMany: allowOnly('prune'),
  });
}
