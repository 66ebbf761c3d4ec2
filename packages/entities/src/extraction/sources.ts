/**
 * Sources of the report: the article's outlet, the news agencies it cites, the actors who speak in
 * it (quoted, or who "said", "told", "announced"), and the people it does not name ("security
 * officials said", "a police source told AFP", "residents said"), suggested as anonymous with the
 * words the text describes them by. Each is shaped as the briefing's source component.
 */
import { WIRE_AGENCIES, type SourceKind, type WireAgency } from '../vocabularies';
import type { ActorBook } from './actors';
import { countryOfDemonym } from './demonyms';
import type { Article } from './article';
import { escapeForPattern } from './names';
import type { SentenceIndex } from './evidence';
import type { ExtractedActor, ExtractedQuote, Mention, SentenceSpan } from './types';

/** The article's outlet, when the CMS knows it: its name, its address, or both. */
export interface Outlet {
  name?: string | null;
  url?: string | null;
}

/** A source before it is numbered: the actor it is, and where the text gives it. */
export interface FoundSource {
  kind: SourceKind;
  name: string | null;
  url: string | null;
  anonymous: boolean;
  descriptor: string | null;
  actor: ExtractedActor | null;
  start: number | null;
  end: number | null;
  sentence: SentenceSpan | null;
}

// ---------------------------------------------------------------- who speaks

const SPEECH_VERBS = String.raw`said|says|say|told|tells|stated|announced|announces|confirmed|confirms|declared|added|wrote|posted|tweeted|reported|reports|warned|noted|stressed|insisted|denied|claimed|claims|acknowledged|explained|spoke`;
// What may stand between a speaker's name and the verb: an acronym, "'s spokesman", "newspaper", an appositive, "also".
const SPEAKER_TAIL = String.raw`\)?(?:\s*\([^)]{1,20}\))?(?:['’]s?\s+(?:spokesm[ae]n|spokeswoman|spokesperson|office|press office|media office|statement|ministry))?(?:\s+(?:newspaper|daily|news agency|agency|radio|television|tv|channel|news website|website|broadcaster))?(?:\s*,[^,.;!?]{1,80},)?\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+|then\s+|further\s+|previously\s+)*`;
const SPEAKS_AFTER = new RegExp(`^${SPEAKER_TAIL}(?:${SPEECH_VERBS})\\b`, 'i');
/** "said Ali Hassan", "according to the ministry", "told Reuters" (a listener, so only an outlet is a source by it). */
const SPEAKS_BEFORE = /\b(said|says|according to|quoted by|reported by|cited by|in a statement by|statement from|announced by|confirmed by)\s+(?:the\s+)?$/i;
const HEARS_BEFORE = /\b(told|telling|tell|speaking to|spoke to|in an interview with|interviewed by)\s+(?:the\s+)?$/i;

/** A mention of an actor in a sentence that makes it a source: where, and with what verb. */
export interface Speech {
  mention: Mention;
  verb: string;
}

/**
 * The sentence's words before a mention, less the title the actor record keeps apart ("made by Iraqi
 * Prime Minister Mohammed...": the title is not part of what the clause says).
 */
export function clauseBefore(text: string, sentenceStart: number, mention: Mention, actor: ExtractedActor): string {
  let lead = text.slice(sentenceStart, mention.start);
  if (actor.role && lead.trimEnd().toLowerCase().endsWith(actor.role.toLowerCase())) lead = lead.trimEnd().slice(0, -actor.role.length);
  return lead;
}

/**
 * Every actor who speaks in the text, with the first mention that says so: the speaker of a quote,
 * or the subject of a verb of speech; an outlet also when someone "told" it.
 */
