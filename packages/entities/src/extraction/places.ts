/**
 * Step 4: places. A name becomes a place when the gazetteer knows it and the text supports the
 * reading: a country always, a division or town when the article is about its country, when a
 * preposition puts something there ("in Amman"), or when it is a large town.
 */
import type { PlaceKind } from '../vocabularies';
import { countries as COUNTRIES } from 'countries-list';
import { countryName } from '../briefing/countries';
import { kilometresBetween } from '../briefing/same-incident';
import type { Gazetteer, GazetteerPlace } from './gazetteer';
import { placeKey } from './gazetteer';
import { NEIGHBOURS } from './gazetteer/neighbours';
import { CROSS_BORDER_PLACES, SEATS_OF_INTERNATIONAL_BODIES } from './lexicon';
import { COMPASS } from './names';
import type { CrossBorderPlace, ExtractedPlace, Mention } from './types';

export interface PlaceCues {
  /** "in", "near", "town of"... just before the name. */
  locative: boolean;
  /** "province", "region", "oblast"... just after the name. */
  divisionWord?: string;
  /** "the" just before the name: rare for a town ("the Arab world"). */
  afterThe: boolean;
}

const PRECISION: Record<PlaceKind, number> = { site: 5, city: 4, admin2: 3, admin1: 2, region: 1, country: 0 };
export const placePrecision = (kind: PlaceKind) => PRECISION[kind];

export const LARGE_TOWN = 100_000;
/** A town this large, or a capital, is named for itself even in a story set elsewhere ("talks in Nairobi"). */
const WORLD_CITY = 1_000_000;
/** Palestine's towns are named in the news without their country ("hostages held in Gaza"). */
const NAMED_WITHOUT_COUNTRY = new Set(['PS']);
const isCapital = (place: GazetteerPlace) => placeKey((COUNTRIES as Record<string, { capital?: string }>)[place.countryCode]?.capital ?? '') === placeKey(place.name);

/** How far from a named country's capital a division across its border is still read as the story's ("Táchira state" from Bogotá). */
const BORDER_REACH_KM = 600;
/** How often a story names countries, all together, when it names them only in passing (a demonym counts half). */
const IN_PASSING = 2;
const distanceKm = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => kilometresBetween({ latitude: a.lat, longitude: a.lon }, { latitude: b.lat, longitude: b.lon });

const isCapitals = (name: string) => /\p{Lu}{2}/u.test(name) && name === name.toUpperCase();

export class PlaceBook {
  private readonly places: ExtractedPlace[] = [];
  private readonly byGazetteer = new Map<GazetteerPlace, ExtractedPlace>();
  /** Countries the article names, by how often: they decide between towns of the same name. */
  readonly countries = new Map<string, number>();
  /** Sites the gazetteer lacks, put in the story's country as it stood when they were met. */
  private readonly guessed = new Set<ExtractedPlace>();
  /** Sites placed by the town named beside them: they go where that town goes. */
  private readonly placedNear = new Map<ExtractedPlace, GazetteerPlace>();
  /** Places across borders: named, but in no country, so they never say where the story is. */
  readonly crossBorder: CrossBorderPlace[] = [];

  constructor(private readonly gazetteer: Gazetteer) {}

  lookup(name: string): readonly GazetteerPlace[] {
    return this.gazetteer.lookup(name);
  }

  /**
   * "North West Region" is Cameroon's Northwest Region, not Botswana's North-West District: a name written with its
   * division word is looked up with it first, then alone.
   */
  lookupWithWord(name: string, divisionWord: string | undefined): readonly GazetteerPlace[] {
    const withWord = divisionWord ? this.gazetteer.lookup(`${name} ${divisionWord}`) : [];
    return withWord.length > 0 ? [...new Set([...withWord, ...this.gazetteer.lookup(name)])] : this.gazetteer.lookup(name);
  }

  noteCountry(code: string, weight = 1) {
    this.countries.set(code, (this.countries.get(code) ?? 0) + weight);
  }

