import { vocabulary, type ValueOf } from './vocabulary';

export const PLACE_KINDS = vocabulary([
  { value: 'country', label: 'Country' },
  { value: 'admin1', label: 'Province or state', description: 'First-level administrative division (ISO 3166-2).' },
  { value: 'admin2', label: 'District', description: 'Second-level administrative division.' },
  { value: 'city', label: 'City, town or village' },
  { value: 'site', label: 'Site', description: 'A base, building, crossing, camp or other precise place.' },
  { value: 'region', label: 'Region', description: 'A region that is not an administrative division ("the Sahel").' },
] as const);
export type PlaceKind = ValueOf<typeof PLACE_KINDS.terms>;

/** ACLED geo_precision. */
export const GEO_PRECISIONS = vocabulary([
  { value: '1', label: '1: Exact place', description: 'The town, village or site where the event happened is known.' },
  { value: '2', label: '2: Near a place', description: 'The event happened near or in part of a named place; the nearest town is used.' },
  { value: '3', label: '3: Region only', description: 'Only the wider region is known; its capital or centre is used.' },
] as const);
export type GeoPrecision = ValueOf<typeof GEO_PRECISIONS.terms>;
