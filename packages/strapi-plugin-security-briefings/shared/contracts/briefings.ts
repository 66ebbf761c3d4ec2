import { z } from 'zod';
import {
  EVENT_TYPE_VALUES,
  EXPORT_FORMAT_VALUES,
  STIX_PROFILE_VALUES,
  TLP_MARKINGS,
  VERIFICATION_LEVELS,
  countryCode,
  partialDate,
  type BriefingRecord,
  type TlpMarking,
} from '@security-briefings/entities';

/**
 * Strapi clients habitually add `populate=*`; these routes always populate everything, so it is
 * accepted and changes nothing. Any other populate is refused rather than silently ignored.
 */
export const populateAll = z.literal('*', { error: 'Everything is always populated here; leave populate out or use populate=*.' }).optional();

/** GET /api/security-briefings/briefings: filters an editor or a partner can combine. */
export namespace ListBriefings {
  export const query = z.strictObject({
    eventType: z.enum(EVENT_TYPE_VALUES).optional(),
    country: countryCode.optional(),
    /** An actor's documentId or its canonical name. */
    actor: z.string().trim().min(1).max(200).optional(),
    /** Incident date range, inclusive: YYYY, YYYY-MM or YYYY-MM-DD. */
    from: partialDate.optional(),
    to: partialDate.optional(),
    marking: z.enum(TLP_MARKINGS.values).optional(),
    /** Only briefings verified at this level (unconfirmed, corroborated, confirmed). */
    verification: z.enum(VERIFICATION_LEVELS.values).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
    populate: populateAll,
  });
  export type Query = z.infer<typeof query>;
  export interface Response {
    data: BriefingRecord[];
    meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
  }
}

/** GET /api/security-briefings/briefings/:documentId */
export namespace GetBriefing {
  export interface Params {
    documentId: string;
  }
  export interface Response {
    data: BriefingRecord;
  }
}

/** `?profile=`: how a STIX export marks TLP for the reader's importer; the plugin's `stixProfile` option when absent. */
export const stixProfile = z.enum(STIX_PROFILE_VALUES, { error: `Choose a STIX profile: ${STIX_PROFILE_VALUES.join(', ')}.` }).optional();

/** GET /api/security-briefings/briefings/export and /briefings/:documentId/export */
export namespace ExportBriefings {
  export const query = ListBriefings.query
    .omit({ page: true, pageSize: true })
    .extend({
      format: z.enum(EXPORT_FORMAT_VALUES, { error: `Choose a format: ${EXPORT_FORMAT_VALUES.join(', ')}.` }),
      /** Read by the STIX format only; the other formats have no TLP marking definitions. */
      profile: stixProfile,
    });
  export type Query = z.infer<typeof query>;
  export const oneQuery = z.strictObject({ format: query.shape.format, profile: stixProfile });
}

/** GET /security-briefings/briefings/:documentId/export (admin): the editor's download. */
export namespace AdminExport {
  export const query = z.strictObject({
    format: ExportBriefings.query.shape.format,
    status: z.enum(['draft', 'published']).default('draft'),
  });
  export type Query = z.infer<typeof query>;
}

/** GET /api/security-briefings/articles/:article/jsonld (article documentId or slug) */
export namespace ArticleJsonLd {
  export const query = z.strictObject({
    /** `script` returns a ready `<script type="application/ld+json">` element for the page's head. */
    embed: z.enum(['script']).optional(),
  });
}

/** GET /security-briefings/briefings/:documentId/protection (admin): the published version's marking, and what a draft save raised on it. */
export namespace BriefingProtection {
  export interface Response {
    data: {
      published: { marking: TlpMarking | null } | null;
      /** Set when saving the draft raised the published version's protection, until the next publish. */
      raised: { from: TlpMarking | null; to: TlpMarking | null; sources: number } | null;
    };
  }
}
