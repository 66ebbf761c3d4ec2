import type { Core, UID } from '@strapi/strapi';
import { componentHeading, type ActorRoleEntry, type SourceEntry } from '@security-briefings/entities';
import { ACTOR, BRIEFING, PLUGIN_ID, componentUid } from '../constants';
import { HEADED_COMPONENTS, components } from '../components';
import { updateQuietly } from './document-rules';

/**
 * The title of each collapsed actor role and source in the edit view ("Perpetrator: Islamic State",
 * "Anonymous: security officials (Official)") is the server's, like the verification level: derived
 * by the entities rule (componentHeading) on every write of a briefing, whoever makes it, on each
 * version, and again on an actor's rename or deletion (its name is in the titles). A heading sent is
 * dropped, not refused: the Content Manager sends back the entries it read. A new entry shows the
 * field's default until its first save.
 */

/** The briefing's fields whose entries carry a heading, with their component. */
const HEADED_FIELDS = { actorRoles: 'actor-role', sources: 'source' } as const satisfies Record<string, keyof typeof HEADED_COMPONENTS>;
type HeadedField = keyof typeof HEADED_FIELDS;
const FIELDS = Object.keys(HEADED_FIELDS) as HeadedField[];
const ACTOR_ROLE = componentUid('actor-role');

type Entry = { id: number; heading?: string | null } & Record<string, any>;
type Row = { id: number } & Partial<Record<HeadedField, Entry[]>>;

const POPULATE = { actorRoles: { populate: { actor: { select: ['name'] } } }, sources: true };

const headingOf = (field: HeadedField, entry: Entry) =>
  HEADED_FIELDS[field] === 'actor-role' ? componentHeading('actor-role', entry as ActorRoleEntry) : componentHeading('source', entry as SourceEntry);

/** Stores each entry's heading where it differs; returns every entry's heading, by component and row id. */
async function storeHeadings(strapi: Core.Strapi, rows: Row[]): Promise<Map<string, string>> {
  const headings = new Map<string, string>();
  for (const row of rows) {
    for (const field of FIELDS) {
      const uid = componentUid(HEADED_FIELDS[field]);
      for (const entry of row[field] ?? []) {
        const heading = headingOf(field, entry);
        headings.set(`${uid}:${entry.id}`, heading);
        if (entry.heading !== heading) await updateQuietly(strapi, uid, entry.id, { heading });
      }
    }
  }
  return headings;
}

const readRows = (strapi: Core.Strapi, where: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  strapi.db.query(BRIEFING).findMany({ where, select: ['id'], populate: POPULATE, ...extra }) as Promise<Row[]>;

/** Drops any heading sent in the briefing's entries. */
function dropSentHeadings(data: Record<string, unknown> | undefined) {
  if (!data || typeof data !== 'object') return;
  for (const field of FIELDS) {
    const entries = data[field];
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) if (entry && typeof entry === 'object') delete (entry as Entry).heading;
  }
}

/** The answer was read before the headings were stored: give its entries theirs. */
function headAnswer(answer: unknown, headings: Map<string, string>) {
  if (!answer || typeof answer !== 'object') return;
  for (const field of FIELDS) {
    const entries = (answer as Row)[field];
    if (!Array.isArray(entries)) continue;
    const uid = componentUid(HEADED_FIELDS[field]);
    for (const entry of entries) {
      const heading = entry && headings.get(`${uid}:${entry.id}`);
      if (heading) entry.heading = heading;
    }
  }
}

const WRITES = ['create', 'update', 'clone', 'publish', 'discardDraft'];

export function registerComponentHeadings(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    if (context.uid === ACTOR && (context.action === 'update' || context.action === 'delete') && params.documentId) {
      return retitleActorRoles(strapi, params.documentId, next) as ReturnType<typeof next>;
    }
    if (context.uid !== BRIEFING || !WRITES.includes(context.action)) return next();
    dropSentHeadings(params.data);

    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = (result as { documentId?: string } | null)?.documentId ?? params.documentId;
      if (!documentId) return result;
      headAnswer(result, await storeHeadings(strapi, await readRows(strapi, { documentId })));
      return result;
    });
  });
}

/** An actor renamed or deleted: the actor roles that named it (in any briefing, any version) are titled again. */
async function retitleActorRoles(strapi: Core.Strapi, documentId: string, next: () => Promise<unknown>) {
  const roles = strapi.db.query(ACTOR_ROLE as UID.Schema);
  return strapi.db.transaction(async () => {
    const linked = (await roles.findMany({ where: { actor: { documentId } }, select: ['id'] })) as { id: number }[];
    const result = await next();
    if (linked.length === 0) return result;
    const entries = (await roles.findMany({ where: { id: { $in: linked.map((entry) => entry.id) } }, populate: { actor: { select: ['name'] } } })) as Entry[];
    for (const entry of entries) {
      const heading = componentHeading('actor-role', entry as ActorRoleEntry);
      if (entry.heading !== heading) await updateQuietly(strapi, ACTOR_ROLE, entry.id, { heading });
    }
    return result;
  });
}

const RULE_KEY = 'component-headings';
/** Raise when componentHeading changes its wording: every heading is then derived again on the next start. */
const RULE_VERSION = '1';
const BATCH = 500;

/**
 * On start: a database from before the headings (null, or the field's default), or from before a
 * change of their wording, gets every briefing version's headings derived; and the Content Manager's
 * stored settings, which keep the title field they were first given, switch to the heading where they
 * still name the old one (a newsroom's own choice of another field is kept).
 */
export async function ensureComponentHeadings(strapi: Core.Strapi) {
  await titleByHeading(strapi);
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  const untitled = { $or: [{ heading: { $null: true } }, { heading: components.source.attributes.heading.default }] };
  let missing = 0;
  for (const name of Object.keys(HEADED_COMPONENTS) as (keyof typeof HEADED_COMPONENTS)[]) {
    missing += Number(await strapi.db.query(componentUid(name) as UID.Schema).count({ where: untitled }));
  }
  if ((await store.get({ key: RULE_KEY })) === RULE_VERSION && missing === 0) return;
  const started = Date.now();
  let lastId = 0;
  let entries = 0;
  for (;;) {
    const rows = await readRows(strapi, { id: { $gt: lastId } }, { orderBy: { id: 'asc' }, limit: BATCH });
    if (rows.length === 0) break;
    lastId = rows[rows.length - 1]!.id;
    entries += (await strapi.db.transaction(() => storeHeadings(strapi, rows))).size;
  }
  await store.set({ key: RULE_KEY, value: RULE_VERSION });
  strapi.log.info(`security-briefings: titles of ${entries} actor roles and sources derived in ${Date.now() - started} ms.`);
}

async function titleByHeading(strapi: Core.Strapi) {
  const service = strapi.plugin('content-manager')?.service('components');
  if (!service) return;
  for (const [name, before] of Object.entries(HEADED_COMPONENTS)) {
    const component = { uid: componentUid(name as keyof typeof HEADED_COMPONENTS) };
    const configuration = await service.findConfiguration(component);
    if (configuration?.settings?.mainField !== before) continue;
    const { uid: _uid, category: _category, ...stored } = configuration;
    await service.updateConfiguration(component, { ...stored, settings: { ...stored.settings, mainField: 'heading' } });
  }
}
