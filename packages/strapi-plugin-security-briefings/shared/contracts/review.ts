import { z } from 'zod';
import type { ReviewActor, ReviewMove, ReviewStage } from '@security-briefings/entities';

/**
 * Four-eyes publishing (entities briefing/review.ts): where a briefing is in the desk's review, who
 * moved it there and when, and who approved it. Read and moved by the edit view's Review panel
 * (admin API under /security-briefings/review/:documentId).
 */

/** The longest note an approver can leave when sending a briefing back. */
export const REVIEW_NOTE_MAX_LENGTH = 500;

/** A briefing's review as the panel shows it. */
export interface ReviewState {
  /** The draft's stage (the briefing's reviewStage field). */
  stage: ReviewStage;
  /** Who moved it to this stage, and when; null when nobody has moved it through review yet. */
  movedBy: ReviewActor | null;
  movedAt: string | null;
  /** Who approved it, and when; null unless it is approved. */
  approvedBy: ReviewActor | null;
  approvedAt: string | null;
  /** The note left by whoever sent it back. */
  note: string | null;
  /** Who made the last change to its content (an admin user or API token), and when; null when only the server has. */
  lastEditor: ReviewActor | null;
  lastEditedAt: string | null;
  /** Whether the plugin's review.fourEyes option is on: publishing then needs an approval. */
  fourEyes: boolean;
  /** The moves the asking editor may make now, and why each other one is refused. */
  moves: Record<ReviewMove, { allowed: boolean; reason: string | null }>;
}

/** GET /security-briefings/review/:documentId */
export namespace FindReview {
  export interface Response {
    data: ReviewState;
  }
}

/** POST /security-briefings/review/:documentId/:move (send-to-review, approve, send-back); a note only with send-back. */
export namespace MoveReview {
  export const body = z.strictObject({
    note: z.string().trim().max(REVIEW_NOTE_MAX_LENGTH, `Keep the note under ${REVIEW_NOTE_MAX_LENGTH} characters.`).optional(),
  });
  export type Body = z.infer<typeof body>;
  export interface Response {
    data: ReviewState;
  }
}
