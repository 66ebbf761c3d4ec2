import { z } from 'zod';
import { describeProblems, problemsOf } from '@security-briefings/entities';

/** The plugin's options, set in the host app's `config/plugins.ts` under `security-briefings.config`. */
export const pluginConfigSchema = z.strictObject({
  /** UID of the host app's article type (e.g. "api::article.article"): briefings get a `sourceArticle` link to it and it gets the inverse. */
  articleContentType: z.string().regex(/^(api|plugin)::[\w-]+\.[\w-]+$/, 'Give a content-type UID such as api::article.article.').nullish(),
  /** Name of the field added to the article type, listing its briefings. */
  articleBriefingsField: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'Use a camelCase field name.').default('securityBriefings'),
  /** The newsroom's name: publisher (and author when the article names no outlet) in JSON-LD and ninjs, creator in STIX. */
  publisher: z.string().trim().min(1).max(200).nullish(),
  /** Public address of the briefing pages ("https://news.example/briefings"), for the URLs in exports. */
  briefingsUrl: z.url({ protocol: /^https?$/ }).nullish(),
  /** Grant the Public role read access to published TLP:CLEAR briefings on first start. */
  publicRead: z.boolean().default(true),
});
export type PluginConfig = z.infer<typeof pluginConfigSchema>;

export default {
  default: { articleContentType: null, articleBriefingsField: 'securityBriefings', publisher: null, briefingsUrl: null, publicRead: true },
  validator(config: unknown) {
    const parsed = pluginConfigSchema.safeParse(config);
    if (!parsed.success) {
      throw new Error(`security-briefings plugin config is invalid: ${describeProblems(problemsOf(parsed.error))}`);
    }
  },
};
