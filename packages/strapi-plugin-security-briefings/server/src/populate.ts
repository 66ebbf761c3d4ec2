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
  if ('sourceArticle' in strapi.contentType(BRIEFING).attributes) populate.sourceArticle = true;
  return populate;
}
