import type { Core, UID } from '@strapi/strapi';
import {
  isMoreRestrictive,
  publicationProblems,
  sourcesMadeAnonymous,
  toCalendarDate,
  validateActor,
  validateBriefing,
  validatePlace,
  type Problem,
  type Source,
  type Validation,
} from '@security-briefings/entities';
import { ACTOR, BRIEFING, PLACE, componentUid } from '../constants';

const SOURCE = componentUid('source');
import { DERIVED_FIELDS, LISTING_FIELDS } from '../content-types/briefing/schema';
import { briefingPopulate } from '../utils/populate';
import { refuse } from '../utils/input';
import type { BriefingProtection } from '../../../shared/contracts/briefings';
import { documents, type DocumentRow } from '../utils/documents';

/** Fields Strapi manages itself; editors and API clients never set them, so validation ignores them. */
const MANAGED_FIELDS = [
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'firstPublishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
  'status',
];

// And the entries' headings, derived by the server (middlewares/component-headings.ts).
const COMPONENT_BOOKKEEPING = ['__temp_key__', '__component', 'heading'];

/** A copy of the document without the fields the CMS manages; what the domain rules judge. */
function editableFields(uid: string, data: Record<string, unknown>): Record<string, unknown> {
  const managed = uid === BRIEFING ? [...MANAGED_FIELDS, ...DERIVED_FIELDS] : MANAGED_FIELDS;
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([key]) => !COMPONENT_BOOKKEEPING.includes(key))
          .map(([key, v]) => [key, strip(v)]),
      );
    }
    return value;
  };
  return Object.fromEntries(
    Object.entries(data)
      .filter(([key]) => !managed.includes(key))
      .map(([key, value]) => [key, strip(value)]),
  );
}


const validators: Record<string, (input: unknown, options: { partial?: boolean }) => Validation<unknown>> = {
  [BRIEFING]: validateBriefing,
  [ACTOR]: validateActor,
  [PLACE]: validatePlace,
};

/** Incident dates may be written "2024-12" or "2024"; the database stores the first day of the period. */
function normaliseIncidentDate(data: Record<string, any>) {
  const incident = data.incident;
  if (incident && typeof incident === 'object' && typeof incident.date === 'string') {
    incident.date = toCalendarDate(incident.date) ?? incident.date;
  }
}

const problem = (path: (string | number)[], message: string): Problem => ({ path, field: path.join('.'), message });
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const own = (data: Record<string, unknown>, key: string) => Object.prototype.hasOwnProperty.call(data, key);

/**
 * Keys that reach an object's prototype, anywhere in the data. A JSON body parser refuses them, but
 * code calling the document service can pass them, and Strapi's own validator then fails on them
 * with a TypeError (a 500) instead of a refusal.
 */
function prototypeKeys(value: unknown, path: (string | number)[] = []): Problem[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => prototypeKeys(item, [...path, i]));
  if (!isObject(value) || value instanceof Date) return [];
  return Object.keys(value).flatMap((key) =>
    ['__proto__', 'constructor', 'prototype'].includes(key)
      ? [problem([...path, key], `“${key}” is not a field here; remove it or check its spelling.`)]
      : prototypeKeys(value[key], [...path, key]),
  );
}

type Schema = { attributes: Record<string, { type: string; target?: string; component?: string; repeatable?: boolean }> };
const schemaOf = (strapi: Core.Strapi, uid: string) => strapi.getModel(uid as UID.Schema) as unknown as Schema;

/** The records a link field names, whatever its form: documentIds, row ids, records, or { connect, disconnect, set }. */
function linkedRecords(value: unknown): unknown[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value.flatMap(linkedRecords);
  if (isObject(value) && ('connect' in value || 'disconnect' in value || 'set' in value)) {
    return ['connect', 'disconnect', 'set'].flatMap((key) => (Array.isArray(value[key]) ? (value[key] as unknown[]) : []));
  }
  return [value];
}

