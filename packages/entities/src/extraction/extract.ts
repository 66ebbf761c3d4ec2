/**
 * The article -> briefing draft pipeline:
 * read the article (chrome out, sentences) -> names -> actors and places -> quotes -> dates -> incident
 * -> who speaks -> sources and actor roles -> the draft in the briefing's fields.
 * Offline and deterministic: the same text and options give the same draft.
 */
import { parsePartialDate } from '../briefing/dates';
import { readArticle } from './article';
import { readNames, type KnownActor } from './actors';
import { readDates } from './dates';
import { defaultGazetteer, type Gazetteer } from './gazetteer';
import { readIncident } from './incident';
import { PlaceBook } from './places';
import { readQuotes } from './quotes';
import { SentenceIndex } from './evidence';
import { readRoles } from './roles';
import { readSources, readSpeakers, type Outlet } from './sources';
import { isAcronym } from './names';
import type { WireAgency } from '../vocabularies';
import type { Alias, BriefingDraft, ExtractedActor, ExtractedPlace, SuggestionLink } from './types';

export interface ExtractOptions {
  /** The article's publication date (YYYY-MM-DD or a Date): relative dates are read against it. */
  publishedAt: string | Date;
  /** Places to look names up in; the built-in offline gazetteer by default. */
  gazetteer?: Gazetteer;
  /** Actors the organisation already knows ({ name, kind, aliases }): read by any of their names, as one actor each. */
  actors?: readonly KnownActor[];
  /** The outlet that published the article (from the CMS): suggested as the first source. */
  outlet?: Outlet;
  /** News agencies to recognise as sources; WIRE_AGENCIES by default. */
  agencies?: readonly WireAgency[];
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

/** An alias as the record keeps it, with its kind when the form shows it. */
function aliasOf(form: string, name: string): Alias {
  if (isAcronym(form.replace(/\s+/g, ''))) return { value: form, kind: 'acronym' };
  if (/^(abu|umm|um)\s/i.test(form)) return { value: form, kind: 'kunya' };
  const words = new Set(name.toLowerCase().split(/[\s-]+/));
  const part = form.toLowerCase().split(/[\s-]+/);
  return { value: form, kind: part.every((w) => words.has(w)) && part.length < words.size ? 'short-form' : null };
}

export function extractBriefing(text: string, options: ExtractOptions): BriefingDraft {
  const publishedAt = publicationDate(options.publishedAt);
  const article = readArticle(typeof text === 'string' ? text : '');
  const places = new PlaceBook(options.gazetteer ?? defaultGazetteer());
  const book = readNames(article, places, options.actors);
  const quotes = readQuotes(article.text, book);
  const dates = readDates(article.text, article.sentences, publishedAt);
  const locations = places.list();
  const incident = readIncident(article.text, article.sentences, locations, dates, publishedAt, places.mainCountry());
  const byStart = <T extends { mentions: Array<{ start: number }> }>(list: T[]) =>
    list.forEach((item) => item.mentions.sort((a, b) => a.start - b.start));
  byStart(book.actors);
  byStart(locations);

  // A byline is no sentence of the story, but it is where its reporter is named.
  const sentences = new SentenceIndex(article.sentences, article.reporters.map((r) => r.line));
  const speakers = readSpeakers(article, book, quotes, sentences);
  const roles = readRoles(article, book.actors, speakers, sentences);
  const sources = readSources(article, book, speakers, sentences, { outlet: options.outlet, agencies: options.agencies });

  const at = (mention: { start: number; end: number } | undefined) => sentences.evidence(mention?.start ?? 0, mention?.end ?? 0);
  const actorKey = new Map(book.actors.map((actor, index) => [actor, `actor-${index + 1}`]));
  const linkTo = (actor: ExtractedActor | null | undefined): SuggestionLink | null => (actor ? { key: actorKey.get(actor)!, name: actor.name } : null);
  const placeKey = new Map<ExtractedPlace, string>(locations.map((place, index) => [place, `place-${index + 1}`]));
  const place = incident.location ? locations.find((p) => p.name === incident.location) : undefined;

  // The incident's evidence: the date as written, else where its place is named, else the lead.
  const dated = dates.find((d) => d.date === incident.date && d.precision === incident.datePrecision);
  const lead = sentences.lead();
  const anchor = dated ?? place?.mentions[0] ?? (lead ? { start: lead.start, end: lead.end } : undefined);

  return {
    incident: {
      eventType: incident.type,
      subEventType: incident.subType,
      date: incident.date,
      datePrecision: incident.datePrecision,
      dateAsWritten: dated?.text ?? null,
      place: place ? { key: placeKey.get(place)!, name: place.name } : null,
      countryCode: incident.countryCode ?? null,
      fatalitiesMin: incident.fatalitiesText ? incident.fatalities : null,
      fatalitiesAsWritten: incident.fatalitiesText ?? null,
      ...at(anchor),
    },
    actorRoles: book.actors.map((actor) => {
      const { role, certainty, mention } = roles.get(actor)!;
      return {
        key: actorKey.get(actor)!,
        actor: {
          name: actor.name,
          kind: actor.kind,
          aliases: actor.aliases.map((form) => aliasOf(form, actor.name)),
          title: actor.role ?? null,
          mentions: actor.mentions,
        },
        role,
        certainty,
        ...at(mention),
      };
    }),
    places: [
      ...locations.map((entry) => ({
        key: placeKey.get(entry)!,
        name: entry.name,
        kind: entry.kind,
        countryCode: entry.countryCode,
        admin1: entry.admin1 ?? null,
        latitude: entry.lat,
        longitude: entry.lon,
        aliases: entry.aliases.map((form) => aliasOf(form, entry.name)),
        mentions: entry.mentions,
        ...at(entry.mentions[0]),
      })),
      // Places across borders come last, with no country and no coordinates.
      ...places.crossBorder.map((entry, index) => ({
        key: `place-${locations.length + index + 1}`,
        name: entry.name,
        kind: 'region' as const,
        countryCode: null,
        admin1: null,
        latitude: null,
        longitude: null,
        aliases: [],
        mentions: entry.mentions,
        ...at(entry.mentions[0]),
      })),
    ],
    quotes: quotes.map((quote, index) => ({
      key: `quote-${index + 1}`,
      text: quote.text,
      speaker: linkTo(quote.speaker ? book.actors.find((actor) => actor.name === quote.speaker) : null),
      ...at(quote),
    })),
    sources: sources.map((source, index) => ({
      key: `source-${index + 1}`,
      kind: source.kind,
      name: source.name,
      url: source.url,
      anonymous: source.anonymous,
      descriptor: source.descriptor,
      actor: linkTo(source.actor),
      start: source.start,
      end: source.end,
      sentence: source.sentence,
    })),
    dates: dates.map((date, index) => ({ key: `date-${index + 1}`, text: date.text, date: date.date, precision: date.precision, ...at(date) })),
  };
}
