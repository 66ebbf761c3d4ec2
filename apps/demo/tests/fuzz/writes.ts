/**
 * The fuzzed-writes property (issue 10): generated create, update and publish requests for
 * briefings, actors and places, through the admin's Content Manager API over HTTP and through the
 * document service in-process. Every answer is a success or a refusal naming the field at fault;
 * never a 5xx or a raw database or type error; Object.prototype is never touched; and afterwards
 * the database holds exactly the accepted documents, with no component rows of a refused write.
 *
 * One property, two budgets: tests/fuzz-writes.test.ts (CI, fixed seed, short) and
 * tests/fuzz/writes.fuzz.ts (npm run fuzz, long, random seed printed; FUZZ_SEED replays).
 */
import fc from 'fast-check';
import { useDemo, type HttpClient } from '../demo-app';
import { Link, RowId, copy, setOwn, writes, type Kind, type Write } from './generators';
import { UIDS, applyWrite, countRows, headingDrift, modelFromDatabase, raiseProtection, readDocument, verificationDrift, type ModelDocument } from './model';

const CM = '/content-manager/collection-types';

export interface FuzzOptions {
  /** Property runs; each sends `length` writes. */
  runs: number;
  seed: number;
  /** Writes per run. */
  length: { min: number; max: number };
  /** A fast-check replay path, printed with a failure. */
  path?: string;
}