/** Every link in the data (its components' included), with the field it is in and the type it must point to. */
function linksIn(strapi: Core.Strapi, uid: string, data: Record<string, unknown>, path: (string | number)[] = []) {
  const links: { path: (string | number)[]; target: string; record: unknown }[] = [];
  for (const [name, attribute] of Object.entries(schemaOf(strapi, uid).attributes)) {
    if (!own(data, name)) continue;
    const value = data[name];
    if (attribute.type === 'relation' && attribute.target) {
      for (const record of linkedRecords(value)) links.push({ path: [...path, name], target: attribute.target, record });
    }
    if (attribute.type === 'component' && attribute.component) {
      const entries = attribute.repeatable ? (Array.isArray(value) ? value : []) : [value];
      entries.forEach((entry, i) => {
        if (isObject(entry)) links.push(...linksIn(strapi, attribute.component!, entry, attribute.repeatable ? [...path, name, i] : [...path, name]));
      });
    }
  }
  return links;
}

/**
 * Each link must point to a record that exists, of the type the field holds. Strapi refuses a
 * missing one too, but without saying which field holds it ("Document with id … not found").
 */
async function missingLinks(strapi: Core.Strapi, uid: string, data: Record<string, unknown>): Promise<Problem[]> {
  const problems: Problem[] = [];
  const links = linksIn(strapi, uid, data);
  for (const target of new Set(links.map((link) => link.target))) {
    const toTarget = links.filter((link) => link.target === target);
    const key = (record: unknown) => (isObject(record) ? (record.documentId ?? record.id) : record);
    const documentIds = toTarget.map((link) => key(link.record)).filter((k): k is string => typeof k === 'string');
    const ids = toTarget.map((link) => key(link.record)).filter((k): k is number => typeof k === 'number');
    const query = strapi.db.query(target as UID.Schema);
    const found = new Set<unknown>([
      ...(documentIds.length ? await query.findMany({ where: { documentId: { $in: documentIds } }, select: ['documentId'] }) : []).map((row) => row.documentId),
      ...(ids.length ? await query.findMany({ where: { id: { $in: ids } }, select: ['id'] }) : []).map((row) => row.id),
    ]);
    const what = (strapi.getModel(target as UID.Schema)?.info?.displayName ?? 'record').toLowerCase();
    for (const link of toTarget) {
      if (!found.has(key(link.record))) problems.push(problem(link.path, `There is no ${what} “${String(key(link.record))}”; choose one from the list.`));
    }
  }
  return problems;
}

/**
 * Strapi sets a document's row id and documentId itself. A new document may not choose them (a
 * chosen row id breaks PostgreSQL's id sequence for everyone after), and an update may not move a
 * row to another document or id: the Content Manager sends the document's own, which pass.
 */
async function identityProblems(strapi: Core.Strapi, uid: string, action: string, params: Record<string, any>, data: Record<string, unknown>) {
  const problems: Problem[] = [];
  const setItself = 'Strapi sets this itself; leave it out.';
  if (action === 'create') {
    for (const key of ['id', 'documentId']) if (data[key] != null) problems.push(problem([key], setItself));
    return problems;
  }
  if (data.documentId != null && data.documentId !== params.documentId) problems.push(problem(['documentId'], setItself));
  if (data.id != null) {
    const rows = await strapi.db.query(uid as UID.Schema).findMany({ where: { documentId: params.documentId }, select: ['id'] });
    if (!rows.some((row) => String(row.id) === String(data.id))) problems.push(problem(['id'], setItself));
  }
  return problems;
}

/**
 * A component entry sent with a row id updates that row in place, and Strapi does not check that it
 * is this document's ("TODO: verify the compo is associated with the entity" in its components.ts):
 * another briefing's source would be rewritten and shared by both. Only the document's own entries may keep their ids.
 */
async function foreignEntries(strapi: Core.Strapi, uid: string, documentId: string, data: Record<string, unknown>): Promise<Problem[]> {
  const attributes = schemaOf(strapi, uid).attributes;
  const withIds = Object.keys(data).filter((name) => {
    const attribute = attributes[name];
    const entries = Array.isArray(data[name]) ? (data[name] as unknown[]) : [data[name]];
    return attribute?.type === 'component' && entries.some((entry) => isObject(entry) && entry.id != null);
  });
  if (withIds.length === 0) return [];
  const rows = await strapi.db.query(uid as UID.Schema).findMany({
    where: { documentId },
    populate: Object.fromEntries(withIds.map((name) => [name, { select: ['id'] }])),
  });
  const problems: Problem[] = [];
  for (const name of withIds) {
    // The draft's entries, and for a document without drafts its only row's.
    const draft = rows.find((row) => !row.publishedAt) ?? rows[0];
    const ownIds = new Set([draft?.[name]].flat().filter(Boolean).map((entry: { id: number }) => String(entry.id)));
    const repeatable = Array.isArray(data[name]);
    (repeatable ? (data[name] as unknown[]) : [data[name]]).forEach((entry, i) => {
      if (isObject(entry) && entry.id != null && !ownIds.has(String(entry.id))) {
        problems.push(problem(repeatable ? [name, i, 'id'] : [name, 'id'], 'This entry is not one of this document’s; leave its id out to add a new one.'));
      }
    });
  }
  return problems;
}

