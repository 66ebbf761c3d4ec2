/**
 * The offline gazetteer: countries (countries-list), first-level divisions and towns (generated
 * into places.tsv.br from npm packages by generate.mjs). The data is read and indexed on first use.
 * An organisation can pass its own `Gazetteer` to extractBriefing instead.
 */
import { countries } from 'countries-list';
import type { PlaceKind } from '../../vocabularies';
import type { ExtractedPlace } from '../types';
import { COUNTRY_SHORT_FORMS } from '../lexicon';
import { loadPlaces } from './places';

/** A place the gazetteer knows: what the extractor outputs for it, plus its size to rank namesakes. */
export interface GazetteerPlace extends Omit<ExtractedPlace, 'aliases' | 'mentions'> {
  population: number;
}

export interface Gazetteer {
  /** Every place a name may refer to, in no particular order. */
  lookup(name: string): readonly GazetteerPlace[];
}

/** Lower case, no accents, no punctuation: "Khān Yūnis" and "Khan Yunis" meet. */
export function placeKey(name: string): string {
  // Most names are plain ASCII letters: skip the costly normalisation for them.
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(name)) return name.toLowerCase();
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’'`ʿʾ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Doubled letters made single (a plain loop: this runs once per gazetteer name). */
function squeeze(key: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < key.length; i++) {
    if (i > 0 && key.charCodeAt(i) === key.charCodeAt(i - 1) && key[i] !== ' ') changed = true;
    else out += key[i];
  }
  return changed ? out : key;
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
  const first = key.charCodeAt(0);
  // Only names that start with "al", "el", "ad"... can drop an article.
  if (first !== 97 && first !== 101) return keys;
  for (const k of [...keys]) {
    const withoutArticle = k.replace(/^(al|el|ad|ar|as|an|at|az) /, '');
    if (withoutArticle !== k && withoutArticle.length > 3) keys.push(withoutArticle);
  }
  return keys;
}

class BuiltInGazetteer implements Gazetteer {
  // Keys point at line offsets in the data; a line becomes a place only when looked up,
  // which keeps the first lookup (and so the CLI's cold start) fast.
  private index: Map<string, Array<number | GazetteerPlace>> | undefined;
  private data = '';
  private readonly divisions: number[] = [];
  private readonly parsed = new Map<number, GazetteerPlace>();

  lookup(name: string): readonly GazetteerPlace[] {
    const index = this.build();
    const key = placeKey(name);
    // Transliterations differ in doubled letters ("Afgoye", "Afgooye").
    const entries = index.get(key) ?? index.get(` ${squeeze(key)}`) ?? this.endingVariant(index, key);
    if (!entries) return [];
    const places: GazetteerPlace[] = [];
    for (const entry of entries) {
      const place = typeof entry === 'number' ? this.placeAt(entry) : entry;
      if (!places.includes(place)) places.push(place);
    }
    return places;
  }

  /** Arabic and Persian names end in -a, -ah, -eh or -e by who transliterates them ("Raqqa", "Ar Raqqah"; "Hasakeh", "Al-Hasakah"). */
  private endingVariant(index: Map<string, Array<number | GazetteerPlace>>, key: string): Array<number | GazetteerPlace> | undefined {
    const m = /^(.{3,}[^aeh ])(ah|eh|a|e)$/.exec(key);
    if (!m) return undefined;
    for (const ending of ['ah', 'a', 'eh', 'e']) {
      if (ending === m[2]) continue;
      const entries = index.get(m[1] + ending) ?? index.get(` ${squeeze(m[1] + ending)}`);
      if (entries) return entries;
    }
    return undefined;
  }

  private placeAt(offset: number): GazetteerPlace {
    const known = this.parsed.get(offset);
    if (known) return known;
    const data = this.data;
    let end = data.indexOf('\n', offset);
    if (end === -1) end = data.length;
    const [kind = '', name = '', code = '', division = '', lat = '0', lon = '0', population = '0'] = data.slice(offset, end).split('\t');
    const place: GazetteerPlace = {
      name,
      kind: kind === 'A' ? 'admin1' : 'city',
      countryCode: code,
      lat: Number(lat),
      lon: Number(lon),
      population: Number(population),
    };
    const divisionOffset = division === '' ? undefined : this.divisions[Number(division)];
    if (divisionOffset !== undefined) place.admin1 = this.placeAt(divisionOffset).name;
    this.parsed.set(offset, place);
    return place;
  }