  /** The country of the article: the one it names most, first named on a tie. */
  mainCountry(): string | undefined {
    // Towns and provinces placed so far say where the story is, beside the countries it names.
    const weight = new Map(this.countries);
    // A site put in the story's country only because it was the story's country at the time says nothing more.
    for (const place of this.places) {
      if (place.kind !== 'country' && !this.guessed.has(place)) weight.set(place.countryCode, (weight.get(place.countryCode) ?? 0) + place.mentions.length);
    }
    let best: string | undefined;
    let count = 0;
    for (const [code, n] of weight) if (n > count) [best, count] = [code, n];
    return best;
  }

  /** The place a name refers to, or undefined when the reading is too weak. */
  resolve(name: string, cues: PlaceCues): GazetteerPlace | undefined {
    const candidates = this.lookupWithWord(name, cues.divisionWord);
    if (candidates.length === 0) return undefined;
    const country = candidates.find((c) => c.kind === 'country');
    if (country) return country;
    let best: GazetteerPlace | undefined;
    let bestScore = -Infinity;
    // The country the towns and provinces placed so far point to counts as named ("Sinaloa's Eldorado").
    const main = candidates.length > 1 ? this.mainCountry() : undefined;
    for (const candidate of candidates) {
      const inContext = this.countries.has(candidate.countryCode) || candidate.countryCode === main;
      let score = (inContext ? 10 : 0) + Math.log10(candidate.population + 1);
      if (cues.divisionWord && candidate.kind === 'admin1') score += 5;
      // "Kurdistan province" is Iran's Kurdistan Province, not Iraq's Kurdistan Region: the word written decides.
      if (cues.divisionWord && candidate.kind === 'admin1' && candidate.name.toLowerCase().endsWith(` ${cues.divisionWord.toLowerCase()}`)) score += 3;
      if (!cues.divisionWord && candidate.kind === 'city') score += 1;
      if (score > bestScore) [best, bestScore] = [candidate, score];
    }
    if (!best) return undefined;
    // "in South Lebanon" is the south of Lebanon, not South Lebanon, Ohio: a compass point before a country's name.
    const [first, ...rest] = name.split(/\s+/);
    const ofCountry = rest.length > 0 && COMPASS.test(first!) ? this.gazetteer.lookup(rest.join(' ')).find((c) => c.kind === 'country') : undefined;
    if (ofCountry && best.countryCode !== ofCountry.countryCode) return undefined;
    // Where the story is: the countries it names, else the country of the places it has named so far.
    const story = this.countries.size > 0 ? undefined : this.mainCountry();
    const inContext = this.countries.has(best.countryCode) || best.countryCode === story;
    const located = this.countries.size > 0 || !!story;
    // "the Seno province" in a story about Burkina Faso is not Seno in Spain: a division named beside a
    // country the story is about, but known only elsewhere, is left to be placed in the story's country.
    // "Táchira state" in a border story that names only Colombia is Venezuela's state across the border.
    if (cues.divisionWord && !inContext && located && !this.besideNamedCountry(best)) return undefined;
    // "in Léré" in a story about Mali is not Léré in France: a small town known only in a country the
    // story never names, not even by a demonym, is another town of the same name, left to be placed in
    // the story's country. "in Kasese" in a story that names only Congo, in passing, is Uganda's town
    // across the border (acrossTheBorder).
    if (!inContext && located && best.population < LARGE_TOWN && !this.acrossTheBorder(best)) return undefined;
    // "the Red Sea" in a story about Djibouti is the sea, not Sudan's Red Sea state.
    if (best.kind === 'admin1') return inContext || cues.divisionWord || (cues.locative && !cues.afterThe) ? best : undefined;
    if (cues.afterThe && !cues.locative) return undefined;
    return inContext || cues.locative || best.population >= LARGE_TOWN ? best : undefined;
  }

