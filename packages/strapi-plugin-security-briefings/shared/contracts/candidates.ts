import { z } from 'zod';
import type { EventType, OfferedChanges, SameIncidentReason, TlpMarking } from '@security-briefings/entities';

/**
 * POST /security-briefings/candidates (admin API): the briefings that may already report the incident
 * of an article, before the editor drafts a new one from it (the rule: entities briefing/same-incident.ts).
 * Closest first, each with why it matched, in words ("same event type; 1 day apart; 12 km from Ramadi;
 * shares Islamic State") and as reasons the admin words in the editor's language.
 */
export namespace FindCandidates {
  export const body = z.strictObject({
    articleDocumentId: z.string().trim().min(1, 'Give the documentId of the article.'),
    /** The briefing being edited: never its own candidate. */
    briefingDocumentId: z.string().trim().min(1).optional(),
  });
  export type Body = z.infer<typeof body>;
  export interface Request {
    body: Body;
  }

  export interface Candidate {
    documentId: string;
    title: string;
    marking: TlpMarking | null;
    eventType: EventType;
    incidentDate: string;
    /** The incident's place, by name. */
    place: string | null;
    why: string;
    reasons: SameIncidentReason[];
    /** Higher is closer; candidates come sorted by it. */
    score: number;
  }

  /** How many candidates the answer holds at most. */
  export const LIMIT = 10;

  export interface Response {
    data: Candidate[];
  }
}

/**
 * POST /security-briefings/candidates/link (admin API): adds the article to a briefing of its incident
 * instead of drafting a duplicate. The article becomes one of the briefing's further articles (its
 * source article when it has none) and the answer offers what the article adds: actors, quotes and
 * sources the briefing lacks and a higher or lower death toll. Nothing else of the briefing changes:
 * the editor applies the offers they accept.
 */
export namespace LinkArticle {
  export const body = z.strictObject({
    articleDocumentId: z.string().trim().min(1, 'Give the documentId of the article.'),
    briefingDocumentId: z.string().trim().min(1, 'Give the documentId of the briefing.'),
  });
  export type Body = z.infer<typeof body>;
  export interface Request {
    body: Body;
  }

  export interface Result {
    briefingDocumentId: string;
    /** How the article is linked now; `already` when it was before the request. */
    linked: 'source-article' | 'further-article' | 'already';
    changes: OfferedChanges;
  }

  export interface Response {
    data: Result;
  }
}
