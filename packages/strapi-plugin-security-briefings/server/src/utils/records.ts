import type { ActorRecord, BriefingRecord, PlaceRecord } from '@security-briefings/entities';
import { LISTING_FIELDS, MERGE_FIELDS } from '../content-types/briefing/schema';
import { ARTICLE_FIELDS } from './populate';
import { articleRecordOf, type ArticleModel } from './config';

type Row = Record<string, any>;

/**
 * Database row ids and Strapi's bookkeeping stay inside the CMS; records carry documentIds only. So do
 * the headings of actor roles and sources, which title them in the editor (middlewares/component-headings.ts).
 */
const INTERNAL = new Set(['id', 'locale', 'localizations', 'createdBy', 'updatedBy', 'firstPublishedAt', 'heading']);

function clean<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clean) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Row)
        .filter(([key]) => !INTERNAL.has(key))
        .map(([key, v]) => [key, clean(v)]),
    ) as T;
  }
  return value;
}

const toNumber = (value: unknown) => (value == null || value === '' ? value : Number(value));

export function toPlaceRecord(row: Row): PlaceRecord {
  const place = clean(row);
  // SQLite and PostgreSQL return decimals as strings; records hold numbers.
  return { ...place, latitude: toNumber(place.latitude), longitude: toNumber(place.longitude) } as PlaceRecord;
}

export const toActorRecord = (row: Row): ActorRecord => clean(row) as ActorRecord;

/** A briefing row as its record; `article` (the host's article model) renames the source article's fields to the record's. */
export function toRecord(row: Row, article: ArticleModel | null = null): BriefingRecord {
  // The listing fields repeat the incident for the admin's list view; records have the incident itself.
  const briefing = clean(row) as Row;
  if (briefing.sourceArticle && article) briefing.sourceArticle = articleRecordOf(briefing.sourceArticle, article, ARTICLE_FIELDS);
  for (const field of LISTING_FIELDS) delete briefing[field];
  // A merged briefing is never published; the kept one lists its duplicates instead (published/shelf.ts).
  for (const field of MERGE_FIELDS) delete briefing[field];
  if (briefing.incident?.place) briefing.incident.place = toPlaceRecord(briefing.incident.place);
  if (briefing.places) briefing.places = briefing.places.map(toPlaceRecord);
  return briefing as BriefingRecord;
}
