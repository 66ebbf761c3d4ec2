import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ExtractionError, articleText, extractBriefing, type BriefingDraft, type Mention } from '@security-briefings/entities';
import type { CreateDraft } from '../../../shared/contracts/draft';
import { articleModel } from '../utils/config';
import { ACTOR, PLACE } from '../constants';
import { documents } from '../utils/documents';

/** Names compared the way an editor reads them: case, accents, hyphens and apostrophes aside. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‐-―-]/g, ' ')
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sentence around a position of the text: from the previous full stop or line break to the next. */
export function sentenceAt(text: string, start: number, end = start): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('\n'), ...['. ', '! ', '? '].map((stop) => {
    const at = before.lastIndexOf(stop);
    return at < 0 ? -1 : at + 1;
  })) + 1;
  const after = text.slice(end);
  const stops = [after.indexOf('\n'), ...['. ', '! ', '? '].map((stop) => {
    const at = after.indexOf(stop);
    return at < 0 ? -1 : at + 1;
  })].filter((at) => at >= 0);
  const to = stops.length ? end + Math.min(...stops) : text.length;
  return text.slice(from, to).trim();
}

interface NamedRecord {
  id: number;
  documentId: string;
  name: string;
  aliases?: Array<{ value?: string | null }> | null;
}

/** Index of records by every name they go by. */
function byName(records: NamedRecord[]): Map<string, NamedRecord> {
  const index = new Map<string, NamedRecord>();
  for (const record of records) {
    for (const name of [record.name, ...(record.aliases ?? []).map((a) => a.value ?? '')]) {
      const key = nameKey(name);
      if (key && !index.has(key)) index.set(key, record);
    }
  }
  return index;
}

function matchOf(index: Map<string, NamedRecord>, names: string[]): CreateDraft.Match {
  for (const name of names) {
    const record = index.get(nameKey(name));
    if (record) return { status: 'existing', id: record.id, documentId: record.documentId, name: record.name };
  }
  return { status: 'new' };
}

