import type { Core } from '@strapi/strapi';
import { getConfig } from '../utils/config';
import { getService } from '../utils/services';
import { guardRevisionLog } from './guard';

const DAY_MS = 24 * 60 * 60_000;
const timers = new WeakMap<Core.Strapi, NodeJS.Timeout>();

/**
 * Starts the revision log: its guard (./guard.ts), and the retention the newsroom configured
 * (`revisionLog.retentionDays`, null to keep every entry): entries older than that are pruned at
 * start and then once a day, with the reasons that expired unused.
 */
export async function startRevisionLog(strapi: Core.Strapi) {
  guardRevisionLog(strapi);
  const { retentionDays } = getConfig(strapi).revisionLog;
  const prune = async () => {
    const revisionLog = getService(strapi, 'revision-log');
    // Reasons given for a save that never came are forgotten too.
    await revisionLog.forgetExpiredReasons();
    if (retentionDays === null) return;
    const pruned = await revisionLog.prune(retentionDays);
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
