/**
 * The article -> briefing draft pipeline:
 * read the article (chrome out, sentences) -> names -> actors and places -> quotes -> dates -> incident.
 * Offline and deterministic: the same text and publication date give the same draft.
 */
import { parsePartialDate } from '../briefing/dates';
import { readArticle } from './article';
import { readNames } from './actors';
import { readDates } from './dates';
import { defaultGazetteer, type Gazetteer } from './gazetteer';
import { readIncident } from './incident';
import { PlaceBook } from './places';
import { readQuotes } from './quotes';
import type { BriefingDraft } from './types';

export interface ExtractOptions {
  /** The article's publication date (YYYY-MM-DD or a Date): relative dates are read against it. */
  publishedAt: string | Date;
  /** Places to look names up in; the built-in offline gazetteer by default. */
  gazetteer?: Gazetteer;
}

export class ExtractionError extends Error {
  override name = 'ExtractionError';
}

function publicationDate(value: string | Date): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new ExtractionError('publishedAt is not a valid date.');
    return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
  }
  const date = typeof value === 'string' ? parsePartialDate(value) : undefined;
  if (!date || date.day === undefined) {
    throw new ExtractionError(`publishedAt must be a real date written YYYY-MM-DD, not “${String(value)}”.`);
  }
  return new Date(Date.UTC(date.year, date.month! - 1, date.day));
}

export function extractBriefing(text: string, options: ExtractOptions): BriefingDraft {
  const publishedAt = publicationDate(options.publishedAt);
  const article = readArticle(typeof text === 'string' ? text : '');
  const places = new PlaceBook(options.gazetteer ?? defaultGazetteer());
  const book = readNames(article, places);
  const quotes = readQuotes(article.text, book);
  const dates = readDates(article.text, article.sentences, publishedAt);
  const locations = places.list();
  const incident = readIncident(article.text, article.sentences, locations, dates, publishedAt, places.mainCountry());
  const byStart = <T extends { mentions: Array<{ start: number }> }>(list: T[]) =>
    list.forEach((item) => item.mentions.sort((a, b) => a.start - b.start));
  byStart(book.actors);
  byStart(locations);
  return {
    actors: book.actors,
    locations,
    quotes,
    dates: dates.map(({ text: written, date, precision }) => ({ text: written, date, precision })),
    incident,
  };
}