const isTimestamp = (v: unknown) => v instanceof Date ? !Number.isNaN(v.getTime()) : typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isCreator = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0) || (isObject(v) && typeof v.id === 'number');
/** The forms Strapi itself gives the fields it manages (a Content Manager form sends them back as it got them). */
const MANAGED_FORMS: Record<string, (v: unknown) => boolean> = {
  createdAt: isTimestamp,
  updatedAt: isTimestamp,
  publishedAt: isTimestamp,
  firstPublishedAt: isTimestamp,
  createdBy: isCreator,
  updatedBy: isCreator,
  locale: (v) => typeof v === 'string',
  status: (v) => v === 'draft' || v === 'published',
  localizations: Array.isArray,
};

/**
 * The fields Strapi manages are not the domain's to judge, but a malformed one reaches Strapi's own
 * parsers, which refuse it without naming it ("Invalid format, expected a timestamp").
 */
function managedFieldProblems(data: Record<string, unknown>): Problem[] {
  return Object.entries(MANAGED_FORMS)
    .filter(([key, isValid]) => own(data, key) && data[key] != null && !isValid(data[key]))
    .map(([key]) => problem([key], 'Strapi sets this itself; leave it out.'));
}

/** What the database must check before a create or update: links, ids and component entries. */
async function judgeAgainstDatabase(strapi: Core.Strapi, uid: string, action: string, params: Record<string, any>, data: Record<string, unknown>) {
  const problems = [
    ...managedFieldProblems(data),
    ...(await identityProblems(strapi, uid, action, params, data)),
    ...(action === 'update' && params.documentId ? await foreignEntries(strapi, uid, params.documentId, data) : []),
    ...(await missingLinks(strapi, uid, data)),
  ];
  if (problems.length > 0) refuse(problems);
}

export function judge(uid: string, data: Record<string, unknown>, options: { partial?: boolean }) {
  const pollution = prototypeKeys(data);
  if (pollution.length > 0) refuse(pollution);
  const validation = validators[uid]!(editableFields(uid, data), options);
  if (!validation.ok) refuse(validation.problems);
}

/**
 * Writes a row without touching its updatedAt: the query builder skips the lifecycles that would
 * bump it, so a published version changed behind the editor's back does not look newer than its
 * draft. It runs in the current transaction.
 */
export async function updateQuietly(strapi: Core.Strapi, uid: string, id: number, data: Record<string, unknown>) {
  // The plugin's UIDs are not in the app's generated registry, so Strapi's UID type does not know them.
  await strapi.db.queryBuilder(uid as UID.Schema).update(data).where({ id }).execute();
}

/** Keeps the briefing's listing fields (event type, incident date, country) in step with its incident, on every row of the document. */
async function refreshListingFields(strapi: Core.Strapi, documentId: string) {
  const rows = await strapi.db.query(BRIEFING).findMany({
    where: { documentId },
    populate: { incident: { populate: { place: true } } },
  });
  for (const row of rows as DocumentRow[]) {
    const listing: Record<string, unknown> = {
      eventType: row.incident?.eventType ?? null,
      incidentDate: row.incident?.date ?? null,
      countryCode: row.incident?.place?.countryCode ?? null,
    };
    // Rows already in step are left alone.
    if (LISTING_FIELDS.every((field) => (row[field] ?? null) === listing[field])) continue;
    await updateQuietly(strapi, BRIEFING, row.id, listing);
  }
}

/** The draft must pass every rule and the publish checklist before it is published; else a 400 naming the fields. */
async function judgePublishable(strapi: Core.Strapi, documentId: string) {
  const draft = await documents(strapi, BRIEFING).findOne({ documentId, status: 'draft', populate: briefingPopulate(strapi) });
  if (!draft) return;
  judge(BRIEFING, draft as Record<string, unknown>, {});
  // What a published briefing must have (the editor's checklist), refused with the same sentences.
  const missing = publicationProblems(draft);
  if (missing.length > 0) refuse(missing);
}

