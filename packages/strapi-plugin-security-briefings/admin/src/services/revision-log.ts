import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { ExportRevisions, ListRevisions, PendingReason, Revision } from '../../../shared/contracts/revision-log';
import { PLUGIN_ID } from '../../../shared/identity';

const base = (uid: string, documentId: string) => `/${PLUGIN_ID}/revisions/${uid}/${documentId}`;

/** What the History panel knows: the entries read so far (newest first), whether older ones remain, and whether this editor may read the log. */
export interface RevisionHistory {
  revisions: Revision[];
  hasMore: boolean;
  /** False when the editor's role was not granted the log (403): the panel then shows no history. */
  allowed: boolean;
  loading: boolean;
  loadMore(): void;
}

const PAGE_SIZE = 10;
/** The list route's largest page: the panel shows the newest 100 entries, the CSV has them all. */
const MOST_PAGES = 100 / PAGE_SIZE;

/** A record's revision log, read again after each save (`savedAt`, the record's updatedAt, moves). */
export function useRevisionHistory(uid: string, documentId: string | undefined, savedAt: unknown): RevisionHistory {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<Omit<RevisionHistory, 'loadMore'>>({ revisions: [], hasMore: false, allowed: true, loading: true });
  const [pages, setPages] = React.useState(1);

  React.useEffect(() => {
    if (!documentId) return;
    let current = true;
    setState((earlier) => ({ ...earlier, loading: true }));
    const query: ListRevisions.Query = { page: 1, pageSize: PAGE_SIZE * pages };
    get<ListRevisions.Response>(`${base(uid, documentId)}?${new URLSearchParams({ page: String(query.page), pageSize: String(query.pageSize) })}`)
      .then(({ data }) => {
        if (!current) return;
        const { total } = data.meta.pagination;
        setState({ revisions: data.data, hasMore: data.data.length < total && pages < MOST_PAGES, allowed: true, loading: false });
      })
      .catch((error: { status?: number; response?: { status?: number } }) => {
        if (!current) return;
        const status = error.status ?? error.response?.status;
        setState({ revisions: [], hasMore: false, allowed: status !== 403, loading: false });
      });
    return () => {
      current = false;
    };
  }, [uid, documentId, savedAt, pages, get]);

  const loadMore = React.useCallback(() => setPages((n) => Math.min(n + 1, MOST_PAGES)), []);
  return { ...state, loadMore };
}

/** The reason this editor gave for their next save of the record; read again after each save (the save uses it up). */
export function usePendingReason(uid: string, documentId: string | undefined, savedAt: unknown) {
  const { get, put } = useFetchClient();
  const [pending, setPending] = React.useState<PendingReason.Response['data'] | null>(null);
  const [allowed, setAllowed] = React.useState(true);

  React.useEffect(() => {
    if (!documentId) return;
    let current = true;
    get<PendingReason.Response>(`${base(uid, documentId)}/reason`)
      .then(({ data }) => current && setPending(data.data))
      .catch(() => current && setAllowed(false));
    return () => {
      current = false;
    };
  }, [uid, documentId, savedAt, get]);

  const keep = React.useCallback(
    async (reason: string) => {
      if (!documentId) return;
      const body: PendingReason.Body = { reason };
      const { data } = await put<PendingReason.Response>(`${base(uid, documentId)}/reason`, body);
      setPending(data.data);
    },
    [uid, documentId, put],
  );
  return { pending, allowed, keep };
}

/** Downloads the log as CSV (for one record, when the query names it). */
export function useRevisionExport() {
  const { get } = useFetchClient();
  return React.useCallback(
    async (query: ExportRevisions.Query): Promise<Blob> => {
      const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
      const { data } = await get(`/${PLUGIN_ID}/revisions/export.csv?${search}`, { responseType: 'blob' });
      return data as Blob;
    },
    [get],
  );
}
