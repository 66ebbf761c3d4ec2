import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { Readable } from 'node:stream';
import {
  EXPORT_FORMATS,
  exportBriefing,
  serialiseJsonLd,
  toJsonLd,
  toJsonLdScript,
  writeExport,
  writeStixBundle,
  type ExportFormat,
} from '@security-briefings/entities';
import { ArticleJsonLd, ExportBriefings, ListBriefings } from '../../../shared/contracts/briefings';
import type { Access } from '../utils/access';
import { PUBLIC_ACCESS, accessFor } from '../utils/access';
import { exportOptions, sendExport } from '../utils/export-options';
import { parseInput } from '../utils/input';
import { setCacheHeaders } from '../utils/cache-headers';
import { getService } from '../utils/services';
import type { RequestContext } from '../utils/context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: RequestContext) {
    const query = parseInput(ListBriefings.query, ctx.query);
    const access = accessFor(ctx);
    setCacheHeaders(ctx, access.audience);
    // The shelf keeps each briefing's view as JSON: the answer is put together, not parsed and re-serialised.
    const { views, meta } = await getService(strapi, 'briefings').findViews(access, query);
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = jsonBytes(['{"data":[', ...views.flatMap((view, i) => (i === 0 ? [view] : [',', view])), `],"meta":${JSON.stringify(meta)}}`]);
  },

  /** Bulk export of every briefing the filters select, streamed as it is read. */
  async exportMany(ctx: RequestContext) {
    const { format, profile, ...filters } = parseInput(ExportBriefings.query, ctx.query);
    const access = accessFor(ctx);
    setCacheHeaders(ctx, access.audience);
    refuseFormat(format, access);
    const options = exportOptions(strapi, access.audience, profile);
    const briefings = getService(strapi, 'briefings');
    // STIX objects the shelf keeps ready are sent as they are: writing them was most of the export's time.
    const chunks = format === 'stix' ? writeStixBundle(briefings.streamStix(access, options, filters), options) : writeExport(briefings.stream(access, filters), format, options);
    sendExport(ctx, format, 'security-briefings', Readable.from(chunks));
  },

  async exportOne(ctx: RequestContext) {
    const { format, profile } = parseInput(ExportBriefings.oneQuery, ctx.query);
    const access = accessFor(ctx);
    setCacheHeaders(ctx, access.audience);
    refuseFormat(format, access);
    const briefing = await getService(strapi, 'briefings').findOne(access, ctx.params.documentId);
    if (!briefing) return redirectMerged(strapi, ctx, access);
    // One briefing is one object (bundle, article, feature collection), not a list of one.
    sendExport(ctx, format, briefing.slug ?? briefing.documentId, exportBriefing(briefing, format, exportOptions(strapi, access.audience, profile)));
  },

  /** The JSON-LD an article page embeds: its public briefing, as schema.org, inline or as a ready script tag. */
  async articleJsonLd(ctx: RequestContext) {
    const { embed } = parseInput(ArticleJsonLd.query, ctx.query);
    const briefing = await getService(strapi, 'briefings').findForArticle(PUBLIC_ACCESS, ctx.params.article);
    if (!briefing) throw new errors.NotFoundError('That article has no published TLP:CLEAR briefing.');
    const options = exportOptions(strapi, 'public');
    setCacheHeaders(ctx, 'public');
    if (embed === 'script') {
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = toJsonLdScript(briefing, options);
    } else {
      ctx.type = 'application/ld+json; charset=utf-8';
      ctx.body = serialiseJsonLd(toJsonLd(briefing, options));
    }
  },

  async findOne(ctx: RequestContext) {
    const access = accessFor(ctx);
    setCacheHeaders(ctx, access.audience);
    const view = await getService(strapi, 'briefings').findOneView(access, ctx.params.documentId);
    if (!view) return redirectMerged(strapi, ctx, access);
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = jsonBytes(['{"data":', view, '}']);
  },
});

/**
 * An answer put together from stored JSON, sent as bytes. Joining strings that hold text beyond
 * Latin-1 (Arabic names, curly quotes) is slow in V8: a page of 25 views took about 1.6 ms to join
 * and 0.6 ms more to encode, most of the list's own work; encoded one by one and concatenated, 0.2 ms.
 */
function jsonBytes(parts: string[]): Buffer {
  return Buffer.concat(parts.map((part) => Buffer.from(part)));
}

/**
 * The old address of a briefing merged into another answers with where it went (301, with the
 * same path and query under the kept briefing's documentId), when the reader may see the briefing
 * kept; anything else is the usual 404, which tells nothing of what exists.
 */
async function redirectMerged(strapi: Core.Strapi, ctx: RequestContext, access: Access) {
  const { documentId } = ctx.params;
  const kept = await getService(strapi, 'merge').mergedInto(documentId);
  if (!kept || !(await getService(strapi, 'briefings').findOneView(access, kept))) {
    throw new errors.NotFoundError('No published briefing with that documentId is available to you.');
  }
  const location = ctx.originalUrl.replace(`/briefings/${encodeURIComponent(documentId)}`, `/briefings/${encodeURIComponent(kept)}`);
  ctx.redirect(location);
  ctx.status = 301;
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = JSON.stringify({ data: null, meta: { mergedInto: kept, location } });
}

function refuseFormat(format: ExportFormat, access: Access) {
  // A public-audience export of a partner-only format (STIX) is refused even if a role ticks it.
  if (!access.canExport(format) || (access.audience === 'public' && !EXPORT_FORMATS[format].public)) {
    throw new errors.ForbiddenError(`You are not allowed to export ${EXPORT_FORMATS[format].label}; ask the newsroom for partner access.`);
  }
}
