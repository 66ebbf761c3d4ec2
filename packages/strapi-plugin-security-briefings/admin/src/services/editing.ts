import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { EDITING_HEARTBEAT_MS, type EditingHeartbeat } from '../../../shared/contracts/editing';
import { PLUGIN_ID } from '../../../shared/identity';

export type Editing = EditingHeartbeat.Response['data'];

/**
 * While the edit view is open: tells the server every 20 seconds, and at once whenever the form is
 * loaded from a new version (`loadedAt`, the record's updatedAt), that this editor has the record
 * open and from which version; says when it closes. Answers who else has it open and what was saved
 * since that version. Null until the first answer, and when there is none (the panel then stays quiet).
 */
export function useEditing(uid: string, documentId: string | undefined, loadedAt: string | undefined): Editing | null {
  const { post, del } = useFetchClient();
  const [editing, setEditing] = React.useState<Editing | null>(null);
  React.useEffect(() => {
    if (!documentId || !loadedAt) return;
    let current = true;
    const url = `/${PLUGIN_ID}/editing/${uid}/${documentId}`;
    const beat = () =>
      post<EditingHeartbeat.Response>(url, { loadedAt } satisfies EditingHeartbeat.Body)
        .then(({ data }) => current && setEditing(data.data))
        .catch(() => current && setEditing(null));
    beat();
    const timer = setInterval(beat, EDITING_HEARTBEAT_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [uid, documentId, loadedAt, post]);
  // When the edit view closes (not when the form moves to a new version: the next heartbeat says so).
  // Best effort: if the tab is closed instead, the server forgets the editor a minute later.
  React.useEffect(() => {
    if (!documentId) return;
    return () => void del(`/${PLUGIN_ID}/editing/${uid}/${documentId}`).catch(() => undefined);
  }, [uid, documentId, del]);
  return editing;
}
