import { z } from 'zod';
import type { EventType, SameIncidentReason, TlpMarking } from '@security-briefings/entities';

/** A briefing as the merge panel names it. */
export interface MergeBriefingRef {
  documentId: string;
  title: string;
  marking: TlpMarking | null;
}

/**
 * POST /security-briefings/merge (admin API): the duplicate's actor roles, quotes, sources, places and
 * articles move to the briefing kept (what it already has is not added twice), the duplicate is
 * unpublished and kept as a record pointing to the briefing kept, whose public URL now answers with a
 * redirect (the rule: entities briefing/merge.ts). The briefing kept changes as a draft: the editor
 * reviews and publishes it as any change.
 */
export namespace MergeBriefings {
  export const body = z.strictObject({
    /** The briefing that duplicates the other: kept only as a pointer after the merge. */
    duplicateDocumentId: z.string().trim().min(1, 'Give the documentId of the duplicate briefing.'),
    /** The briefing kept, which receives everything of the duplicate. */
    intoDocumentId: z.string().trim().min(1, 'Give the documentId of the briefing to keep.'),
    /** Why, for the revision log of both briefings. */
    reason: z.string().trim().max(500, 'Keep the reason under 500 characters.').optional(),
  });
  export type Body = z.infer<typeof body>;

  /** How many of each the briefing kept received (what it had already is not counted). */
  export interface Moved {
    actorRoles: number;
    quotes: number;
    sources: number;
    places: number;
    articles: number;
  }

  export interface Result {
    duplicateDocumentId: string;
    intoDocumentId: string;
    moved: Moved;
    /** Whether the duplicate had a published version, now withdrawn. */
    unpublished: boolean;
  }

  export interface Response {
    data: Result;
  }
}

/**
 * GET /security-briefings/merge/:documentId (admin API): a briefing's merges as its edit view shows
 * them, and the briefings it may duplicate (the same-incident rule applied to its own incident).
 */
export namespace MergeState {
  export interface Suggestion extends MergeBriefingRef {
    eventType: EventType;
    incidentDate: string;
    /** Why it was suggested, in English words, and as reasons the admin words in the editor's language. */
    why: string;
    reasons: SameIncidentReason[];
  }

  export interface State {
    /** The briefing this one was merged into; null when it stands on its own. */
    mergedInto: MergeBriefingRef | null;
    mergedAt: string | null;
    /** The briefings merged into this one. */
    duplicates: Array<MergeBriefingRef & { mergedAt: string | null }>;
    /** Briefings of the same incident this one could be merged into (empty once merged). */
    suggestions: Suggestion[];
  }

  export interface Response {
    data: State;
  }
}
