import type { Core, UID } from '@strapi/strapi';
import type { ArticleBodyFormat } from '@security-briefings/entities';
import { ARTICLE_FIELD_DEFAULTS, pluginConfigSchema, type ArticleField, type PluginConfig } from '../config';
import { PLUGIN_ID } from '../constants';

/** The plugin's options with their defaults (Strapi keeps them as the app wrote them; the validator has already checked them). */
export function getConfig(strapi: Core.Strapi): PluginConfig {
  return pluginConfigSchema.parse(strapi.config.get(`plugin::${PLUGIN_ID}`) ?? {});
}

/** The host's article type as the plugin reads it. */
export interface ArticleModel {
  uid: string;
  /** The host's field for each thing the plugin reads of an article; null when the type has none. */
  fields: Record<ArticleField, string | null>;
  /** How the body is stored, from its attribute type. */
  bodyFormat: ArticleBodyFormat;
  /** Whether the type has drafts: its draft versions have no publishedAt. */
  draftAndPublish: boolean;
}

/** The attribute types each field may have: the plugin reads them as text, a date or a slug. */
const FIELD_TYPES: Record<ArticleField, readonly string[]> = {
  title: ['string', 'text'],
  body: ['text', 'string', 'richtext', 'blocks'],
  slug: ['uid', 'string'],
  publishedDate: ['date', 'datetime'],
  outlet: ['string', 'text', 'enumeration'],
  url: ['string', 'text'],
};

const BODY_FORMATS: Record<string, ArticleBodyFormat> = { richtext: 'markdown', blocks: 'blocks' };

interface ContentTypeSchema {
  attributes: Record<string, any>;
  options?: { draftAndPublish?: boolean };
}

/**
 * The article option checked against the article type's schema. A field the app names must exist
 * and be of a kind the plugin can read (else an error naming it); a field left to its default is
 * used only when the type has it, so a plain UID keeps working for types without url or outlet.
 */
export function resolveArticleModel(option: NonNullable<PluginConfig['articleContentType']>, contentType: ContentTypeSchema): ArticleModel {
  const { uid, fields: named } = typeof option === 'string' ? { uid: option, fields: {} as Partial<Record<ArticleField, string | null>> } : option;
  const fields = {} as Record<ArticleField, string | null>;
  for (const field of Object.keys(ARTICLE_FIELD_DEFAULTS) as ArticleField[]) {
    const given = named[field];
    const name = given === undefined ? ARTICLE_FIELD_DEFAULTS[field] : given;
    const attribute = name ? contentType.attributes[name] : undefined;
    const readable = Boolean(attribute) && FIELD_TYPES[field].includes(attribute.type);
    if (given && !attribute) {
      throw new Error(`security-briefings: articleContentType.fields.${field} is "${given}", which ${uid} does not have.`);
    }
    if (given && !readable) {
      throw new Error(`security-briefings: articleContentType.fields.${field} is "${given}", a ${attribute.type} field of ${uid}; ${field} must be one of: ${FIELD_TYPES[field].join(', ')}.`);
    }
    fields[field] = readable ? name : null;
  }
  const bodyType = fields.body ? contentType.attributes[fields.body].type : 'text';
  return { uid, fields, bodyFormat: BODY_FORMATS[bodyType] ?? 'text', draftAndPublish: Boolean(contentType.options?.draftAndPublish) };
}

const resolved = new WeakMap<Core.Strapi, ArticleModel | null>();

/** The host's article type and its fields, or null when the app links no article type; worked out once per app. */
export function articleModel(strapi: Core.Strapi): ArticleModel | null {
  if (!resolved.has(strapi)) resolved.set(strapi, readArticleModel(strapi));
  return resolved.get(strapi)!;
}

function readArticleModel(strapi: Core.Strapi): ArticleModel | null {
  const option = getConfig(strapi).articleContentType;
  if (!option) return null;
  const uid = typeof option === 'string' ? option : option.uid;
  const contentType = strapi.contentType(uid as UID.ContentType) as unknown as ContentTypeSchema | undefined;
  if (!contentType) throw new Error(`security-briefings: articleContentType "${uid}" is not a content type of this app.`);
  return resolveArticleModel(option, contentType);
}

/** The record's article fields (title, slug, ...) read from a row that has the host's field names. */
export function articleRecordOf(row: Record<string, any>, model: ArticleModel, names: readonly ArticleField[]): Record<string, unknown> {
  const record: Record<string, unknown> = { documentId: row.documentId };
  for (const name of names) {
    const field = model.fields[name];
    if (field && field in row) record[name] = row[field];
  }
  return record;
}