  add(place: GazetteerPlace, asWritten: string, mention: Mention, kind: PlaceKind = place.kind): ExtractedPlace {
    let entry = this.byGazetteer.get(place);
    if (!entry) {
      entry = {
        name: asWritten,
        kind,
        countryCode: place.countryCode,
        ...(place.kind === 'admin1' ? { admin1: place.name } : place.admin1 ? { admin1: place.admin1 } : {}),
        lat: place.lat,
        lon: place.lon,
        aliases: [],
        mentions: [],
      };
      this.byGazetteer.set(place, entry);
      this.places.push(entry);
    } else if (asWritten !== entry.name && isCapitals(entry.name) && !isCapitals(asWritten)) {
      // "MAKHACHKALA, Russia (AP) —" then "in Makhachkala": the dateline's capitals are not the place's name.
      entry.aliases = [entry.name, ...entry.aliases.filter((alias) => alias !== asWritten)];
      entry.name = asWritten;
    } else if (asWritten !== entry.name && !entry.aliases.includes(asWritten)) {
      entry.aliases.push(asWritten);
    }
    entry.mentions.push(mention);
    return entry;
  }

  /** A place the article already named by this name or alias ("El Alto" placed once, met again). */
  named(name: string): ExtractedPlace | undefined {
    const key = placeKey(name);
    return this.places.find((p) => placeKey(p.name) === key || p.aliases.some((a) => placeKey(a) === key));
  }

  /** The place named last before an offset, leaving out the mentions made in passing: the best guess for a place the gazetteer lacks. */
  lastPlaceBefore(offset: number, inPassing: (mention: Mention) => boolean = () => false): GazetteerPlace | undefined {
    let best: { place: GazetteerPlace; start: number } | undefined;
    for (const [place, entry] of this.byGazetteer) {
      for (const m of entry.mentions) if (m.start < offset && (!best || m.start > best.start) && !inPassing(m)) best = { place, start: m.start };
    }
    return best?.place;
  }

  /** A site ("Al-Shifa Hospital") placed by the town in its name or the article's country. */
  addSite(name: string, mention: Mention, near?: GazetteerPlace, kind: PlaceKind = 'site'): ExtractedPlace | undefined {
    // Whatever reader met it, "Lake Chad" is in no country.
    if (CROSS_BORDER_PLACES.has(name.toLowerCase())) {
      this.addCrossBorder(name, mention);
      return undefined;
    }
    const key = placeKey(name);
    const known = this.places.find((p) => p.kind === kind && placeKey(p.name) === key);
    if (known) {
      known.mentions.push(mention);
      return known;
    }
    const countryCode = near?.countryCode ?? this.mainCountry();
    if (!countryCode) return undefined;
    const anchor = near ?? this.countryEntry(countryCode);
    const country = this.places.find((p) => p.kind === 'country' && p.countryCode === countryCode);
    const site: ExtractedPlace = {
      name,
      kind,
      countryCode,
      ...(near?.admin1 ? { admin1: near.admin1 } : {}),
      lat: anchor?.lat ?? country?.lat ?? 0,
      lon: anchor?.lon ?? country?.lon ?? 0,
      aliases: [],
      mentions: [mention],
    };
    this.places.push(site);
    if (!near) this.guessed.add(site);
    else if (near.kind !== 'country') this.placedNear.set(site, near);
    return site;
  }

  /**
   * Once the whole text is read, the sites put in the story's country move to the country the story turned out
   * to be about: "Mucojo", met before "Cabo Delgado" and "Maputo", is not in Rwanda because Rwanda was named first.
   */
  settle() {
    // "Palma" in a story about Mozambique is not Palma de Mallorca: a mid-sized town in a country nothing
    // else in the text names is the story's town of that name, which the gazetteer lacks.
    for (const [place, entry] of this.byGazetteer) {
      if (!this.isStray(place, entry)) continue;
      this.guessed.add(entry);
      for (const [site, near] of this.placedNear) if (near === place) this.guessed.add(site);
    }
    const main = this.mainCountry();
    if (!main) return;
    const anchor = this.countryEntry(main);
    for (const site of this.guessed) {
      if (site.countryCode === main) continue;
      site.countryCode = main;
      delete site.admin1;
      site.lat = anchor?.lat ?? 0;
      site.lon = anchor?.lon ?? 0;
    }
  }

