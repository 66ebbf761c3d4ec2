/**
 * A learned second look at the names the rules read: for every person, organisation and place the
 * rules made, and every capitalised name they dropped, a linear model (an averaged perceptron, trained
 * by train.mjs on the gold files) says person, organisation, place or nothing. Where it prefers another
 * answer to the rules' by MARGIN, and the change is one it makes reliably (ALLOWED), its answer wins.
 * Measured by leave-one-set-out cross-validation (crossvalidate.mjs).
 */
import type { ActorBook } from '../actors';
import { countryOfDemonym } from '../demonyms';
import type { Article } from '../article';
import { COMPASS, isAcronym, namesAPeople, namesAVehicle, type NameSpan } from '../names';
import { DIVISION_WORDS, NOT_NAMES, ORGANISATION_WORDS, PLACE_FEATURES, PLACE_OPENERS, TITLE_HEADS } from '../lexicon';
import type { PlaceBook } from '../places';
import type { ExtractedActor, ExtractedPlace, Mention } from '../types';
import { TYPING_WEIGHTS } from './typing-weights';

export const TYPES = ['person', 'organization', 'place', 'none'] as const;
export type NameType = (typeof TYPES)[number];

/** A model's weights: one row of four (TYPES' order) per feature. */
export interface TypingModel {
  weights: Map<string, number[]>;
  /** How much more the model must prefer its answer than the rules' to override them; MARGIN by default. */
  margin?: number;
}

// Cross-validated, margins 0 to 6 scored alike; 6 keeps the model off the rules' firm readings of short texts.
const MARGIN = 6;

/** A name the model looks at: what the rules made of it, and where the text writes it. */
export interface NameCandidate {
  name: string;
  forms: string[];
  rule: NameType;
  ruleKind: string;
  role?: string;
  mentions: Mention[];
  actor?: ExtractedActor;
  place?: ExtractedPlace;
  features: string[];
}

// The frozen weights (typing-weights.ts, written by train.mjs) are a text read into a map on first use,
// so that loading the package costs nothing until an article is read. undefined: not read yet.
let model: TypingModel | null | undefined;
let recorder: ((candidates: NameCandidate[]) => void) | null = null;

/** The weights' text: a feature, a tab and its four weights a line. */
export function readWeights(text: string): Map<string, number[]> {
  const weights = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) weights.set(line.slice(0, tab), line.slice(tab + 1).split(' ').map(Number));
  }
  return weights;
}

/** Sets the model the extractor uses (null: the rules alone). For training and cross-validation. */
export function setTypingModel(next: TypingModel | null) {
  model = next;
}

/** Hands every article's candidates, before any change, to a training script. */
export function recordCandidates(next: ((candidates: NameCandidate[]) => void) | null) {
  recorder = next;
}

