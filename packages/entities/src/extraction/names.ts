/**
 * Step 2: capitalised names in each sentence ("Mohammed Shia al-Sudani", "Anbar", "ISIS"),
 * the raw material for actors and places. Offsets point into the input text.
 */
import type { Article, Sentence } from './article';
import { countryOfDemonym } from './demonyms';
import {
  DIVISION_WORDS,
  FIRM_VEHICLE_NAMES,
  LEADING_WORDS,
  MEDIA_BEFORE,
  NOT_NAMES,
  ORGANISATION_WORDS,
  PLACE_FEATURES,
  PLACE_OPENERS,
  STATE_RUN_BEFORE,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  VEHICLE_MAKES,
} from './lexicon';

export interface NameToken {
  text: string;
  start: number;
  end: number;
}

export interface NameSpan {
  text: string;
  start: number;
  end: number;
  tokens: NameToken[];
  sentence: Sentence;
  /** Written "Iraq's": the name is possessive. */
  possessive: boolean;
  /**
   * The name opens a sentence, a quotation or a clause after a colon, where any word is capitalised,
   * and the text never capitalises its first word anywhere else: it may be a common word
   * ("Suspected", "Family", "Rights").
   */
  initial: boolean;
}

/** Options of findNameSpans. */
export interface NameOptions {
  /** Whether a whole phrase is a known name ("Bosnia and Herzegovina"): then it is not split at "and" or "of". */
  isKnownName?: (phrase: string) => boolean;
  /** Whether a phrase is a country's name ("President of Tajikistan Emomali Rahmon"). */
  isCountry?: (phrase: string) => boolean;
}

