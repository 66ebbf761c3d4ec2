import { z } from 'zod';
import { STIX_PROFILE_VALUES, describeProblems, problemsOf, verificationOptionsSchema } from '@security-briefings/entities';

const contentTypeUid = z.string().regex(/^(api|plugin)::[\w-]+\.[\w-]+$/, 'Give a content-type UID such as api::article.article.');
const fieldName = z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, 'Give the name of a field of the article type.');

/** What the plugin reads of an article, by the name the record uses; each names the host's field (null: the type has none). */
export const ARTICLE_FIELD_DEFAULTS = { title: 'title', body: 'body', slug: 'slug', publishedDate: 'publishedDate', outlet: 'outlet', url: 'url' } as const;
export type ArticleField = keyof typeof ARTICLE_FIELD_DEFAULTS;
const hostField = fieldName.nullable().optional();

/** The host's article type with its own field names, for article types not shaped like the default one. */
export const articleModelSchema = z.strictObject({
  uid: contentTypeUid,
  fields: z
    .strictObject({ title: hostField, body: hostField, slug: hostField, publishedDate: hostField, outlet: hostField, url: hostField })
    .default({}),
});
export type ArticleModelOption = z.input<typeof articleModelSchema>;

/** The plugin's options, set in the host app's `config/plugins.ts` under `security-briefings.config`. */
export const pluginConfigSchema = z.strictObject({
  /**
   * The host app's article type: briefings get a `sourceArticle` link to it and it gets the inverse.
   * A UID ("api::article.article", fields named as ARTICLE_FIELD_DEFAULTS) or { uid, fields } naming its fields.
   */
  articleContentType: z.union([contentTypeUid, articleModelSchema]).nullish(),
  /** Name of the field added to the article type, listing its briefings. */
  articleBriefingsField: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'Use a camelCase field name.').default('securityBriefings'),
  /** The newsroom's name: publisher (and author when the article names no outlet) in JSON-LD and ninjs, creator in STIX. */
  publisher: z.string().trim().min(1).max(200).nullish(),
  /** Public address of the briefing pages ("https://news.example/briefings"), for the URLs in exports. */
  briefingsUrl: z.url({ protocol: /^https?$/ }).nullish(),
  /** Grant the Public role read access to published TLP:CLEAR briefings on first start. */
  publicRead: z.boolean().default(true),
  /**
   * How STIX exports mark TLP, for the partners' importer: 'oasis' (TLP 2.0 marking definitions),
   * 'opencti' (OpenCTI's own TLP markings) or 'misp' (TLP 1.0, as MISP reads it). A request's
   * `?profile=` overrides it.
   */
  stixProfile: z.enum(STIX_PROFILE_VALUES, { error: `Choose a STIX profile: ${STIX_PROFILE_VALUES.join(', ')}.` }).default('oasis'),
  /**
   * Four-eyes publishing (entities briefing/review.ts): with fourEyes, a briefing is published only once
   * approved by an editor other than its last one; off by default. Server code without a request is trusted.
   */
  review: z.strictObject({ fourEyes: z.boolean().default(false) }).default({ fourEyes: false }),
  /**
   * Verification (entities briefing/verification.ts): the rule that derives each briefing's level from
   * its sources, and the level each marking needs to be published ({ requireToPublish: { clear: 'corroborated' } }).
   */
  verification: verificationOptionsSchema.prefault({}),
  /** The revision log: how many days its entries are kept (null: for ever); older ones are pruned at start and daily. */
  revisionLog: z.strictObject({ retentionDays: z.number().int().min(1).nullable().default(3650) }).default({ retentionDays: 3650 }),
});
export type PluginConfig = z.infer<typeof pluginConfigSchema>;

/** The schema for the form of articleContentType given: a union would answer a typo inside the object form with the UID form's "expected string". */
function schemaFor(config: unknown) {
  const option = (config as { articleContentType?: unknown } | null)?.articleContentType;
  return pluginConfigSchema.extend({ articleContentType: option && typeof option === 'object' ? articleModelSchema : contentTypeUid.nullish() });
}

export default {
  default: { articleContentType: null, articleBriefingsField: 'securityBriefings', publisher: null, briefingsUrl: null, publicRead: true, stixProfile: 'oasis', review: { fourEyes: false }, revisionLog: { retentionDays: 3650 } },
  validator(config: unknown) {
    // reportInput: a value of the wrong type is then reported as such, not as a missing one.
    const parsed = schemaFor(config).safeParse(config, { reportInput: true });
    if (!parsed.success) {
      throw new Error(`security-briefings plugin config is invalid: ${describeProblems(problemsOf(parsed.error))}`);
    }
  },
};