  /** A town whose country the text names nowhere else, neither as a country nor by another place in it. */
  private isStray(place: GazetteerPlace, entry: ExtractedPlace): boolean {
    if (entry.kind !== 'city' || place.population >= WORLD_CITY || isCapital(place) || NAMED_WITHOUT_COUNTRY.has(place.countryCode)) return false;
    if (SEATS_OF_INTERNATIONAL_BODIES.has(entry.name.toLowerCase()) && place.population >= LARGE_TOWN) return false;
    const own = (other: ExtractedPlace) => other === entry || this.placedNear.get(other) === place;
    if (this.places.some((other) => !own(other) && other.kind !== 'country' && other.countryCode === place.countryCode && !this.guessed.has(other))) return false;
    // "Bambui", a small town alone in Brazil in a story that names no country but a large town of Cameroon ("in
    // Bamenda"), is the large town's neighbour the gazetteer lacks.
    if (this.countries.size === 0 && place.population < LARGE_TOWN && [...this.byGazetteer].some(([other, e]) => e.kind === 'city' && other.countryCode !== place.countryCode && other.population >= LARGE_TOWN && !this.guessed.has(e))) return true;
    // The rest of the text must point elsewhere more often than the town and the sites placed by it are named.
    const weight = new Map<string, number>();
    for (const [code, n] of this.countries) if (code !== place.countryCode) weight.set(code, n);
    for (const other of this.places) {
      if (other.kind !== 'country' && !own(other) && !this.guessed.has(other)) weight.set(other.countryCode, (weight.get(other.countryCode) ?? 0) + other.mentions.length);
    }
    const elsewhere = Math.max(0, ...weight.values());
    const townWeight = this.places.filter(own).reduce((n, other) => n + other.mentions.length, 0);
    // "Léré", told of again and again in a story about Mali that names France once, for its troops: a small town
    // the text names at least twice as often as the country the gazetteer puts it in is the story's own ("a ship bound
    // for Aqaba", named once beside Jordan, stays in Jordan).
    const named = this.countries.get(place.countryCode) ?? 0;
    if (named > 0) return place.population < LARGE_TOWN && townWeight >= 2 * named && elsewhere > 3 * named;
    return elsewhere > townWeight;
  }

  /**
   * A town of a country that borders one the story names, in a story that names countries only in passing
   * (IN_PASSING). A story that names its own country more ("Bolivia", three times) keeps a namesake across the
   * border out (Peru's small El Alto).
   */
  private acrossTheBorder(place: GazetteerPlace): boolean {
    let named = 0;
    for (const weight of this.countries.values()) named += weight;
    return named <= IN_PASSING && [...this.countries.keys()].some((code) => NEIGHBOURS[code]?.includes(place.countryCode));
  }

  /** A place within a border region's reach of the capital of a country the text names. */
  private besideNamedCountry(place: GazetteerPlace): boolean {
    return [...this.countries.keys()].some((code) => {
      const capital = this.countryEntry(code);
      return !!capital && distanceKm(place, capital) < BORDER_REACH_KM;
    });
  }

  /** The gazetteer's entry for a country, where a site placed only by its country is put on the map. */
  countryEntry(code: string): GazetteerPlace | undefined {
    return this.gazetteer.lookup(countryName(code) ?? code).find((p) => p.kind === 'country');
  }

  addCrossBorder(name: string, mention: Mention) {
    const key = placeKey(name);
    const known = this.crossBorder.find((p) => placeKey(p.name) === key);
    if (known) known.mentions.push(mention);
    else this.crossBorder.push({ name, mentions: [mention] });
  }

  list(): ExtractedPlace[] {
    return this.places;
  }
}
