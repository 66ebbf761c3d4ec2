import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { GetOverview } from '../../../shared/contracts/overview';
import { PLUGIN_ID } from '../../../shared/identity';
import { toSearch } from '../overview/useOverviewQuery';

interface State {
  data?: GetOverview.Response;
  error?: unknown;
  isLoading: boolean;
}

/**
 * Loads the overview for a query. The last answer stays on screen while the next one loads, and
 * an answer to a query the editor has already changed is dropped.
 */
export function useOverview(query: GetOverview.Query) {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<State>({ isLoading: true });
  // Encoded here: the fetch client leaves values as they are, and "amber+strict" holds a plus.
  const params = toSearch(query).toString();

  React.useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, isLoading: true }));
    get<GetOverview.Response>(`/${PLUGIN_ID}/overview`, { params, signal: controller.signal })
      .then(({ data }) => {
        if (!controller.signal.aborted) setState({ data, isLoading: false });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ data: previous.data, error, isLoading: false }));
      });
    return () => controller.abort();
  }, [get, params]);

  return state;
}
