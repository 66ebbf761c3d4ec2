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
      async linkedArticle(model: string, documentId: string): Promise<{ documentId: string; title: string } | null> {
        const { data } = await get<{ results?: Array<{ documentId: string; title?: string; label?: string }> }>(
          `/content-manager/relations/${model}/${documentId}/sourceArticle`,
        );
        const first = data.results?.[0];
        return first ? { documentId: first.documentId, title: first.title ?? first.label ?? first.documentId } : null;
      },
      /** Creates a draft briefing and returns its documentId. */
      async createBriefing(model: string, data: Record<string, unknown>): Promise<string> {
        const response = await post<{ data: { documentId: string } }>(createPath(model), data);
        return response.data.data.documentId;
      },
    }),
    [post, get],
  );
}

export type DraftService = ReturnType<typeof useDraftService>;
