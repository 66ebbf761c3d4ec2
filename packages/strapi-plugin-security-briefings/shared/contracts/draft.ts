import { z } from 'zod';
import type {
  ActorRoleSuggestion as ExtractedActorRole,
  BriefingDraft,
  PlaceSuggestion as ExtractedPlace,
} from '@security-briefings/entities';

/** Longest article text the draft endpoint reads (characters): a long feature, not a book. */
export const DRAFT_MAX_TEXT = 100_000;

/**
 * POST /security-briefings/draft (admin API): reads an article and suggests a briefing in its own
 * fields: incident, actor roles, places, quotes and sources (and the dates the text gives), each
 * with its span in the text read (UTF-16 offsets, end exclusive; for an article, its title and body
 * joined by a line break) and the sentence it came from. The suggestions are the extractor's
 * (@security-briefings/entities); the server adds, for actors and places, the existing record each
 * matches by name and alias.
 */
export namespace CreateDraft {
  export const body = z.union([
    z.strictObject({
      text: z.string().trim().min(1, 'Paste the article text.').max(DRAFT_MAX_TEXT, `Keep the text under ${DRAFT_MAX_TEXT.toLocaleString('en')} characters.`),
      publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the publication date as YYYY-MM-DD.'),
    }),
    z.strictObject({
      articleDocumentId: z.string().trim().min(1, 'Give the documentId of the article.'),
    }),
  ]);
  export type Body = z.infer<typeof body>;
  export interface Request {
    body: Body;
  }

  /** An existing record the suggestion matches, or a new one to create. */
  export type Match = { status: 'existing'; id: number; documentId: string; name: string } | { status: 'new' };

  export type ActorRoleSuggestion = ExtractedActorRole & { match: Match };
  export type PlaceSuggestion = ExtractedPlace & { match: Match };

  /** The extractor's draft, its actors and places with their matches, and the article read. */
  export interface Draft extends Omit<BriefingDraft, 'actorRoles' | 'places'> {
    /** The article read, when the draft came from one. */
    article: { id: number; documentId: string; title: string; publishedDate: string | null } | null;
    actorRoles: ActorRoleSuggestion[];
    places: PlaceSuggestion[];
  }

  export interface Response {
    data: Draft;
  }
}
