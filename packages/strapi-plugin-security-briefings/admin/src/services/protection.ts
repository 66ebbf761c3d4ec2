import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { BriefingProtection } from '../../../shared/contracts/briefings';
import { PLUGIN_ID } from '../../../shared/identity';

export type Protection = BriefingProtection.Response['data'];

/**
 * Who the published version of a briefing reaches, asked again after each save (`savedAt`, the
 * document's updatedAt, moves). Null until it is known, and when it cannot be: the panel then stays quiet.
 */
export function useProtection(documentId: string | undefined, savedAt: unknown): Protection | null {
  const { get } = useFetchClient();
  const [protection, setProtection] = React.useState<Protection | null>(null);
  React.useEffect(() => {
    if (!documentId) return;
    let current = true;
    get<BriefingProtection.Response>(`/${PLUGIN_ID}/briefings/${documentId}/protection`)
      .then(({ data }) => current && setProtection(data.data))
      .catch(() => current && setProtection(null));
    return () => {
      current = false;
    };
  }, [documentId, savedAt, get]);
  return protection;
}
