import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { ReviewMove } from '@security-briefings/entities';
import type { FindReview, MoveReview, ReviewState } from '../../../shared/contracts/review';
import { PLUGIN_ID } from '../../../shared/identity';
import { errorMessage } from '../utils/errors';

const base = (documentId: string) => `/${PLUGIN_ID}/review/${documentId}`;

export interface Review {
  /** Null until read, and when the editor may not read it. */
  state: ReviewState | null;
  /** A move under way. */
  moving: ReviewMove | null;
  /** The server's sentence when the last move was refused. */
  error: string | null;
  move(move: ReviewMove, note?: string): Promise<void>;
}

/** A briefing's review, read again after each save (`savedAt`, the document's updatedAt, moves), and its moves. */
export function useReview(documentId: string | undefined, savedAt: unknown): Review {
  const { get, post } = useFetchClient();
  const [state, setState] = React.useState<ReviewState | null>(null);
  const [moving, setMoving] = React.useState<ReviewMove | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    if (!documentId) return;
    let current = true;
    get<FindReview.Response>(base(documentId))
      .then(({ data }) => current && setState(data.data))
      .catch(() => current && setState(null));
    return () => {
      current = false;
    };
  }, [documentId, savedAt, get]);

  const move = React.useCallback(
    async (next: ReviewMove, note?: string) => {
      if (!documentId) return;
      setMoving(next);
      setError(null);
      try {
        const body: MoveReview.Body = note ? { note } : {};
        const { data } = await post<MoveReview.Response>(`${base(documentId)}/${next}`, body);
        setState(data.data);
      } catch (refused) {
        setError(errorMessage(refused));
      } finally {
        setMoving(null);
      }
    },
    [documentId, post],
  );

  return { state, moving, error, move };
}
