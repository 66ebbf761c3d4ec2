import type { Core } from '@strapi/strapi';
import { seedArticle } from './seed-article';
import { seedActors, seedBriefing, seedPlaces } from './seed-briefing';

const PLACE = 'plugin::security-briefings.place';
const ACTOR = 'plugin::security-briefings.actor';
const BRIEFING = 'plugin::security-briefings.briefing';
const ARTICLE = 'api::article.article';

/**
 * Loads the seed article and its briefing once. The article's slug marks the seed as done, and
 * everything is written in one transaction, so a failed seed leaves nothing behind to duplicate.
 */
export async function seedDemo(strapi: Core.Strapi): Promise<boolean> {
  const existing = await strapi.documents(ARTICLE).findFirst({ filters: { slug: seedArticle.slug } });
  if (existing) return false;

  await strapi.db.transaction(async () => {
    const places = new Map<string, string>();
    for (const { parent, ...place } of seedPlaces as readonly any[]) {
      const created = await strapi.documents(PLACE).create({ data: { ...place, parent: parent ? places.get(parent) : undefined } as any });
      places.set(place.name, created.documentId);
    }

    const actors = new Map<string, string>();
    for (const { affiliation, ...actor } of seedActors as readonly any[]) {
      const created = await strapi.documents(ACTOR).create({
        data: { ...actor, affiliation: affiliation ? actors.get(affiliation) : undefined } as any,
      });
      actors.set(actor.name, created.documentId);
    }

    const article = await strapi.documents(ARTICLE).create({ data: seedArticle as any });

    const { incident, actorRoles, places: mentioned, quotes, ...briefing } = seedBriefing;
    const created = await strapi.documents(BRIEFING).create({
      data: {
        ...briefing,
        // Linked when the plugin links briefings to Article (BRIEFINGS_ARTICLE_TYPE=post picks the Post type instead).
        sourceArticle: (strapi.contentType(BRIEFING).attributes as any).sourceArticle?.target === ARTICLE ? article.documentId : undefined,
        incident: { ...incident, place: places.get(incident.place) },
        actorRoles: actorRoles.map((role) => ({ ...role, actor: actors.get(role.actor) })),
        places: mentioned.map((name) => places.get(name)),
        quotes: quotes.map((quote) => ({ ...quote, speaker: actors.get(quote.speaker) })),
      } as any,
    });
    await strapi.documents(BRIEFING).publish({ documentId: created.documentId });
  });
  return true;
}
