/**
 * What the fuzz expects the database to hold: every accepted document's key fields and how many
 * component entries each of its versions has, worked out from what was sent and accepted, never
 * read back from the answer. Compared with the database through the document service (content)
 * and by counting rows (documents, components and the component links).
 */
import type { Core } from '@strapi/strapi';
import { componentHeading, isMoreRestrictive, toCalendarDate, verificationOf, type TlpMarking } from '@security-briefings/entities';
import { ACTOR, BRIEFING, PLACE, componentUid } from '../demo-app';
import type { Kind } from './generators';

export const UIDS: Record<Kind, typeof BRIEFING | typeof ACTOR | typeof PLACE> = { briefing: BRIEFING, actor: ACTOR, place: PLACE };

/** The fields compared, per kind; `incident.*` are the incident component's. */
const FIELDS: Record<Kind, string[]> = {
  briefing: ['title', 'summary', 'marking', 'reviewStage', 'incident.eventType', 'incident.date', 'incident.fatalitiesMin'],
  actor: ['name', 'kind', 'countryCode', 'title'],
  place: ['name', 'kind', 'countryCode', 'latitude'],
};
/** Component fields, per kind, with the component each holds: a single one counts 0 or 1. */
const COMPONENTS: Record<Kind, Record<string, { uid: string; single?: boolean }>> = {
  briefing: {
    incident: { uid: componentUid('incident'), single: true },
    actorRoles: { uid: componentUid('actor-role') },
    quotes: { uid: componentUid('quote') },
    sources: { uid: componentUid('source') },
    assessment: { uid: componentUid('assessment'), single: true },
    corrections: { uid: componentUid('correction') },
  },
  actor: { aliases: { uid: componentUid('alias') } },
  place: { aliases: { uid: componentUid('alias') } },
};

/** One version (row) of a document: its key fields and its component entries, counted. */
export interface Version {
  fields: Record<string, unknown>;
  components: Record<string, number>;
}
export interface ModelDocument {
  kind: Kind;
  documentId: string;
  /** The draft; for actors and places (no draft and publish) their only row. */
  draft: Version;
  published?: Version;
}

const own = (data: Record<string, unknown>, key: string) => Object.prototype.hasOwnProperty.call(data, key);
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** Numbers as a database gives them back: -0 is 0. */
const plain = (v: unknown) => (v === undefined ? null : typeof v === 'number' && Object.is(v, -0) ? 0 : v);

/**
 * The version after an accepted write of `data` (all of it on create, the fields sent on update).
 * The component rules are Strapi's: a component sent replaces the old one, unless it carries the old
 * one's row id, which updates it in place (`ownIncidentId`: the incident's id before the write).
 */
export function applyWrite(kind: Kind, before: Version | undefined, data: Record<string, unknown>, ownIncidentId?: number): Version {
  const fields: Record<string, unknown> = { ...(before?.fields ?? Object.fromEntries(FIELDS[kind].map((f) => [f, null]))) };
  const components: Record<string, number> = { ...(before?.components ?? Object.fromEntries(Object.keys(COMPONENTS[kind]).map((c) => [c, 0]))) };
  // Defaults Strapi applies to a new document.
  if (!before && kind === 'briefing' && !own(data, 'reviewStage')) fields.reviewStage = 'drafting';

  for (const field of FIELDS[kind].filter((f) => !f.includes('.'))) if (own(data, field)) fields[field] = plain(data[field]);

  if (kind === 'briefing' && own(data, 'incident')) {
    const incident = data.incident;
    const keepsRow = isObject(incident) && incident.id != null && incident.id === ownIncidentId;
    for (const field of ['eventType', 'date', 'fatalitiesMin']) {
      const key = `incident.${field}`;
      if (!isObject(incident)) fields[key] = null;
      else if (own(incident, field)) fields[key] = field === 'date' && typeof incident.date === 'string' ? toCalendarDate(incident.date) ?? incident.date : plain(incident[field]);
      else if (!keepsRow) fields[key] = null;
    }
  }
  for (const [name, { single }] of Object.entries(COMPONENTS[kind])) {
    if (!own(data, name)) continue;
    const value = data[name];
    components[name] = single ? (isObject(value) ? 1 : 0) : Array.isArray(value) ? value.length : 0;
  }
  return { fields, components };
}

/** A draft saved over a published briefing raises the published marking at once when it is more restrictive. */
export function raiseProtection(doc: ModelDocument) {
  if (!doc.published) return;
  const next = doc.draft.fields.marking as TlpMarking | null;
  if (isMoreRestrictive(next, doc.published.fields.marking as TlpMarking | null)) doc.published.fields.marking = next;
}

const populateOf = (kind: Kind) => Object.fromEntries(Object.keys(COMPONENTS[kind]).map((c) => [c, true]));

/** A row (from the document service or the query engine, components populated) as a Version. */
function versionOf(kind: Kind, row: Record<string, any>): Version {
  const fields: Record<string, unknown> = {};
  for (const field of FIELDS[kind]) {
    const [head, tail] = field.split('.');
    fields[field] = plain(tail ? row[head!]?.[tail] : row[head!]);
  }
  const components: Record<string, number> = {};
  for (const [name, { single }] of Object.entries(COMPONENTS[kind])) {
    components[name] = single ? (row[name] ? 1 : 0) : (row[name] ?? []).length;
  }
  return { fields, components };
}

