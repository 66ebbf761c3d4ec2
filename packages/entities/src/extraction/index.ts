// The article -> briefing draft extractor (issue 3).
export { extractBriefing, ExtractionError, type ExtractOptions } from './extract';
export { defaultGazetteer, placeKey, type Gazetteer, type GazetteerPlace } from './gazetteer';
export type {
  BriefingDraft,
  ExtractedActor,
  ExtractedDate,
  ExtractedIncident,
  ExtractedPlace,
  ExtractedQuote,
  Mention,
} from './types';
// The plain text of a stored article body (text, Markdown or blocks), for the extractor.
export { articleText, blocksToText, markdownToText, type ArticleBodyFormat } from './article-text';
