import * as React from 'react';
import { FetchError, useFetchClient, type ErrorResponse } from '@strapi/strapi/admin';
import type { ExportFormat } from '@security-briefings/entities';
import { PLUGIN_ID } from '../../../shared/identity';

/** The server's answer to a refused download (`{ data: null, error }`), when the body is one. */
async function readRefusal(body: Blob): Promise<ErrorResponse | undefined> {
  try {
    const answer = JSON.parse(await body.text());
    return answer?.error ? { data: answer } : undefined;
  } catch {
    return undefined;
  }
}

/** Downloads a briefing's export, draft or published version, as partners would receive it. */
export function useExportDownload() {
  const { get } = useFetchClient();
  return React.useCallback(
    async (documentId: string, format: ExportFormat, status: 'draft' | 'published'): Promise<Blob> => {
      const search = new URLSearchParams({ format, status });
      // Refusals come back as answers: for a blob the fetch client would drop the body, and with it the
      // server's reason (a RED briefing, a marking the role may not see). Not a 401: on that the client
      // renews the editor's session and asks again.
      const response = await get(`/${PLUGIN_ID}/briefings/${documentId}/export?${search}`, { responseType: 'blob', validateStatus: (code) => code !== 401 });
      const code = response.status ?? 200;
      if (code >= 200 && code < 300) return response.data;
      const refusal = await readRefusal(response.data);
      const error = new FetchError(refusal?.data.error.message ?? 'Server Error', refusal);
      error.status = code;
      throw error;
    },
    [get],
  );
}
