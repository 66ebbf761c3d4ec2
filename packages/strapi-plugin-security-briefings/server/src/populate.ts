import type { Core } from '@strapi/strapi';
import { BRIEFING } from './uids';

const NAMED = { fields: ['documentId', 'name'] };

/** Everything a briefing links to, to the depth the API and the exporters need. */
export function briefingPopulate(strapi: Core.Strapi) {
  const populate: Record<string, unknown> = {
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

/** What a briefing shows of its source article: an allow-list, never the host article's other columns. */
export const ARTICLE_FIELDS = ['title', 'slug', 'url', 'outlet', 'publishedDate'] as const;

function articleFields(strapi: Core.Strapi): string[] {
  const target = (strapi.contentType(BRIEFING).attributes as Record<string, any>).sourceArticle.target;
  const attributes = strapi.contentType(target).attributes;
  return ARTICLE_FIELDS.filter((field) => field in attributes);
}
