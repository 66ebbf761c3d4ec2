/**
 * The offline gazetteer: countries (countries-list), first-level divisions and towns (generated
 * into places.tsv.br from npm packages by generate.mjs, indexed into place-keys.tsv.br by index-keys.mjs).
 * Both are read on first use.
 * An organisation can pass its own `Gazetteer` to extractBriefing instead.
 */
import { countries } from 'countries-list';
import type { PlaceKind } from '../../vocabularies';
import type { ExtractedPlace } from '../types';
import { COUNTRY_SHORT_FORMS } from '../lexicon';
import { bareDivisionKey, keyVariants, placeKey, squeezedKey } from './keys';
import { loadPlaceKeys, loadPlaces } from './places';

/** A place the gazetteer knows: what the extractor outputs for it, plus its size to rank namesakes. */
export interface GazetteerPlace extends Omit<ExtractedPlace, 'aliases' | 'mentions'> {
  population: number;
}

export interface Gazetteer {
  /** Every place a name may refer to, in no particular order. */
  lookup(name: string): readonly GazetteerPlace[];
}

export { placeKey } from './keys';

/** Countries whose place names are transliterated from Cyrillic. */
const WRITES_CYRILLIC = new Set(['UA', 'RU', 'BY', 'BG', 'KZ', 'KG', 'TJ', 'MN', 'RS', 'MK']);

const NEWLINE = 0x0a;
const TAB = 0x09;

class BuiltInGazetteer implements Gazetteer {
  // The data (a place a line) and its index (a key a line, sorted) are read on first use, not
  // indexed: a name is found by a binary search, and a line becomes a place only when looked up.
  private data: Buffer = Buffer.alloc(0);
  private keys = '';
  private keyLines: Uint32Array | undefined;
  private readonly divisions: number[] = [];
  private readonly parsed = new Map<number, GazetteerPlace>();
  /** Countries, by every key of their names: countries-list's, the data's and the press's short forms. */
  private readonly countries = new Map<string, GazetteerPlace[]>();

  /** Names looked up before, with what they gave: an article asks for the same names again and again. */
  private readonly found = new Map<string, readonly GazetteerPlace[]>();

  lookup(name: string): readonly GazetteerPlace[] {
    let places = this.found.get(name);
    if (!places) {
      // A server drafting for years meets many names: forget them all now and then rather than grow.
      if (this.found.size > 50_000) this.found.clear();
      this.found.set(name, (places = this.find(name)));
    }
    return places;
  }

  private find(name: string): readonly GazetteerPlace[] {
    this.load();
    const key = placeKey(name);
    const entries = this.entries(key) ?? this.entries(squeezedKey(key)) ?? this.digraphVariant(key) ?? this.endingVariant(key) ?? this.joinedVariant(name, key) ?? this.compassVariant(key) ?? this.autonomousVariant(key);
    if (!entries) return this.cyrillicVariant(key);
    const places: GazetteerPlace[] = [];
    for (const entry of entries) {
      const place = typeof entry === 'number' ? this.placeAt(entry) : entry;
      if (!places.includes(place)) places.push(place);
    }
    return places;
  }

  private entries(key: string): Array<number | GazetteerPlace> | undefined {
    const offsets = this.offsetsOf(key);
    const countries = this.countries.get(key);
    if (offsets.length === 0 && !countries) return undefined;
    return countries ? [...offsets, ...countries] : offsets;
  }

  /** Ukrainian and Russian "жж", "хх", "шш" are written doubled or not ("Zaporizhzhia", "Zaporizhia"). */
  private digraphVariant(key: string): Array<number | GazetteerPlace> | undefined {
    const single = key.replace(/(zh|kh|sh|ch)\1/g, '$1');
    return single === key ? undefined : (this.entries(single) ?? this.entries(squeezedKey(single)));
  }

  /**
   * Ukraine's transliteration of 2010 against the older one the town list keeps: "ia", "iu", "ie", "ii" for "ya",
   * "yu", "ye", "yi" ("Kostiantynivka", "Kostyantynivka"; "Avdiivka", "Avdiyivka"; "Kupiansk", "Kupjansk"). Only
   * towns of the countries that write Cyrillic are found this way, so that no name elsewhere changes.
   */
  private cyrillicVariant(key: string): readonly GazetteerPlace[] {
    if (!/[^aeiouy ]i[aeiu]/.test(key)) return [];
    const variants = [key.replace(/(?<=[^aeiouy ])i([aeu])/g, 'y$1').replace(/(?<=[^aeiouy ])ii/g, 'iyi'), key.replace(/(?<=[^aeiouy ])i([aeu])/g, 'j$1')];
    for (const variant of variants) {
      if (variant === key) continue;
      const entries = this.entries(variant) ?? this.entries(squeezedKey(variant));
      const places = (entries ?? []).map((entry) => (typeof entry === 'number' ? this.placeAt(entry) : entry)).filter((place) => WRITES_CYRILLIC.has(place.countryCode));
      if (places.length > 0) return [...new Set(places)];
    }
    return [];
  }

  /** A hyphen some write and others close up ("Pétion-Ville", "Pétionville"). */
  private joinedVariant(name: string, key: string): Array<number | GazetteerPlace> | undefined {
    if (!/\p{L}-\p{L}/u.test(name)) return undefined;
    const joined = placeKey(name.replace(/(?<=\p{L})-(?=\p{L})/gu, ''));
    return joined === key ? undefined : this.entries(joined);
  }