/** The calendar day of a date or datetime value (a 'YYYY-MM-DD' string, an ISO timestamp or a Date), or null. */
function dayOf(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

const firstMention = (mentions: Mention[]) => mentions[0] ?? { start: 0, end: 0 };
const slug = (prefix: string, index: number) => `${prefix}-${index + 1}`;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** A draft from text the editor pasted, published on the given day (relative dates are read against it). */
  async fromText(text: string, publishedAt: string, article: CreateDraft.Draft['article'] = null): Promise<CreateDraft.Draft> {
    let extracted: BriefingDraft;
    try {
      extracted = extractBriefing(text, { publishedAt });
    } catch (error) {
      if (error instanceof ExtractionError) {
        throw new errors.ValidationError(error.message, { errors: [{ path: ['publishedAt'], message: error.message, name: 'ValidationError' }] });
      }
      throw error;
    }
    const [actors, places] = await Promise.all([
      documents(strapi, ACTOR).findMany({ fields: ['name'], populate: { aliases: { fields: ['value'] } } }),
      documents(strapi, PLACE).findMany({ fields: ['name'], populate: { aliases: { fields: ['value'] } } }),
    ]);
    const actorIndex = byName(actors as unknown as NamedRecord[]);
    const placeIndex = byName(places as unknown as NamedRecord[]);

    const actorKeys = new Map<string, string>();
    const actorSuggestions = extracted.actors.map((actor, index): CreateDraft.ActorSuggestion => {
      const key = slug('actor', index);
      actorKeys.set(actor.name, key);
      const mention = firstMention(actor.mentions);
      return {
        key,
        name: actor.name,
        kind: actor.kind,
        aliases: actor.aliases,
        title: actor.role ?? null,
        sentence: sentenceAt(text, mention.start, mention.end),
        match: matchOf(actorIndex, [actor.name, ...actor.aliases]),
      };
    });

    const placeKeys = new Map<string, string>();
    const placeSuggestions = extracted.locations.map((place, index): CreateDraft.PlaceSuggestion => {
      const key = slug('place', index);
      placeKeys.set(place.name, key);
      const mention = firstMention(place.mentions);
      return {
        key,
        name: place.name,
        kind: place.kind,
        countryCode: place.countryCode,
        admin1: place.admin1 ?? null,
        latitude: place.lat,
        longitude: place.lon,
        aliases: place.aliases,
        sentence: sentenceAt(text, mention.start, mention.end),
        match: matchOf(placeIndex, [place.name, ...place.aliases]),
      };
    });

    const quotes = extracted.quotes.map((quote, index): CreateDraft.QuoteSuggestion => ({
      key: slug('quote', index),
      text: quote.text,
      speaker: quote.speaker ? (actorKeys.get(quote.speaker) ?? null) : null,
      sentence: sentenceAt(text, quote.start, quote.end),
    }));

    const dates = extracted.dates.map((date, index): CreateDraft.DateSuggestion => {
      const at = text.indexOf(date.text);
      return { key: slug('date', index), text: date.text, date: date.date, precision: date.precision, sentence: at < 0 ? date.text : sentenceAt(text, at, at + date.text.length) };
    });

    const { incident } = extracted;
    const incidentPlace = incident.location ? (placeKeys.get(incident.location) ?? null) : null;
    const writtenDate = dates.find((d) => d.date === incident.date);
    const anchor = incident.fatalitiesText ? text.indexOf(incident.fatalitiesText) : -1;
    return {
      article,
      incident: {
        eventType: incident.type,
        subEventType: incident.subType,
        date: incident.date,
        datePrecision: incident.datePrecision,
        dateAsWritten: writtenDate?.text ?? null,
        place: incidentPlace,
        fatalitiesMin: incident.fatalitiesText ? incident.fatalities : null,
        fatalitiesAsWritten: incident.fatalitiesText ?? null,
        sentence: anchor >= 0 ? sentenceAt(text, anchor) : (writtenDate?.sentence ?? sentenceAt(text, 0)),
      },
      actors: actorSuggestions,
      places: placeSuggestions,
      quotes,
      dates,
    };
  },

  /** A draft from one of the host app's articles: its title and body (as configured), read against its publication date. */
  async fromArticle(documentId: string): Promise<CreateDraft.Draft> {
    const model = articleModel(strapi);
    if (!model) {
      throw new errors.ValidationError('This app links no article type to briefings (articleContentType is not set): paste the text instead.', {
        errors: [{ path: ['articleDocumentId'], message: 'No article type is configured.', name: 'ValidationError' }],
      });
    }
    const { fields } = model;
    const article = (await strapi.documents(model.uid as UID.ContentType).findOne({ documentId })) as Record<string, unknown> | null;
    if (!article) throw new errors.NotFoundError(`No article has the documentId “${documentId}”.`);
    const title = fields.title && typeof article[fields.title] === 'string' ? (article[fields.title] as string) : '';
    const body = fields.body ? articleText(article[fields.body], model.bodyFormat) : '';
    if (!`${title}${body}`.trim()) {
      throw new errors.ValidationError('The article has neither title nor body to read.', {
        errors: [{ path: ['articleDocumentId'], message: 'The article has no text.', name: 'ValidationError' }],
      });
    }
    let dated = fields.publishedDate ? article[fields.publishedDate] : null;
    if (!dated && fields.publishedDate && model.draftAndPublish) {
      // A draft version has no publishedAt: the date is the published version's.
      const published = (await strapi.documents(model.uid as UID.ContentType).findOne({ documentId, status: 'published', fields: [fields.publishedDate] })) as Record<string, unknown> | null;
      dated = published?.[fields.publishedDate] ?? null;
    }
    const publishedDate = dayOf(dated);
    // Without a publication date, relative dates ("on Thursday") are read against the day the article was created.
    const readAgainst = publishedDate ?? dayOf(article.createdAt) ?? new Date().toISOString().slice(0, 10);
    return this.fromText([title, body].filter(Boolean).join('\n'), readAgainst, { id: Number(article.id), documentId, title, publishedDate });
  },
});