// "RFE/RL": short acronyms joined by a slash are one name ("DUBAI/ATHENS" in a dateline is two towns).
const TOKEN = /\p{Lu}{2,4}(?:\/\p{Lu}[\p{Lu}\d]{1,3})+(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*/gu;
// Lower-case particles inside a name ("Tren de Aragua", "Osama bin Laden"), and a patronymic's ("Elvin Rafig oglu
// Mammadov").
// ("as" and "at" are English words between two names far more often than Arabic particles: "Kherson as Ukraine".)
const PARTICLES = new Set(['al', 'el', 'es', 'bin', 'ibn', 'bint', 'de', 'del', 'della', 'delle', 'degli', 'da', 'dos', 'du', 'la', 'van', 'von', 'der', 'den', 'las', 'los', 'ul', 'ad', 'ash', 'abu', 'en', 'o', 'des', 'oglu', 'oğlu', 'qizi', 'kyzy', 'uulu']);
// Compound adjectives that describe a place or a people: "Energy-rich", "Rebel-held", "War-torn", "Drought-hit".
const DESCRIBING_COMPOUND = /^\p{Lu}\p{Ll}+-(?:rich|torn|hit|held|controlled|run|led|backed|ravaged|stricken|affected|dominated|populated|majority|speaking|scarred|weary)$/u;
// Small words inside an organisation's name ("Law Society of Kenya", "Committee to Protect Journalists").
const CONNECTORS = new Set(['of', 'for', 'to', 'and', 'in', 'on', 'the']);
// Possessive common nouns inside a name ("People's Defence Force", "Depayin People's Defence Force",
// "African Commission on Human and Peoples' Rights", "Galician Federation of Fishermen's Guilds").
const POSSESSIVE_NOUNS = new Set(['people', 'peoples', 'workers', 'women', 'children', 'patriots', 'martyrs', 'citizens', 'prophet', 'nation', 'youth', 'farmers', 'soldiers', 'mothers', 'students', 'journalists', 'fishermen', 'lawyers', 'victims', 'veterans', 'traders', 'teachers', 'doctors', 'miners', 'parents', 'families', 'elders']);
// A company's legal form, written after a comma: "S.A.", "Ltd.", "Inc.", "LLC", "S.A. de C.V." opens with "S.A.".
const LEGAL_FORM = /^(?:S\.A\.(?:S\.|C\.|U\.)?|S\.A|S\.R\.L\.|Ltd\.?|Inc\.?|LLC|PLC|plc|GmbH|Pvt\.?)$/;
/** A company's name without its legal form, as the text writes it later: "Agroindustrias del Polochic" (undefined when none). */
export function withoutLegalForm(name: string): string | undefined {
  const m = /^(.+?)(?:,? Co\.?)?,\s+(\S+)$/.exec(name);
  return m && LEGAL_FORM.test(m[2]!) ? m[1] : undefined;
}
// Buildings named before the town they stand in ("... Hospital in Khar").
const BUILDINGS = /^(?:hospital|prison|jail|university|school|college|market|mosque|church|cathedral|stadium|hotel|airport|barracks|clinic)$/i;
// "US-led", "Iran-backed", "Baluch-majority", "Ugandan-origin": a name used as a modifier, not a name of its own.
const MODIFIER_SUFFIX = /-(led|backed|based|born|linked|affiliated|allied|aligned|funded|supported|sponsored|run|controlled|held|made|style|era|bound|owned|friendly|wide|founded|inspired|trained|armed|installed|appointed|majority|dominated|populated|speaking|origin|related|administered|occupied|designed|built|supplied|manufactured)$/i;

// "d'Ivoire", "l'Ouest": a French article or preposition elided before a capital.
export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) || /^(al|el|ad|as|ash|at|an|ar|az|ez|es|ed|er|ul|ud|um|ut|us|ur|bin|ibn|wal|wa)-\p{Lu}/u.test(word) || /^[dl]['’]\p{Lu}/u.test(word);
/** A name or a word as a literal inside a regular expression. */
export const escapeForPattern = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const isAcronym = (word: string) => /^(?:\p{Lu}[\p{Lu}\d]{1,7}(?:[/-]\p{Lu}[\p{Lu}\d]{1,3})*|\p{Lu}(?:\.\p{Lu})+\.?)$/u.test(word) && /\p{Lu}.*\p{Lu}|\p{Lu}\./u.test(word);

function cleanToken(raw: string, start: number): { token: NameToken; possessive: boolean } {
  let text = raw;
  let possessive = false;
  if (/['’]s$/.test(text)) {
    text = text.slice(0, -2);
    possessive = true;
  } else if (/s['’]$/.test(text)) {
    text = text.slice(0, -1);
    possessive = true;
  }
  // A full stop belongs to abbreviations ("U.S.", "Gen.") but not to a word that ends a sentence.
  if (text.endsWith('.') && !/^(\p{Lu}\.)+$/u.test(text) && !/^(mr|mrs|ms|dr|gen|lt|col|maj|capt|sgt|adm|gov|sen|rep|st|jr|sr)\.$/i.test(text)) {
    text = text.replace(/\.+$/, '');
  }
  text = text.replace(/[-'’]+$/, '');
  return { token: { text, start, end: start + text.length }, possessive };
}

// Words that name a part of a place ("Central Jakarta", "North Darfur").
export const COMPASS = /^(north|south|east|west|central|middle|greater|upper|lower|downtown|old|northern|southern|eastern|western)$/i;
const PORTFOLIO_HEADS = /^(?:Ministry|Department|Secretariat|Secretary|Minister|Office|Commission|Committee)$/;
// Capitalised words, more of them after commas, then "and" and a capitalised word (no acronym): the rest of the list.
const PORTFOLIO_LIST = /^(?:\p{Lu}[\p{L}-]*\s+){0,3}?\p{Lu}[\p{L}-]*(?:,\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}?\p{Lu}[\p{L}-]*)*\s+and\s+\p{Lu}\p{Ll}/u;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
// A unit's name after a number: "444 Combat Brigade", "60 Battalion".
const UNIT_AHEAD = /^\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Brigade|Battalion|Division|Regiment|Squadron|Corps|Company|Unit|Rifles|Commando)\b/u;
// A capitalised word after a lower-case word, a comma or a figure stands mid-sentence: a name.
const MID_SENTENCE = /(?<=[\p{Ll}\d,;)] +)(\p{Lu}[\p{L}\p{M}\p{N}'’.\-]*)/gu;
// Where any word is capitalised: an opening quotation mark, a colon or a dash before it.
// A dateline's dash counts: "OUAGADOUGOU (AFP) - Suspected jihadists".
const OPENS_CLAUSE = /(?:["“‘«(]|[:—–]\s*|\s-\s+|--\s*|^\s*)$/;
const LIST_MARK = /^\s*(?:\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})\)|\d{1,2}\.|[•*-])\s+$/;
// "(13)" after "on Monday" (a Sri Lankan paper's day of the month) is no acronym: one letter at least.
const ACRONYM_AFTER = /^\s*\((?=[\d.\-]*\p{Lu})[\p{Lu}\d][\p{Lu}\d.\-]{1,9}\)/u;
// Common-word shapes: "Suspected", "Armed", "Unidentified", "Reportedly".
const COMMON_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:ed|ing|ly)$/u;

/** Capitalised words the text writes mid-sentence, so names; and every word it writes in lower case. */
function wordUse(text: string): { capitalised: Set<string>; lower: Set<string> } {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const m of text.matchAll(MID_SENTENCE)) capitalised.add(m[1]!.replace(/['’]s$/, '').replace(/[.'’-]+$/, ''));
  for (const m of text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}'’-]*/gu)) lower.add(m[0]);
  return { capitalised, lower };
}

export function findNameSpans(article: Article, options: NameOptions = {}): NameSpan[] {
  const spans: NameSpan[] = [];
  const use = wordUse(article.text);
  const opensClause = (token: NameToken, sentence: Sentence) =>
    token.start === sentence.start ||
    OPENS_CLAUSE.test(article.text.slice(Math.max(sentence.start, token.start - 3), token.start)) ||
    // "b) That the Public Ministry open an investigation": a list's mark opens the item's sentence.
    LIST_MARK.test(article.text.slice(sentence.start, token.start));
  for (const sentence of article.sentences) {
    if (sentence.isTitleCase) continue;
    let current: NameToken[] = [];
    let pendingParticles: NameToken[] = [];
    let lastEnd = -1;
    const close = (possessive: boolean) => {
      // A sentence's first word is capitalised anyway: drop the ones that open sentences.
      while (current.length > 0 && opensClause(current[0]!, sentence) && LEADING_WORDS.has(current[0]!.text.toLowerCase())) current.shift();
      // "Suspected Boko Haram fighters": a common word, written in lower case elsewhere or shaped like one.
      if (current.length > 1 && opensClause(current[0]!, sentence) && !use.capitalised.has(current[0]!.text)) {
        const first = current[0]!.text;
        // "Police Regional Office 9": an organisation word heading an organisation's name stays.
        // "Daily Trust reported", "Radio Andalus said": an outlet's word heading a two-word name stays too.
        const heads =
          (ORGANISATION_WORDS.has(first.toLowerCase()) && current.slice(1).some((t) => ORGANISATION_WORDS.has(t.text.toLowerCase()))) ||
          (ORGANISATION_WORDS.get(first.toLowerCase()) === 'media' && current.length === 2);
        // "Governor Amina Bello": a title before a name stays, however often the text writes it in lower case.
        const title = TITLE_HEADS.has(first.toLowerCase());
        // "Ahmed Gasanov, a spokesman ..., said", "Mohamed Ali told": a given name shaped like "Suspected", read as a
        // name when a description or a verb of speech follows the span.
        const end = current[current.length - 1]!.end;
        const personFollows = /^(?:,\s+(?:a|an|the)\s|\s+(?:said|says|told|added)\b)/.test(article.text.slice(end, end + 12));
        // "Human Rights Watch said": common words ending in a body's word make its name; the first stays.
        const commonWordsBody =
          current.length >= 3 && !COMMON_SHAPE.test(first) && isCapitalised(current[1]!.text) && use.lower.has(current[1]!.text.toLowerCase()) && ORGANISATION_WORDS.has(current[current.length - 1]!.text.toLowerCase());
        if (!heads && !title && !commonWordsBody && (use.lower.has(first.toLowerCase()) || (COMMON_SHAPE.test(first) && !personFollows))) current.shift();
      }
      // "Fighters of Islamic State ...", "Officers of Police Regional Office 9", "Officials in the Union Home Ministry": a
      // plural common noun and "of", "in" or "at" open the sentence, not the name.
      if (current.length > 2 && opensClause(current[0]!, sentence) && /^(?:of|in|at)$/.test(current[1]!.text) && /^\p{Lu}\p{Ll}+s$/u.test(current[0]!.text) && !use.capitalised.has(current[0]!.text)) {
        current = current.slice(2);
      }
      // "Soldiers and National Guard troops patrolled": a plural common noun and "and" open the sentence, not a body's name.
      if (current.length > 2 && opensClause(current[0]!, sentence) && current[1]!.text === 'and' && /^\p{Lu}\p{Ll}+s$/u.test(current[0]!.text) && !use.capitalised.has(current[0]!.text) && ORGANISATION_WORDS.has(current[current.length - 1]!.text.toLowerCase())) {
        current = current.slice(2);
      }
      const initial = current.length > 0 && opensClause(current[0]!, sentence) && !current.some((t, i) => i > 0 || use.capitalised.has(t.text));
      while (current.length > 0 && PARTICLES.has(current[0]!.text.toLowerCase()) && !isCapitalised(current[0]!.text)) current.shift();
      const known = (tokens: NameToken[]) =>
        tokens.length > 0 && (options.isKnownName?.(article.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)) ?? false);
      const push = (tokens: NameToken[], isPossessive: boolean) => {
        // Connectors and articles at either end belong to the sentence, not the name.
        // "de l’Ituri" in an English text: an elided article opens no name ("Côte d'Ivoire" keeps it inside).
        while (tokens.length > 0 && (CONNECTORS.has(tokens[0]!.text) || /^[dl]['’]/.test(tokens[0]!.text))) tokens = tokens.slice(1);
        while (tokens.length > 0 && CONNECTORS.has(tokens[tokens.length - 1]!.text)) tokens = tokens.slice(0, -1);
        // "Energy-rich Marib", "Rebel-held Idlib", "War-torn Sudan": a compound adjective opening a sentence is no name's.
        if (tokens.length > 1 && DESCRIBING_COMPOUND.test(tokens[0]!.text)) tokens = tokens.slice(1);
        // "the Indian Army in 2019": a year after a connector is when, not part of the name.
        const year = tokens.find((t, i) => i > 0 && /^(?:19|20)\d\d$/.test(t.text) && /\b(?:in|on|of|since)\s+$/.test(article.text.slice(Math.max(0, t.start - 8), t.start)));
        if (year) {
          push(tokens.filter((t) => t.end <= year.start), false);
          push(tokens.filter((t) => t.start > year.end), isPossessive);
          return;
        }
        if (tokens.length === 0 || tokens.every((t) => /^\d/.test(t.text))) return;
        // "Sonali Bank in Ruma", "the Nepali Congress in Parsa": a body's name, then where; but "Turkish Embassy in
        // Astana" and "United Nations Mission in South Sudan" are names as they stand.
        const inAt = tokens.findIndex((t) => t.text === 'in');
        if (
          inAt > 0 &&
          inAt < tokens.length - 1 &&
          !tokens.slice(0, inAt).some((t) => CONNECTORS.has(t.text)) &&
          !IN_PLACE_HEADS.test(tokens[inAt - 1]!.text) &&
          !tokens.slice(inAt + 1).some((t) => CONNECTORS.has(t.text)) &&
          (options.isKnownName?.(tokens[inAt + 1]!.text) ?? false) &&
          !(options.isKnownName?.(article.text.slice(tokens[0]!.start, tokens[inAt - 1]!.end)) ?? false)
        ) {
          push(tokens.slice(0, inAt), false);
          push(tokens.slice(inAt + 1), isPossessive);
          return;
        }
        // "On Friday the Ministry of Foreign Affairs", "signed in Bishkek the Treaty on the State Border": "the" after a
        // day's or a place's one word starts another name ("Samuel the Confessor" is one).
        if (tokens.length > 2 && tokens[1]!.text === 'the' && (/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(tokens[0]!.text) || (options.isKnownName?.(tokens[0]!.text) ?? false))) {
          push(tokens.slice(0, 1), false);
          push(tokens.slice(2), isPossessive);
          return;
        }
        // "Head of Kharkiv Regional Military Administration Volodymyr Tkachenko": after a title and "of", the body's
        // name ends on its last organisation word, and the two to four capitalised words after it are who holds the title.
        // "SSP Poonch Shafqat Hussain": the post, its town, and who holds it.
        const post = postPlace(tokens, article.text, options.isKnownName);
        if (post) {
          push(tokens.slice(0, post.at), false);
          push(tokens.slice(post.at, post.at + post.size), false);
          push(tokens.slice(post.at + post.size), isPossessive);
          return;
        }
        const holder = titleHolder(tokens, article.text, options.isCountry);
        if (holder > 0) {
          push(tokens.slice(0, holder), false);
          push(tokens.slice(holder), isPossessive);
          return;
        }
        const first = tokens[0]!;
        const last = tokens[tokens.length - 1]!;
        // "the Department of Internal Affairs of Vanj district": a body's place, written with its lower-case division
        // word, is in the body's name.
        const ofAt = tokens.length - 2;
        const bodyOfPlace = ofAt > 0 && tokens[ofAt]!.text === 'of' && tokens.slice(0, ofAt).some((t) => ORGANISATION_WORDS.has(t.text.toLowerCase()));
        const divisionWord = bodyOfPlace ? /^\s(?:district|region|province|oblast|county)\b/.exec(article.text.slice(last.end, last.end + 12)) : null;
        const end = last.end + (divisionWord?.[0].length ?? 0);
        spans.push({
          text: article.text.slice(first.start, end),
          start: first.start,
          end,
          tokens,
          sentence,
          possessive: isPossessive,
          initial: initial && tokens[0] === current[0] && tokens.length === 1,
        });
      };
      // "... Islam and Muslims (JNIM)": an acronym in brackets says the whole phrase is the name.
      const bracketed = current.length > 0 && ACRONYM_AFTER.test(article.text.slice(current[current.length - 1]!.end, current[current.length - 1]!.end + 14));
      const emit = (tokens: NameToken[], isPossessive: boolean): void => {
        if (tokens.length === 0) return;
        // "African Union and Western countries": a tail of common words is not part of the name.
        const lastConnector = tokens.map((t) => CONNECTORS.has(t.text)).lastIndexOf(true);
        // "Ministry of Defence", "Ministry of Interior", "Office of the President": a body's portfolio after "of" stays in its name.
        const ofAt = tokens[lastConnector]?.text === 'the' && tokens[lastConnector - 1]?.text === 'of' ? lastConnector - 1 : lastConnector;
        const portfolio = tokens[ofAt]?.text === 'of' && ORGANISATION_WORDS.has(tokens[ofAt - 1]?.text.toLowerCase() ?? '');
        // "the Group for the Support of Islam and Muslims": two such words joined by "and" end the name together.
        const pairOfCommon = tokens[lastConnector]?.text === 'and' && NOT_NAMES.has(tokens[lastConnector - 1]?.text.toLowerCase() ?? '') && !LEADING_WORDS.has(tokens[lastConnector - 1]!.text.toLowerCase());
        if (lastConnector > 0 && !bracketed && !portfolio && !pairOfCommon && tokens.slice(lastConnector + 1).every((t) => NOT_NAMES.has(t.text.toLowerCase()))) {
          tokens = tokens.slice(0, lastConnector);
        }
        // "the 114th Separate Motor Rifle Brigade of the Russian armed forces": a demonym that qualifies the lower-case
        // words after the name is no part of it.
        const demonymTail = tokens.slice(ofAt + 1).filter((t) => t.text !== 'the');
        const followedByLowerCase = /^\s+\p{Ll}/u.test(article.text.slice(tokens[tokens.length - 1]!.end, tokens[tokens.length - 1]!.end + 3));
        if (ofAt > 0 && !bracketed && tokens[ofAt]?.text === 'of' && demonymTail.length === 1 && !!countryOfDemonym(demonymTail[0]!.text) && followedByLowerCase) {
          tokens = tokens.slice(0, ofAt);
        }
        // "the State Specialist Hospital in Maiduguri": a known place after "in" or "at" says where the name stands.
        // "the Parliament of Uganda on Parliamentary Avenue": "on" and a street, too.
        const street = /^(?:avenue|street|road|boulevard|highway)$/i.test(tokens[tokens.length - 1]!.text);
        const placedAt = tokens.findIndex((t, i) => i > 0 && (t.text === 'in' || t.text === 'at' || (t.text === 'on' && street)));
        const tail = tokens.slice(placedAt + 1);
        // "Unguwan Gamji in Faskari LGA", "a school in Kurigram District": a tail ending in a place word is where, too.
        // "Batibo in Momo Division": an administrative division is where, too (an army's has a number: "in the 3rd Division").
        const tailWord = tail[tail.length - 1]?.text.toLowerCase() ?? '';
        const placeWordTail = tail.length > 1 && (PLACE_FEATURES.has(tailWord) || (tailWord === 'division' && !tail.some((t) => /\d/.test(t.text))));
        // "the District Headquarters Hospital in Khar": a building's name, then the town it stands in, known or not.
        const buildingIn = placedAt > 0 && tokens[placedAt]!.text === 'in' && tail.length <= 2 && BUILDINGS.test(tokens[placedAt - 1]!.text);
        const knownPlace = known(tail) || placeWordTail || buildingIn || (tail.length > 1 && COMPASS.test(tail[0]!.text) && known(tail.slice(1)));
        // "the UN Verification Mission in Colombia", "the Autonomous Region in Muslim Mindanao": a mission or an office is named with its place.
        const namedWithPlace = placedAt > 0 && /^(mission|office|delegation|embassy|region|representation)$/i.test(tokens[placedAt - 1]!.text);
        if (placedAt > 0 && !bracketed && knownPlace && !namedWithPlace) {
          emit(tokens.slice(0, placedAt), false);
          emit(tokens.slice(placedAt + 1), isPossessive);
          return;
        }
        // "Faskari LGA of Katsina State", "Nikopol District of Dnipropetrovsk": a named division and the one it lies in.
        const within = tokens.findIndex((t) => t.text === 'of');
        if (within >= 2 && !bracketed && PLACE_FEATURES.has(tokens[within - 1]!.text.toLowerCase()) && tokens.filter((t) => CONNECTORS.has(t.text)).length === 1 && within < tokens.length - 1) {
          push(tokens.slice(0, within), false);
          push(tokens.slice(within + 1), isPossessive);
          return;
        }
        // "Archive of Public Gatherings", "Friends of the Earth": one word, "of", a name; a title or a known place is no such head.
        const head = tokens[0]!.text.toLowerCase();
        const ofName =
          tokens.length > 2 &&
          tokens[1]!.text === 'of' &&
          !TITLE_HEADS.has(head) &&
          !NOT_NAMES.has(head) &&
          !known(tokens.slice(0, 1)) &&
          tokens.slice(2).every((t) => t.text === 'the' || !CONNECTORS.has(t.text)) &&
          !known(tokens.slice(2).filter((t) => t.text !== 'the'));
        // "Parliament of Georgia", "Episcopal Conference of Colombia": a body's name, "of" and a known place is one name.
        const of = tokens.findIndex((t) => t.text === 'of');
        const before = of > 0 ? tokens.slice(0, of) : [];
        const ofPlace =
          of > 0 &&
          tokens.filter((t) => CONNECTORS.has(t.text)).length === 1 &&
          known(tokens.slice(of + 1)) &&
          !known(before) &&
          !before.some((t) => TITLE_HEADS.has(t.text.toLowerCase()) || PLACE_FEATURES.has(t.text.toLowerCase()) || NOT_NAMES.has(t.text.toLowerCase())) &&
          // An organisation word says it is a body's name, not a person's ("Abu Sayed of Patiya").
          before.some((t) => ORGANISATION_WORDS.has(t.text.toLowerCase()));
        // "Aram Jalal of the Hawal Press": a person's name, "of the", and a body's: two names.
        const body = tokens.slice(of + 1).filter((t) => t.text !== 'the');
        const personOfBody =
          of >= 2 &&
          tokens[of + 1]?.text === 'the' &&
          body.length > 1 &&
          !body.some((t) => CONNECTORS.has(t.text)) &&
          ORGANISATION_WORDS.has(body[body.length - 1]!.text.toLowerCase()) &&
          // "Commander Abdisa Kebede of the North Shewa Zone Police Department": a title may head the person's name.
          !before.some((t, i) => CONNECTORS.has(t.text) || ORGANISATION_WORDS.has(t.text.toLowerCase()) || (TITLE_HEADS.has(t.text.toLowerCase()) && (i > 0 || before.length < 3)) || PLACE_FEATURES.has(t.text.toLowerCase()) || (NOT_NAMES.has(t.text.toLowerCase()) && i > 0)) &&
          !known(before);
        if (personOfBody && !bracketed) {
          push(before, false);
          push(body, isPossessive);
          return;
        }
        // "the 9th Military Zone and National Guard officers": two bodies, each with its own organisation word.
        const and = tokens.findIndex((t) => t.text === 'and');
        const twoBodies =
          and > 1 &&
          tokens.length - and > 2 &&
          tokens.filter((t) => CONNECTORS.has(t.text)).length === 1 &&
          // "State" opens names as an adjective ("State Security and Peace Commission"): it makes no body of its own.
          tokens.slice(0, and).some((t) => t.text.toLowerCase() !== 'state' && ORGANISATION_WORDS.has(t.text.toLowerCase())) &&
          // "... and Joint Task Force Central", "... and 153 Task Force Battalion": the second names a body of its own.
          (ORGANISATION_WORDS.has(tokens[tokens.length - 1]!.text.toLowerCase()) ||
            tokens.slice(and + 1).some((t) => ORGANISATION_WORDS.has(t.text.toLowerCase()) && t.text.toLowerCase() !== 'state'));
        const andAlone = tokens.filter((t) => CONNECTORS.has(t.text) && t.text !== 'the').length === 1;
        // "Assam Rifles and CRPF": a body, "and", and another's acronym.
        const bodyAndAcronym = andAlone && and > 0 && and === tokens.length - 2 && isAcronym(tokens[and + 1]!.text) && ORGANISATION_WORDS.has(tokens[and - 1]!.text.toLowerCase());
        // "SPLA-IO and White Army": an acronym, "and", and another body's name.
        const acronymAndBody = andAlone && and === 1 && tokens.length > 3 && isAcronym(tokens[0]!.text) && ORGANISATION_WORDS.has(tokens[tokens.length - 1]!.text.toLowerCase());
        // "Armed Forces Minister Alioune Badara Sène and Ousmane Diatta Badji": a titled person, "and", another person.
        const plain = (t: NameToken) => !ORGANISATION_WORDS.has(t.text.toLowerCase()) && !TITLE_HEADS.has(t.text.toLowerCase()) && !TITLE_MODIFIERS.has(t.text.toLowerCase());
        const titledAndPerson = andAlone && and > 2 && tokens.slice(0, and - 2).some((t) => TITLE_HEADS.has(t.text.toLowerCase())) && plain(tokens[and - 1]!) && tokens.length - and > 2 && tokens.slice(and + 1).every((t) => plain(t) && isCapitalised(t.text));
        if ((twoBodies || bodyAndAcronym || acronymAndBody || titledAndPerson) && !bracketed) {
          push(tokens.slice(0, and), false);
          push(tokens.slice(and + 1), isPossessive);
          return;
        }
        const joined = tokens.some((t) => CONNECTORS.has(t.text)) && !ofName && !ofPlace;
        // "the state-run Global New Light of Myanmar", "the daily Voice of the People": an outlet's name, "of" and all.
        const lead = article.text.slice(Math.max(0, tokens[0]!.start - 30), tokens[0]!.start);
        const outlet = MEDIA_BEFORE.test(lead) || STATE_RUN_BEFORE.test(lead);
        // "Minister of Homeland Security Kerwin Alleyne": a title, its portfolio and the holder's name, one span.
        // Not when a title follows it: "its Director of Defence Media Operations, Major General ..." is all a title.
        const end = tokens[tokens.length - 1]!.end;
        const titleNext = /^,\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}?(\p{L}[\p{L}.-]*)/u.exec(article.text.slice(end, end + 40));
        // "Deputy Minister of Higher Education Nalaka Perera": title words, then "of".
        const firstOf = tokens.findIndex((t) => t.text === 'of');
        const titleOf =
          firstOf > 0 &&
          TITLE_HEADS.has(tokens[firstOf - 1]!.text.toLowerCase()) &&
          tokens.slice(0, firstOf).every((t) => TITLE_HEADS.has(t.text.toLowerCase()) || TITLE_MODIFIERS.has(t.text.toLowerCase())) &&
          !tokens.slice(firstOf + 1).some((t) => CONNECTORS.has(t.text)) &&
          !(titleNext && TITLE_HEADS.has(titleNext[1]!.toLowerCase()));
        if (joined && !bracketed && !outlet && !titleOf && !tokens.some((t) => ORGANISATION_WORDS.has(t.text.toLowerCase()))) {
          // "Baghdad and Damascus" is two names; "Law Society of Kenya" is one; so is a known
          // name with a connector inside ("Democratic Republic of Congo", "Bosnia and Herzegovina").
          const parts: NameToken[][] = [[]];
          for (const token of tokens) {
            if (CONNECTORS.has(token.text)) parts.push([]);
            else parts[parts.length - 1]!.push(token);
          }
          const nonEmpty = parts.filter((p) => p.length > 0);
          for (let i = 0; i < nonEmpty.length; i++) {
            let j = nonEmpty.length - 1;
            const whole = (to: number) => known(tokens.filter((t) => t.start >= nonEmpty[i]![0]!.start && t.end <= nonEmpty[to]![nonEmpty[to]!.length - 1]!.end));
            while (j > i && !whole(j)) j--;
            push(
              tokens.filter((t) => t.start >= nonEmpty[i]![0]!.start && t.end <= nonEmpty[j]![nonEmpty[j]!.length - 1]!.end),
              j === nonEmpty.length - 1 ? isPossessive : false,
            );
            i = j;
          }
        } else push(tokens, isPossessive);
      };
      // "Al-Qaeda and the Islamic State", "Erdogan Hospital and to Madina Hospital": "and the", "and to" join two names, never the parts of one.
      // "the Mzuzu Police Station to the Katoto area", "took Myanmar to the International Criminal Court": "to the"
      // runs from one name to the next, save after an envoy or a mission ("the Special Envoy to the Horn of Africa").
      // After "in the", only a place the text then calls a region ("Islamic State in the Sahel" is one name).
      const placeAfterIn = (i: number) => {
        const withThe = current[i + 1]?.text === 'the';
        const place = withThe ? current[i + 2] : current[i + 1];
        const described = !withThe || (i + 3 === current.length && /^\s+(?:region|province|state|district|area|zone|county|oblast|governorate)\b/.test(article.text.slice(place?.end ?? 0, (place?.end ?? 0) + 14)));
        return !!place && described && (options.isKnownName?.(place.text) ?? false);
      };
      const between = current.findIndex(
        (t, i) =>
          // "the Rapid Support Forces in Khartoum and Gezira", "the Oromo Liberation Army in the Oromia region": a force,
          // then where it is.
          (t.text === 'in' && i > 0 && ['state-force', 'armed-group'].includes(ORGANISATION_WORDS.get(current[i - 1]!.text.toLowerCase()) ?? '') && placeAfterIn(i)) ||
          (t.text === 'and' && /^(?:the|to|in|on|for)$/.test(current[i + 1]?.text ?? '')) ||
          (t.text === 'to' && current[i + 1]?.text === 'the' && i > 0 && !/^(?:envoy|mission|ambassador|representative|delegation|embassy|commissioner|adviser|advisor|rapporteur|observer|permanent)$/i.test(current[i - 1]!.text)) ||
          // "declared Mr. Touré to Radio Kaoural", "said Mabrouk Jlassi to Sabra FM": who spoke, then the station or
          // paper they spoke to.
          (t.text === 'to' && i > 0 && (/^(?:Radio|TV|Télé|Tele|Television)$/.test(current[i + 1]?.text ?? '') || ORGANISATION_WORDS.get(current[current.length - 1]!.text.toLowerCase()) === 'media')),
      );
      // "Shan State and Mandalay Region": two divisions, each with its word; "the Mir Ali and Datta Khel areas": two
      // places, the plural word after both.
      const last = current[current.length - 1];
      const pluralAfter = !!last && /^\s+(?:areas|districts|provinces|regions|states|villages|towns|camps|neighbou?rhoods|oblasts|governorates|counties|municipalities|townships)\b/.test(article.text.slice(last.end, last.end + 20));
      const divisions = current.findIndex((t, i) => {
        if (t.text !== 'and' || i === 0) return false;
        if (pluralAfter) return !current.some((u) => u.text === 'of') && i + 1 < current.length;
        if (!DIVISION_WORDS.has(current[i - 1]!.text.toLowerCase())) return false;
        const next = current.findIndex((u, j) => j > i + 1 && !isCapitalised(u.text));
        const end = next < 0 ? current.length : next;
        return end > i + 2 && DIVISION_WORDS.has(current[end - 1]!.text.toLowerCase());
      });
      if (between > 0 && !bracketed) {
        emit(current.slice(0, between), false);
        // Past the connector and the word after it ("and the", "to the"), but only past "in" or "to" before a name.
        const skip = /^(?:in|to)$/.test(current[between]!.text) && current[between + 1]?.text !== 'the' ? 1 : 2;
        emit(current.slice(between + skip), possessive);
      } else if (divisions > 0 && !bracketed) {
        emit(current.slice(0, divisions), false);
        emit(current.slice(divisions + 1), possessive);
      } else emit(current, possessive);
      current = [];
      pendingParticles = [];
    };
    TOKEN.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = TOKEN.exec(sentence.text)) !== null) {
      const start = sentence.start + match.index;
      const gap = lastEnd < 0 ? '' : article.text.slice(lastEnd, start);
      // "Agroindustrias del Polochic, S.A.", "Tai Seng Agro Industry Co., Ltd.": a company's legal form after a comma ends its name.
      const legalForm = current.length > 0 && /^,[ \u00a0]+$/.test(gap) && LEGAL_FORM.test(match[0]);
      // "Ministry of Environment, Urbanization and Climate Change": a ministry's portfolios listed with commas, the last
      // after "and", are one name.
      const portfolios =
        current.length >= 3 && /^,[ \u00a0]+$/.test(gap) && current.some((t, i) => current[i + 1]?.text === 'of' && PORTFOLIO_HEADS.test(t.text)) &&
        PORTFOLIO_LIST.test(sentence.text.slice(match.index));
      const adjacent = (lastEnd >= 0 && /^[ \u00a0]+$/.test(gap)) || legalForm || portfolios;
      const { token, possessive } = cleanToken(match[0], start);
      lastEnd = start + match[0].length;
      if (token.text === '') continue;
      if (!adjacent) {
        if (current.length > 0) close(false);
        pendingParticles = [];
      }
      if (MODIFIER_SUFFIX.test(token.text)) {
        close(false);
        continue;
      }
      const lower = token.text.toLowerCase();
      const previous = current[current.length - 1];
      if (ORDINAL.test(token.text) || (/^\d{1,4}$/.test(token.text) && UNIT_AHEAD.test(sentence.text.slice(match.index + match[0].length, match.index + match[0].length + 40)))) {
        // "the army's 44th Infantry Battalion", "The 3rd Armoured Brigade", "the 444 Combat Brigade": an ordinal, or a
        // number before a unit's capitalised name, opens that name.
        if (current.length > 0) close(false);
        pendingParticles = [token];
      } else if (/^\d+$/.test(token.text) && previous && numberEndsName(previous, current)) {
        current.push(token);
      } else if (isCapitalised(token.text)) {
        current.push(...pendingParticles, token);
        pendingParticles = [];
        // "the Kyiv Regional Prosecutor's Office": a possessive before an organisation word is inside the name.
        const nextWord = /^\s+(\p{Lu}\p{L}+)/u.exec(sentence.text.slice(match.index + match[0].length, match.index + match[0].length + 30));
        // "Russia's Defence Ministry": a country's possessive before a body's capitalised name is part of that name.
        const body = /^\s+((?:\p{Lu}\p{L}+\s+){0,2})(\p{Lu}\p{L}+)\b/u.exec(sentence.text.slice(match.index + match[0].length, match.index + match[0].length + 50));
        const countrysBody =
          possessive && current.length === 1 && body && ORGANISATION_WORDS.get(body[2]!.toLowerCase()) === 'government' && (options.isKnownName?.(current[0]!.text) ?? false);
        // "the state Prosecutor's Office", "the Governor's Office", "the Prosecutor-General's Office": a title alone
        // before an office is its name too.
        const officeOf = current.length > 1 || lower.replace(/['’]s$/, '').split('-').some((part) => TITLE_HEADS.has(part));
        // "St. Anthony's Catholic Church", "St Mary's Hospital": a saint's possessive opens the name of what bears it.
        const saints = possessive && current.length >= 2 && /^(?:St\.?|Saint|Ste\.?)$/.test(current[0]!.text) && nextWord;
        // "Cox's Bazar": a place whose own name holds a possessive, as the gazetteer knows it.
        const placeName =
          possessive && nextWord && (options.isKnownName?.(`${article.text.slice(current[0]!.start, start + match[0].length)} ${nextWord[1]}`) ?? false);
        if ((possessive && officeOf && nextWord && ORGANISATION_WORDS.has(nextWord[1]!.toLowerCase())) || countrysBody || saints || placeName) {
          current[current.length - 1] = { text: match[0], start, end: start + match[0].length };
        } else if (possessive && !(current.length === 1 && POSSESSIVE_NOUNS.has(lower)) && !(POSSESSIVE_NOUNS.has(lower) && nextWord)) close(true);
      } else if (
        current.length > 0 &&
        // "the Specialised Prosecutor's Office against Organised Crime": "against" after an organisation word is inside its name.
        (PARTICLES.has(lower) || CONNECTORS.has(token.text) || (token.text === 'against' && ORGANISATION_WORDS.has(previous!.text.toLowerCase().replace(/['’]s$/, '')))) &&
        pendingParticles.length < 2
      ) {
        pendingParticles.push(token);
      } else {
        if (current.length > 0) close(false);
        pendingParticles = [];
      }
    }
    if (current.length > 0) close(false);
  }
  return spans;
}

// A head of state's title and "of" before a country's name: "President of", "Prime Minister of".
const COUNTRY_OF = /\b(?:presidents?|prime ministers?|king|emir|foreign ministers?|minister of foreign affairs|ambassadors?)\s+(?:of|to)\s+(?:the\s+)?$/i;
// ...or further back: "Minister of Foreign Affairs of the Republic of", "Presidents of Kyrgyzstan and".
const LINKS_COUNTRY = /\b(?:of|to|and)\s+(?:the\s+)?(?:(?:Islamic |Federal |People's |Democratic )?(?:Republic|Kingdom) of\s+)?$/;
// The heads of state, ministers and diplomats whose country can stand between their title and their name.
const TITLED = /\b(?:[Pp]residents?|[Pp]rime [Mm]inisters?|[Mm]inisters?|[Aa]mbassadors?|[Ee]nvoys?|[Kk]ing|[Ee]mir)\b/;
// The title words of one plain word each, as a pattern's alternatives ("head", "chairman", "officer-in-charge").
const TITLE_HEAD_WORDS = [...TITLE_HEADS].filter((w) => /^[a-z-]+$/.test(w)).join('|');
// A title and "of" before a body's name: "Head of", "Officer-in-Charge (OC) of the", "convener of".
const TITLE_OF = new RegExp(`\\b(?:${TITLE_HEAD_WORDS})\\s+(?:\\([^)\\n]{1,12}\\)\\s+)?(?:in charge\\s+)?of\\s+(?:the\\s+)?$`, 'i');

// The last words of bodies named by where they sit: "Turkish Embassy in Astana", "UN Mission in South Sudan".
const IN_PLACE_HEADS = /^(?:Embassy|Consulate|Mission|Office|Delegation|Representation|Representative|Bureau|Command|Church|Council|Commission|Committee|Coordinator|Rapporteur|Envoy)$/;

/** A word of a person's name after a title: capitalised, and no common, place or body word. */
const personWord = (t: NameToken) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !NOT_NAMES.has(t.text.toLowerCase()) && !PLACE_FEATURES.has(t.text.toLowerCase()) && !ORGANISATION_WORDS.has(t.text.toLowerCase()) && !TITLE_MODIFIERS.has(t.text.toLowerCase());

/** Where the title holder's name starts in "Head of <body> <First Last>", or -1. */
function titleHolder(tokens: NameToken[], text: string, isCountry?: (phrase: string) => boolean): number {
  if (tokens.length < 3) return -1;
  // "President of Tajikistan Emomali Rahmon", "Minister of Foreign Affairs of the Republic of Tajikistan Sirojiddin
  // Muhriddin", "Presidents of Kyrgyzstan and Tajikistan Sadyr Japarov": the country a title belongs to ends the
  // title, and the two to four words after it, to the end, are who holds it.
  if (isCountry) {
    const before = text.slice(Math.max(0, tokens[0]!.start - 120), tokens[0]!.start);
    const titledBefore = COUNTRY_OF.test(before) || (LINKS_COUNTRY.test(before) && TITLED.test(before));
    for (let at = 0; at < tokens.length - 2; at++) {
      const linked = at === 0 ? titledBefore : /^(?:of|to|and)$/.test(tokens[at - 1]!.text);
      if (!linked) continue;
      for (const size of [2, 1]) {
        const rest = tokens.slice(at + size);
        if (rest.length >= 2 && rest.length <= 4 && rest.every(personWord) && isCountry(tokens.slice(at, at + size).map((t) => t.text).join(' '))) return at + size;
      }
    }
  }
  // The title inside the span ("Head of the Donetsk ... Office Dmytro Halushko") or just before it.
  const of = tokens.findIndex((t) => t.text === 'of');
  const titled = of > 0 && tokens.slice(0, of).every((t) => TITLE_HEADS.has(t.text.toLowerCase()) || TITLE_MODIFIERS.has(t.text.toLowerCase()));
  if (!titled && !TITLE_OF.test(text.slice(Math.max(0, tokens[0]!.start - 50), tokens[0]!.start))) return -1;
  const from = titled ? of + 1 : 0;
  // "the chairman of GBAO Mahmadsaid Davlatov", "head of UNRWA Philippe Lazzarini": a body known by its initials.
  const afterInitials = tokens.slice(from + 1);
  if (/^\p{Lu}{2,6}$/u.test(tokens[from]?.text ?? '') && afterInitials.length >= 2 && afterInitials.length <= 4 && afterInitials.every(personWord)) return from + 1;
  let last = -1;
  // "Senior DIG in charge of the Southern Province Gamini Karunaratne": a division's word ends the title's place too.
  for (let i = from; i < tokens.length; i++) if (ORGANISATION_WORDS.has(tokens[i]!.text.toLowerCase().replace(/['’]s$/, '')) || DIVISION_WORDS.has(tokens[i]!.text.toLowerCase())) last = i;
  // "the spokesman of Operation Hadin Kai": a word that takes its name after it ends no body's name.
  if (last >= 0 && /^(?:operation|project|programme|program|initiative|mission|fund)$/i.test(tokens[last]!.text)) return -1;
  // "Konabari Police Station Mizanur Rahman": a body's building or post ends its name too.
  while (last >= 0 && last + 1 < tokens.length && /^(?:station|post|division|headquarters|cell|camp|base)$/i.test(tokens[last + 1]!.text)) last++;
  const rest = tokens.slice(last + 1);
  const personShaped = rest.length >= 2 && rest.length <= 4 && rest.every(personWord);
  // "Inspector General of Police Punjab Rao Amjad Iqbal": a title whose "of" names a force alone is read whole, later.
  return personShaped && (titled ? last > from : last >= from) ? last + 1 : -1;
}

// A title, with its acronym in brackets, or a post's acronym alone, just before a name: "Deputy Commissioner", "Senior
// Superintendent of Police (SSP)", "SSP".
const POST_BEFORE = new RegExp(`\\b(?:${TITLE_HEAD_WORDS})(?:\\s+of\\s+[A-Z][a-z]+)?(?:\\s+\\([A-Z]{2,6}\\))?\\s+$`, 'i');
const POST_ACRONYM_BEFORE = /\b\p{Lu}{2,5}\s+$/u;

/**
 * Where the post's town is in "SSP Poonch Shafqat Hussain", "Deputy Commissioner Jammu Sachin Kumar": South
 * Asia's press puts a post's town between the post and its holder's name. The town must be named as a place elsewhere
 * in the text, so that a first name that is also a town's ("Commissioner Victoria Mary Lang") stays a name.
 */
function postPlace(tokens: NameToken[], text: string, isPlace?: (phrase: string) => boolean): { at: number; size: number } | undefined {
  if (!isPlace || tokens.length < 3) return undefined;
  // The post inside the span: its acronym, or its title's words.
  const titleWord = (t: NameToken) => TITLE_HEADS.has(t.text.toLowerCase()) || TITLE_MODIFIERS.has(t.text.toLowerCase());
  let at = /^\p{Lu}{2,5}$/u.test(tokens[0]!.text) ? 1 : 0;
  while (at < tokens.length && titleWord(tokens[at]!)) at++;
  const before = text.slice(Math.max(0, tokens[0]!.start - 60), tokens[0]!.start);
  if (at === 0 && !POST_BEFORE.test(before) && !POST_ACRONYM_BEFORE.test(before)) return undefined;
  // The town of one word or two ("Deputy Commissioner North Waziristan Rehmatullah Wazir").
  for (const size of [2, 1]) {
    const place = tokens.slice(at, at + size);
    const holder = tokens.slice(at + size);
    if (place.length < size || holder.length < 2 || holder.length > 4 || !holder.every(personWord) || !place.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) continue;
    const name = text.slice(place[0]!.start, place[size - 1]!.end);
    if (!isPlace(name)) continue;
    // Named as a place elsewhere: after "in", "at", "near"..., or in capitals (its dateline). A surname said alone
    // ("Hassan said", "Gen. Wani responded") is no sign.
    // ("in North Waziristan" does not name "North").
    const elsewhere = new RegExp(`(?:\\b(?:in|at|near|from|outside|around|of|to)\\s+${escapeForPattern(name)}|(?<![\\p{L}\\p{M}])${escapeForPattern(name.toUpperCase())})(?![\\p{L}\\p{M}])(?!\\s+\\p{Lu})`, 'u');
    if (elsewhere.test(text)) return { at, size };
  }
  return undefined;
}

/**
 * Whether a number after these words ends their name: "Police Regional Office 9", "Brigade 7", "Camp 13", "Operation
 * Emergence 4", "Regional Command No. 3", "Route Nationale No. 1", "Route Nationale 3".
 */
function numberEndsName(previous: NameToken, current: NameToken[]): boolean {
  const word = previous.text.toLowerCase();
  // "Route Nationale 3", "Ruta Nacional 40": a road's number is its name's end.
  if (ORGANISATION_WORDS.has(word) || PLACE_FEATURES.has(word) || current.some((t) => t.text === 'Operation' || /^(?:Route|Ruta|Rodovia|Autoroute|Carretera)$/.test(t.text))) return true;
  return /^N[oº°]$/.test(previous.text) && (current.some((t) => ORGANISATION_WORDS.has(t.text.toLowerCase())) || PLACE_OPENERS.has(current[0]!.text.toLowerCase()));
}

/** Whether the text speaks of a one-word name as a people: "ethnic X", "X community", and never "in X" or "at X". */
export function namesAPeople(text: string, name: string): boolean {
  const word = escapeForPattern(name);
  const people = new RegExp(`\\b(?:ethnic|mainly|predominantly|largely)\\s+${word}\\b|\\b${word}\\s+(?:community|communities|minority|minorities|people|peoples|tribe|tribes|tribesmen|clan|clans|herders|ethnic group)\\b`, 'u');
  const placed = new RegExp(`\\b(?:in|at|near|from|into|outside)\\s+(?:the\\s+)?${word}\\b`, 'u');
  return people.test(text) && !placed.test(text);
}

const VEHICLE_AFTER = /^\s+(?:pick-?ups?|vehicles?|vans?|bus(?:es)?|minibus(?:es)?|trucks?|lorr(?:y|ies)|cars?|motorcycles?|motorbikes?|jeeps?|SUVs?|sedans?|saloons?|4x4s?)\b/i;
/** "a Toyota pick-up", "the Land Cruiser they were in", "a Honda Wave motorcycle": a vehicle's make or model, given the text after it. */
export function namesAVehicle(name: string, textAfter: string): boolean {
  const words = name.split(/\s+/);
  const make = [words.slice(0, 2).join(' ').toLowerCase(), words[0]!.toLowerCase()].find((w) => VEHICLE_MAKES.has(w));
  // ("Hyundai Engineering Co., Ltd", "Toyota Motor Corporation": the maker, a company.)
  const company = words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()) || /^(?:Co|Ltd|Inc|Corp|Motors?|Engineering|Company|Corporation|Group|Industries)\b/.test(w));
  return !!make && !company && words[0] !== words[0]!.toUpperCase() && (FIRM_VEHICLE_NAMES.has(make) || VEHICLE_AFTER.test(textAfter));
}
