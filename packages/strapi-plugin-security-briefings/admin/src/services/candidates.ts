import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { FindCandidates } from '../../../shared/contracts/candidates';
import { PLUGIN_ID } from '../../../shared/identity';

/** Requests of the same-incident check: the briefings that may already report an article's incident. */
export function useCandidatesService() {
  const { post } = useFetchClient();
  return React.useMemo(
    () => ({
      async find(body: FindCandidates.Body): Promise<FindCandidates.Candidate[]> {
        const { data } = await post<FindCandidates.Response>(`/${PLUGIN_ID}/candidates`, body);
        return data.data;
      },
    }),
    [post],
  );
}
