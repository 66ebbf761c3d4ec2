// The article -> briefing draft extractor (issue 3); the draft is in the briefing's own fields (issue 13).
export { extractBriefing, ExtractionError, type ExtractOptions } from './extract';
export { defaultGazetteer, extendGazetteer, placeKey, type Gazetteer, type GazetteerPlace, type OwnPlace } from './gazetteer';
// The built-in gazetteer's places, a line each (format: gazetteer/generate.mjs), for tools that read it whole.
export { loadPlaces } from './gazetteer/places';
export type { KnownActor } from './actors';
export type { Outlet } from './sources';
export type {
  ActorFields,
  ActorRoleSuggestion,
  Alias as AliasSuggestion,
  BriefingDraft,
  DateSuggestion,
  Evidence,
  IncidentSuggestion,
  Mention,
  PlaceSuggestion,
  QuoteSuggestion,
  SentenceSpan,
  SourceSuggestion,
  SuggestionLink,
} from './types';
// The plain text of a stored article body (text, Markdown or blocks), for the extractor.
export { articleText, blocksToText, markdownToText, type ArticleBodyFormat } from './article-text';
