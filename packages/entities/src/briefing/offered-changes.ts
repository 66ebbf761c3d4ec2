import type { ActorRoleSuggestion, BriefingDraft, QuoteSuggestion, SourceSuggestion } from '../extraction/types';
import { nameKey } from './same-incident';
import { sourceKey } from './verification';

/**
 * What a further article of an incident adds to the briefing that reports it, written once: the
 * draft of the article compared with the briefing. These are offers for the editor, never applied
 * by the server: a second report may be wrong where the first was right.
 */
export interface OfferedChanges {
  /** Actors the article names that the briefing does not (by name or alias). */
  actors: ActorRoleSuggestion[];
  /** Quotes the briefing does not carry yet (same words, case and punctuation aside). */
  quotes: QuoteSuggestion[];
  /** Sources the briefing does not count yet (named ones by name; anonymous ones by what they are called). */
  sources: SourceSuggestion[];
  /** The article's death toll when it is above or below the briefing's range; null when it fits or says none. */
  toll: TollChange | null;
}

export interface TollChange {
  direction: 'higher' | 'lower';
  /** The briefing's range as it stands. */
  briefing: { min: number | null; max: number | null };
  /** The lowest figure the article gives, and its words. */
  article: number;
  asWritten: string | null;
}

/** What the comparison reads of the briefing: the fields as the record has them. */
export interface BriefingToCompare {
  incident?: { fatalitiesMin?: number | null; fatalitiesMax?: number | null } | null;
  actorRoles?: Array<{ actor?: { name: string; aliases?: Array<{ value: string }> | null } | null }> | null;
  quotes?: Array<{ text: string; speaker?: { name: string; aliases?: Array<{ value: string }> | null } | null }> | null;
  sources?: Array<{ kind?: string | null; name?: string | null; anonymous?: boolean | null; descriptor?: string | null }> | null;
}

const wordsOf = (text: string) => nameKey(text);


export function offeredChanges(briefing: BriefingToCompare, draft: BriefingDraft): OfferedChanges {
  const known = new Set(
    [...(briefing.actorRoles ?? []).map((role) => role.actor), ...(briefing.quotes ?? []).map((quote) => quote.speaker)]
      .flatMap((actor) => (actor ? [actor.name, ...(actor.aliases ?? []).map((alias) => alias.value)] : []))
      .map(nameKey),
  );
  const actors = draft.actorRoles.filter(({ actor }) => ![actor.name, ...actor.aliases.map((alias) => alias.value)].some((name) => known.has(nameKey(name))));

  const quoted = new Set((briefing.quotes ?? []).map((quote) => wordsOf(quote.text)));
  const quotes = draft.quotes.filter((quote) => !quoted.has(wordsOf(quote.text)));

  const counted = new Set((briefing.sources ?? []).map(sourceKey));
  const sources = draft.sources.filter((source) => !counted.has(sourceKey(source)));

  return { actors, quotes, sources, toll: tollChange(briefing.incident ?? null, draft.incident) };
}

function tollChange(incident: BriefingToCompare['incident'], article: BriefingDraft['incident']): TollChange | null {
  const figure = article.fatalitiesMin;
  if (figure == null) return null;
  const min = incident?.fatalitiesMin ?? null;
  const max = incident?.fatalitiesMax ?? null;
  const top = max ?? min;
  const direction = top === null || figure > top ? 'higher' : min !== null && figure < min ? 'lower' : null;
  return direction ? { direction, briefing: { min, max }, article: figure, asWritten: article.fatalitiesAsWritten } : null;
}
