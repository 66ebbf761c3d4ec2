import { z } from 'zod';

/** How long an editor counts as having a record open after their edit view's last heartbeat. */
export const EDITING_EXPIRES_MS = 60_000;
/** How often an open edit view says it is still open. */
export const EDITING_HEARTBEAT_MS = 20_000;

/** Someone who has the record open in the admin, or who saved it. */
export interface Editor {
  id: number;
  name: string;
}

/** One save of a record: when, by whom, and which fields it changed (their labels in the edit view). */
export interface RecordedSave {
  savedAt: string;
  by: Editor | null;
  fields: string[];
  labels: string[];
}

/**
 * POST /security-briefings/editing/:uid/:documentId (admin API): the edit view says it is open and
 * which version of the record its form was loaded from (the record's `updatedAt`). The answer: who
 * else has it open, and the saves made since that version (what a save from this form would overwrite).
 */
export namespace EditingHeartbeat {
  export const body = z.strictObject({ loadedAt: z.iso.datetime({ offset: true }) });
  export type Body = z.infer<typeof body>;
  export interface Response {
    data: {
      others: (Editor & { since: string })[];
      savedSince: RecordedSave[];
    };
  }
}

/** The 409 the server answers to a save that would overwrite changes made since its version was read. */
export interface EditConflictDetails {
  errors: { path: string[]; message: string; name: 'ValidationError' }[];
  savedSince: RecordedSave[];
  current: { updatedAt: string };
}
