import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { CreateDraft } from '../../../shared/contracts/draft';
import { ACTOR, PLACE, PLUGIN_ID } from '../../../shared/identity';
import type { LinkTarget } from '../edit-view/apply-draft';

/** What the Content Manager answers when it creates an entry. */
interface Created {
  data: { id: number; documentId: string; name: string };
}

const createPath = (model: string) => `/content-manager/collection-types/${model}`;

/**
 * Requests of drafting a briefing from an article: the plugin's draft endpoint, and the Content
 * Manager for the briefing itself and for the actors and places its suggestions need.
 */
export function useDraftService() {
  const { post, get } = useFetchClient();
  const linkedArticles = React.useCallback(
    async (model: string, documentId: string, field: 'sourceArticle' | 'furtherArticles'): Promise<LinkedArticle[]> => {
      const { data } = await get<{ results?: Array<{ documentId: string; title?: string; label?: string }> }>(`/content-manager/relations/${model}/${documentId}/${field}`);
      return (data.results ?? []).map((article) => ({ documentId: article.documentId, title: article.title ?? article.label ?? article.documentId }));
    },
    [get],
  );
  return React.useMemo(
    () => ({
      /** Suggestions for a briefing, from pasted text or from a stored article. */
      async readArticle(body: CreateDraft.Body): Promise<CreateDraft.Draft> {
        const { data } = await post<CreateDraft.Response>(`/${PLUGIN_ID}/draft`, body);
        return data.data;
      },
      async createActor({ actor }: CreateDraft.ActorRoleSuggestion): Promise<LinkTarget> {
        const { data } = await post<Created>(createPath(ACTOR), {
          name: actor.name,
          kind: actor.kind,
          title: actor.title,
          aliases: actor.aliases.map(({ value, kind }) => ({ value, kind })),
        });
        return { id: data.data.id, documentId: data.data.documentId, name: data.data.name };
      },
      async createPlace(place: CreateDraft.PlaceSuggestion): Promise<LinkTarget> {
        const { data } = await post<Created>(createPath(PLACE), {
          name: place.name,
          kind: place.kind,
          countryCode: place.countryCode,
          admin1: place.admin1,
          latitude: place.latitude,
          longitude: place.longitude,
          aliases: place.aliases.map(({ value, kind }) => ({ value, kind })),
        });
        return { id: data.data.id, documentId: data.data.documentId, name: data.data.name };
      },
      /** The article a saved briefing links to: the form holds only changes, the relations endpoint what is saved. */
      async linkedArticle(model: string, documentId: string): Promise<LinkedArticle | null> {
        return (await linkedArticles(model, documentId, 'sourceArticle'))[0] ?? null;
      },
      /** The further articles of a saved briefing's incident (added from the same-incident candidates, or by a merge). */
      furtherArticles(model: string, documentId: string): Promise<LinkedArticle[]> {
        return linkedArticles(model, documentId, 'furtherArticles');
      },
      /** Creates a draft briefing and returns its documentId. */
      async createBriefing(model: string, data: Record<string, unknown>): Promise<string> {
        const response = await post<{ data: { documentId: string } }>(createPath(model), data);
        return response.data.data.documentId;
      },
    }),
    [post, get, linkedArticles],
  );
}

/** An article a briefing links to, as the draft panel names it. */
export interface LinkedArticle {
  documentId: string;
  title: string;
}

export type DraftService = ReturnType<typeof useDraftService>;