export function readSpeakers(article: Article, book: ActorBook, quotes: ExtractedQuote[], sentences: SentenceIndex): Map<ExtractedActor, Speech> {
  const { text } = article;
  const speakers = new Map<ExtractedActor, Speech>();
  const note = (actor: ExtractedActor, speech: Speech) => {
    const known = speakers.get(actor);
    if (!known || speech.mention.start < known.mention.start) speakers.set(actor, speech);
  };
  for (const actor of book.actors) {
    for (const mention of actor.mentions) {
      const sentence = sentences.at(mention.start);
      if (!sentence) continue;
      const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 140));
      const spoke = SPEAKS_AFTER.exec(after);
      if (spoke) {
        note(actor, { mention, verb: /(\w+)$/.exec(spoke[0])![1]!.toLowerCase() });
        break;
      }
      const before = clauseBefore(text, sentence.start, mention, actor);
      const cited = SPEAKS_BEFORE.exec(before) ?? (actor.kind === 'media' ? HEARS_BEFORE.exec(before) : null);
      if (cited) {
        note(actor, { mention, verb: cited[1]!.toLowerCase() });
        break;
      }
    }
  }
  const byName = new Map(book.actors.map((a) => [a.name, a]));
  for (const quote of quotes) {
    const actor = quote.speaker ? byName.get(quote.speaker) : undefined;
    if (actor) note(actor, { mention: { start: quote.start, end: quote.end }, verb: 'quoted' });
  }
  return speakers;
}

// ---------------------------------------------------------------- what kind of source