  /**
   * A compass point some write in two words and others in one ("North West Region", "Northwest Region"), in a name
   * longer than the point: "South West" alone is a region of several countries.
   */
  private compassVariant(key: string): Array<number | GazetteerPlace> | undefined {
    const joined = key.replace(/\b(north|south) (east|west)\b(?=.)/g, '$1$2');
    return joined === key ? undefined : this.entries(joined);
  }

  /** An autonomous division written with another word than the list's ("Gorno-Badakhshan Autonomous Region", "... Province"). */
  private autonomousVariant(key: string): Array<number | GazetteerPlace> | undefined {
    const bare = / autonomous \p{L}+$/u.test(key) ? bareDivisionKey(key) : undefined;
    const places = bare === undefined ? [] : this.offsetsOf(bare).map((offset) => this.placeAt(offset)).filter((place) => place.kind === 'admin1');
    return places.length > 0 ? places : undefined;
  }

  /** Arabic and Persian names end in -a, -ah, -eh or -e by who transliterates them ("Raqqa", "Ar Raqqah"; "Hasakeh", "Al-Hasakah"). */
  private endingVariant(key: string): Array<number | GazetteerPlace> | undefined {
    const m = /^(.{3,}[^aeh ])(ah|eh|a|e)$/.exec(key);
    if (!m) return undefined;
    for (const ending of ['ah', 'a', 'eh', 'e']) {
      if (ending === m[2]) continue;
      const entries = this.entries(m[1] + ending) ?? this.entries(squeezedKey(m[1] + ending));
      if (entries) return entries;
    }
    return undefined;
  }

  /** The data lines filed under a key, in the data's order: a binary search of the sorted index. */
  private offsetsOf(key: string): number[] {
    const lines = this.keyLines!;
    const keys = this.keys;
    const keyAt = (i: number) => keys.slice(lines[i], keys.indexOf('\t', lines[i]));
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keyAt(mid) < key) lo = mid + 1;
      else hi = mid;
    }
    const offsets: number[] = [];
    for (let i = lo; i < lines.length && keyAt(i) === key; i++) {
      const end = i + 1 < lines.length ? lines[i + 1]! - 1 : keys.length;
      offsets.push(Number(keys.slice(keys.indexOf('\t', lines[i]) + 1, end)));
    }
    return offsets;
  }

  private placeAt(offset: number): GazetteerPlace {
    const known = this.parsed.get(offset);
    if (known) return known;
    const data = this.data;
    let end = data.indexOf(NEWLINE, offset);
    if (end === -1) end = data.length;
    const [kind = '', name = '', code = '', division = '', lat = '0', lon = '0', population = '0'] = data.toString('utf8', offset, end).split('\t');
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

  /** The offsets of the lines of one kind ("A", "C", "N"), in the data's order. */
  private linesOf(kind: string): number[] {
    const data = this.data;
    const found = data.toString('latin1', 0, 2) === `${kind}\t` ? [0] : [];
    for (let at = data.indexOf(`\n${kind}\t`); at !== -1; at = data.indexOf(`\n${kind}\t`, at + 1)) found.push(at + 1);
    return found;
  }

  private load() {
    if (this.keyLines) return;
    this.data = loadPlaces();
    this.keys = loadPlaceKeys();
    const starts = [0];
    for (let at = this.keys.indexOf('\n'); at !== -1; at = this.keys.indexOf('\n', at + 1)) starts.push(at + 1);
    this.keyLines = Uint32Array.from(starts);
    // Towns name their division by its number: the A lines, counted in order.
    this.divisions.push(...this.linesOf('A'));

    // Countries: the canonical name is countries-list's, the other names point to it; a capital gives its coordinates.
    const capitals = new Map<string, number>();
    for (const offset of this.linesOf('C')) {
      const at = this.data.indexOf(TAB, offset + 2) + 1;
      const code = this.data.toString('latin1', at, at + 2);
      if (!capitals.has(code)) capitals.set(code, offset);
    }
    const file = (name: string, place: GazetteerPlace) => {
      for (const key of keyVariants(placeKey(name), 'country')) this.countries.set(key, [...(this.countries.get(key) ?? []), place]);
    };
    const byCode = new Map<string, GazetteerPlace>();
    for (const [code, country] of Object.entries(countries)) {
      const capitalOffset = capitals.get(code);
      const capital = capitalOffset === undefined ? { lat: 0, lon: 0 } : this.placeAt(capitalOffset);
      const place: GazetteerPlace = { name: country.name, kind: 'country', countryCode: code, lat: capital.lat, lon: capital.lon, population: Number.MAX_SAFE_INTEGER };
      byCode.set(code, place);
      file(country.name, place);
    }
    const dataNames = this.linesOf('N').map((offset) => {
      const line = this.data.toString('utf8', offset, this.data.indexOf(NEWLINE, offset));
      const [, name = '', code = ''] = line.split('\t');
      return [name, code] as const;
    });
    for (const [name, code] of [...dataNames, ...COUNTRY_SHORT_FORMS]) {
      const place = byCode.get(code);
      if (place) file(name, place);
    }
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
