import type { Core } from '@strapi/strapi';
import { verificationOf, verificationProblems, type Source, type TlpMarking, type VerificationOptions } from '@security-briefings/entities';
import { BRIEFING, PLUGIN_ID } from '../constants';
import { getConfig } from '../utils/config';
import { refuse } from '../utils/input';
import { shelveBriefings } from '../published/shelf';

/**
 * A briefing's verification level (unconfirmed, corroborated, confirmed) is the server's, derived from
 * its sources by the entities rule on every write, whoever makes it, and stored on each version (draft
 * and published) so the content API, GraphQL, the shelf, filters and the Content Manager's list read it
 * as a plain field. A value sent is dropped, not refused: the Content Manager sends back the value it
 * read with every save.
 */

type Row = { id: number; documentId: string; publishedAt: string | null; marking: TlpMarking | null; verification: string | null; sources?: Source[] };

const verificationOptions = (strapi: Core.Strapi): VerificationOptions => getConfig(strapi).verification as VerificationOptions;

const readRows = (strapi: Core.Strapi, where: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  strapi.db.query(BRIEFING).findMany({
    where,
    select: ['id', 'documentId', 'publishedAt', 'marking', 'verification'],
    populate: { sources: { select: ['kind', 'name', 'anonymous', 'reliability'] } },
    ...extra,
  }) as Promise<Row[]>;

/**
 * Stores each row's level from its own sources, one statement per level, without touching updatedAt
 * (the query builder skips the lifecycles that bump it); returns the documentIds of published rows that changed.
 */
async function storeLevels(strapi: Core.Strapi, rows: Row[], options: VerificationOptions): Promise<string[]> {
  const changed = new Map<string, Row[]>();
  for (const row of rows) {
    const level = verificationOf(row.sources, options.rule).level;
    if (row.verification !== level) changed.set(level, [...(changed.get(level) ?? []), row]);
  }
  for (const [level, group] of changed) {
    await strapi.db.queryBuilder(BRIEFING).update({ verification: level }).where({ id: { $in: group.map((row) => row.id) } }).execute();
  }
  return [...changed.values()].flat().filter((row) => row.publishedAt).map((row) => row.documentId);
}

/** The publish rule ({ requireToPublish: { clear: 'corroborated' } }) on the version about to be, or just, published. */
async function judgeVerification(strapi: Core.Strapi, documentId: string, version: 'draft' | 'published') {
  const options = verificationOptions(strapi);
  if (Object.keys(options.requireToPublish).length === 0) return;
  const [row] = await readRows(strapi, { documentId, publishedAt: version === 'draft' ? { $null: true } : { $notNull: true } });
  if (!row) return;
  const problems = verificationProblems(row, options);
  if (problems.length > 0) refuse(problems);
}

const WRITES = ['create', 'update', 'clone', 'publish', 'discardDraft'];

export function registerVerification(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== BRIEFING || !WRITES.includes(context.action)) return next();
    const params = context.params as { documentId?: string; status?: string; data?: Record<string, unknown> };
    if (params.data && typeof params.data === 'object') delete params.data.verification;
    if (context.action === 'publish' && params.documentId) await judgeVerification(strapi, params.documentId, 'draft');

    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = (result as { documentId?: string } | null)?.documentId ?? params.documentId;
      if (!documentId) return result;
      const options = verificationOptions(strapi);
      const rows = await readRows(strapi, { documentId });
      await storeLevels(strapi, rows, options);
      // The answer was read before the level was stored: give it its version's level too.
      const answer = result as { id?: number; verification?: string | null } | null;
      const row = rows.find((candidate) => candidate.id === answer?.id);
      if (row && answer) answer.verification = verificationOf(row.sources, options.rule).level;
      // create/update with status 'published' publish inside Strapi: judge what they published (a refusal undoes the write).
      if ((context.action === 'create' || context.action === 'update') && params.status === 'published') {
        await judgeVerification(strapi, documentId, 'published');
      }
      return result;
    });
  });
}

const RULE_KEY = 'verification-rule';
const BATCH = 500;

/**
 * On start: a database from before the field (levels still null), or levels worked out under another
 * rule (the organisation changed its option), gets every briefing's level derived again, and the
 * published briefings whose level changed are put back on the shelf.
 */
export async function ensureVerification(strapi: Core.Strapi) {
  const options = verificationOptions(strapi);
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  const rule = JSON.stringify(options.rule);
  const missing = await strapi.db.query(BRIEFING).count({ where: { verification: { $null: true } } });
  const storedRule = await store.get({ key: RULE_KEY });
  if (storedRule === rule && Number(missing) === 0) return;
  // The first start with levels is also the first with the shelf format that holds them: the shelf is rebuilt after this anyway.
  const reshelve = storedRule != null;
  const started = Date.now();
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await readRows(strapi, { id: { $gt: lastId } }, { orderBy: { id: 'asc' }, limit: BATCH });
    if (rows.length === 0) break;
    lastId = rows[rows.length - 1]!.id;
    const changedPublished = await strapi.db.transaction(() => storeLevels(strapi, rows, options));
    checked += rows.length;
    if (reshelve && changedPublished.length > 0) await shelveBriefings(strapi, [...new Set(changedPublished)]);
  }
  await store.set({ key: RULE_KEY, value: rule });
  strapi.log.info(`security-briefings: verification levels of ${checked} briefing versions derived in ${Date.now() - started} ms.`);
}
