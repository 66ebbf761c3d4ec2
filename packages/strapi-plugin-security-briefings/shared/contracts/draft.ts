import { z } from 'zod';
import type { ActorKind, DatePrecision, EventType, PlaceKind, SubEventType } from '@security-briefings/entities';

/** Longest article text the draft endpoint reads (characters): a long feature, not a book. */
export const DRAFT_MAX_TEXT = 100_000;

/**
 * POST /security-briefings/draft (admin API): reads an article and suggests a briefing: incident,
 * people and organisations, places, quotes and dates, each with the sentence it came from; actors
 * and places are matched to existing records by name and alias.
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

  export interface ActorSuggestion {
    key: string;
    name: string;
    kind: ActorKind;
    aliases: string[];
    title: string | null;
    sentence: string;
    match: Match;
  }

  export interface PlaceSuggestion {
    key: string;
    name: string;
    kind: PlaceKind;
    countryCode: string;
    admin1: string | null;
    latitude: number;
    longitude: number;
    aliases: string[];
    sentence: string;
    match: Match;
  }

  export interface QuoteSuggestion {
    key: string;
    text: string;
    /** Key of the actor suggestion who said it, when the text says. */
    speaker: string | null;
    sentence: string;
  }

  export interface DateSuggestion {
    key: string;
    text: string;
    date: string;
    precision: DatePrecision;
    sentence: string;
  }

  export interface IncidentSuggestion {
    eventType: EventType;
    subEventType: SubEventType;
    date: string;
    datePrecision: DatePrecision;
    dateAsWritten: string | null;
    /** Key of the place suggestion where it happened. */
    place: string | null;
    fatalitiesMin: number | null;
    fatalitiesAsWritten: string | null;
    sentence: string;
  }

  export interface Draft {
    /** The article read, when the draft came from one. */
    article: { id: number; documentId: string; title: string; publishedDate: string | null } | null;
    incident: IncidentSuggestion;
    actors: ActorSuggestion[];
    places: PlaceSuggestion[];
    quotes: QuoteSuggestion[];
    dates: DateSuggestion[];
  }

  export interface Response {
    data: Draft;
  }
}
