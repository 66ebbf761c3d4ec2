import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  ExtractionError,
  articleText,
  extendGazetteer,
  extractBriefing,
  readingKey,
  type AliasSuggestion,
  type BriefingDraft,
  type ExtractOptions,
  type KnownActor,
  type OwnPlace,
  type Outlet,
} from '@security-briefings/entities';
import type { CreateDraft } from '../../../shared/contracts/draft';
import { articleModel } from '../utils/config';
import { ACTOR, PLACE } from '../constants';
import { documents } from '../utils/documents';

interface NamedRecord {
  id: number;
  documentId: string;
  name: string;
  aliases?: Array<{ value?: string | null }> | null;
}

const aliasesOf = (record: NamedRecord) => (record.aliases ?? []).map((alias) => alias.value ?? '').filter(Boolean);

/** The newsroom's actors as the extractor knows them: read by any of their names, as one actor each. */
const knownActors = (actors: Array<NamedRecord & { kind?: string | null }>): KnownActor[] =>
  actors.filter((actor) => actor.kind).map((actor) => ({ name: actor.name, kind: actor.kind as KnownActor['kind'], aliases: aliasesOf(actor) }));

/** The newsroom's places the extractor can place (a country and coordinates), looked up before its own gazetteer. */
const ownPlaces = (places: Array<NamedRecord & Record<string, any>>): OwnPlace[] =>
  places
    .filter((place) => place.kind && place.countryCode && place.latitude != null && place.longitude != null)
    .map((place) => ({
      name: place.name,
      aliases: aliasesOf(place),
      kind: place.kind,
      countryCode: place.countryCode,
      ...(place.admin1 ? { admin1: place.admin1 } : {}),
      lat: Number(place.latitude),
      lon: Number(place.longitude),
    }));

/** Index of records by every name they go by. */
function byName(records: NamedRecord[]): Map<string, NamedRecord> {
  const index = new Map<string, NamedRecord>();
  for (const record of records) {
    for (const name of [record.name, ...(record.aliases ?? []).map((a) => a.value ?? '')]) {
      const key = readingKey(name);
      if (key && !index.has(key)) index.set(key, record);
    }
  }
  return index;
}

function matchOf(index: Map<string, NamedRecord>, names: string[]): CreateDraft.Match {
  for (const name of names) {
    const record = index.get(readingKey(name));
    if (record) return { status: 'existing', id: record.id, documentId: record.documentId, name: record.name };
  }
  return { status: 'new' };
}

/** The calendar day of a date or datetime value (a 'YYYY-MM-DD' string, an ISO timestamp or a Date), or null. */
function dayOf(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

const formsOf = (name: string, aliases: AliasSuggestion[]) => [name, ...aliases.map((alias) => alias.value)];

/** What the extractor reads of one of the host's articles. */
export interface ArticleToRead {
  text: string;
  /** The day relative dates are read against. */
  publishedAt: string;
  article: NonNullable<CreateDraft.Draft['article']>;
  outlet: Outlet;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The extractor's suggestions for a text, a bad date refused as a 400 naming publishedAt. */
  extract(text: string, publishedAt: string, outlet?: Outlet, known: Pick<ExtractOptions, 'actors' | 'gazetteer'> = {}): BriefingDraft {
    try {
      return extractBriefing(text, { publishedAt, outlet, ...known });
    } catch (error) {
      if (error instanceof ExtractionError) {
        throw new errors.ValidationError(error.message, { errors: [{ path: ['publishedAt'], message: error.message, name: 'ValidationError' }] });
      }
      throw error;
    }
  },

  /**
   * A draft from text the editor pasted, published on the given day (relative dates are read against
   * it): the extractor's suggestions as they are, with the existing actor and place each one matches.
   */
  async fromText(text: string, publishedAt: string, article: CreateDraft.Draft['article'] = null, outlet?: Outlet): Promise<CreateDraft.Draft> {
    const [actors, places] = (await Promise.all([
      documents(strapi, ACTOR).findMany({ fields: ['name', 'kind'], populate: { aliases: { fields: ['value'] } } }),
      documents(strapi, PLACE).findMany({ fields: ['name', 'kind', 'countryCode', 'admin1', 'latitude', 'longitude'], populate: { aliases: { fields: ['value'] } } }),
    ])) as unknown as [NamedRecord[], NamedRecord[]];
    // The newsroom's own actors and places are read by every name it gave them (the extractor's actors option and extendGazetteer).
    const extracted = this.extract(text, publishedAt, outlet, { actors: knownActors(actors), gazetteer: extendGazetteer(ownPlaces(places)) });
    const actorIndex = byName(actors);
    const placeIndex = byName(places);
    return {
      article,
      ...extracted,
      actorRoles: extracted.actorRoles.map((suggestion) => ({ ...suggestion, match: matchOf(actorIndex, formsOf(suggestion.actor.name, suggestion.actor.aliases)) })),
      places: extracted.places.map((place) => ({ ...place, match: matchOf(placeIndex, formsOf(place.name, place.aliases)) })),
    };
  },

  /** A draft from one of the host app's articles: its title and body (as configured), read against its publication date. */
  async fromArticle(documentId: string): Promise<CreateDraft.Draft> {
    const { text, publishedAt, article, outlet } = await this.articleToRead(documentId);
    return this.fromText(text, publishedAt, article, outlet);
  },

  /** An article's text as the extractor reads it (title and body joined), the day to read it against, and its outlet. */
  async articleToRead(documentId: string): Promise<ArticleToRead> {
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
    // The outlet and address, when the article type has them, make the first source.
    const read = (field: string | null) => (field && typeof article[field] === 'string' ? (article[field] as string) : null);
    const outlet = { name: read(fields.outlet), url: read(fields.url) };
    return { text: [title, body].filter(Boolean).join('\n'), publishedAt: readAgainst, article: { id: Number(article.id), documentId, title, publishedDate }, outlet };
  },
});