/**
 * Protection raised in a draft takes effect on the published version at once: a more restrictive
 * marking, or a source now anonymous, is copied to the published rows when the draft is saved
 * (their updatedAt kept, so the draft still shows as modified). Lowering waits for a publish.
 * Returns what was raised, for the editor's notice.
 */
async function raisePublishedProtection(strapi: Core.Strapi, documentId: string): Promise<RaisedProtection | null> {
  const populate = { sources: true };
  const rows = (await strapi.db.query(BRIEFING).findMany({ where: { documentId }, populate })) as DocumentRow[];
  const draft = rows.find((row) => !row.publishedAt);
  const published = rows.filter((row) => row.publishedAt);
  if (!draft || published.length === 0) return null;
  const raised: RaisedProtection = { from: null, to: null, sources: 0 };
  for (const row of published) {
    if (isMoreRestrictive(draft.marking, row.marking)) {
      raised.from = row.marking;
      raised.to = draft.marking;
      await updateQuietly(strapi, BRIEFING, row.id, { marking: draft.marking });
    }
    const sources = (row.sources ?? []) as (Source & { id: number })[];
    for (const pair of sourcesMadeAnonymous(sources, (draft.sources ?? []) as Source[])) {
      const counterpart = draft.sources[pair.draft];
      await updateQuietly(strapi, SOURCE, sources[pair.published].id, {
        anonymous: true,
        name: null,
        url: null,
        descriptor: counterpart.descriptor ?? sources[pair.published].descriptor ?? null,
      });
      raised.sources += 1;
    }
  }
  return raised.to || raised.sources ? raised : null;
}

/** What the last draft save raised on the published version, kept until the next publish or unpublish. */
export type RaisedProtection = NonNullable<BriefingProtection.Response['data']['raised']>;

const raisedStore = (strapi: Core.Strapi) => strapi.store({ type: 'plugin', name: 'security-briefings' });
const raisedKey = (documentId: string) => `raised-protection:${documentId}`;

export async function raisedProtection(strapi: Core.Strapi, documentId: string): Promise<RaisedProtection | null> {
  return ((await raisedStore(strapi).get({ key: raisedKey(documentId) })) as RaisedProtection | null) ?? null;
}

/**
 * Every write to a briefing, actor or place passes the entities package's rules first, whoever makes it
 * (Content Manager, content API, GraphQL, scripts). A refused write throws before anything is stored, or
 * inside the write's transaction, so nothing half-written stays.
 */
export function registerDocumentRules(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    if (!(uid in validators)) return next();
    const params = context.params as Record<string, any>;

    if (action === 'create' || action === 'update') {
      const data = (params.data ?? {}) as Record<string, unknown>;
      judge(uid, data, { partial: action === 'update' });
      await judgeAgainstDatabase(strapi, uid, action, params, data);
      if (uid === BRIEFING) normaliseIncidentDate(data);
    }
    if (action === 'clone' && params.data) judge(uid, params.data, { partial: true });

    if (action === 'publish' && uid === BRIEFING) await judgePublishable(strapi, params.documentId);

    if (uid !== BRIEFING || !['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft'].includes(action)) return next();

    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = (result as { documentId?: string } | null)?.documentId ?? params.documentId;
      if (!documentId) return result;
      // create/update with status 'published' publish inside Strapi, past the publish check above: judge what they wrote.
      if ((action === 'create' || action === 'update') && params.status === 'published') await judgePublishable(strapi, documentId);
      // A clone copies the source's draft and applies the changes asked for: the copy must pass the rules too.
      if (action === 'clone') {
        const copy = await documents(strapi, BRIEFING).findOne({ documentId, status: 'draft', populate: briefingPopulate(strapi) });
        if (copy) judge(BRIEFING, copy as Record<string, unknown>, {});
      }
      if (action === 'update' && params.status !== 'published') {
        const raised = await raisePublishedProtection(strapi, documentId);
        const earlier = raised && (await raisedProtection(strapi, documentId));
        if (raised) {
          const value = earlier ? { from: earlier.from ?? raised.from, to: raised.to ?? earlier.to, sources: earlier.sources + raised.sources } : raised;
          await raisedStore(strapi).set({ key: raisedKey(documentId), value });
        }
      }
      if (action === 'publish' || action === 'unpublish') await raisedStore(strapi).delete({ key: raisedKey(documentId) });
      await refreshListingFields(strapi, documentId);
      return result;
    });
  });
}