/** What a refusal looks like to the caller: status (HTTP) or error name, and the fields it names. */
interface Answer {
  accepted: boolean;
  documentId?: string;
  status?: number;
  name?: string;
  message?: string;
  fields: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** Whether the value holds a key a JSON body parser treats as prototype pollution. */
const hasPrototypeKey = (v: unknown): boolean =>
  Array.isArray(v) ? v.some(hasPrototypeKey) : isObject(v) && Object.entries(v).some(([k, x]) => k === '__proto__' || (k === 'constructor' && isObject(x) && 'prototype' in x) || hasPrototypeKey(x));

const fieldsOf = (error: any): string[] =>
  Array.isArray(error?.details?.errors) ? error.details.errors.map((e: any) => (Array.isArray(e?.path) ? e.path.join('.') : '')).filter(Boolean) : [];

/** Object.prototype as it was before the fuzz: a write must never add to it. */
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

export function fuzzWrites(options: FuzzOptions) {
  const demo = useDemo();
  let admin: HttpClient;
  let model: Map<string, ModelDocument>;
  const tally = { writes: 0, accepted: 0, refused: 0, byDoor: {} as Record<string, number> };

  beforeAll(async () => {
    admin = demo.http(await demo.adminToken());
    model = await modelFromDatabase(demo.strapi);
  });

  /** Existing documents of a kind, oldest first: what Link and `target` pick from. */
  const documentsOf = (kind: Kind) => [...model.values()].filter((d) => d.kind === kind);

  /** Replaces the placeholders with real documentIds and row ids, as they are now in the database. */
  async function resolve(kind: Kind, value: unknown, inList = false): Promise<unknown> {
    if (value instanceof Link) {
      const candidates = documentsOf(value.target);
      const documentId = candidates.length ? candidates[value.pick % candidates.length]!.documentId : 'no-such-document';
      const form = inList && (value.form === 'connect' || value.form === 'set') ? 'object' : value.form;
      return form === 'documentId' ? documentId : form === 'object' ? { documentId } : { [form]: [{ documentId }] };
    }
    if (value instanceof RowId) return value; // resolved per component below
    if (Array.isArray(value)) return Promise.all(value.map((item) => resolve(kind, item, true)));
    if (isObject(value)) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) setOwn(out, key, await resolve(kind, item));
      return out;
    }
    return value;
  }
  /** A component entry's RowId becomes the id of an existing entry of that component: maybe this document's, maybe another's. */
  async function resolveRowIds(kind: Kind, data: Record<string, unknown>) {
    const attributes = demo.strapi.contentType(UIDS[kind]).attributes as Record<string, any>;
    for (const [name, value] of Object.entries(data)) {
      const attribute = attributes[name];
      if (attribute?.type !== 'component') continue;
      for (const entry of (Array.isArray(value) ? value : [value]).filter(isObject)) {
        if (!(entry.id instanceof RowId)) continue;
        const ids = (await demo.strapi.db.query(attribute.component).findMany({ select: ['id'], orderBy: { id: 'asc' } })).map((r: any) => r.id);
        entry.id = ids.length ? ids[entry.id.pick % ids.length] : 999_999;
      }
    }
  }

  async function viaContentManager(w: Write, uid: string, data: Record<string, unknown> | undefined, documentId?: string): Promise<Answer> {
    const body = data ?? {};
    const res =
      w.action === 'create' ? await admin.post(`${CM}/${uid}`).send(body)
      : w.action === 'update' ? await admin.put(`${CM}/${uid}/${documentId}`).send(body)
      : w.action === 'publish' ? await admin.post(`${CM}/${uid}/${documentId}/actions/publish`).send(body)
      : await admin.post(`${CM}/${uid}/actions/publish`).send(body);
    const error = res.body?.error;
    return { accepted: res.status < 300, status: res.status, documentId: res.body?.data?.documentId, name: error?.name, message: error?.message, fields: fieldsOf(error) };
  }

  async function viaDocumentService(w: Write, uid: string, data: Record<string, unknown> | undefined, documentId?: string): Promise<Answer> {
    const docs = demo.strapi.documents(uid as typeof UIDS.briefing);
    try {
      let result: any;
      if (w.action === 'create') result = await docs.create({ data } as any);
      else if (w.action === 'update') result = await docs.update({ documentId, data } as any);
      else if (w.action === 'create-and-publish') result = await docs.create({ data, status: 'published' } as any);
      // Publishing with changes is an update with status 'published'; without, a plain publish.
      else if (data) result = await docs.update({ documentId, data, status: 'published' } as any);
      else result = (await docs.publish({ documentId } as any))?.entries?.[0];
      return { accepted: true, documentId: result?.documentId ?? documentId, fields: [] };
    } catch (error: any) {
      return { accepted: false, name: error?.name, message: String(error?.message).slice(0, 300), fields: fieldsOf(error) };
    }
  }

  /** Checks the answer is a success or a refusal naming a field, and records an accepted write in the model. */
  async function send(w: Write) {
    const uid = UIDS[w.kind];
    const targets = documentsOf(w.kind);
    const target = w.action === 'update' || w.action === 'publish' ? targets[w.target % targets.length] : undefined;
    if ((w.action === 'update' || w.action === 'publish') && !target) return;
    const data = w.data && ((await resolve(w.kind, copy(w.data))) as Record<string, unknown>);
    if (data) await resolveRowIds(w.kind, data);
    const ownIncidentId = target && w.kind === 'briefing' ? (await demo.strapi.db.query(uid).findOne({ where: { documentId: target.documentId, publishedAt: null }, populate: { incident: true } }))?.incident?.id : undefined;

    const answer = w.door === 'content-manager' ? await viaContentManager(w, uid, data, target?.documentId) : await viaDocumentService(w, uid, data, target?.documentId);
    tally.writes += 1;
    tally.byDoor[`${w.door} ${w.kind} ${w.action}`] = (tally.byDoor[`${w.door} ${w.kind} ${w.action}`] ?? 0) + 1;
    const sentText = JSON.stringify(data, (_, v) => (typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}…(${v.length})` : v));
    const context = `${w.door} ${w.action} ${w.kind}${target ? ` ${target.documentId}` : ''} ${sentText?.slice(0, 600)}: ${answer.status ?? ''} ${answer.name ?? ''} ${answer.message ?? ''}`;

    expect(Object.getOwnPropertyNames(Object.prototype).sort().join(',')).toBe(prototypeKeys);
    if (!answer.accepted) {
      tally.refused += 1;
      // Strapi's JSON body parser refuses a body with a __proto__ (or constructor.prototype) key
      // outright, "Object contains forbidden prototype property", before any code of the app runs:
      // a 400 with no field, and nothing written. The only refusal allowed not to name a field.
      if (w.door === 'content-manager' && answer.status === 400 && answer.name === 'SyntaxError' && hasPrototypeKey(data)) return;
      if (w.door === 'content-manager') expect({ context, status: answer.status! >= 400 && answer.status! < 500 }).toEqual({ context, status: true });
      expect({ context, error: answer.name }).toEqual({ context, error: 'ValidationError' });
      expect({ context, namesAField: answer.fields.length > 0 }).toEqual({ context, namesAField: true });
      return;
    }
    tally.accepted += 1;
    expect({ context, documentId: typeof answer.documentId }).toEqual({ context, documentId: 'string' });

    // Record what was accepted, as the rules of Strapi and the plugin say it is stored.
    const isNew = w.action === 'create' || w.action === 'create-and-publish';
    const doc: ModelDocument = isNew ? { kind: w.kind, documentId: answer.documentId!, draft: applyWrite(w.kind, undefined, data ?? {}) } : target!;
    if (!isNew && data) {
      doc.draft = applyWrite(w.kind, doc.draft, data, ownIncidentId);
      if (w.action === 'update') raiseProtection(doc);
    }
    if (w.kind === 'briefing' && (w.action === 'publish' || w.action === 'create-and-publish')) doc.published = structuredClone(doc.draft);
    model.set(doc.documentId, doc);
    touched.add(doc.documentId);
  }

  const touched = new Set<string>();

  /** The database holds exactly the model: touched documents read through the document service, and every table counted. */
  async function compareWithDatabase(documentIds: Iterable<string>) {
    const ids = [...documentIds];
    for (const documentId of ids) {
      const doc = model.get(documentId)!;
      const stored = await readDocument(demo.strapi, doc);
      expect({ documentId, kind: doc.kind, ...stored }).toEqual({ documentId, kind: doc.kind, draft: doc.draft, ...(doc.published ? { published: doc.published } : {}) });
    }
    const { expected, actual } = await countRows(demo.strapi, model);
    expect(actual).toEqual(expected);
    const briefings = ids.filter((documentId) => model.get(documentId)?.kind === 'briefing');
    expect(await verificationDrift(demo.strapi, briefings)).toEqual([]);
    expect(await headingDrift(demo.strapi, briefings)).toEqual([]);
  }

  it(
    `${options.runs} runs of generated writes: successes or field-naming refusals, and the database holds exactly what was accepted`,
    async () => {
      const started = Date.now();
      console.log(`fuzz: seed ${options.seed}, ${options.runs} runs of ${options.length.min}-${options.length.max} writes (FUZZ_SEED=${options.seed} replays)`);
      try {
        await fc.assert(
          fc.asyncProperty(writes(options.length), async (session) => {
            touched.clear();
            try {
              for (const w of session) await send(w);
              await compareWithDatabase(touched);
            } catch (error) {
              // The database may now differ from the model: start again from what it holds, so shrinking judges each write afresh.
              model = await modelFromDatabase(demo.strapi);
              throw error;
            }
          }),
          { seed: options.seed, numRuns: options.runs, path: options.path, verbose: 1, endOnFailure: process.env.FUZZ_SHRINK === 'false' },
        );
        // At the end, every document, not only the last run's.
        await compareWithDatabase(model.keys());
      } finally {
        const seconds = (Date.now() - started) / 1000;
        console.log(
          `fuzz: seed ${options.seed}: ${tally.writes} writes (${tally.accepted} accepted, ${tally.refused} refused) in ${seconds.toFixed(0)} s ` +
            `on ${process.env.DATABASE_CLIENT === 'postgres' ? 'PostgreSQL' : 'SQLite'}; ${model.size} documents\n` +
            Object.entries(tally.byDoor).sort().map(([k, n]) => `  ${k}: ${n}`).join('\n'),
        );
      }
    },
    // Generous: a write takes 10-100 ms; shrinking a failure replays many.
    Math.max(120_000, options.runs * options.length.max * 1000),
  );
}
