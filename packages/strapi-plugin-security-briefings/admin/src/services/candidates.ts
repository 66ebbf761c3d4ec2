import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { FindCandidates, LinkArticle } from '../../../shared/contracts/candidates';
import { PLUGIN_ID } from '../../../shared/identity';

/** Requests of the same-incident check: the briefings that may already report an article's incident, and adding the article to one. */
export function useCandidatesService() {
  const { post } = useFetchClient();
  return React.useMemo(
    () => ({
      async find(body: FindCandidates.Body): Promise<FindCandidates.Candidate[]> {
        const { data } = await post<FindCandidates.Response>(`/${PLUGIN_ID}/candidates`, body);
        return data.data;
      },
      /** Adds the article to a briefing of its incident; the answer offers what it adds. */
      async link(body: LinkArticle.Body): Promise<LinkArticle.Result> {
        const { data } = await post<LinkArticle.Response>(`/${PLUGIN_ID}/candidates/link`, body);
        return data.data;
      },
    }),
    [post],
  );
}