  private build(): Map<string, Array<number | GazetteerPlace>> {
    if (this.index) return this.index;
    const index = new Map<string, Array<number | GazetteerPlace>>();
    const addKey = (k: string, entry: number | GazetteerPlace) => {
      const list = index.get(k);
      if (!list) index.set(k, [entry]);
      else list.push(entry);
    };
    const add = (key: string, kind: PlaceKind, entry: number | GazetteerPlace) => {
      const first = key.charCodeAt(0);
      // Most names have no variant: skip building the list for them.
      if (kind === 'city' && first !== 97 && first !== 101) addKey(key, entry);
      else for (const k of keyVariants(key, kind)) addKey(k, entry);
    };
    const capitals = new Map<string, number>();
    const countryNames: Array<[string, string]> = [];
    const data = (this.data = loadPlaces());
    let offset = 0;
    while (offset < data.length) {
      let end = data.indexOf('\n', offset);
      if (end === -1) end = data.length;
      const kind = data[offset];
      const nameEnd = data.indexOf('\t', offset + 2);
      const name = data.slice(offset + 2, nameEnd);
      if (kind === 'N') countryNames.push([name, data.slice(nameEnd + 1, end)]);
      else {
        if (kind === 'A') this.divisions.push(offset);
        else if (kind === 'C') {
          const code = data.slice(nameEnd + 1, nameEnd + 3);
          if (!capitals.has(code)) capitals.set(code, offset);
        }
        const key = placeKey(name);
        add(key, kind === 'A' ? 'admin1' : 'city', offset);
        const squeezed = squeeze(key);
        if (squeezed !== key) add(` ${squeezed}`, 'city', offset);
      }
      offset = end + 1;
    }

    // Countries: the canonical name is countries-list's, the other names point to it.
    const countryPlaces = new Map<string, GazetteerPlace>();
    for (const [code, country] of Object.entries(countries)) {
      const capitalOffset = capitals.get(code);
      const capital = capitalOffset === undefined ? { lat: 0, lon: 0 } : this.placeAt(capitalOffset);
      const place: GazetteerPlace = {
        name: country.name,
        kind: 'country',
        countryCode: code,
        lat: capital.lat,
        lon: capital.lon,
        population: Number.MAX_SAFE_INTEGER,
      };
      countryPlaces.set(code, place);
      add(placeKey(country.name), 'country', place);
    }
    for (const [name, code] of [...countryNames, ...COUNTRY_SHORT_FORMS]) {
      const place = countryPlaces.get(code);
      if (place) add(placeKey(name), 'country', place);
    }
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

/** A place an organisation adds to the gazetteer: its name, other names, kind, country and position. */
export interface OwnPlace {
  name: string;
  aliases?: readonly string[];
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  admin1?: string;
  lat: number;
  lon: number;
  /** Ranks it among namesakes; an organisation's own places come first unless told otherwise. */
  population?: number;
}

/**
 * A gazetteer that knows an organisation's own places (a camp, a district, a local spelling) before
 * the ones of `base` (the built-in one by default): pass it to extractBriefing as `gazetteer`.
 */
export function extendGazetteer(places: readonly OwnPlace[], base: Gazetteer = defaultGazetteer()): Gazetteer {
  const own = new Map<string, GazetteerPlace[]>();
  for (const { aliases = [], population = Number.MAX_SAFE_INTEGER - 1, ...fields } of places) {
    const place: GazetteerPlace = { ...fields, population };
    for (const form of new Set([place.name, ...aliases])) {
      const key = placeKey(form);
      own.set(key, [...(own.get(key) ?? []), place]);
    }
  }
  return {
    lookup(name: string) {
      const mine = own.get(placeKey(name));
      return mine ? [...mine, ...base.lookup(name)] : base.lookup(name);
    },
  };
}
