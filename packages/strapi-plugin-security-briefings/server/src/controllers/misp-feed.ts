import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { Readable } from 'node:stream';
import { mispEventUuid, mispHashes, mispManifestEntryOf, toMispEvent, type BriefingRecord, type ExportOptions } from '@security-briefings/entities';
import { accessFor, type Access } from '../utils/access';
import { setCacheHeaders } from '../utils/cache-headers';
import { exportOptions } from '../utils/export-options';
import { getService } from '../utils/services';
import { PUBLISHED_BRIEFING } from '../published/models';
import type { RequestContext } from '../utils/context';

/**
 * A MISP feed (MISP's "MISP Feed" source format) for partners whose MISP does not poll TAXII:
 * manifest.json lists the events, hashes.csv the hashes of their values, <uuid>.json is one event.
 * The caller sees exactly the briefings the REST list shows it, each cut to its audience.
 */

export const UNKNOWN_EVENT = 'No published briefing with that event uuid is available to you.';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Streamed answers go out in chunks of about this many characters, not one write per briefing. */
const CHUNK = 64 * 1024;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const documentIdOf = eventIndex(strapi);

  /** Who asks (their access and export options), with the cache headers their audience calls for. */
  function reader(ctx: RequestContext): { access: Access; options: ExportOptions } {
    const access = accessFor(ctx);
    setCacheHeaders(ctx, access.audience);
    return { access, options: exportOptions(strapi, access.audience) };
  }

  /** The reader's briefings, a page at a time (memory stays flat whatever the archive's size). */
  const briefingsFor = ({ access }: { access: Access }) => getService(strapi, 'briefings').stream(access);

  return {
    /** manifest.json: { "<event uuid>": { info, date, timestamp, Orgc, Tag, ... }, ... } */
    async manifest(ctx: RequestContext) {
      const who = reader(ctx);
      ctx.type = 'application/json; charset=utf-8';
      ctx.body = Readable.from(inChunks(manifestText(briefingsFor(who), who.options)));
    },

    /** hashes.csv: "<md5 of a value>,<event uuid>" per line, as MISP's feed cache reads it. */
    async hashes(ctx: RequestContext) {
      const who = reader(ctx);
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = Readable.from(inChunks(hashesText(briefingsFor(who), who.options)));
    },

    /** <event uuid>.json: one event; 404 alike whether it does not exist or the caller may not see it. */
    async event(ctx: RequestContext) {
      const { access, options } = reader(ctx);
      const uuid = String(ctx.params.event ?? '').toLowerCase();
      const documentId = UUID.test(uuid) ? await documentIdOf(uuid) : undefined;
      const briefing = documentId ? await getService(strapi, 'briefings').findOne(access, documentId) : null;
      if (!briefing) throw new errors.NotFoundError(UNKNOWN_EVENT);
      ctx.type = 'application/json; charset=utf-8';
      ctx.body = JSON.stringify(toMispEvent(briefing, options));
    },
  };
};

/** The manifest's lines, made without whole events (MISP reads the manifest on every pull). */
async function* manifestText(briefings: AsyncIterable<BriefingRecord>, options: ExportOptions): AsyncGenerator<string> {
  let first = true;
  yield '{';
  for await (const briefing of briefings) {
    const [uuid, summary] = mispManifestEntryOf(briefing, options);
    yield `${first ? '' : ','}${JSON.stringify(uuid)}:${JSON.stringify(summary)}`;
    first = false;
  }
  yield '}';
}

async function* hashesText(briefings: AsyncIterable<BriefingRecord>, options: ExportOptions): AsyncGenerator<string> {
  for await (const briefing of briefings) {
    for (const line of mispHashes(toMispEvent(briefing, options))) yield `${line}\n`;
  }
}

/** Small pieces joined into chunks of about CHUNK characters. */
async function* inChunks(pieces: AsyncIterable<string>): AsyncGenerator<string> {
  let chunk = '';
  for await (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Rows read per query while learning the shelf's event uuids. */
const INDEX_PAGE = 5000;

/**
 * Which briefing an event uuid names. A uuid is a one-way hash of a documentId, so the uuids of the
 * shelf's briefings are worked out once and then only for rows added since (each publish adds a
 * row with a higher id): a request for an unknown uuid costs one or two indexed queries. Only
 * documentIds are kept (about 100 bytes a briefing); who may see a briefing is still decided by the
 * briefings service on every request.
 */
function eventIndex(strapi: Core.Strapi): (uuid: string) => Promise<string | undefined> {
  const documentIds = new Map<string, string>();
  let seenUpTo = 0;
  const shelf = () => strapi.db.query(PUBLISHED_BRIEFING as UID.Schema);

  async function learnNewRows() {
    // A shelf emptied and refilled from scratch starts its ids again: learn it anew.
    const newest = (await shelf().findOne({ select: ['id'], orderBy: { id: 'desc' } })) as { id: number } | null;
    if (!newest || newest.id < seenUpTo) {
      documentIds.clear();
      seenUpTo = 0;
    }
    for (;;) {
      const rows = (await shelf().findMany({
        where: { id: { $gt: seenUpTo } },
        select: ['id', 'briefingDocumentId'],
        orderBy: { id: 'asc' },
        limit: INDEX_PAGE,
      })) as { id: number; briefingDocumentId: string }[];
      for (const row of rows) documentIds.set(mispEventUuid(row.briefingDocumentId), row.briefingDocumentId);
      if (rows.length > 0) seenUpTo = Math.max(seenUpTo, rows[rows.length - 1]!.id);
      if (rows.length < INDEX_PAGE) return;
    }
  }

  return async (uuid) => {
    if (!documentIds.has(uuid)) await learnNewRows();
    return documentIds.get(uuid);
  };
}