const WORD_BEFORE = /([\p{L}\p{N}'’-]+)\s*([,(“"'‘:—–-]?)\s*$/u;
const WORD_AFTER = /^(['’]s)?\s*([,)”"'’:.—–-]?)\s*([\p{L}\p{N}'’-]+)?/u;
const SPEECH = /^(said|says|told|added|stated|according|explained|wrote|warned|confirmed|denied)$/;

const LOCATIVE_BEFORE = /\b(?:in|near|at|from|to|into|outside|around|towards?|across|between|of|via|through|reached|entered|captured|seized|took|attacked|struck|hit|shelled|raided|stormed|overran)\s+(?:the\s+)?(?:(?:town|city|village|district|camp|area|region|province|state|county|neighbou?rhood|locality|settlement|commune|department|market|hamlet)\s+of\s+)?$/i;
const PLACE_AFTER = /^(?:['’]s)?\s*(?:,\s*\p{Lu}|\s(?:village|town|city|district|camp|area|region|province|state|county|neighbou?rhood|locality|settlement|commune|department|market|hamlet|sub-district|township|municipality|prefecture|LGA|upazila|tehsil)\b)/iu;
/** Whether the words around a mention place something by it ("in X", "near the town of X", "X district"): a feature. */
function placedBy(text: string, m: Mention): boolean {
  return LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || PLACE_AFTER.test(text.slice(m.end, m.end + 30));
}

/** What the model sees of a candidate: its words, shape, lexicon and gazetteer hits, and the words around it. */
function featuresOf(c: Omit<NameCandidate, 'features'>, text: string, places: PlaceBook): string[] {
  const f = new Set<string>([`rule=${c.rule}`, `kind=${c.ruleKind}`, 'bias']);
  const words = c.name.split(/\s+/).filter(Boolean);
  const lower = words.map((w) => w.toLowerCase());
  const first = lower[0] ?? '';
  const last = lower[lower.length - 1] ?? '';
  f.add(`n=${Math.min(words.length, 5)}`);
  for (const w of lower) f.add(`w=${w}`);
  f.add(`first=${first}`);
  f.add(`last=${last}`);
  f.add(`suf3=${last.slice(-3)}`);
  f.add(`suf2=${last.slice(-2)}`);
  f.add(`firstsuf3=${first.slice(-3)}`);
  if (isAcronym(c.name.replace(/\s+/g, ''))) f.add('acronym');
  else if (c.name === c.name.toUpperCase()) f.add('capitals');
  if (/-/.test(c.name)) f.add('hyphen');
  if (/\b(al|el|an|ad|as|ash)-/i.test(c.name)) f.add('al-prefix');
  if (/\d/.test(c.name)) f.add('digit');
  if (lower.includes('of')) f.add('has-of');
  if (c.role) f.add('role');
  if (c.forms.some((form) => form !== c.name && isAcronym(form))) f.add('acronym-alias');
  if (c.forms.length > 1) f.add('aliases');
  f.add(`mentions=${Math.min(c.mentions.length, 3)}`);
  for (const w of lower) {
    const kind = ORGANISATION_WORDS.get(w);
    if (kind) f.add(`orgword=${kind}`);
    if (TITLE_HEADS.has(w)) f.add('titleword');
    if (NOT_NAMES.has(w)) f.add('notname-word');
  }
  if (PLACE_FEATURES.has(last)) f.add('placefeature-last');
  if (DIVISION_WORDS.has(last)) f.add('division-last');
  if (PLACE_OPENERS.has(first)) f.add('placeopener-first');
  if (COMPASS.test(first)) f.add('compass-first');
  if (TITLE_HEADS.has(first)) f.add('title-first');
  // The gazetteer's readings of the whole name and of its last word, and whether one lies in a country the article names.
  const known = places.lookup(c.name);
  if (known.length === 0) f.add('gaz-none');
  for (const p of known) {
    f.add(`gaz=${p.kind}`);
    if (places.countries.has(p.countryCode)) f.add('gaz-in-article');
  }
  if (words.length > 1) for (const p of places.lookup(words[words.length - 1]!)) f.add(`gazlast=${p.kind}`);
  // The words around each mention.
  for (const m of c.mentions.slice(0, 6)) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const after = WORD_AFTER.exec(text.slice(m.end, m.end + 40));
    const prev = before?.[1]?.toLowerCase();
    if (before?.[2]) f.add(`prevpunct=${before[2]}`);
    if (prev && !before?.[2]) {
      f.add(`prev=${prev}`);
      if (TITLE_HEADS.has(prev)) f.add('prev-title');
      if (SPEECH.test(prev)) f.add('prev-speech');
    }
    if (!before) f.add('starts-line');
    if (after?.[1]) f.add('possessive');
    if (after?.[2]) f.add(`nextpunct=${after[2]}`);
    const next = after?.[3]?.toLowerCase();
    if (next && !after?.[2]) {
      f.add(`next=${next}`);
      if (SPEECH.test(next)) f.add('next-speech');
    }
    if (next && after?.[2] === ',' && SPEECH.test(next)) f.add('comma-speech');
    // "Fatima, a mother of four,", "Musa, 34,": a description or an age in commas says who.
    if (/^,\s+(?:a|an|the|\d{1,3}\b)/.test(text.slice(m.end, m.end + 8))) f.add('appositive');
  }
  if (c.mentions.some((m) => placedBy(text, m))) f.add('placed');
  else f.add('never-placed');
  // Each feature again beside the rules' reading: an armed group's word says one thing in a name the rules
  // kept as a group, another in a word they dropped at the head of a sentence.
  for (const feature of [...f]) if (!feature.startsWith('rule=')) f.add(`${c.rule}|${feature}`);
  return [...f];
}

/** Every name the rules made into an actor or a place, and every name span they left unread. */
export function nameCandidates(
  article: Article,
  spans: NameSpan[],
  book: ActorBook,
  places: PlaceBook,
  rules?: readonly NameType[],
): NameCandidate[] {
  const { text } = article;
  const raw: Array<Omit<NameCandidate, 'features'>> = [];
  const taken: Mention[] = [];
  for (const actor of book.actors) {
    raw.push({
      name: actor.name,
      forms: [actor.name, ...actor.aliases],
      rule: actor.kind === 'person' ? 'person' : 'organization',
      ruleKind: actor.kind,
      role: actor.role,
      mentions: actor.mentions,
      actor,
    });
    taken.push(...actor.mentions);
  }
  for (const place of places.list()) {
    raw.push({ name: place.name, forms: [place.name, ...place.aliases], rule: 'place', ruleKind: place.kind, mentions: place.mentions, place });
    taken.push(...place.mentions);
  }
  // Spans the rules dropped, one candidate per name however often it is written.
  const dropped = new Map<string, Omit<NameCandidate, 'features'>>();
  for (const span of spans) {
    if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
    const key = span.text.toLowerCase();
    const mention = { start: span.start, end: span.end };
    const seen = dropped.get(key);
    if (seen) seen.mentions.push(mention);
    else dropped.set(key, { name: span.text, forms: [span.text], rule: 'none', ruleKind: span.initial ? 'initial' : 'span', mentions: [mention] });
  }
  raw.push(...dropped.values());
  // Features cost gazetteer lookups: only for the candidates asked for.
  return raw.filter((c) => !rules || rules.includes(c.rule)).map((c) => ({ ...c, features: featuresOf(c, text, places) }));
}

/** The model's score for each type (TYPES' order). */
export function scoresOf(features: string[], weights: Map<string, number[]>): number[] {
  const scores = [0, 0, 0, 0];
  for (const feature of features) {
    const row = weights.get(feature);
    if (row) for (let i = 0; i < 4; i++) scores[i]! += row[i]!;
  }
  return scores;
}

/**
 * The changes (rule -> model) the model may make: those right at least 5 times for each time wrong, held
 * out. A dropped name made a place: 114 right, 17 wrong; a "person" dropped: 33 to 1; a "person" made an
 * organisation: 7 to 1. A "person" made a place (13 to 1) is not among them: it made "Abu Khadija", a nom
 * de guerre, the place of an air strike. Organisations dropped (59 to 13) often deleted half-read names
 * ("Qaeda") rather than mending them, and the rest were wrong too often or too rare to tell.
 */
const ALLOWED = new Set(['none->place', 'person->none', 'person->organization']);

/** A mention that is a piece of a longer name ("Qaeda" of al-Qaeda, "Uganda People" of ...'s Defence Force). */
function partOfLongerName(c: NameCandidate, text: string): boolean {
  return c.mentions.some(
    (m) => /[\p{L}]-$/u.test(text.slice(Math.max(0, m.start - 2), m.start)) || /^(['’]s)?\s?\p{Lu}/u.test(text.slice(m.end, m.end + 4)),
  );
}

/** Applies the model's answers where it overrides the rules: drops people that are not names, adds missed places. */
export function reviewNames(article: Article, spans: NameSpan[], book: ActorBook, places: PlaceBook) {
  if (model === undefined) model = { weights: readWeights(TYPING_WEIGHTS) };
  if (!model && !recorder) return;
  // Training sees every candidate; in use, only those whose rule reading the model may change.
  const candidates = nameCandidates(article, spans, book, places, recorder ? undefined : ['person', 'none']);
  recorder?.(candidates);
  if (!model) return;
  for (const c of candidates) {
    const scores = scoresOf(c.features, model.weights);
    const best = scores.indexOf(Math.max(...scores));
    if (scores[best]! <= scores[TYPES.indexOf(c.rule)]! + (model.margin ?? MARGIN)) continue;
    if (!ALLOWED.has(`${c.rule}->${TYPES[best]}`) || partOfLongerName(c, article.text)) continue;
    // "By John Carter, Bamako": the byline says who wrote the story, a fact of the page the model does not overrule.
    const actor = c.actor;
    if (actor && article.reporters.some((r) => actor.mentions.some((m) => m.start === r.start))) continue;
    const answer = TYPES[best]!;
    // "Syrian", "Iraqi": a nationality says whose, never where.
    if (answer === 'place' && countryOfDemonym(c.name)) continue;
    // "the Hazara community": a people, never where.
    if (answer === 'place' && namesAPeople(article.text, c.name)) continue;
    const [first, ...rest] = c.mentions;
    if (!first) continue;
    // "a white Lada Priora": a vehicle, never where.
    if (answer === 'place' && namesAVehicle(c.name, article.text.slice(first.end, first.end + 20))) continue;
    // A place the model adds may become the incident's place, and give the briefing its country: only in
    // the article's country. One the gazetteer knows only elsewhere is left unread (the model says "a place",
    // not where); one it lacks is put in the article's country.
    const main = places.mainCountry();
    const named = answer === 'place' ? places.named(c.name) : undefined;
    const gazetteer = answer === 'place' && !named ? places.lookup(c.name) : [];
    const known = gazetteer.find((p) => p.countryCode === main);
    if (answer === 'place' && (named ? named.countryCode !== main : gazetteer.length > 0 && !known)) continue;
    if (c.actor) book.remove(c.actor);
    if (answer === 'organization') {
      const actor = book.add(c.name, 'other-organization', first, c.role);
      for (const m of rest) book.mention(actor, c.name, m);
      for (const form of c.forms) if (form !== c.name) book.mention(actor, form);
    } else if (answer === 'place') {
      // A name the rules placed under another mention ("Banibangou department") is that place.
      const place = named ?? (known ? places.add(known, c.name, first) : places.addSite(c.name, first, undefined, 'city'));
      if (place) for (const m of named ? c.mentions : rest) place.mentions.push(m);
    }
  }
}
