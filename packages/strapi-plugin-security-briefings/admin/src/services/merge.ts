import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { TlpMarking } from '@security-briefings/entities';
import type { MergeBriefingRef, MergeBriefings, MergeState } from '../../../shared/contracts/merge';
import { BRIEFING, PLUGIN_ID } from '../../../shared/identity';

/** One page of the Content Manager's list of briefings, as its list API answers (only what the panel reads). */
interface BriefingList {
  results: Array<{ documentId: string; title?: string | null; marking?: TlpMarking | null; mergedInto?: string | null }>;
}

/** Requests of the Merge panel: a briefing's merges and the briefings it may duplicate, merging, and finding a briefing by title. */
export function useMergeService() {
  const { get, post } = useFetchClient();
  return React.useMemo(
    () => ({
      async state(documentId: string): Promise<MergeState.State> {
        const { data } = await get<MergeState.Response>(`/${PLUGIN_ID}/merge/${encodeURIComponent(documentId)}`);
        return data.data;
      },
      /** Moves everything of the duplicate to the briefing kept; the duplicate stays as a pointer. */
      async merge(body: MergeBriefings.Body): Promise<MergeBriefings.Result> {
        const { data } = await post<MergeBriefings.Response>(`/${PLUGIN_ID}/merge`, body);
        return data.data;
      },
      /**
       * Briefings whose title (or another searchable field) holds `text`, through the Content Manager's
       * own list, as the editor may read them; those already merged into another are no place to merge into.
       */
      async find(text: string): Promise<MergeBriefingRef[]> {
        const query = new URLSearchParams({ _q: text, page: '1', pageSize: '10' });
        const { data } = await get<BriefingList>(`/content-manager/collection-types/${BRIEFING}?${query}`);
        return data.results
          .filter((row) => !row.mergedInto)
          .map((row) => ({ documentId: row.documentId, title: row.title ?? row.documentId, marking: row.marking ?? null }));
      },
    }),
    [get, post],
  );
}
