import { errors } from '@strapi/utils';
import { STIX_PROFILE_VALUES, type StixProfile } from '@security-briefings/entities';

/**
 * A TAXII request's parameters, read from the raw query string (`match[type]` is a name with
 * brackets, not an object) and checked; a bad one is a 400 that names it.
 */

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 500;

/** Where a page starts: the date_added and feed row of an object, and its place among the row's objects. */
export type Position = [dateAdded: string, rowId: number, index: number];

export interface TaxiiQuery {
  addedAfter?: string;
  limit: number;
  next?: Position;
  ids?: Set<string>;
  types?: Set<string>;
  /** 'last', 'first', 'all' or ISO timestamps. */
  versions: Set<string>;
  specVersions?: Set<string>;
  profile?: StixProfile;
}

const bad = (name: string, why: string) => new errors.ValidationError(`${name}: ${why}`);

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** An RFC 3339 timestamp, with or without fractional seconds, as ISO with milliseconds (finer digits cut: `>` stays right). */
export function isoTimestamp(value: string): string | null {
  const match = TIMESTAMP.exec(value.trim());
  if (!match) return null;
  const fraction = (match[2] ?? '.000').slice(0, 4).padEnd(4, '0');
  const time = Date.parse(`${match[1]}${fraction}${match[3]!.toUpperCase()}`);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The opaque `next` cursor: where the following page starts, and nothing kept by any one process. */
export const encodeCursor = (position: Position) => Buffer.from(JSON.stringify(position)).toString('base64url');

function decodeCursor(value: string): Position {
  try {
    const [dateAdded, rowId, index] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (typeof dateAdded === 'string' && Number.isInteger(rowId) && Number.isInteger(index) && rowId >= 0 && index >= 0) {
      return [dateAdded, rowId, index];
    }
  } catch {
    // fall through
  }
  throw bad('next', 'not a cursor this server gave; start again without it.');
}

const listOf = (params: URLSearchParams, name: string): string[] | undefined => {
  const values = params.getAll(name).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
  return values.length ? values : undefined;
};

export function parseTaxiiQuery(querystring: string): TaxiiQuery {
  const params = new URLSearchParams(querystring);
  const query: TaxiiQuery = { limit: DEFAULT_LIMIT, versions: new Set(['last']) };

  const addedAfter = params.get('added_after');
  if (addedAfter != null) {
    const iso = isoTimestamp(addedAfter);
    if (!iso) throw bad('added_after', `"${addedAfter}" is not a timestamp such as 2025-05-01T12:00:00Z or 2025-05-01T12:00:00.123Z.`);
    query.addedAfter = iso;
  }
  const limit = params.get('limit');
  if (limit != null) {
    if (!/^\d+$/.test(limit) || Number(limit) < 1) throw bad('limit', `"${limit}" is not a whole number of at least 1.`);
    query.limit = Math.min(Number(limit), MAX_LIMIT);
  }
  const next = params.get('next');
  if (next) query.next = decodeCursor(next);

  const ids = listOf(params, 'match[id]');
  if (ids) query.ids = new Set(ids);
  const types = listOf(params, 'match[type]');
  if (types) query.types = new Set(types);
  const specVersions = listOf(params, 'match[spec_version]');
  if (specVersions) query.specVersions = new Set(specVersions);
  const versions = listOf(params, 'match[version]');
  if (versions) {
    query.versions = new Set(
      versions.map((value) => {
        if (value === 'last' || value === 'first' || value === 'all') return value;
        const iso = isoTimestamp(value);
        if (!iso) throw bad('match[version]', `"${value}" is not last, first, all or a timestamp.`);
        return iso;
      }),
    );
  }
  const profile = params.get('profile');
  if (profile != null) {
    if (!(STIX_PROFILE_VALUES as readonly string[]).includes(profile)) throw bad('profile', `"${profile}" is not one of ${STIX_PROFILE_VALUES.join(', ')}.`);
    query.profile = profile as StixProfile;
  }
  return query;
}
