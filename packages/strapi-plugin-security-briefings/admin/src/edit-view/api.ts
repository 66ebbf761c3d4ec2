import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { CreateDraft } from '../../../shared/contracts/draft';
import { PLUGIN_ID } from '../pluginId';
import { ACTOR_UID, PLACE_UID } from './constants';
import type { LinkTarget } from './apply-draft';

/** The message the server gave for a failed request (a ValidationError names the field), else the error's own. */
export function errorMessage(error: unknown): string {
  const response = (error as { response?: { data?: { error?: { message?: string } } } })?.response;
  return response?.data?.error?.message ?? (error instanceof Error ? error.message : String(error));
}

/** Talks to the plugin's draft endpoint and to the Content Manager, through the admin's fetch client. */
export function useDraftApi() {
  const { post, get } = useFetchClient();
  return React.useMemo(
    () => ({
      async draft(body: CreateDraft.Body): Promise<CreateDraft.Draft> {
        const { data } = await post<CreateDraft.Response>(`/${PLUGIN_ID}/draft`, body);
        return data.data;
      },
      async createActor(actor: CreateDraft.ActorSuggestion): Promise<LinkTarget> {
        const { data } = await post<{ data: { id: number; documentId: string; name: string } }>(`/content-manager/collection-types/${ACTOR_UID}`, {
          name: actor.name,
          kind: actor.kind,
          title: actor.title,
          aliases: actor.aliases.map((value) => ({ value })),
        });
        return { id: data.data.id, documentId: data.data.documentId, name: data.data.name };
      },
      async createPlace(place: CreateDraft.PlaceSuggestion): Promise<LinkTarget> {
        const { data } = await post<{ data: { id: number; documentId: string; name: string } }>(`/content-manager/collection-types/${PLACE_UID}`, {
          name: place.name,
          kind: place.kind,
          countryCode: place.countryCode,
          admin1: place.admin1,
          latitude: place.latitude,
          longitude: place.longitude,
          aliases: place.aliases.map((value) => ({ value })),
        });
        return { id: data.data.id, documentId: data.data.documentId, name: data.data.name };
      },
      /** The article a saved briefing links to, read from the Content Manager's relations endpoint. */
      async linkedArticle(model: string, documentId: string): Promise<{ documentId: string; title: string } | null> {
        const { data } = await get<{ results?: Array<{ documentId: string; title?: string; label?: string }> }>(
          `/content-manager/relations/${model}/${documentId}/sourceArticle`,
        );
        const first = data.results?.[0];
        return first ? { documentId: first.documentId, title: first.title ?? first.label ?? first.documentId } : null;
      },
      async createBriefing(model: string, data: Record<string, unknown>): Promise<string> {
        const response = await post<{ data: { documentId: string } }>(`/content-manager/collection-types/${model}`, data);
        return response.data.data.documentId;
      },
    }),
    [post, get],
  );
}
