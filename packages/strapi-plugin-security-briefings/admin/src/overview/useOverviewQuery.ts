import * as React from 'react';
import { useSearchParams } from 'react-router-dom';
import { GetOverview } from '../../../shared/contracts/overview';

type Key = keyof GetOverview.Query;
const FILTER_KEYS = ['eventType', 'country', 'marking', 'verification', 'status', 'from', 'to'] as const satisfies readonly Key[];
const KEYS = [...FILTER_KEYS, 'page', 'pageSize'] as const satisfies readonly Key[];

/** The query as the page's address holds it. */
export function readQuery(search: URLSearchParams): GetOverview.Query {
  const shape = GetOverview.query.shape;
  const query: Record<string, unknown> = {};
  for (const key of KEYS) {
    const raw = search.get(key);
    if (raw === null) continue;
    // A hand-edited address with a value the server would refuse loses that value, not the page.
    const parsed = shape[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) query[key] = parsed.data;
  }
  const result = GetOverview.query.safeParse(query);
  return result.success ? result.data : GetOverview.query.parse({ ...query, to: undefined });
}

/** The same query as URL parameters, for the address bar and for the request. */
export function toSearch(query: Partial<GetOverview.Query>): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of KEYS) {
    const value = query[key];
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  return search;
}

/** Filters and paging live in the address, so a filtered overview can be bookmarked and shared. */
export function useOverviewQuery() {
  const [search, setSearch] = useSearchParams();
  const query = React.useMemo(() => readQuery(search), [search]);
  const filters: GetOverview.Filters = React.useMemo(
    () => Object.fromEntries(FILTER_KEYS.filter((k) => query[k] !== undefined).map((k) => [k, query[k]])),
    [query],
  );

  /** Changes filters and goes back to the first page; an undefined value removes the filter. */
  const setFilters = React.useCallback(
    (next: Partial<GetOverview.Filters>) => setSearch(toSearch({ ...query, ...next, page: undefined })),
    [query, setSearch],
  );
  const clearFilters = React.useCallback(() => setSearch(toSearch({ pageSize: query.pageSize })), [query.pageSize, setSearch]);
  const setPage = React.useCallback((page: number) => setSearch(toSearch({ ...query, page })), [query, setSearch]);
  const setPageSize = React.useCallback((pageSize: number) => setSearch(toSearch({ ...query, page: undefined, pageSize })), [query, setSearch]);

  return { query, filters, setFilters, clearFilters, setPage, setPageSize };
}