/** The model of what the database holds now: how a run starts, and how it starts again after a failure. */
export async function modelFromDatabase(strapi: Core.Strapi): Promise<Map<string, ModelDocument>> {
  const model = new Map<string, ModelDocument>();
  for (const kind of ['briefing', 'actor', 'place'] as Kind[]) {
    const rows = await strapi.db.query(UIDS[kind]).findMany({ populate: populateOf(kind), orderBy: { id: 'asc' } });
    for (const row of rows as Record<string, any>[]) {
      const doc = model.get(row.documentId) ?? { kind, documentId: row.documentId, draft: undefined as unknown as Version };
      if (kind === 'briefing' && row.publishedAt) doc.published = versionOf(kind, row);
      else doc.draft = versionOf(kind, row);
      model.set(row.documentId, doc);
    }
  }
  return model;
}

/** The document as the document service reads it now: each version's key fields and component counts. */
export async function readDocument(strapi: Core.Strapi, doc: ModelDocument): Promise<Pick<ModelDocument, 'draft' | 'published'>> {
  const read = (status: 'draft' | 'published') =>
    strapi.documents(UIDS[doc.kind]).findOne({ documentId: doc.documentId, status, populate: populateOf(doc.kind) } as any);
  const draft = await read('draft');
  const published = doc.kind === 'briefing' ? await read('published') : null;
  return {
    draft: draft ? versionOf(doc.kind, draft) : (undefined as unknown as Version),
    ...(published ? { published: versionOf(doc.kind, published) } : {}),
  };
}

/**
 * Briefing versions whose stored verification level is not the one their stored sources give: the
 * server derives it on every write (a draft save that makes a published source anonymous included),
 * so none may drift, whatever was sent for it.
 */
export async function verificationDrift(strapi: Core.Strapi, documentIds: string[]) {
  const rows = (await strapi.db.query(BRIEFING).findMany({
    where: { documentId: { $in: documentIds } },
    select: ['documentId', 'publishedAt', 'verification'],
    populate: { sources: true },
  })) as { documentId: string; publishedAt: string | null; verification: string | null; sources: never[] }[];
  return rows
    .map((row) => ({ documentId: row.documentId, version: row.publishedAt ? 'published' : 'draft', stored: row.verification, derived: verificationOf(row.sources).level }))
    .filter((row) => row.stored !== row.derived);
}

/**
 * Actor roles and sources whose stored heading (their title in the editor) is not the one their
 * stored fields give: the server derives it on every write, whatever was sent for it.
 */
export async function headingDrift(strapi: Core.Strapi, documentIds: string[]) {
  const rows = (await strapi.db.query(BRIEFING).findMany({
    where: { documentId: { $in: documentIds } },
    select: ['documentId', 'publishedAt'],
    populate: { actorRoles: { populate: { actor: { select: ['name'] } } }, sources: true },
  })) as { documentId: string; publishedAt: string | null; actorRoles: any[]; sources: any[] }[];
  return rows.flatMap((row) =>
    [
      ...row.actorRoles.map((entry) => ({ stored: entry.heading, derived: componentHeading('actor-role', entry) })),
      ...row.sources.map((entry) => ({ stored: entry.heading, derived: componentHeading('source', entry) })),
    ]
      .filter((entry) => entry.stored !== entry.derived)
      .map((entry) => ({ documentId: row.documentId, version: row.publishedAt ? 'published' : 'draft', ...entry })),
  );
}

/** Rows the model expects and rows the database has: documents per kind, entries per component table, component links per kind. */
export async function countRows(strapi: Core.Strapi, model: Map<string, ModelDocument>) {
  const expected: Record<string, number> = {};
  const add = (key: string, n: number) => (expected[key] = (expected[key] ?? 0) + n);
  for (const kind of ['briefing', 'actor', 'place'] as Kind[]) {
    add(`${kind} rows`, 0);
    add(`${kind} component links`, 0);
    for (const { uid } of Object.values(COMPONENTS[kind])) add(`${uid} rows`, 0);
  }
  for (const doc of model.values()) {
    for (const version of [doc.draft, doc.published].filter(Boolean) as Version[]) {
      add(`${doc.kind} rows`, 1);
      for (const [name, n] of Object.entries(version.components)) {
        add(`${COMPONENTS[doc.kind][name]!.uid} rows`, n);
        add(`${doc.kind} component links`, n);
      }
    }
  }
  const actual: Record<string, number> = {};
  const knex = strapi.db.connection;
  const count = async (table: string) => Number(((await knex(table).count({ n: '*' })) as { n: number | string }[])[0]!.n);
  for (const kind of ['briefing', 'actor', 'place'] as Kind[]) {
    const meta = strapi.db.metadata.get(UIDS[kind]);
    actual[`${kind} rows`] = await count(meta.tableName);
    // Strapi keeps an entry's components in `<table>_cmps`, one row per component entry.
    actual[`${kind} component links`] = await count(`${meta.tableName}_cmps`);
    for (const { uid } of Object.values(COMPONENTS[kind])) actual[`${uid} rows`] = await count(strapi.db.metadata.get(uid).tableName);
  }
  return { expected, actual };
}
