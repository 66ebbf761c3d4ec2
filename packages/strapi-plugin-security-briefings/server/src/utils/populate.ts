import type { Core } from '@strapi/strapi';
import { BRIEFING } from '../constants';
import { articleModel } from './config';
import type { Populate } from './documents';

const NAMED = { fields: ['documentId', 'name'] };

/** Everything a briefing links to, to the depth the API and the exporters need. */
export function briefingPopulate(strapi: Core.Strapi): Populate {
  const populate: Populate = {
    incident: { populate: { place: { populate: { parent: NAMED, aliases: true } } } },
    actorRoles: { populate: { actor: { populate: { affiliation: NAMED, aliases: true } } } },
    places: { populate: { parent: NAMED, aliases: true } },
    quotes: { populate: { speaker: { populate: { affiliation: NAMED, aliases: true } } } },
    sources: true,
    assessment: true,
    corrections: true,
  };
  if ('sourceArticle' in strapi.contentType(BRIEFING).attributes) populate.sourceArticle = { fields: articleFields(strapi) };
  return populate;
}

/** What a briefing shows of its source article, by the record's names: an allow-list, never the host article's other columns. */
export const ARTICLE_FIELDS = ['title', 'slug', 'url', 'outlet', 'publishedDate'] as const;

/** The host's fields behind ARTICLE_FIELDS, as the app named them (toRecord gives them the record's names). */
function articleFields(strapi: Core.Strapi): string[] {
  const fields = articleModel(strapi)?.fields;
  // documentId always: an empty list would make Strapi select every column.
  if (!fields) return ['documentId'];
  return ['documentId', ...new Set(ARTICLE_FIELDS.flatMap((field) => fields[field] ?? []))];
}
