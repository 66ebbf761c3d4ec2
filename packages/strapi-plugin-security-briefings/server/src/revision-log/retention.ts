import type { Core } from '@strapi/strapi';
import { getConfig } from '../utils/config';
import { getService } from '../utils/services';
import { guardRevisionLog } from './guard';

const DAY_MS = 24 * 60 * 60_000;
const timers = new WeakMap<Core.Strapi, NodeJS.Timeout>();

/**
 * Starts the revision log: its guard (./guard.ts), and the retention the newsroom configured
 * (`revisionLog.retentionDays`, null to keep every entry): entries older than that are pruned at
 * start and then once a day.
 */
export async function startRevisionLog(strapi: Core.Strapi) {
  guardRevisionLog(strapi);
  const { retentionDays } = getConfig(strapi).revisionLog;
  if (retentionDays === null) return;
  const prune = async () => {
    const pruned = await getService(strapi, 'revision-log').prune(retentionDays);
    if (pruned > 0) strapi.log.info(`security-briefings: ${pruned} revision log entries older than ${retentionDays} days pruned.`);
  };
  await prune();
  const timer = setInterval(() => {
    prune().catch((error) => strapi.log.error(`security-briefings: pruning the revision log failed: ${(error as Error).message}`));
  }, DAY_MS);
  timer.unref();
  timers.set(strapi, timer);
}

export function stopRevisionLog(strapi: Core.Strapi) {
  clearInterval(timers.get(strapi));
  timers.delete(strapi);
}