const NGO_NAME = /\b(rights|watch|amnesty|red cross|red crescent|m[ée]decins|fronti[èe]res|doctors|relief|aid|humanitarian|observatory|unicef|unhcr|ocha|unrwa|world health|world food|united nations|un|icrc|msf|ngo)\b/i;
const MILITARY_BODY = /\b(coalition|nato|force|forces|command|alliance|army|military)\b/i;
const WITNESS_WORDS = /\b(residents?|witness(?:es)?|eyewitness(?:es)?|survivors?|villagers?|locals|farmers?|shopkeepers?|traders?|relatives?|neighbou?rs?|famil(?:y|ies)|father|mother|brother|sister|son|daughter|wife|husband|passengers?|students?|parents?)\b/i;
const MEDIA_WORDS = /\b(journalists?|reporters?|correspondents?|editors?|media|broadcasters?)\b/i;
const ARMED_WORDS = /\b(militants?|rebels?|insurgents?|jihadists?|fighters?|militia(?:s|men)?|gunmen|group['’]s)\b/i;
const OFFICIAL_WORDS = /\b(officials?|officers?|security|police|policemen|military|army|soldiers?|troops|government|ministry|ministers?|intelligence|spokes(?:man|men|woman|person)|commanders?|diplomats?|authorit(?:y|ies)|governors?|mayors?|president|prime|general|colonel|major|captain|lieutenant|chief|prosecutors?|ambassadors?|envoys?|secretary|lawmakers?|senators?|speaker|presidency|cabinet|palace|administration|judge|director|head|deputy|interior|defen[cs]e|foreign)\b/i;

/** The source kind the words describing someone suggest, or undefined when they say nothing. */
function kindOfWords(words: string, armedGroupNames: string[]): SourceKind | undefined {
  if (armedGroupNames.some((name) => words.includes(name)) || ARMED_WORDS.test(words)) return 'armed-group';
  if (WITNESS_WORDS.test(words)) return 'witness';
  if (MEDIA_WORDS.test(words)) return 'media';
  if (NGO_NAME.test(words) || /\baid workers?\b/i.test(words)) return 'ngo';
  if (OFFICIAL_WORDS.test(words)) return 'official';
  return undefined;
}

/** official for state bodies and their people, armed-group for armed groups, ngo for the UN and NGOs, media for outlets. */
function sourceKindOfActor(actor: ExtractedActor, armedGroupNames: string[], text?: string): SourceKind {
  switch (actor.kind) {
    case 'media':
      return 'media';
    case 'state-force':
    case 'government':
      return 'official';
    case 'armed-group':
      return 'armed-group';
    case 'intergovernmental':
      return MILITARY_BODY.test(actor.name) && !NGO_NAME.test(actor.name) ? 'official' : 'ngo';
    case 'other-organization':
      return NGO_NAME.test(actor.name) ? 'ngo' : 'other';
    case 'political-party':
      return 'other';
    case 'person': {
      const title = actor.role ?? (text ? titleAfter(text, actor) : undefined);
      return title ? (kindOfWords(title, armedGroupNames) ?? 'other') : 'other';
    }
  }
}

/** A title the text gives after a person's name: "Amadou Guindo, the mayor of the district, said". */
function titleAfter(text: string, actor: ExtractedActor): string | undefined {
  for (const mention of actor.mentions) {
    const title = /^\s*,\s*(?:the|a|an)\s+([^,.;:!?"“”]{2,60})/.exec(text.slice(mention.end, mention.end + 80));
    if (title) return title[1];
  }
  return undefined;
}

// ---------------------------------------------------------------- the people the text does not name

const DETERMINERS = String.raw`(?:a|an|the|one|two|three|four|five|several|some|many|other|\d+)`;
// The nouns unnamed people are described by; the first letter either case ("Officials said").
const DESCRIBED = `(?:${String.raw`officials? sources? residents? witness(?:es)? eyewitness(?:es)? survivors? villagers? medics? doctors? officers?
  spokesm[ae]n spokeswoman spokesperson commanders? relatives? locals diplomats? aid_workers? militants? authorities`
  .split(/\s+/)
  .map((noun) => `[${noun[0]}${noun[0]!.toUpperCase()}]${noun.slice(1).replace('_', ' ')}`)
  .join('|')})`;
// A capitalised word (the sentence's first, a demonym, or the actor whose people they are), then up
// to three lower-case words ("senior security", "local government") before the noun. Spaces, not
// line breaks: a descriptor never runs over from one paragraph into the next.
const DESCRIPTOR = String.raw`((?:\p{Lu}[\p{L}'’-]*[ \t]+)?(?:${DETERMINERS}[ \t]+)?(?:\p{Ll}[\p{Ll}-]*[ \t]+){0,3}?${DESCRIBED})`;
const WHO_CLAUSE = String.raw`(?:\s*,[^,.;!?]{1,120},|\s+(?:who|speaking|requesting|asking|on condition)\b[^,.;!?]{0,100}?)?`;
const ANONYMOUS_PATTERNS = [
  // "security officials said", "a police source, who was not authorised to speak, told AFP"
  new RegExp(String.raw`(?<![\p{L}'’-])${DESCRIPTOR}${WHO_CLAUSE}\s+(?:also\s+|later\s+|have\s+|had\s+|has\s+)?(?:said|say|says|told|tell|confirmed|confirm|reported|added|spoke|warned|stated|explained|described|recounted)\b`, 'gu'),
  // "according to security sources"
  new RegExp(String.raw`\b(?:[Aa]ccording to|quoting|citing)\s+${DESCRIPTOR}(?![\p{L}-])`, 'gu'),
  // "..., said a police source." (not "said the officials were arrested")
  new RegExp(String.raw`\bsaid\s+${DESCRIPTOR}(?=\s*[,.;:!?]|\s*$|\s+(?:who|speaking|on condition|in a|at a))`, 'gu'),
];
const DETERMINER = new RegExp(String.raw`^${DETERMINERS}$`, 'i');
// Words of a descriptor that belong to the clause, not to the people ("and officials", "on Monday officials").
const CLAUSE_WORDS = /^(?:and|or|but|that|which|who|as|while|when|if|of|to|in|on|at|for|from|with|by|have|has|had|also|said|told|were|was|are|is|be|it|they|he|she|we)$/i;

const descriptorKey = (descriptor: string) =>
  descriptor
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/(?:es|s)$/, ''))
    .join(' ');

// ---------------------------------------------------------------- news agencies

const CITED_BEFORE = /(?:\(|\b(?:told|telling|to|by|according to|quoted by|cited by|reported by|the|news agency|agency|with|from)\s+)$/i;
const CITED_AFTER = /^(?:\)|\s+(?:reported|reports|said|says|quoted|cited|news agency|agency|report|reporters?|correspondents?|journalists?|photographers?|tally|count|reporting|was told|learned|obtained|understood))/i;

interface AgencyReader {
  pattern: RegExp;
  byForm: Map<string, { agency: WireAgency; citedOnly: boolean }>;
}
const readers = new WeakMap<readonly WireAgency[], AgencyReader>();

/** One pattern for every form of every agency, built once per list. */
function agencyReader(agencies: readonly WireAgency[]): AgencyReader {
  let reader = readers.get(agencies);
  if (reader) return reader;
  const byForm = new Map<string, { agency: WireAgency; citedOnly: boolean }>();
  for (const agency of agencies) {
    for (const form of [agency.name, ...agency.aliases]) if (!byForm.has(form)) byForm.set(form, { agency, citedOnly: false });
    for (const form of agency.citedOnly ?? []) if (!byForm.has(form)) byForm.set(form, { agency, citedOnly: true });
  }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeForPattern);
  // Letters either side (Latin and its accents) make it part of another word; a plain class keeps the pattern quick to compile.
  reader = { pattern: new RegExp(`(?<![\\w\\u00c0-\\u024f-])(?:${forms.join('|')})(?![\\w\\u00c0-\\u024f-])`, 'g'), byForm };
  readers.set(agencies, reader);
  return reader;
}

const nameKey = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
const isWebAddress = (url: string | null | undefined): url is string => !!url && /^https?:\/\//i.test(url) && hostOf(url) !== null;

/**
 * The words that describe unnamed people, as a source record keeps them: "security officials",
 * "police source" (no article or number), "Hamas officials" (their actor, named just before);
 * undefined when the words are part of a name the text gives.
 */
function describe(text: string, start: number, end: number, book: ActorBook, sentences: SentenceIndex) {
  const overlapping = (from: number, to: number) => book.actors.find((a) => a.mentions.some((m) => m.start < to && m.end > from));
  let from = start;
  let owner = overlapping(start, end);
  if (owner) {
    // The actor's mention leads the words ("Hamas officials"); one inside or after them is a name ("police official John Doe").
    const mention = owner.mentions.find((m) => m.start < end && m.end > start)!;
    if (mention.start > start || mention.end >= end) return undefined;
    from = mention.end;
  } else {
    const first = /^\p{Lu}[\p{L}'’-]*/u.exec(text.slice(start, end))?.[0];
    const opensSentence = sentences.at(start)?.start === start;
    // A capitalised word that is neither the sentence's first nor a demonym is another name ("On Monday officials").
    if (first && !opensSentence && !countryOfDemonym(first)) from = start + first.length;
    // "Hamas' officials", "the ministry's spokesman": whose people they are, named just before.
    owner = book.actors.find((a) => a.mentions.some((m) => m.end <= start && m.end > start - 4 && /^(?:['’]s?)?\s*$/.test(text.slice(m.end, start))));
  }
  const words = [...text.slice(from, end).matchAll(/\S+/g)].map((m) => ({ word: m[0], at: from + m.index! }));
  // Only the words after the last clause word describe anyone; no article or number in front.
  let first = 0;
  words.forEach(({ word }, index) => {
    if (CLAUSE_WORDS.test(word)) first = index + 1;
  });
  while (first < words.length - 1 && DETERMINER.test(words[first]!.word)) first++;
  const kept = words.slice(first);
  // "its commander", "their spokesman": someone of an actor the text named before, not an anonymous source.
  if (kept.length === 0 || /^(?:its|their|his|her|our)$/i.test(kept[0]!.word)) return undefined;
  let descriptor = kept.map((w) => w.word).join(' ');
  if (kept[0]!.at === start && !countryOfDemonym(kept[0]!.word)) descriptor = descriptor[0]!.toLowerCase() + descriptor.slice(1);
  const ownerMention = owner?.mentions.find((m) => m.end <= kept[0]!.at && m.end > start - 4);
  if (owner && ownerMention) descriptor = `${text.slice(ownerMention.start, ownerMention.end)} ${descriptor}`;
  return { descriptor, owner, start: ownerMention?.start ?? kept[0]!.at, end };
}

// ---------------------------------------------------------------- all sources

export interface SourceOptions {
  outlet?: Outlet;
  agencies?: readonly WireAgency[];
}

export function readSources(
  article: Article,
  book: ActorBook,
  speakers: Map<ExtractedActor, Speech>,
  sentences: SentenceIndex,
  options: SourceOptions = {},
): FoundSource[] {
  const { text } = article;
  const found: FoundSource[] = [];
  const byName = new Map<string, FoundSource>();
  const at = (start: number, end: number) => sentences.evidence(start, end);
  const add = (source: FoundSource, key?: string) => {
    found.push(source);
    if (key) byName.set(key, source);
    return source;
  };

  // The outlet that published the article: known from the CMS, not from the text.
  const outlet = options.outlet;
  const url = isWebAddress(outlet?.url) ? outlet!.url! : null;
  const outletName = outlet?.name?.trim() || (url ? hostOf(url) : null);
  if (outletName) {
    add({ kind: 'media', name: outletName.slice(0, 200), url, anonymous: false, descriptor: null, actor: null, start: null, end: null, sentence: null }, nameKey(outletName));
  }

  // News agencies the copy cites.
  const agencies = agencyReader(options.agencies ?? WIRE_AGENCIES);
  for (const match of text.matchAll(agencies.pattern)) {
    const { agency, citedOnly } = agencies.byForm.get(match[0])!;
    const start = match.index!;
    const end = start + match[0].length;
    if (citedOnly && !CITED_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && !CITED_AFTER.test(text.slice(end, end + 40))) continue;
    const forms = [agency.name, ...agency.aliases, ...(agency.citedOnly ?? [])].map(nameKey);
    const known = forms.map((f) => byName.get(f)).find(Boolean);
    if (known) {
      if (known.start === null) Object.assign(known, at(start, end));
      continue;
    }
    const source = add({ kind: 'media', name: agency.name, url: null, anonymous: false, descriptor: null, actor: null, ...at(start, end) });
    for (const form of forms) byName.set(form, source);
  }

  // The actors who speak.
  const armedGroupNames = book.actors.filter((a) => a.kind === 'armed-group').flatMap((a) => [a.name, ...a.aliases]);
  for (const [actor, speech] of [...speakers].sort((a, b) => a[1].mention.start - b[1].mention.start)) {
    const known = [actor.name, ...actor.aliases].map((f) => byName.get(nameKey(f))).find(Boolean);
    if (known) {
      known.actor ??= actor;
      if (known.start === null) Object.assign(known, at(speech.mention.start, speech.mention.end));
      continue;
    }
    const name = actor.kind === 'person' && actor.role ? `${actor.role} ${actor.name}` : actor.name;
    add(
      { kind: sourceKindOfActor(actor, armedGroupNames, text), name: name.slice(0, 200), url: null, anonymous: false, descriptor: null, actor, ...at(speech.mention.start, speech.mention.end) },
      nameKey(actor.name),
    );
  }

  // The people the text describes without naming.
  const anonymous = new Map<string, FoundSource>();
  for (const pattern of ANONYMOUS_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const written = match[1]!;
      const start = match.index! + match[0].indexOf(written);
      const described = describe(text, start, start + written.length, book, sentences);
      if (!described) continue;
      const key = descriptorKey(described.descriptor);
      const kind = described.owner ? sourceKindOfActor(described.owner, armedGroupNames) : (kindOfWords(described.descriptor, armedGroupNames) ?? 'other');
      // "security officials said ... officials spoke on condition of anonymity": the same people.
      if ([...anonymous.entries()].some(([k, s]) => (k === key || k.endsWith(` ${key}`)) && s.kind === kind)) continue;
      const source = add({ kind, name: null, url: null, anonymous: true, descriptor: described.descriptor.slice(0, 200), actor: null, ...at(described.start, described.end) });
      anonymous.set(key, source);
    }
  }

  // The outlet first, then in the order the text gives them.
  return found.sort((a, b) => (a.start ?? -1) - (b.start ?? -1));
}
