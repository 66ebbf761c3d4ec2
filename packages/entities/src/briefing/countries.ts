import { countries } from 'countries-list';

export type CountryCode = keyof typeof countries;

/** ISO 3166-1 alpha-2 codes, from the countries-list package rather than typed by hand. */
export const COUNTRY_CODES = Object.keys(countries) as CountryCode[];

export const isCountryCode = (value: unknown): value is CountryCode =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(countries, value);

export const countryName = (code: string): string | undefined =>
  isCountryCode(code) ? countries[code].name : undefined;
