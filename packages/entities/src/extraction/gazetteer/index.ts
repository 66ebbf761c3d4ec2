/**
 * The offline gazetteer: countries (countries-list), first-level divisions and towns (generated
 * into places.data.ts from npm packages by generate.mjs). The index is built on first use.
 * An organisation can pass its own `Gazetteer` to extractBriefing instead.
 */
import { countries } from 'countries-list';
import type { PlaceKind } from '../../vocabularies';
import { COUNTRY_SHORT_FORMS } from '../lexicon';
import { PLACES_DATA } from './places.data';

export interface GazetteerPlace {
  name: string;
  kind: PlaceKind;
  countryCode: string;
  admin1?: string;
  lat: number;
  lon: number;
  population: number;
}

export interface Gazetteer {
  /** Every place a name may refer to, in no particular order. */
  lookup(name: string): readonly GazetteerPlace[];
}

/** Lower case, no accents, no punctuation: "Khān Yūnis" and "Khan Yunis" meet. */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’'`ʿʾ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Words that follow a division's name in its official form ("Al Anbar Governorate").
const DIVISION_SUFFIX = / (governorate|province|region|oblast|state|department|prefecture|district|municipality|territory|county|division|autonomous republic|special region|krai|kray|republic of)$/;

/** The shorter keys a place is also known by: without "Governorate", without a leading "Al". */
function keyVariants(key: string, kind: PlaceKind): string[] {
  const keys = [key];
  if (kind === 'admin1') {
    const bare = key.replace(DIVISION_SUFFIX, '');
    if (bare !== key && bare.length > 2) keys.push(bare);
  }
  for (const k of [...keys]) {
    const withoutArticle = k.replace(/^(al|el|ad|ar|as|an|at|az) /, '');
    if (withoutArticle !== k && withoutArticle.length > 3) keys.push(withoutArticle);
  }
  return keys;
}

class BuiltInGazetteer implements Gazetteer {
  private index: Map<string, GazetteerPlace[]> | undefined;

  lookup(name: string): readonly GazetteerPlace[] {
    return this.build().get(placeKey(name)) ?? [];
  }

  private build(): Map<string, GazetteerPlace[]> {
    if (this.index) return this.index;
    const index = new Map<string, GazetteerPlace[]>();
    const add = (key: string, place: GazetteerPlace) => {
      for (const k of keyVariants(key, place.kind)) {
        const list = index.get(k);
        if (!list) index.set(k, [place]);
        else if (!list.includes(place)) list.push(place);
      }
    };
    const capitals = new Map<string, { lat: number; lon: number }>();
    const countryNames: Array<[string, string]> = [];
    const divisions: GazetteerPlace[] = [];
    const towns: Array<[string, GazetteerPlace]> = [];

    let lineStart = 0;
    while (lineStart < PLACES_DATA.length) {
      let lineEnd = PLACES_DATA.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = PLACES_DATA.length;
      const [kind = '', name = '', code = '', division = '', lat = '0', lon = '0', population = '0'] = PLACES_DATA.slice(
        lineStart,
        lineEnd,
      ).split('\t');
      lineStart = lineEnd + 1;
      if (kind === 'N') {
        countryNames.push([name, code]);
        continue;
      }
      const place: GazetteerPlace = {
        name,
        kind: kind === 'A' ? 'admin1' : 'city',
        countryCode: code,
        lat: Number(lat),
        lon: Number(lon),
        population: Number(population),
      };
      if (kind === 'A') divisions.push(place);
      else {
        const admin = division === '' ? undefined : divisions[Number(division)];
        if (admin) place.admin1 = admin.name;
        if (kind === 'C' && !capitals.has(code)) capitals.set(code, { lat: place.lat, lon: place.lon });
        towns.push([name, place]);
      }
    }

    // Countries first: the canonical name is countries-list's, the other names point to it.
    const countryPlaces = new Map<string, GazetteerPlace>();
    for (const [code, country] of Object.entries(countries)) {
      const capital = capitals.get(code) ?? { lat: 0, lon: 0 };
      const place: GazetteerPlace = { name: country.name, kind: 'country', countryCode: code, ...capital, population: Number.MAX_SAFE_INTEGER };
      countryPlaces.set(code, place);
      add(placeKey(country.name), place);
    }
    for (const [name, code] of [...countryNames, ...COUNTRY_SHORT_FORMS]) {
      const place = countryPlaces.get(code);
      if (place) add(placeKey(name), place);
    }
    for (const division of divisions) add(placeKey(division.name), division);
    for (const [name, town] of towns) add(placeKey(name), town);
    this.index = index;
    return index;
  }
}

let builtIn: BuiltInGazetteer | undefined;

/** The gazetteer that ships with the package. */
export function defaultGazetteer(): Gazetteer {
  builtIn ??= new BuiltInGazetteer();
  return builtIn;
}
