/**
 * Step 3: people and organisations, each once. Every capitalised name is read in text order and
 * either joins an actor already met (surname, "al-Surname", kunya, acronym), starts a new one,
 * or is handed to the places. Lower-case forces ("Iraqi national intelligence forces") and
 * coalitions ("US-led coalition") are found by pattern.
 */
import { WIRE_AGENCIES, type ActorKind } from '../vocabularies';
import { countryName } from '../briefing/countries';
import { CREDIT_LINE, type Article } from './article';
import { placeKey, type GazetteerPlace } from './gazetteer';
import {
  ARMED_GROUP_NOUNS,
  CROSS_BORDER_PLACES,
  DIVISION_WORDS,
  ONE_COUNTRY_DIVISIONS,
  GAVE_NAME,
  KINGDOMS,
  MEDIA_BEFORE,
  NOT_NAMES,
  ORGANISATION_WORDS,
  PLACE_FEATURES,
  PLACE_OPENERS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WELL_KNOWN_GROUPS,
} from './lexicon';
import { countryOfDemonym } from './demonyms';
import { COMPASS, escapeForPattern, findNameSpans, isAcronym, namesAPeople, namesAVehicle, withoutLegalForm, type NameSpan } from './names';
import { LARGE_TOWN, type PlaceBook } from './places';
import { reviewNames } from './model/typing';
import type { ExtractedActor, Mention } from './types';

/** A lower-case site word after a town's name, with up to two words qualifying it: "bridge", "district police station", "fish market". */
const SITE_AFTER_NAME =
  /^\s+((?:(?:refugee|displacement|idp|military|livestock|fish|cattle|health|border|general|referral|teaching)\s+){0,2}(?:crossing|camp|market|checkpoint|bridge|airport|airbase|port|refinery|dam|mosque|church|temple|monastery|hospital|prison|barracks|junction|stadium|gymnasium|academy|canyon|roundabout|bazaar|bazar)|(?:metro|railway|bus|train|(?:thermal\s+)?power|pumping|petrol|fuel) station|power plant)\b(?!\s+of\b)/;
/** "the Chattogram-Hathazari road": a road between two towns is a site; "the Nabatieh road" only leads to the town. */
const ROAD_AFTER_NAME = /^\s+(road|highway|motorway|expressway)\b/;
/** The site word after a name, if any: a road's only when the name joins two towns. */
const siteAfter = (name: string, rest: string) => SITE_AFTER_NAME.exec(rest) ?? (/\p{L}[-–]\p{L}/u.test(name) ? ROAD_AFTER_NAME.exec(rest) : null);
/** A lower-case word for a district after a place's name: "Kupwara district", "Bole sub-city" (a province's word names a larger place). */
const ADMIN_WORDS = ['district', 'municipality', 'sub-city', 'county', 'cercle', 'commune', 'tehsil', 'upazila', 'raion', 'rayon'];
const ONE_COUNTRY_DIVISION = new RegExp(`\\b(?:${[...ONE_COUNTRY_DIVISIONS.keys()].join('|')})\\b`, 'gi');
const ADMIN_AFTER_NAME = new RegExp(`^\\s+(${ADMIN_WORDS.join('|')})\\b`);
// The words a division's name ends on, first letter in either case: the divisions' and the lower levels' ("district").
const DIVISION_WORD = [...DIVISION_WORDS].filter((w) => !w.endsWith('s')).concat(ADMIN_WORDS).map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
// "Zar in Kalbajar district", "Zar, Kalbajar district", "the Zar village of Kalbajar district": the division a town is
// said to lie in, just after its name.
const DIVISION_AFTER = new RegExp(`^(?:\\s*,\\s*|\\s+in\\s+(?:the\\s+)?|\\s+(?:village|town|settlement)\\s+(?:of|in)\\s+(?:the\\s+)?)(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?)\\s+(${DIVISION_WORD})\\b`, 'u');

// ---------------------------------------------------------------- the book of actors

const PARTICLE = /^(al|el|ad|as|ash|at|an|ar|az)-/i;
const lowerKey = (form: string) => form.toLowerCase().replace(/[‘’]/g, "'");

// "the town of", "the villages of": what follows is a settlement's name.
const SETTLEMENT_OF = /\b(city|town|village|villages|district|neighbourhood|neighborhood|camp|area|suburb|locality|hub|township|enclave|outskirts|hamlet|hamlets|community|communities|settlement|commune|municipality|barangay|sitio|veredas?|corregimientos?|annex|anexo|aldeas?|caser[ií]os?|colonias?) of\s+$/i;

export class ActorBook {
  readonly actors: ExtractedActor[] = [];
  private readonly byForm = new Map<string, ExtractedActor>();
  /** Every mention in text order with its actor, for "he said" and "the group said". */
  readonly timeline: Array<{ actor: ExtractedActor; start: number }> = [];
  /** Where a mention only qualifies another name ("the Houthi-run Saba news agency"): never the one who speaks. */
  readonly qualifying = new Set<number>();

  find(form: string): ExtractedActor | undefined {
    return this.byForm.get(lowerKey(form));
  }

  add(name: string, kind: ActorKind, mention: Mention, role?: string): ExtractedActor {
    const known = this.find(name);
    if (known) {
      this.mention(known, name, mention);
      if (role && !known.role) known.role = role;
      return known;
    }
    const actor: ExtractedActor = { name, kind, aliases: [], mentions: [] };
    if (role) actor.role = role;
    this.actors.push(actor);
    this.register(actor, name);
    // "Agroindustrias del Polochic, S.A." is "Agroindustrias del Polochic" later.
    const bare = kind === 'person' ? undefined : withoutLegalForm(name);
    if (bare) this.register(actor, bare);
    if (kind === 'person') {
      // Later the text may call a person by surname alone, with or without "al-".
      const tokens = name.split(/\s+/);
      const surname = tokens[tokens.length - 1]!;
      if (tokens.length > 1) {
        this.register(actor, surname);
        if (PARTICLE.test(surname)) this.register(actor, surname.replace(PARTICLE, ''));
        else if (tokens.length > 2 && /^(al|el|bin|ibn|de|del|dela|della|da|dos|di|la|le|van|von)$/i.test(tokens[tokens.length - 2]!)) {
          this.register(actor, tokens.slice(-2).join(' '));
        }
      }
    }
    this.mention(actor, name, mention);
    return actor;
  }

  /** Records a form the text uses for an actor: an alias when it differs from the name. */
  mention(actor: ExtractedActor, form: string, mention?: Mention) {
    this.register(actor, form);
    if (form !== actor.name && !actor.aliases.includes(form)) actor.aliases.push(form);
    if (mention && !actor.mentions.some((m) => m.start === mention.start)) {
      actor.mentions.push(mention);
      this.timeline.push({ actor, start: mention.start });
    }
  }

  /** Folds one actor into another ("ELN" met before "National Liberation Army (ELN)"). */
  merge(from: ExtractedActor, into: ExtractedActor) {
    if (from === into) return;
    this.actors.splice(this.actors.indexOf(from), 1);
    for (const form of [from.name, ...from.aliases]) this.mention(into, form);
    for (const mention of from.mentions) into.mentions.push(mention);
    for (const entry of this.timeline) if (entry.actor === from) entry.actor = into;
    for (const [form, actor] of this.byForm) if (actor === from) this.byForm.set(form, into);
  }

  /** Takes an actor out again, with every form and mention of it (the learned typing's second look). */
  remove(actor: ExtractedActor) {
    const at = this.actors.indexOf(actor);
    if (at < 0) return;
    this.actors.splice(at, 1);
    for (const [form, other] of this.byForm) if (other === actor) this.byForm.delete(form);
    for (let i = this.timeline.length - 1; i >= 0; i--) if (this.timeline[i]!.actor === actor) this.timeline.splice(i, 1);
  }

  /** An organisation met so far only by an acronym that the new name spells out. */
  acronymOf(actor: ExtractedActor): ExtractedActor | undefined {
    return this.actors.find((other) => other !== actor && /^[\p{Lu}\d]{2,8}$/u.test(other.name) && this.expansionOf(other.name) === actor);
  }

  register(actor: ExtractedActor, form: string) {
    this.byForm.set(lowerKey(form), actor);
  }

  /** The actor last mentioned before an offset that fits, for attributing "he said". */
  lastBefore(offset: number, fits: (actor: ExtractedActor) => boolean, within = 1500): ExtractedActor | undefined {
    let best: { actor: ExtractedActor; start: number } | undefined;
    for (const entry of this.timeline) {
      if (entry.start < offset && entry.start >= offset - within && fits(entry.actor) && (!best || entry.start > best.start)) best = entry;
    }
    return best?.actor;
  }

  /** Organisations whose initials make an acronym ("HTS" for Hayat Tahrir al-Sham). */
  expansionOf(acronym: string): ExtractedActor | undefined {
    const letters = acronym.replace(/\./g, '').toUpperCase();
    const bodies = this.actors.filter((actor) => actor.kind !== 'person' && nameInitials(actor.name).length >= 2);
    // "ISMP" is Islamic State Mozambique Province before it is Islamic State: initials that spell it all come first.
    return (
      bodies.find((actor) => nameInitials(actor.name) === letters) ??
      bodies.find((actor) => {
        const initials = nameInitials(actor.name);
        return letters.startsWith(initials) && letters.length <= initials.length + 2;
      })
    );
  }
}

/** Small words a name's initials leave out: "Ministry of Defence" is MD, not MOD. */
const NOT_INITIALLED = /^(?:of|the|and|for|in|de|la)$/i;

/** A name's initials: "Tehreek-e-Taliban Pakistan" is TTP, the parts of a hyphenated word counting. */
function nameInitials(name: string): string {
  return name
    .split(/[\s]+|-(?=\p{L}{2,}-|\p{Lu})/u)
    .filter((w) => /^\p{Lu}/u.test(w.replace(PARTICLE, '')) && !NOT_INITIALLED.test(w))
    .map((w) => w.replace(PARTICLE, '')[0]!.toUpperCase())
    .join('');
}

/**
 * Whether letters set off after a name abbreviate it: its initials in another language's order ("Rapid
 * Intervention Battalion, BIR"), or the first letters of its words in order, words skipped ("UN Office for the
 * Coordination of Humanitarian Affairs, OCHA"; "Ministry of Defence, MINDEF").
 */
function abbreviates(letters: string, name: string): boolean {
  const initials = nameInitials(name);
  if (letters.length >= 2 && [...letters].sort().join('') === [...initials].sort().join('')) return true;
  const words = name.split(/[\s-]+/).map((w) => w.replace(PARTICLE, '').toUpperCase()).filter((w) => /^\p{Lu}/u.test(w) && !NOT_INITIALLED.test(w));
  const from = (at: number, word: number): boolean => {
    if (at === letters.length) return true;
    for (let w = word; w < words.length; w++) {
      for (let n = Math.min(4, letters.length - at); n >= 1; n--) if (words[w]!.startsWith(letters.slice(at, at + n)) && from(at + n, w + 1)) return true;
    }
    return false;
  };
  return letters.length >= 2 && from(0, 0);
}

// ---------------------------------------------------------------- reading names

/** "Human Rights Watch (HRW)": initials in brackets right after a name ("(35)" is an age: initials have a letter). */
const BRACKETED_ACRONYM = /^\s*\((?=[\p{Lu}\d.]*\p{Lu})([\p{Lu}\d][\p{Lu}\d.]{1,7})\)/u;

/** The words that end the name of a command or a unit of a force. */
const UNIT_HEADS = /^(?:Command|Division|Brigade|Battalion|Regiment|Corps|Squadron)$/;

/**
 * "a spokesman for the Internal Security Operations Command (Isoc) Region 4 Forward Command": a command or a unit
 * named right after a body and its initials in brackets is that body's own unit, known by the body's name with it.
 */
function unitAfterInitials(text: string, start: number, words: string[], book: ActorBook) {
  if (words.length < 2 || !UNIT_HEADS.test(words[words.length - 1]!)) return undefined;
  const preceding = before(text, start, 160);
  const initials = /\(([\p{Lu}][\p{L}\d]{1,7})\)\s$/u.exec(preceding);
  if (!initials) return undefined;
  // The body named just before the brackets ("Isoc", in Thai papers' house style, is no acronym the book reads).
  const body = preceding.slice(0, initials.index).trimEnd();
  // The longest such name, whole words only ("Uganda People's Defence Forces", not "Forces").
  const parent = book.actors
    .filter((actor) => actor.kind !== 'person' && new RegExp(`(?<![\\p{L}\\p{N}])${escapeForPattern(actor.name)}$`, 'u').test(body))
    .sort((a, b) => b.name.length - a.name.length)[0];
  return parent ? { parent, initials: initials[1]! } : undefined;
}

/** Acronyms that name no actor: initials of things, not bodies (screens, times, devices, explosives: "two kilograms of TNT"). */
const NOT_ACTORS = new Set([
  ...'TV FM AM PM CEO GMT UTC ID OK AI SUV IED IEDs VBIED UAV UAVs RPG AK HIV COVID NGO NGOs MP MPs PhD GDP USD EUR AP DNA ICU SMS CCTV II III IV FIR IPC CrPC TNT RDX ANFO PETN SVBIED PBIED GPS PVC'.split(' '),
  // Time zones a dateline or an update gives ("at 14:30 EAT") and currencies a toll of damage gives ("EGP 50,000").
  ...'EAT CAT WAT SAST WIB WITA WIT IST PKT AFT IRST MSK EET EEST CET CEST BST EST EDT CST CDT PST PDT MST MDT ICT PHT MYT SGT JST KST HKT NPT BTT UZT TJT KGT AZT GET VET COT PET BOT BRT CLT ECT'.split(' '),
  ...'EGP PKR INR NGN KES UGX TZS ETB SDG XOF XAF CDF MZN ZAR GHS LBP SYP IQD IRR YER AFN LKR MMK THB IDR MYR VES COP MXN BRL HNL GTQ HTG RUB UAH AZN AMD GEL KGS TJS UZS KZT DZD TND LYD JOD ILS SAR AED QAR'.split(' '),
]);
const QUOTE_OPEN = /["“‘]$/;
const PROPER_ORGANISATION_WORDS = new Set(['taliban', 'mujahideen']);

function organisationKind(words: string[]): ActorKind | undefined {
  let found: ActorKind | undefined;
  const all = words.flatMap((w) => [w, ...(w.includes('-') ? w.split('-') : [])]);
  for (const [i, word] of all.entries()) {
    // "State" makes a group only in "Islamic State"; "Katsina State", "State Security Prosecution" are no groups.
    if (/^state$/i.test(word) && all.length > 1 && !/^islamic$/i.test(all[i - 1] ?? '')) continue;
    const kind = ORGANISATION_WORDS.get(word.toLowerCase().replace(PARTICLE, ''));
    // Armed-group words ("Tahrir", "Front") say more than "Group" or "Council".
    if (kind && (!found || kind === 'armed-group' || found === 'other-organization')) found = kind;
  }
  return found;
}

const before = (text: string, offset: number, length = 60) => text.slice(Math.max(0, offset - length), offset);
const after = (text: string, offset: number, length = 80) => text.slice(offset, offset + length);

/** "..., the militant group", "— formerly an insurgent group —" */
function appositiveSaysGroup(text: string, end: number): boolean {
  if (/^\s*,\s*one of (?:[\p{L}'’-]+\s+){0,6}?(groups|militias|factions|movements|insurgencies|rebel groups)\b/u.test(after(text, end, 100))) return true;
  // "Wazalendo, pro-government militias that ...": the article may go; "a leader of the militia" is a person.
  const m = /^\s*(?:,|—|–|\(|-)\s*(?:formerly |once |now |also |itself )?((?:an?|the)\s+)?([\p{L}-]+(?:\s+[\p{L}-]+){0,3})/u.exec(after(text, end));
  if (!m) return false;
  const words = m[2]!.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.toLowerCase();
    if (/^(of|and|that|which|who|whose|said|says|told)$/.test(word)) return false;
    // "Thura Aung, a spokesman for the group": a post in the group is a person's.
    if (TITLE_HEADS.has(word) || MEMBER_NOUNS.has(word)) return false;
    // Without an article a describing word must come first ("pro-government militias"), not a verb's subject ("militants said").
    // "Mustafa Abu Grain, accused the rival group": a determiner after the first word makes it a verb's object.
    // "Lucía Ferrer Soto, the group's head of mission": a post in the group the possessive names is a person's.
    if (ARMED_GROUP_NOUNS.has(word) && i === words.length - 1 && /^['’]s\b/.test(after(text, end).slice(m.index + m[0].length))) return false;
    if (ARMED_GROUP_NOUNS.has(word)) return !!m[1] || (i > 0 && !words.slice(1, i).some((w) => /^(the|a|an)$/i.test(w)));
  }
  return false;
}

/** "Alphamin Resources, the company that ...", "X, a charity": the appositive makes an organisation of a name. */
// "Sivapathasundaram Pushpamalar, the association's district president": a body's possessive says what the person is.
function appositiveSaysOrganisation(text: string, end: number): boolean {
  // "a spokesman for the group" is a person's post: no "of" or "for" before the body's noun.
  // "Nasima Akter, a sewing operator at Northern Knit": someone who works at a place is a person.
  return /^\s*(?:,|—|–|\()\s*(?:an?|the)\s+(?:(?!(?:of|for)\b)[\p{L}-]+\s+){0,3}?(company|firm|charity|agency|body|organi[sz]ation|network|coalition|alliance|party|union|association|foundation|group|watchdog|monitor|broadcaster|newspaper|outlet|institute|consortium|operator|bank)\b(?!['’])(?!\s+at\b)/u.test(
    after(text, end, 100),
  );
}

const ORGANISATION_BEFORE =
  /\b(?:company|firm|operator|utility|giant|producer|corporation|conglomerate|charity|ngo|watchdog|monitor|think tank|institute|foundation|association|consortium|bank|organi[sz]ation|(?:monitoring|rights|advocacy|research|aid|humanitarian|relief|campaign|civil society|lobby|medical|student|youth|women['’]s) group)\s+["“]?$/i;

/** "the news agency Khovar", "energy firm TotalEnergies": the common noun just before a name makes it an outlet or an organisation. */
function describedBefore(text: string, start: number): ActorKind | undefined {
  const prev = before(text, start, 40);
  // "the criminal organisation X" is a gang, read as one below.
  if (GANG_BEFORE.test(prev)) return undefined;
  if (MEDIA_BEFORE.test(prev)) return 'media';
  if (ORGANISATION_BEFORE.test(prev)) return 'other-organization';
  return undefined;
}

/** A single word names a group when the text says so around it ("Hamas fighters", "the militant group Hamas"). */
// Nouns after a single name that make it a group: "Hezbollah commander", "Hamas officials".
const MEMBER_NOUNS = new Set(['commander', 'commanders', 'fighters', 'militants', 'official', 'officials', 'spokesman', 'spokesperson', 'members', 'leadership', 'positions', 'stronghold', 'strongholds', 'operatives', 'gunmen', 'leaders', 'leader', 'chief', 'cells']);

// "the militant group X", and "separatist militias, known locally as X".
const GROUP_BEFORE =
  /\b(?:group|militia|movement|rebels|faction|outfit|(?:militias?|rebels|groups?|fighters|gangs?|separatists|insurgents|jihadists)\s*,?\s+(?:(?:are|were|is)\s+)?(?:known|called|dubbed)\s+(?:locally\s+|widely\s+|collectively\s+)?as)\s+$/i;

function contextSaysGroup(text: string, start: number, end: number): boolean {
  const next = /^(?:['’]s)?\s+([\p{Ll}-]+)/u.exec(after(text, end, 30));
  if (next && ARMED_GROUP_NOUNS.has(next[1]!) && !['movement', 'organisation', 'organization'].includes(next[1]!)) return true;
  if (next && MEMBER_NOUNS.has(next[1]!) && !/['’]s/.test(after(text, end, 2))) return true;
  // "Hamas's armed wing", "the group's political wing".
  if (/^['’]s\s+(armed|military|political|youth)\s+wing\b/.test(after(text, end, 30))) return true;
  // "Hezbollah's Radwan Force": a group's own unit.
  const unit = /^['’]s\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)/u.exec(after(text, end, 60));
  if (unit && organisationKind(unit[1]!.split(/\s+/))) return true;
  if (GROUP_BEFORE.test(before(text, start, 80))) return true;
  // "jihadists linked to Al-Qaeda", "fighters loyal to X", "an affiliate of X".
  if (/\b(linked|tied|affiliated|allied|loyal|aligned|belonging|pledged allegiance)\s+(?:to|with)\s+(?:the\s+)?$|\b(fighters|militants|members|affiliate|offshoot|branch|wing|faction|splinter group|cells?)\s+of\s+(?:the\s+)?$/i.test(before(text, start, 40))) return true;
  return appositiveSaysGroup(text, end);
}

/** The title standing before a name, with its lower-case qualifiers ("Syrian interim Foreign Minister"). */
function extendRole(text: string, roleStart: number, role: string): string {
  const m = /((?:\p{Lu}[\p{L}-]+(?:['’]s)?\s+)?(?:(?:interim|acting|former|deputy|then|new|newly appointed|top|senior|self-proclaimed|de facto)\s+)+)$/u.exec(
    before(text, roleStart),
  );
  return m ? m[1] + role : role;
}

/** A lower-case title just before a name ("army spokesman", "police chief"). */
function lowerCaseTitleBefore(text: string, start: number): string | undefined {
  const m = /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}-]*\s+)?(?:[\p{Ll}-]+\s+){0,2}?)([\p{Ll}-]+)\s+$/u.exec(before(text, start, 50));
  // "...from militants: spokesman" ending a headline is no title of the name opening the next line.
  if (!m || !TITLE_HEADS.has(m[2]!) || m[0].includes('\n')) return undefined;
  const words = (m[1] ?? '').trim().split(/\s+/).filter((w) => w && !/^(the|a|an|and|said|says|by|to|of|from|with)$/.test(w));
  return [...words.slice(-1), m[2]!].join(' ');
}

/**
 * "The prefect of the Nord department, Bertrand Leclerc", "the Senior Divisional Officer for Mayo-Sava, Ousmanou
 * Bakary": a title of a place or a body, then a comma, before the name.
 */
function titleOfBefore(text: string, start: number, capitalised: boolean): string | undefined {
  const m = /\b[Tt]he\s+((?:[\p{L}-]+\s+){0,2}?)([\p{L}-]+)\s+((?:of|for)\s+[^,.;:"“”()]{2,60}?),\s*$/u.exec(before(text, start, 90));
  if (!m || !TITLE_HEADS.has(m[2]!.toLowerCase()) || (!capitalised && /\p{Lu}/u.test(m[1]! + m[2]!))) return undefined;
  return `${m[1]}${m[2]} ${m[3]}`;
}

/**
 * "District Police Officer (DPO) Tariq Aziz Marwat", "Inspector General of Police (IGP), Jammu Zone, Rakesh Kumar
 * Sharma": a capitalised title, then its initials in brackets (and where it serves), just before a name.
 */
function titleWithInitialsBefore(text: string, start: number): string | undefined {
  const m = /((?:\p{Lu}[\p{L}-]*\s+(?:of\s+)?){1,5})\((\p{Lu}{2,6}|\p{Lu}\p{Ll}{2,})\)(?:,\s*(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*,)?\s*$/u.exec(before(text, start, 100));
  if (!m) return undefined;
  const title = m[1]!.trim();
  const words = title.split(/\s+/);
  // The title's head ends it ("District Police Officer"), opens it before "of" ("Inspector General of Police") or
  // stands just before "of" ("Senior Superintendent of Police").
  const of = words.indexOf('of');
  const headed = TITLE_HEADS.has(words[words.length - 1]!.toLowerCase()) || (of > 0 && (TITLE_HEADS.has(words[0]!.toLowerCase()) || TITLE_HEADS.has(words[of - 1]!.toLowerCase())));
  // "Senior Superintendent of Police (Operations) Jawad Tareen": the branch of the post in brackets, not its initials.
  const branch = /\p{Ll}/u.test(m[2]!);
  return headed && (branch || initialsOf(title).endsWith(m[2]!)) ? title : undefined;
}

const NAME_LIKE_HONORIFICS = new Set(['ko', 'me']);

/** Titles that also stand inside a name after a first name ("Hassan Sheikh Mohamud", "Ahmed Haji Ali"). */
const MID_NAME_HONORIFICS = new Set(['sheikh', 'shaikh', 'haji', 'hajji', 'alhaji', 'alhaja', 'hajiya', 'hajia', 'malam', 'mallam', 'mullah']);

function splitTitle(span: NameSpan, places: PlaceBook, text: string): { title?: string; words: string[]; start: number } {
  const words = span.tokens.map((t) => t.text);
  // The last title word before the name ("Kharkiv Mayor Ihor Terekhov", "Major General Zaw Min Tun").
  let head = -1;
  // Places the gazetteer lacks may qualify the title ("Pétion-Ville Mayor Marie-Claude Désir", "Bomachoge Borabu
  // MP Nelson Obwocha Mogaka", "Provincial Agriculture Minister Malik Naeem Awan"): a title after such words still
  // heads the name when a full name, two words at least, follows it.
  let unknown = false;
  // "Minister of Peace Dawit Mengistu", "Minister of Foreign Affairs Ahmed Ali": after "of", the words the text
  // also writes in lower case are the title's portfolio, not the name.
  const body = words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()));
  const writtenLower = (word: string) =>
    !body && /^\p{Ll}+$/u.test(word) && new RegExp(`(?<![\\p{L}])${escapeForPattern(word)}(?![\\p{L}])`, 'u').test(text);
  let portfolio = false;
  for (let i = 0; i < words.length - 1; i++) {
    const lower = words[i]!.toLowerCase();
    // "Ko", "Me" (Maître) head a full name only: "Ko Min" is a name of its own.
    // "Hassan Sheikh Mohamud": an honorific after a first name is part of the name, not a title a place qualifies.
    const midName = i > 0 && MID_NAME_HONORIFICS.has(lower) && /^\p{Lu}/u.test(words[i - 1]!) && !TITLE_HEADS.has(words[i - 1]!.toLowerCase()) && !countryOfDemonym(words[i - 1]!);
    if (TITLE_HEADS.has(lower) && !midName && (!unknown || i + 2 < words.length) && (!NAME_LIKE_HONORIFICS.has(lower) || i + 2 < words.length)) head = i;
    // "Inspector General of Police P. Sundarraj", "Chief of Staff": "of" and the body the title belongs to.
    else if (head >= 0 && (lower === 'of' || lower === 'the') && i + 2 < words.length) continue;
    else if (head >= 0 && /^(of|the)$/i.test(words[i - 1]!) && (TITLE_MODIFIERS.has(lower) || ORGANISATION_WORDS.has(lower))) head = i;
    // "Minister of Homeland Security Kerwin Alleyne": the portfolio runs on over its words; "Governor of Kano State
    // Abba Yusuf": so does the place a title is of.
    // A place only right after "of": "Maj-Gen Soe Min Htet" holds the town of Soe in Indonesia, not in his title.
    else if (
      (head === i - 1 || (head === i - 2 && words[i - 1] === 'of')) &&
      i + 2 < words.length &&
      words.slice(0, i).includes('of') &&
      (TITLE_MODIFIERS.has(lower) || DIVISION_WORDS.has(lower) || (words[i - 1] === 'of' && places.lookup(words[i]!).length > 0) || (!TITLE_HEADS.has(words[head]!.toLowerCase()) && places.lookup(words.slice(head, i + 1).join(' ')).length > 0))
    )
      head = i;
    else if (head >= 0 && i + 2 < words.length && (/^(of|the)$/i.test(words[i - 1]!) || (portfolio && head === i - 1)) && writtenLower(lower)) {
      head = i;
      portfolio = true;
    }
    // "House Speaker", "Army Chief", "Lamu County Commissioner": an organisation or division word qualifies the title after it.
    else if (!TITLE_MODIFIERS.has(lower) && !ORGANISATION_WORDS.has(lower) && !DIVISION_WORDS.has(lower) && !/^(county|district|city|town|municipal|provincial|station)$/.test(lower) && !countryOfDemonym(words[i]!) && places.lookup(words[i]!).length === 0) {
      if (head < 0 && /^\p{Lu}/u.test(words[i]!)) unknown = true;
      else break;
    }
  }
  // "Minister of Peace Dawit Mengistu": a portfolio the lexicon does not know is one word, the holder's name the rest.
  if (head >= 0 && words[head + 1] === 'of' && words.length - head >= 5) head += 2;
  // "Datuk Seri Ahmad Shukri Yusof": a Malaysian honorific of two words.
  if (head >= 0 && /^(?:datuk|dato['’]?)$/i.test(words[head]!) && /^(?:seri|sri)$/i.test(words[head + 1] ?? '') && words.length - head >= 4) head += 1;
  // "Minister of Government Communication and Government Spokesperson Omar al-Rawashdeh": a second title after the
  // first one's portfolio; the name is what follows the last title word, when that is a full name.
  if (head >= 0) {
    for (let j = words.length - 3; j > head; j--) {
      if (!TITLE_HEADS.has(words[j]!.toLowerCase())) continue;
      // "Minister Mohamed Sheikh Ali Dhoore": an honorific after a first name stays in the name.
      if (MID_NAME_HONORIFICS.has(words[j]!.toLowerCase()) && j - 1 > head && /^\p{Lu}/u.test(words[j - 1]!) && !TITLE_HEADS.has(words[j - 1]!.toLowerCase())) continue;
      const name = words.slice(j + 1);
      const personal = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) || /^\p{Ll}{1,3}-\p{Lu}/u.test(w);
      if (name.every((w) => personal(w) && !ORGANISATION_WORDS.has(w.toLowerCase()) && !TITLE_HEADS.has(w.toLowerCase()))) head = j;
      break;
    }
  }
  // "Minister of" written before the span ("Minister of Peace Dawit Mengistu", split at "of" by the names step):
  // the portfolio opens the span.
  const titleOf = /(?<![\p{L}])(\p{L}+)\s+of\s+(?:the\s+)?$/u.exec(before(text, span.start, 40));
  if (head < 0 && titleOf && TITLE_HEADS.has(titleOf[1]!.toLowerCase())) {
    let first = 0;
    while (words.length - first > 2 && /^\p{Lu}/u.test(words[first]!) && writtenLower(words[first]!.toLowerCase())) first++;
    if (first > 0) return { title: span.text.slice(0, span.tokens[first - 1]!.end - span.start), words: words.slice(first), start: span.tokens[first]!.start };
  }
  if (head < 0) return { words, start: span.start };
  const rest = words.slice(head + 1);
  // "General Staff of the Armed Forces of Ukraine": a body's word, then "of", is a body's name, no title.
  if (rest[0] === 'of' && ORGANISATION_WORDS.has(words[head]!.toLowerCase())) return { words, start: span.start };
  // "General Staff", "Foreign Ministry": a title word in an organisation's name.
  if (rest.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()))) return { words, start: span.start };
  // "Home Affairs Adviser Lt Gen (retd) Jahangir Alam": only titles, the name comes after.
  if (rest.every((w) => TITLE_HEADS.has(w.toLowerCase()))) return { words, start: span.start };
  return {
    title: span.text.slice(0, span.tokens[head]!.end - span.start),
    words: rest,
    start: span.tokens[head + 1]!.start,
  };
}

/** An actor an organisation already knows: found by its name or any alias wherever the text writes them. */
export interface KnownActor {
  name: string;
  kind: ActorKind;
  aliases?: readonly string[];
}


/**
 * The title written just before a known person's name: capitalised ("Prime Minister", "Syrian interim
 * Foreign Minister") or not ("army spokesman"). The known name takes the text first, so the title the
 * name span would have carried is read here.
 */
function titleBefore(text: string, start: number): string | undefined {
  const m = /((?:\p{Lu}[\p{L}-]*\s+)+)$/u.exec(before(text, start, 60));
  if (m) {
    const words = m[1]!.trim().split(/\s+/);
    let head = -1;
    words.forEach((word, i) => {
      if (TITLE_HEADS.has(word.toLowerCase())) head = i;
    });
    if (head === words.length - 1) {
      let first = head;
      while (first > 0 && (TITLE_HEADS.has(words[first - 1]!.toLowerCase()) || TITLE_MODIFIERS.has(words[first - 1]!.toLowerCase()))) first--;
      const title = words.slice(first).join(' ');
      return extendRole(text, start - m[1]!.length + m[1]!.indexOf(words[first]!), title);
    }
  }
  return lowerCaseTitleBefore(text, start);
}

/** Mentions of the known actors, each under its given name; the stretches of text they take. */
// "... West Africa Province", "... in the Greater Sahara", "ISIS-Somalia": the known name heads a longer one.
const LONGER_NAME_AFTER = /^(?:\s(?:in|of)\s(?:the\s)?\p{Lu}|-\p{Lu}|\s\p{Lu}(?!(?:onday|uesday|ednesday|hursday|riday|aturday|unday)\b)\p{Ll})/u;

// "Houthi-run", "Hamas-led", "Wagner-backed": a name joined to a participle describes what comes after it.
const QUALIFYING_AFTER = /^-(?:run|controlled|held|led|backed|aligned|allied|linked|affiliated|appointed|owned|dominated|supported)\b/;

function readKnownActors(text: string, book: ActorBook, known: readonly KnownActor[]): Mention[] {
  const taken: Mention[] = [];
  for (const { name, kind, aliases = [] } of known) {
    // Longer forms first, so that "Rapid Support Forces" is not read as "Rapid" plus something else.
    const forms = [...new Set([name, ...aliases])].filter((f) => f.trim()).sort((a, b) => b.length - a.length);
    for (const form of forms) {
      // A newsroom knows thousands of actors and an article names a few: a plain search first, a pattern only for those.
      if (!text.includes(form)) continue;
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeForPattern(form)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of text.matchAll(pattern)) {
        const mention = { start: m.index!, end: m.index! + form.length };
        if (taken.some((t) => t.start < mention.end && mention.start < t.end)) continue;
        // "Islamic State West Africa Province": a known name at the head of a longer one is not that actor.
        // A name ending on its number ("Barrio 18 in Villa Nueva") goes on in no longer one.
        if (LONGER_NAME_AFTER.test(text.slice(mention.end, mention.end + 30)) && !(/\d$/.test(form) && /^\s(?:in|of)\s/.test(text.slice(mention.end, mention.end + 5)))) continue;
        let actor = book.find(name);
        if (actor) book.mention(actor, form, mention);
        else book.mention((actor = book.add(name, kind, mention)), form);
        if (QUALIFYING_AFTER.test(text.slice(mention.end, mention.end + 16))) book.qualifying.add(mention.start);
        const title = kind === 'person' && !actor.role ? titleBefore(text, mention.start) : undefined;
        if (title) actor.role = title;
        taken.push(mention);
      }
    }
  }
  return taken;
}

/** "translated from French", "said in Arabic": a demonym used as a language's name. */
const LANGUAGE_BEFORE = /\b(?:translated\s+(?:from|into)|(?:spoke|speaking|said|says|written|wrote|published|broadcast|told [\p{L}]+)\s+in|in\s+fluent)\s+$/u;
/** Nouns after a lone demonym that make it a nationality, not a place: a firm, its people, foreigners. */
const OWNED_AFTER_DEMONYM =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:company|companies|firm|firms|group|conglomerate|multinational|corporation|giant|maker|manufacturer|investors?|bank|brand|owner|operator|miner|producer|nationals?|citizens?|tourists?|expatriates?|engineers?|workers?|contractors?)\b/u;

// What a side fires: "Israeli shells", "Russian drones", "Israeli artillery fire".
// ("Israeli attacks on South Lebanon", "the Israeli enemy's artillery": who fired, too.)
const FIRED_AFTER_DEMONYM = /^\s+(?:[\p{Ll}'’-]+\s+)?(?:shells?|shelling|artillery|(?:air\s?)?strikes?|airstrikes?|drones?|missiles?|rockets?|warplanes?|jets?|bombardments?|bombs?|mortars?|attacks|gunfire|raids|incursions?)\b/u;

/**
 * "Cairo (dpa) -", "Ukrinform informs": the wires the sources know are outlets, under the names they go by. The bare
 * letters some are cited by ("AP", "AA"), which other bodies share, count only in a text that names the wire in full.
 */
function wireAgencies(text: string): KnownActor[] {
  return WIRE_AGENCIES.map(({ name, aliases, citedOnly = [] }) => {
    const named = [name, ...aliases].some((form) => text.includes(form));
    return { name, kind: 'media', aliases: named ? [...aliases, ...citedOnly] : aliases };
  });
}

/** Reads every name of the article into actors and places; the organisation's known actors first. */
export function readNames(article: Article, places: PlaceBook, known: readonly KnownActor[] = []): ActorBook {
  const { text } = article;
  const book = new ActorBook();
  const taken = [...readKnownActors(text, book, [...known, ...WELL_KNOWN_GROUPS, ...wireAgencies(text)]), ...readUnBodies(text, book), ...readNicknamedUnits(text, book)];
  const spans = findNameSpans(article, { isKnownName: (phrase) => places.lookup(phrase).length > 0 || (phrase.includes(' ') && CROSS_BORDER_PLACES.has(phrase.toLowerCase())), isCountry: (phrase) => places.lookup(phrase).some((p) => p.kind === 'country') }).filter(
    // A name the organisation's list already read is not read again.
    (span) => !taken.some((t) => t.start < span.end && span.start < t.end),
  );
  // Longer names the text gives ("Central African Republic"), for telling a name from its start.
  const longer = new Set(spans.filter((s) => s.tokens.length > 1).map((s) => s.text));

  // Countries first, so that towns can be told apart by the countries the article names.
  let lastCountry: { code: string; end: number } | undefined;
  for (const span of spans) {
    const country = places.lookup(span.text).find((p) => p.kind === 'country');
    if (country) {
      // "the Democratic Republic of Congo (DR Congo)": the short form in brackets names it once more, not twice.
      const restated = lastCountry?.code === country.countryCode && /^\s*\($/.test(text.slice(lastCountry.end, span.start));
      lastCountry = { code: country.countryCode, end: span.end };
      // "the province of Oudalan, on the borders with Mali and Niger": neighbours, not where the story is.
      if (!BORDERING_BEFORE.test(before(text, span.start, 80)) && !restated) places.noteCountry(country.countryCode);
      continue;
    }
    // "Israeli" says less about where the story is than "in south Lebanon": a demonym counts half, and so does
    // a country inside a longer name ("Mozambican troops", "Mozambique Defence Armed Forces").
    // The longest country name inside wins: "South Sudan People's Defence Forces" names South Sudan, not Sudan.
    for (let i = 0; i < span.tokens.length; i++) {
      // "Police Service of Northern Ireland": a region whose name holds a country's ("Ireland") names no country but
      // its own, the country of that first-level division ("Northern Ireland Ambulance Service": the United Kingdom).
      const region = span.tokens.length > 1 && i + 1 < span.tokens.length && COMPASS.test(span.tokens[i]!.text) ? places.lookup(`${span.tokens[i]!.text} ${span.tokens[i + 1]!.text}`).filter((p) => p.kind !== 'country') : [];
      if (region.length > 0) {
        const division = region.filter((p) => p.kind === 'admin1');
        if (division.length === 1) places.noteCountry(division[0]!.countryCode, 0.5);
        // "Our correspondent in South Lebanon": the south of a country names it, whatever towns abroad share the name.
        else if (span.tokens.length === 2) {
          const country = places.lookup(span.tokens[1]!.text).find((p) => p.kind === 'country');
          if (country) places.noteCountry(country.countryCode);
        }
        i += 1;
        continue;
      }
      // "Central African Armed Forces", "South Sudanese troops": a demonym of two words first.
      const pair = i + 1 < span.tokens.length ? countryOfDemonym(`${span.tokens[i]!.text} ${span.tokens[i + 1]!.text}`) : undefined;
      let code = pair ?? countryOfDemonym(span.tokens[i]!.text);
      let length = pair ? 2 : 1;
      for (let n = Math.min(3, span.tokens.length - i); n >= 1 && !code && span.tokens.length > 1; n--) {
        const phrase = span.tokens.slice(i, i + n).map((t) => t.text.replace(/['’]s$/, '')).join(' ');
        code = places.lookup(phrase).find((p) => p.kind === 'country')?.countryCode;
        if (code) length = n;
      }
      // "Portuguese paper group Altri", "two Chinese nationals", "translated from French": a nationality or a language,
      // not where the story is.
      // "Israeli shells hit Kfar Kila": the nationality of who fired, not where it fell.
      // "the roads leading to the Algerian border": the neighbour's, not where the story is (unlike "an Azerbaijani
      // border guard", a force of its own).
      const owner =
        span.tokens.length === 1 &&
        (OWNED_AFTER_DEMONYM.test(after(text, span.end, 50)) || FIRED_AFTER_DEMONYM.test(after(text, span.end, 40)) || /^\s+(?:border|frontier)\b(?!\s+(?:guards?|police|service|troops|forces?|posts?|units?|officers?))/.test(after(text, span.end, 30)) || (LANGUAGE_BEFORE.test(before(text, span.start, 40)) && /^(?:\s*[.,;:)]|-language|\s*$)/.test(after(text, span.end, 10))));
      if (code && !owner) places.noteCountry(code, 0.5);
      i += length - 1;
    }
  }

  for (const match of text.matchAll(ONE_COUNTRY_DIVISION)) places.noteCountry(ONE_COUNTRY_DIVISIONS.get(match[0].toLowerCase())!, 0.5);

  for (const reporter of article.reporters) book.add(reporter.name, 'person', { start: reporter.start, end: reporter.end });
  for (const span of spans) readSpan(span, text, book, places, longer);
  readBorders(text, places);
  readPluralForms(spans, book, places);
  readForces(text, book, places);
  readEmbassies(text, book, places);
  readLocalBodies(text, book, places);
  readOwnForces(text, book, places);
  readMinistries(text, book, places);
  readCoalitions(text, book);
  readTitlesAlone(text, book);
  readOtherNames(text, book);
  readNameLists(text, book, places);
  // The learned second look, once every rule has read what it can.
  reviewNames(article, spans, book, places);
  // "the VDP" in a quote, "suspected Boko Haram terrorists" at the head of a sentence, which only the second look
  // reads, are the body later written "... (VDP)" or "..., popularly known as Boko Haram".
  for (const actor of [...book.actors]) {
    if (actor.kind === 'person') continue;
    const spelled = book.actors.find((other) => other !== actor && other.kind !== 'person' && other.aliases.includes(actor.name));
    if (spelled) book.merge(actor, spelled);
  }
  // "the State Security Service of Georgia" then "the State Security Service", "Fano militia" then "Fano", "The Moscow
  // Times" then "Moscow Times": one body under its full name and a short one, when no other body's name is as long.
  for (const actor of [...book.actors]) {
    if (actor.kind === 'person') continue;
    const fuller = book.actors.filter((other) => other !== actor && other.kind !== 'person' && isShortFormOf(actor.name, other.name, places));
    if (fuller.length === 1) book.merge(actor, fuller[0]!);
  }
  // "the Malian army", "Sudan's army": a description of the force the text also names ("the Malian Armed Forces").
  // Each name read once: a merge keeps the name it folds into, so what a name describes does not change.
  const describes = new Map(book.actors.map((actor) => [actor, describedForceCountry(actor.name, places)]));
  for (const [actor, country] of describes) {
    if (!country) continue;
    const named = book.actors.filter((other) => other !== actor && other.kind === 'state-force' && !describes.get(other) && [other.name, ...other.aliases].some((form) => FORCE_NAME.test(form) && countryInName(form, places) === country));
    if (named.length === 1) book.merge(actor, named[0]!);
  }
  // "the Christian Association of Nigeria", "the State Emergency Service of Ukraine": the country a body's name
  // ends on is named in the story too.
  for (const actor of book.actors) {
    if (actor.kind === 'person') continue;
    for (const mention of actor.mentions) {
      const written = text.slice(mention.start, mention.end);
      const m = /\b(?:of|in)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})$/u.exec(written);
      const country = m ? places.lookup(m[1]!).find((p) => p.kind === 'country') : undefined;
      if (country) places.add(country, m![1]!, { start: mention.end - m![1]!.length, end: mention.end });
    }
  }
  // Sites put in the story's country while reading go to the country the whole text points to.
  places.settle();
  return book;
}

/**
 * What a body's full name may add to its short one: whose or where it is ("of Georgia", "of the Haitian National
 * Police", "in Colombia"), or a group's word. Not a second body ("... of Mali and the Centre for ..."), nor a branch
 * in a region ("al-Qaeda in the Islamic Maghreb").
 */
const FULL_NAME_ADDS = /^(?:of\s+(?!.*\sand\s)(.+)|in\s+(?:the\s+)?(.+)|(militia|group|movement))$/i;

/** "the Malian army", "Sudan's military", "Azerbaijani armed forces": a country's force described, not named. */
const DESCRIBED_FORCE = /^(\p{Lu}[\p{L}-]+?)(?:['’]s)?\s+(?:army|military|armed forces)$/u;
/** A name that says a country's military: "Malian Armed Forces", "Chadian National Army", "Israel Defense Forces". */
const FORCE_NAME = /\b(?:Army|Armed Forces?|Defen[cs]e Forces?)\b/;

function describedForceCountry(name: string, places: PlaceBook): string | undefined {
  const described = DESCRIBED_FORCE.exec(name);
  return described ? countryInName(described[1]!, places) : undefined;
}

/** The country a name names by a demonym or the country's own name: "Malian ...", "... of the Democratic Republic of the Congo". */
function countryInName(name: string, places: PlaceBook): string | undefined {
  const words = name.replace(/['’]s\b/g, '').split(/\s+/);
  for (const word of words) {
    const code = countryOfDemonym(word);
    if (code) return code;
  }
  for (let n = Math.min(6, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const country = places.lookup(words.slice(i, i + n).join(' ')).find((p) => p.kind === 'country');
      if (country) return country.countryCode;
    }
  }
  return undefined;
}

/** A numbered unit: "14th Brigade", "6th Infantry (Kampilan) Division". */
const NUMBERED_UNIT = /^\d+(?:st|nd|rd|th)?\s.*\b(?:Brigade|Division|Battalion|Regiment|Corps|Front|Squadron)$/i;
const wordsOf = (name: string) => name.toLowerCase().replace(/[()]/g, '').split(/\s+/);

function isShortFormOf(short: string, full: string, places: PlaceBook): boolean {
  const bare = (name: string) => name.replace(/^the\s+/i, '');
  const [s, f] = [bare(short), bare(full)];
  if (s.toLowerCase() === f.toLowerCase()) return short !== full;
  // "the Defence Ministry" is "the Ministry of Defence".
  if (/\s+ministry$/i.test(s) && f.toLowerCase() === `ministry of ${s.replace(/\s+ministry$/i, '').toLowerCase()}`) return true;
  // "the 14th Brigade" is "the 14th Separate Mechanised Brigade": the same number and unit, words left out.
  if (NUMBERED_UNIT.test(s) && NUMBERED_UNIT.test(f)) {
    const fullWords = wordsOf(f);
    let at = 0;
    return wordsOf(s).every((word) => (at = fullWords.indexOf(word, at) + 1) > 0);
  }
  if (!f.toLowerCase().startsWith(`${s.toLowerCase()} `)) return false;
  const added = FULL_NAME_ADDS.exec(f.slice(s.length + 1));
  if (!added) return false;
  if (added[1] || added[3]) return true;
  // "in Colombia", but not "in the Sahel": a branch in a region may be a body of its own.
  return places.lookup(added[2]!).some((p) => p.kind === 'country');
}

// "the Kenya-Somalia border", "the Chad–Sudan frontier": both countries are named, in one hyphenated word.
const BORDER_PAIR = /\b(\p{Lu}[\p{L}]{2,})[-–](\p{Lu}[\p{L}]{2,})\s+(?:border|frontier|boundary)\b/gu;

function readBorders(text: string, places: PlaceBook) {
  for (const match of text.matchAll(BORDER_PAIR)) {
    let at = match.index!;
    for (const part of [match[1]!, match[2]!]) {
      const country = places.lookup(part).find((p) => p.kind === 'country');
      if (country && !places.named(part)?.mentions.some((m) => m.start === at)) places.add(country, part, { start: at, end: at + part.length });
      at += part.length + 1;
    }
  }
}

// "the UN refugee agency", "the U.N. human rights office": a body of the UN named in lower case after it.
const UN_BODY = /\b(?:UN|U\.N\.)(?:['’]s)?\s+(?:(?!(?:and|or|the|of|an?|to|in|on|at|by|for|from|with|said|says|has|had|have|is|was|were|will|would|its|their|which|that)\b)[a-z][a-z'’-]*\s+){1,3}?(?:agency|agencies|office|mission|force)\b/g;

/** UN bodies written in lower case, read before the capitalised names so that "UN" alone is not one of them. */
function readUnBodies(text: string, book: ActorBook): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(UN_BODY)) {
    const mention = { start: match.index!, end: match.index! + match[0].length };
    mentions.push(mention);
    // "the UN peacekeeping mission, MONUSCO,", "the UN children's agency UNICEF", "the UN refugee agency (UNHCR)":
    // the acronym given beside it is the body's name.
    const acronym = /^(?:,?\s+|\s*\()(\p{Lu}{3,8})\b/u.exec(text.slice(mention.end, mention.end + 12));
    if (acronym) {
      const start = mention.end + acronym[0].length - acronym[1]!.length;
      const at = { start, end: start + acronym[1]!.length };
      book.mention(book.add(acronym[1]!, 'intergovernmental', at), match[0], mention);
      mentions.push(at);
    } else book.add(match[0], 'intergovernmental', mention);
  }
  return mentions;
}

// "6th Infantry (Kampilan) Division", "1st \"El Oro\" Infantry Brigade": an army unit named with its nickname, in
// brackets or quotation marks, is one name; the marks would otherwise cut it in three.
const NICKNAMED_UNIT =
  /\b\d{1,4}(?:st|nd|rd|th)\s+(?:(?:\p{Lu}\p{Ll}+\s+){1,2}\((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\)|["“](?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,2}["”](?:\s+\p{Lu}\p{Ll}+){1,2})\s+(?:Division|Brigade|Battalion|Regiment|Company|Group|Squadron)\b/gu;

function readNicknamedUnits(text: string, book: ActorBook): Mention[] {
  return [...text.matchAll(NICKNAMED_UNIT)].map((match) => {
    const mention = { start: match.index!, end: match.index! + match[0].length };
    book.add(match[0], 'state-force', mention);
    return mention;
  });
}

/** "The Houthis said ..." before "Houthi rebels": a group's name in the plural or the singular is the same group. */
function readPluralForms(spans: NameSpan[], book: ActorBook, places: PlaceBook) {
  const taken = new Set<number>();
  for (const actor of book.actors) for (const m of actor.mentions) taken.add(m.start);
  for (const place of places.list()) for (const m of place.mentions) taken.add(m.start);
  for (const span of spans) {
    if (span.tokens.length !== 1 || taken.has(span.start)) continue;
    const other = book.find(span.text.endsWith('s') ? span.text.slice(0, -1) : `${span.text}s`);
    if (other && other.kind !== 'person' && other.kind !== 'media') book.mention(other, span.text, { start: span.start, end: span.end });
  }
}

// A place written after a name, with its side of the compass: "of northern Iraq", "in the southern Gaza Strip", "in
// north-central Burkina Faso".
// "of Rio de Janeiro", "in Mocímboa da Praia": a particle may join the words of a name.
const PLACE_WRITTEN = String.raw`(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+|(?:north|south|east|west)-central\s+)?(\p{Lu}[\p{L}-]+(?:\s+(?:(?:de|da|do|dos|das|del|la|el)\s+)?\p{Lu}[\p{L}-]+)?)`;
const OF_PLACE = new RegExp(String.raw`^\s*(?:\p{Ll}+\s+)?of\s+${PLACE_WRITTEN}`, 'u');
const IN_PLACE = new RegExp(String.raw`^\s*,?\s*in\s+${PLACE_WRITTEN}`, 'u');
const FURTHER_IN_PLACE = new RegExp(String.raw`^[^.;,]{0,40}?\bin\s+${PLACE_WRITTEN}`, 'u');
// "the village of Ofaye in Irumu territory of Ituri province": the division the named one lies in.
const IN_DIVISION_OF = new RegExp(String.raw`^\s*,?\s*in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:[Tt]erritory|[Dd]istrict|[Cc]ounty|[Ss]ector|[Cc]ommune|[Mm]unicipality|[Dd]epartment|[Ss]ubdistrict|[Tt]ownship|[Ll]ocality)\s+of\s+${PLACE_WRITTEN}`, 'u');

/**
 * The country a place the gazetteer lacks is in, from the words around it: "Somalia's Lower Shabelle
 * region", "the Gara region of northern Iraq", or the country of the place named just before it in the
 * same sentence ("the village of Kani Masi, in Duhok province"). Undefined when nothing says.
 */
function countryNear(text: string, start: number, end: number, places: PlaceBook) {
  const country = (word: string) => places.lookup(word).find((p) => p.kind === 'country') ?? (countryOfDemonym(word) ? places.lookup(countryName(countryOfDemonym(word)!) ?? '').find((p) => p.kind === 'country') : undefined);
  const owner = /(\p{Lu}[\p{L}-]+)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(before(text, start, 60));
  const byOwner = owner ? country(owner[1]!) : undefined;
  if (byOwner) return byOwner;
  const of = OF_PLACE.exec(after(text, end, 60));
  const byOf = of ? country(of[1]!) : undefined;
  if (byOf) return byOf;
  // "the city of Saravan in southeastern Iran": the country the words after the name put it in.
  const byWithin = countryAfter(text, end, places);
  if (byWithin) return byWithin;
  // "the Óvalo Mansiche in Trujillo, Peru": the country after the town it stands in.
  const townThenCountry = /^\s*,?\s*in\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?,\s*(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u.exec(after(text, end, 80));
  const byTownsCountry = townThenCountry ? places.lookup(townThenCountry[1]!).find((p) => p.kind === 'country') : undefined;
  if (byTownsCountry) return byTownsCountry;
  // "in the North West Region": the name with the division word written after it, before the name alone.
  const countryOrDivision = (words: string, m: RegExpExecArray) => {
    const word = /^\s+(\p{L}+)/u.exec(words.slice(m.index + m[0].length))?.[1];
    return places.lookupWithWord(m[1]!, word && DIVISION_WORDS.has(word.toLowerCase()) ? word : undefined).find((p) => p.kind === 'country' || p.kind === 'admin1');
  };
  const division = IN_DIVISION_OF.exec(after(text, end, 100));
  const byDivision = division ? countryOrDivision(after(text, end, 100), division) : undefined;
  if (byDivision) return byDivision;
  // "the Mawasi area west of Khan Younis in the southern Gaza Strip": the province or country the clause goes on to.
  const further = FURTHER_IN_PLACE.exec(after(text, end, 80));
  const byFurther = further ? countryOrDivision(after(text, end, 80), further) : undefined;
  if (byFurther) return byFurther;
  // "in Duhok province, Iraq": the country right after a comma.
  // "near Djanet, Rome confirms", "the town of Djanet, Italy's foreign ministry said": a capital or a country that
  // speaks, or owns who speaks, places nothing.
  const comma = /^\s*,\s*(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?![\p{L}-]|['’]s\b)(?!\s+(?:says|said|confirms|confirmed|reports|reported|announces|announced|claims|claimed|denies|denied|warns|warned)\b)/u.exec(after(text, end, 40));
  const byComma = comma ? places.lookup(comma[1]!).find((p) => p.kind === 'country') : undefined;
  if (byComma) return byComma;
  // "Kitaya Village, Mtwara Rural District", "the Shamsiddin Shohin district of the Khatlon region": the province or
  // town written after it says which country it is in.
  for (const m of [of, comma]) {
    // "North-West region", "the East region": a compass point alone names a region of many countries.
    if (!m || COMPASS.test(m[1]!.split(/[\s-]+/)[0]!)) continue;
    const cues = { locative: true, afterThe: false };
    const place = places.resolve(m[1]!, cues) ?? places.resolve(m[1]!.split(/\s+/)[0]!, cues);
    if (place && place.kind !== 'country') return place;
  }
  const last = places.lastPlaceBefore(start);
  const lastMention = last && places.named(last.name);
  const sentenceStart = Math.max(text.lastIndexOf('.', start), text.lastIndexOf('\n', start));
  // "a missile launched from Yemen struck ... in Rishon LeZion": the place something came from does not hold the next.
  const fromThere = (m: Mention) => /\bfrom\s+(?:the\s+)?$/.test(before(text, m.start, 12));
  if (last && lastMention && lastMention.mentions.some((m) => m.start > sentenceStart && m.start < start && !fromThere(m))) return last;
  return undefined;
}

// A country named as a neighbour, alone or in a list: "bordering Afghanistan", "on the borders with Mali and Niger",
// "the border corridors with Venezuela", "the border crossing with Turkey" (one word between).
const BORDERING_BEFORE = /\b(?:bordering|borders?(?:\s+\p{Ll}+)?\s+with|neighbouring|neighboring)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*(?:\s*,\s*|\s+and\s+)(?:the\s+)?)*$/u;

// "the tribal district bordering Afghanistan", "Rohingyas who fled violence in Myanmar": a neighbour named in passing,
// or the country refugees fled, holds none of the story's villages.
const NEIGHBOUR_BEFORE = /\b(?:bordering|borders?(?: with)?|neighbouring|neighboring|from|fled(?:\s+[\p{Ll}-]+){0,2}\s+in)\s+(?:the\s+)?$/iu;

/** Where a place the gazetteer lacks lies: the country or province written beside it, else the place named last before it. */
function whereabouts(text: string, start: number, end: number, places: PlaceBook): GazetteerPlace | undefined {
  const near = countryNear(text, start, end, places);
  if (near) return near;
  const inPassing = (m: Mention) => NEIGHBOUR_BEFORE.test(before(text, m.start, 20)) || namedAsOwner(text, m, places);
  const last = places.lastPlaceBefore(start, inPassing);
  // "an Israeli drone strike ... in the town of Bint Jbeil" a paragraph after "Israel": a country named last, in an
  // earlier paragraph, is not where a town lies when the story is about another; the story's country is. Named in
  // the same paragraph ("in Algeria's far south, near the desert town of Djanet"), it is.
  const main = places.mainCountry();
  if (last?.kind !== 'country' || !main || last.countryCode === main) return last;
  const paragraphStart = text.lastIndexOf('\n', start) + 1;
  return places.lastPlaceBefore(start, (m) => m.start < paragraphStart || inPassing(m));
}

/** "Somalia's Al-Shabaab": a country named as a body's owner says nothing of where the next place is. */
function namedAsOwner(text: string, mention: Mention, places: PlaceBook): boolean {
  return /^['’]s\s+\p{Lu}/u.test(after(text, mention.end, 4)) && places.lookup(text.slice(mention.start, mention.end)).some((p) => p.kind === 'country');
}

/** "the village of Dakoro in northern Nigeria": the country written right after a town's name. */
function countryAfter(text: string, end: number, places: PlaceBook) {
  const within = IN_PLACE.exec(after(text, end, 60));
  return within ? places.lookup(within[1]!).find((p) => p.kind === 'country') : undefined;
}

/** The country a "<Demonym> city of" or "<Country>'s town of" before a name puts it in. */
function countryBefore(prev: string, places: PlaceBook): string | undefined {
  // "Sinaloa's Eldorado": a town named after the province that holds it is in that province's country.
  const province = /(\p{Lu}[\p{L}-]+)['’]s\s+$/u.exec(prev);
  const division = province ? places.lookup(province[1]!).find((p) => p.kind === 'admin1') : undefined;
  if (division && !places.lookup(province![1]!).some((p) => p.kind === 'country')) return division.countryCode;
  const m = /(\p{Lu}[\p{L}-]+)(?:['’]s)?\s+(?:\p{Ll}+\s+)?(?:city|town|village|capital|port city|province|region|state|district) of\s+$/u.exec(prev);
  if (!m) return undefined;
  return countryOfDemonym(m[1]!) ?? places.lookup(m[1]!).find((p) => p.kind === 'country')?.countryCode;
}

// "the transnational gang Tren de Aragua", "the criminal organisation "Los Malditos"": the noun before a gang's name.
const GANG_BEFORE = /\b(?:gang|cartel|faction|militia|criminal organi[sz]ation)\s+["“]?$/i;
// Articles that open Romance names of gangs, prisons and places ("Los Lobos", "La Roca"), never a person's.
const ROMANCE_ARTICLE = /^(los|las|la|el|le|les|il|lo|os|as)$/i;
// "Los Lobos", "Los Choneros": a name opening with "Los" names a gang unless a place word or
// preposition comes before it ("in Los Caobos", "the village of Los Amates").
const PLURAL_ARTICLE = /^los$/i;
const PLACE_BEFORE = /\b(?:in|at|near|from|to|into|towards?|of|outside|around|across|through|via|village|town|neighbou?rhood|district|municipality|sector|hamlet|community|barrio|colonia|parish|canton|province|department|estate|settlement)\s+$/i;
function pluralArticleGroup(text: string, start: number, words: string[]): boolean {
  return PLURAL_ARTICLE.test(words[0]!) && !PLACE_BEFORE.test(before(text, start, 30));
}
// Lower-case nouns after a name that make the name a group's ("Los Lobos gang", "Tren de Aragua cartel").
const GROUP_AFTER = /^\s+(gang|cartel|militia|rebels|rebel group|armed group|group|faction|insurgents|jihadists|movement|front)\b/;
// Lower-case nouns after a name of several words that make it an organisation's ("Coordination Framework coalition").
const ORGANISATION_AFTER = /^\s+(coalition|alliance|bloc|party|mission|union|organi[sz]ation|council|network|company|committee|federation|association|foundation|agency|ministry|office|commission|consortium)\b/;
// An age or a person's description after a single name: "Rina, a 21-year-old student", "Musa, 34,".
const ONE_NAME_PERSON =
  /^\s*,\s*(?:\d{1,3}\s*,|(?:an?|the)\s+(?:\d{1,3}-year-old|(?:[\p{Ll}-]+\s+){0,3}?(?:student|teacher|trader|farmer|resident|mother|father|widow|widower|driver|survivor|witness|worker|nurse|doctor|shopkeeper|fisherman|herder|villager|activist|vendor|grandmother|grandfather)s?\b))/u;
// ", a spokesman for the union", ", the group's commander", ", head of the council", ", 34,": what a person is, after their name.
const PERSON_APPOSITION = new RegExp(String.raw`^\s*,\s*(?:\d{1,3}\s*,|(?:head|chief|director|member|spokes(?:man|woman|person)|leader|commander|officer-in-charge|superintendent|inspector|secretary|chairman|president|mayor|governor) of\s|(?:an?|the|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:spokes(?:man|woman|person)|commander|official|officer|leader|chief|head|director|member|resident|witness|father|mother|brother|sister|son|daughter|student|teacher|farmer|trader|activist|lawyer|journalist)\b)`, 'u');
// Nouns after a single name that make it a news outlet ("its Amaq news agency").
const MEDIA_AFTER = /^\s+(news agency|agency|newspaper|daily|broadcaster|television|tv channel|channel|radio|news website|website)\b/;

// A law, a bill, an agreement: documents named in capitals, neither actors nor places.
const NOT_ACTOR_ENDINGS = /^(?:law|bill|act|consensus|declaration|charter|convention|resolution|agreement|accord|treaty|protocol|doctrine|constitution|code|decree|ordinance|prize|award|medal)$/i;

// Title words no surname is made of: a capitalised phrase ending in one is a title, not a person's name.
const TITLE_ONLY_ENDINGS = /^(?:officer|minister|governor|president|secretary|spokesman|spokeswoman|spokesperson|commander|commissioner|director|ambassador|prosecutor|mayor|superintendent|inspector|chairman|chairwoman|coordinator|adviser|advisor|envoy|representative|official)$/i;

const MILITARY_DIVISION = /^(?:infantry|armou?red|mechani[sz]ed|airborne|marine|army|artillery|cavalry|light|special|motori[sz]ed|rifle|tank|guards?|air|naval|military)$/i;

/** "King Talal Street", "Lake Chad", "Puerto Cortés": a name shaped like a place's, whatever title or name it carries. */
function placeShaped(words: string[]): boolean {
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  if (words.length < 2) return false;
  // Nigeria's districts: "Tsafe Local Government Area".
  if (/^local government area$/i.test(words.slice(-3).join(' '))) return true;
  // "Anti-Terrorism Law", "Five-Point Consensus": a text's name is no actor's (NOT_ACTOR_ENDINGS), nor a place's.
  if (NOT_ACTOR_ENDINGS.test(last)) return false;
  if (organisationKind(words)) return false;
  // "Middle Shabelle", "Upper Nile", "Lower Juba": a compass word opens a region's name.
  // "West African", "Central Asian" are adjectives, no region's name.
  const adjective = countryOfDemonym(words[1]!) || /^(?:\p{Lu}\p{Ll}+(?:ian|ean|can|ese|ish)|Arab|Asian)$/u.test(words[1]!);
  const compassRegion = COMPASS.test(first) && words.length === 2 && !adjective && !NOT_NAMES.has(last);
  // "Lanao del Sur", "Maguindanao del Norte": a province's name with its compass point in Spanish.
  const spanishCompass = words.length >= 3 && /^(?:del|de)$/i.test(words[words.length - 2]!) && /^(?:sur|norte)$/.test(last);
  return PLACE_OPENERS.has(first) || compassRegion || spanishCompass || (PLACE_FEATURES.has(last) && !DIVISION_WORDS.has(last));
}

/**
 * A person, whose surname may come after a nickname in quotation marks: 'Jimmy "Barbecue" Chérizier' is
 * "Jimmy Chérizier", also called "Barbecue".
 */
function addPerson(text: string, book: ActorBook, name: string, mention: Mention, role?: string): ExtractedActor {
  const nick = /^\s+["“]([^"“”\n]{2,30})["”]\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?![\p{L}'’-])/u.exec(after(text, mention.end, 80));
  // "Me Ngo Bassong" after "Hortense Ngo Bassong": the end of a full name met before, two words at least, is that person.
  const fuller = name.includes(' ') ? book.actors.find((a) => a.kind === 'person' && a.name.endsWith(` ${name}`)) : undefined;
  if (!nick && fuller) {
    book.mention(fuller, name, mention);
    if (role && !fuller.role) fuller.role = role;
    return fuller;
  }
  if (!nick) return book.add(name, 'person', mention, role);
  const person = book.add(`${name} ${nick[2]}`, 'person', { start: mention.start, end: mention.end + nick[0].length }, role);
  const at = mention.end + nick[0].indexOf(nick[1]!);
  book.mention(person, nick[1]!, { start: at, end: at + nick[1]!.length });
  return person;
}

const ARABIC_QUALIFIER = /^(?:al|el|as|ash|ad)-(?:Fawqa|Foqa|Fouqa|Tahta|Tahtani|Fawqani|Jadida|Jadid|Qadima|Qadim|Kabira|Kabir|Saghira|Saghir|Sharqiya|Sharqiyah|Sharqi|Gharbiya|Gharbiyah|Gharbi|Shamaliya|Shamali|Janubiya|Janubi|Wusta)$/i;
const DENOMINATION = /^(?:Roman|Catholic|Anglican|Orthodox|Coptic|Methodist|Lutheran|Presbyterian|Evangelical|Baptist|Pentecostal|Protestant|Adventist|Maronite|Syriac|Armenian|Episcopal)$/;

/** A title's initials, as the text may write it later: "Senior Divisional Officer" is SDO. */
export const initialsOf = (title: string) =>
  title
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/** "SDO" for "Senior Divisional Officer for Mayo-Sava" too: the post's initials, with or without where it serves. */
export const roleHasInitials = (role: string, initials: string) =>
  [role, role.split(/\s+(?:for|in)\s+/)[0]!].some((post) => initialsOf(post).endsWith(initials));

/** The one person met so far whose full name holds this word before its surname, if only one does. */
export function personByPart(book: ActorBook, word: string): ExtractedActor | undefined {
  const holders = book.actors.filter((a) => a.kind === 'person' && a.name.split(/\s+/).slice(0, -1).includes(word));
  return holders.length === 1 ? holders[0] : undefined;
}

// "who gave his name only as", "identified only as", "who goes by": the words before a name a description gives.
const NAME_GIVEN_BEFORE = new RegExp(String.raw`\b(?:${GAVE_NAME}(?: as|,)|identified (?:only |himself |herself )?as|identified only by (?:his|her|their) first name,?|named only as|known only as|who goes by)\s+$`, 'i');

/** Whether a word stands as a name on its own somewhere else, not only inside a longer capitalised name. */
function standsAlone(text: string, name: string, at: number): boolean {
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeForPattern(name)}(?![\\p{L}\\p{N}])`, 'gu'))) {
    if (m.index === at) continue;
    const inLonger = /\p{Lu}[\p{L}.'’-]*\s+$/u.test(before(text, m.index!, 30)) || /^\s+(?:of\s+)?\p{Lu}/u.test(after(text, m.index! + name.length, 30));
    if (!inLonger) return true;
  }
  return false;
}

// "Wilayat Sinai", "Vilayat Kavkaz": the Arabic for province, as the group's statements transliterate it.
const WILAYAT = /^(?:Wilayat|Wilayah|Vilayat|Velayat)$/;

/** "Red Sea state", "the Caribbean coast": a division or a country's coast, not the sea. */
const DIVISION_OR_COAST_AFTER = /^\s+(?:state|province|governorate|department|district|county|municipality|coast|lowlands)\b/i;

function readSpan(span: NameSpan, text: string, book: ActorBook, places: PlaceBook, longer: Set<string>) {
  const spanWords = span.tokens.map((t) => t.text);
  // A credit line names reporters and editors after "by", "and" or ";", and where they filed from after "in";
  // a newsroom or a bureau is no one.
  if (CREDIT_LINE.test(span.sentence.text) && /(?:\bby|\band|;|,)\s+$/.test(before(text, span.start, 8))) {
    if (!/\b(?:newsroom|bureau|desk|staff)$/i.test(span.text) && spanWords.length >= 2) book.add(span.text, 'person', { start: span.start, end: span.end });
    return;
  }
  // "the Sahel", "Lake Chad": across borders, in no country ("Red Sea state" is Sudan's).
  if (CROSS_BORDER_PLACES.has(span.text.toLowerCase()) && !DIVISION_OR_COAST_AFTER.test(after(text, span.end, 20))) {
    places.addCrossBorder(span.text, { start: span.start, end: span.end });
    return;
  }
  // "into the Kingdom" in a story about Jordan: the monarchy the text has placed itself in, no town of its own.
  if (span.text === 'Kingdom' && /\bthe\s+$/.test(before(text, span.start, 5)) && !/^\s+of\b/.test(after(text, span.end, 5))) {
    const code = places.list().find((p) => KINGDOMS.has(p.countryCode))?.countryCode;
    const country = code ? places.countryEntry(code) : undefined;
    if (country) places.add(country, country.name, { start: span.start, end: span.end });
    return;
  }
  // "a Toyota pick-up": a vehicle, no place and no one.
  if (namesAVehicle(span.text, after(text, span.end, 20))) return;
  // "the Governor of Warrap State": a title and where it holds, nobody's name and no place of its own.
  if (spanWords.length > 2 && TITLE_HEADS.has(spanWords[0]!.toLowerCase()) && spanWords[1] === 'of' && PLACE_FEATURES.has(spanWords[spanWords.length - 1]!.toLowerCase())) return;
  // A street or square named after a king or a general is a place: the title is part of its name.
  // "DR Congo": a country's name that opens like a title ("Dr") is the country.
  const countryNamed = spanWords.length > 1 && places.lookup(span.text).some((p) => p.kind === 'country');
  const split = placeShaped(spanWords) || countryNamed ? { title: undefined, words: spanWords, start: span.start } : splitTitle(span, places, text);
  const { title } = split;
  let { words, start } = split;
  // "District Police Officer (DPO) Hangu Khalid Mehmood Afridi": the post's town between the title and the name.
  if (!title && words.length >= 4 && places.lookup(words[0]!).some((p) => p.kind !== 'country') && titleWithInitialsBefore(text, span.start)) {
    words = words.slice(1);
    start = span.tokens[1]!.start;
  }
  // "DSP Kandhkot Abdul Qadir Soomro", "Chief Minister Punjab Maryam Nawaz Sharif": the post's town or province between
  // a title and the name, when it is a province of the story's country or a place the story has already named.
  if (title && words.length >= 3 && (!!places.named(words[0]!) || places.lookup(words[0]!).some((p) => p.kind === 'admin1' && places.countries.has(p.countryCode)))) {
    words = words.slice(1);
    start = text.indexOf(words[0]!, start + 1);
  }
  // "said UNICEF Representative in South Sudan Amina Diallo-Keita": the country of a post, then who holds it.
  const postIn = !title && words.length >= 3 ? /([\p{L}-]+)\s+(?:in|for|to)\s+$/u.exec(before(text, span.start, 40)) : null;
  let postRole: string | undefined;
  if (postIn && TITLE_HEADS.has(postIn[1]!.toLowerCase())) {
    for (let n = Math.min(3, words.length - 2); n >= 1; n--) {
      const country = places.lookup(words.slice(0, n).join(' ')).find((p) => p.kind === 'country');
      if (!country) continue;
      const countryEnd = span.tokens[n - 1]!.end;
      places.add(country, text.slice(span.start, countryEnd), { start: span.start, end: countryEnd });
      postRole = `${postIn[0]}${text.slice(span.start, countryEnd)}`;
      words = words.slice(n);
      start = span.tokens[n]!.start;
      break;
    }
  }
  // "The Regional Police Commander for Kasese, Joseph Okello": a title and what it is for, nobody's name.
  if (title && /^(?:for|of|in|at|on|to|and)$/i.test(words[0] ?? '')) return;
  // "the Communist Party of India (Maoist)": a party's bracketed wing is part of its name.
  const wing = words.includes('Party') ? /^\s\((?:Maoist|Marxist|Marxist[-–]Leninist|Maoist Centre|Unified Marxist[-–]Leninist)\)/.exec(after(text, span.end, 40)) : null;
  const end = span.end + (wing?.[0].length ?? 0);
  const name = text.slice(start, end);
  const mention = { start, end };
  const lowerTitle = title
    ? undefined
    : lowerCaseTitleBefore(text, span.start) ??
        // A capitalised title before a place is the place's ("the Inspector General of Police, Punjab").
        titleOfBefore(text, span.start, places.lookup(name).length === 0) ??
        (words.length > 1 && places.lookup(name).length === 0 ? titleWithInitialsBefore(text, span.start) : undefined);
  const role = title ? extendRole(text, span.start, title) : postRole ?? lowerTitle;

  // A kunya or nickname given after the name: "..., known as “Abu Khadija,”".
  const known = book.find(name);
  // "Army says it has recaptured Adan Yabaal" in the headline, then "the strategic town of Adan Yabaal": a name read as
  // a person's only for its shape is the town the text then says it is.
  if (known && known.kind === 'person' && !known.role && !role && known.name === name && SETTLEMENT_OF.test(before(text, span.start, 40))) {
    const site = places.addSite(name, mention, whereabouts(text, span.start, span.end, places), 'city');
    if (site) {
      book.remove(known);
      site.mentions.push(...known.mentions);
      return;
    }
  }
  if (known) {
    book.mention(known, name, mention);
    // "Abu Sayyaf" first met bare in the headline, then "the Abu Sayyaf group": a group after all.
    if (known.kind === 'person' && !known.role && !role && (GROUP_AFTER.test(after(text, span.end, 30)) || GANG_BEFORE.test(before(text, span.start, 30)) || contextSaysGroup(text, span.start, span.end))) {
      known.kind = 'armed-group';
    }
    if (role && !known.role) known.role = role;
    if (known.kind === 'state-force' && appositiveSaysGroup(text, span.end)) known.kind = 'armed-group';
    return;
  }
  // "Larne, County Antrim", "County Kerry": an Irish county written before its name is a place, its country the town's.
  // "Strabane, Co Tyrone": the Irish press's short form too.
  if (!role && words.length === 2 && /^(?:County|Co\.?)$/.test(words[0]!)) {
    // A namesake in a country the story never names (Tyrone in Pennsylvania) is not the county: the place beside it says where.
    const namesakes = places.lookup(words[1]!).filter((p) => p.kind !== 'country');
    const county = namesakes.find((p) => places.countries.has(p.countryCode)) ?? (places.countries.size === 0 ? namesakes[0] : undefined);
    if (county || words[0] !== 'County') {
      places.addSite(name, mention, county ?? whereabouts(text, span.start, span.end, places), 'admin2');
      return;
    }
  }
  // "Nabatieh al-Fawqa", "Kafr Nabudah al-Jadida": a town and the Arabic for upper, lower, new, old, east... is a
  // village named after the town, no person.
  if (!role && words.length >= 2 && ARABIC_QUALIFIER.test(words[words.length - 1]!)) {
    const town = places.lookup(words.slice(0, -1).join(' ')).find((p) => p.kind !== 'country');
    if (town) {
      places.addSite(name, mention, town, 'city');
      return;
    }
  }
  // "in Momo Division", "of Mezam Division", "Ndop, Ngoketunjia Division", "Tubah Subdivision": an administrative
  // division (Cameroon's), no army's.
  // An army's division has a number or an arm's word, and "the" before it ("the 3rd Infantry Division", "the Diamond Division").
  const last = words[words.length - 1]!.toLowerCase();
  if (
    !role &&
    words.length >= 2 &&
    (last === 'subdivision' || (last === 'division' && /(?:\b(?:in|of|from|across|into|to)|\p{Lu}[\p{L}-]+,)\s+$/u.test(before(text, start, 24)))) &&
    !words.some((w) => /\d/.test(w) || MILITARY_DIVISION.test(w))
  ) {
    places.addSite(name, mention, whereabouts(text, start, span.end, places), 'admin2');
    return;
  }
  // "Nigerian Army", "Afghan Police": a country's body written with capitals is a name; "Iraqi Army" alone is too.
  const nationalBody = words.length > 1 && ORGANISATION_WORDS.has(words[words.length - 1]!.toLowerCase()) && words.slice(0, -1).every((w) => countryOfDemonym(w));
  // "the Army General Staff", "the Joint Staff": an army's staff is its command, a body of its own ("the General Staff"
  // alone is the short form of a longer name, read with it).
  const staffBody = words.length > 1 && last === 'staff' && /^(?:army|joint)$/i.test(words[0]!);
  if (!nationalBody && !staffBody && words.every((w) => NOT_NAMES.has(w.toLowerCase()) || countryOfDemonym(w))) return;
  if (words.length === 1 && !role) {
    // "TotalEnergies", "ExxonMobil", "WhatsApp": a word with a capital inside is a company's or a service's name;
    // a surname so written has its particle first ("McCarthy", "DeSantis", "LeBlanc").
    if (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(name) && !/^(?:Mc|Mac|De|Le|La|Di|Da|Van|Von|Du|O)\p{Lu}/u.test(name) && places.lookup(name).length === 0) {
      book.add(name, 'other-organization', mention);
      return;
    }
    // "the Hazara community", "ethnic Lendu militias", "mainly Tuareg separatists": a people, no body and no place.
    if (namesAPeople(text, name)) return;
    // "Rights groups say" at a sentence's head: a word the text writes capitalised only inside longer names
    // ("Human Rights Watch") qualifies the plural noun after it ("Houthi rebels" are left to the group rules).
    const opens = span.start === span.sentence.start || /["“(]\s*$/.test(before(text, span.start, 2));
    if (opens && /^\s+(?!(?:rebels|militants|fighters|insurgents|militiamen|jihadists|separatists|gunmen|troops|forces|soldiers)\b)\p{Ll}+s\b/u.test(after(text, span.end, 20)) && !standsAlone(text, name, span.start) && places.lookup(name).length === 0) return;
  }

  // "(Reuters) —", "(AP) -": the agency that filed the story.
  if (words.length === 1 && /\($/.test(before(text, start, 1)) && /^\)\s*[—–-]/.test(after(text, span.end, 4))) {
    // "April 23, 2026 (KOSTI) –": a town in capitals after the date that opens a line is where it was filed.
    const town = /(?:^|\n)[^\n]{0,30}\b(?:19|20)\d\d\s*\($/.test(before(text, start, 40)) ? places.resolve(name.charAt(0) + name.slice(1).toLowerCase(), { locative: true, afterThe: false }) : undefined;
    if (town && town.kind === 'city') places.add(town, name, mention);
    else book.add(name, 'media', mention);
    return;
  }
  // The labels of a page, not names: "LIVE:", "PRESS RELEASE", "Press Release No. 4".
  if (/^(?:live|press release|news release|communiqu[ée]|update|breaking|analysis|exclusive)$/i.test(name) && /(^|\n)\s*$/.test(before(text, start, 10))) return;
  // A dateline in capitals: "KYIV, Ukraine —", "NAIROBI (Reuters) -", "PESHAWAR:".
  // "YEREVAN/BAKU, Nov 15": a story filed from two cities.
  // "Bunia, 11 February 2026 –": a dateline in ordinary capitals, told by the date after it.
  const datedAfter = /^\s*,\s*(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2}\b)/u.test(after(text, span.end, 30));
  // "KOTIDO. A soldier and five ...": a dateline may end on a full stop, or stand alone on its line ("IMPHAL").
  const inCapitals = name === name.toUpperCase();
  if (words.length <= 3 && (inCapitals || datedAfter) && /(^|\n)\s*(?:\p{Lu}[\p{Lu}\p{M} .'’-]*\/)?$/u.test(before(text, start, 30)) && (/^\s*[,(—–:\/-]/.test(after(text, span.end, 3)) || (inCapitals && /^(?:\.\s+\p{Lu}|[ \t]*(?:\n|$))/u.test(after(text, span.end, 3))))) {
    const titled = name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
    // A dateline places the story itself: the largest town of the name, even in a country the text names nowhere else.
    const resolved = places.resolve(titled, { locative: true, afterThe: false }) ?? places.lookup(titled).filter((p) => p.kind === 'city').sort((a, b) => b.population - a.population)[0];
    // "NARATHIWAT:": a dateline names the town, not the province of the same name.
    const place = resolved?.kind === 'admin1' ? places.lookup(titled).find((p) => p.kind === 'city' && p.countryCode === resolved.countryCode) : resolved;
    if (place && place.kind !== 'admin1') {
      places.add(place, name, mention);
      // The country the story was filed in counts as named, as a country written in full would, once.
      if (!places.countries.has(place.countryCode)) places.noteCountry(place.countryCode);
      return;
    }
    // A town the gazetteer spells otherwise, placed by the place after the comma ("DEIR AL-BALAH, Gaza Strip").
    const region = /^\s*,\s*(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})/u.exec(after(text, span.end, 40));
    const near = region ? places.resolve(region[1]!, { locative: true, afterThe: false }) : undefined;
    if (near) {
      places.addSite(titled, mention, near, 'city');
      return;
    }
    // "KUAJOK, 4 August 2026 -": a town the gazetteer lacks, named where a story was filed, is no one's name
    // ("COTABATO CITY" is left to the place words below).
    if (inCapitals && !PLACE_FEATURES.has(words[words.length - 1]!.toLowerCase())) return;
  }
  // An acronym on its own.
  // "District Police Officer (DPO) Tariq Aziz Marwat": the initials of the title before them, no body.
  if (words.length === 1 && isAcronym(name) && /\(\s*$/.test(before(text, start, 2)) && after(text, span.end, 1) === ')' && titleWithInitialsBefore(text, span.end + 1)) return;
  if (words.length === 1 && isAcronym(name)) {
    readAcronym(name, mention, text, book, places);
    return;
  }

  // "Islamic State's Central Africa Province", "Sinai Province or Wilayat Sinai": a province of the Islamic State is
  // an armed group, not a province.
  if (words.length >= 2 && (words[words.length - 1] === 'Province' || WILAYAT.test(words[0]!)) && /\b(?:Islamic State|ISIS|ISIL|Daesh)\b/.test(span.sentence.text)) {
    book.add(name, 'armed-group', mention);
    // "Mozambique Province" says the story is about Mozambique, as the country's name would.
    const country = places.lookup(words.filter((w) => w !== 'Province' && !WILAYAT.test(w)).join(' ')).find((p) => p.kind === 'country');
    if (country) places.noteCountry(country.countryCode);
    return;
  }
  // "a gang led by a kingpin known as Dan Karami", "a gang leader nicknamed Barbecue": a person's other name.
  if (words.length >= 2 && /\b(?:commander|leader|chief|boss|kingpin|warlord|head|founder|spokes(?:man|woman))\s+(?:(?:also\s+|better\s+|widely\s+)?known\s+as|nicknamed|alias|dubbed)\s+["“]?$/i.test(before(text, start, 60)) && places.lookup(name).length === 0) {
    book.add(name, 'person', mention);
    return;
  }
  // "the state news agency Khovar", "grid operator Ukrenergo", "the monitoring group Cabo Ligado": the noun before a name says what it is.
  const described = role ? undefined : describedBefore(text, start);
  if (described && !/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(name)) {
    book.add(name, described, mention);
    return;
  }

  // A place, unless a title makes it a person.
  if (!role) {
    // "Anbar province", and both of "the Belgorod and Kursk regions".
    const next = /^\s+(?:(?:and|or)\s+\p{Lu}[\p{L}-]*\s+(?=\p{Ll}+s\b))?([\p{Ll}]+)/u.exec(after(text, span.end, 40));
    const prev = before(text, span.start, 30);
    // "the eastern department of Arauca": the division, not its capital of the same name.
    const divisionBefore = /\b(province|region|state|department|governorate|oblast|prefecture) of\s+$/i.exec(prev)?.[1]?.toLowerCase();
    const divisionWord = next && DIVISION_WORDS.has(next[1]!) ? next[1]!.replace(/s$/, '') : divisionBefore;
    const cues = {
      // "in Kahawa, Ambalangoda": the town after a place the text put something in is where it is too.
      locative: /\b(in|near|at|from|to|into|outside|around|across|towards?|of|between|and|province of|town of|city of|village of|region of)\s+(?:the\s+)?$/i.test(prev) || /\b(?:in|near|at|outside)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2},\s*$/u.test(prev),
      divisionWord,
      // "in the south-central Andes": "the" and the words that describe it, before a range or region named like a town.
      afterThe: /\bthe\s+(?:(?:north|south|east|west|central|upper|lower|middle)(?:ern)?(?:-(?:north|south|east|west|central)(?:ern)?)?\s+)?$/i.test(prev),
    };
    // '"...," Olvera said' after "Gerardo Olvera Tapia": a part of a person's full name before a verb of speech is that
    // person, whatever town of the name the gazetteer holds.
    const speaker = words.length === 1 && !cues.locative && /^\s+(?:also\s+)?(?:said|says|told|added)\b/.test(after(text, span.end, 20)) ? personByPart(book, name) : undefined;
    if (speaker) {
      book.mention(speaker, name, mention);
      return;
    }
    // "the Jalisco cartel", "the Sinaloa cartel": a place's name before "cartel" or "gang" names the group, the
    // one named in full before when there is one ("Jalisco New Generation Cartel").
    const gang = /^\s+(cartel|gang|militia)\b/.exec(after(text, span.end, 20));
    if (gang && places.lookup(name).length > 0) {
      const form = `${name} ${gang[1]}`;
      const whole = book.actors.find((a) => a.kind !== 'person' && a.name.startsWith(`${name} `));
      const groupMention = { start, end: span.end + gang[0].length };
      if (whole) book.mention(whole, form, groupMention);
      else book.add(form, 'armed-group', groupMention);
      return;
    }
    // "Alpha camp", "Kakuma refugee camp": a gazetteer that knows the name with the lower-case word after it.
    const phrase = /^(\s+\p{Ll}+)(\s+\p{Ll}+)?/u.exec(after(text, span.end, 30));
    for (const tail of phrase ? [phrase[0], phrase[1]!] : []) {
      const own = places.lookup(name + tail).find((p) => p.kind === 'site' || p.kind === 'city');
      if (own) {
        places.add(own, name + tail, { start, end: span.end + tail.length });
        return;
      }
    }
    // "across the Arauca river": the river, not the town of its name.
    const river = /^\s+river\b/.exec(after(text, span.end, 10));
    if (river && words.length <= 3) {
      const town = places.resolve(name, { locative: true, afterThe: false });
      places.addSite(`${name}${river[0]}`, { start, end: span.end + river[0].length }, town ?? whereabouts(text, span.start, span.end, places));
      return;
    }
    // "Rio's Complexo da Penha" in a story that names Rio de Janeiro: the short form of a place the text gives in full.
    const fuller = words.length === 1 ? [...longer].find((l) => l.startsWith(`${name} `) && places.lookup(l).some((p) => p.kind !== 'country')) : undefined;
    const fullPlace = fuller ? places.resolve(fuller, { locative: true, afterThe: false }) : undefined;
    if (fullPlace && fullPlace.kind !== 'country') {
      const added = places.add(fullPlace, fuller!, mention);
      if (!added.aliases.includes(name) && added.name !== name) added.aliases.push(name);
      return;
    }
    // A name already placed is the same place again, not its namesake elsewhere.
    const owner = countryBefore(prev, places) ?? countryAfter(text, span.end, places)?.countryCode;
    // "the state and Union governments": a body's word alone ("Union", "Council") is no town, whatever the gazetteer holds.
    let place = words.length === 1 && ORGANISATION_WORDS.has(name.toLowerCase()) ? undefined : places.resolve(name, cues);
    // "Astara" in the headline, "the Astara district" in the lead: a town of two countries the story names is in the
    // one whose division the text names after it.
    if (place?.kind === 'city' && !divisionWord) {
      const namesakes = places.lookup(name);
      const division = namesakes.find((p) => p.kind === 'admin1' && p.countryCode !== place!.countryCode && places.countries.has(p.countryCode));
      if (
        division &&
        !namesakes.some((p) => p.kind === 'admin1' && p.countryCode === place!.countryCode) &&
        new RegExp(`(?<![\\p{L}])${escapeForPattern(name)}\\s+(?:district|province|region|governorate|oblast|county)\\b`, 'iu').test(text)
      ) {
        place = namesakes.find((p) => p.kind === 'city' && p.countryCode === division.countryCode) ?? division;
      }
    }
    const named = divisionWord && !divisionBefore ? undefined : places.named(name);
    if (named && named.kind !== 'country' && (!place || place.countryCode !== named.countryCode)) {
      named.mentions.push(mention);
      return;
    }
    if (owner && place && place.countryCode !== owner && place.kind !== 'country') {
      // "the Bolivian city of El Alto", "the village of Dakoro in northern Nigeria": the gazetteer's namesake elsewhere
      // is another town.
      place = places.lookup(name).find((p) => p.countryCode === owner);
      if (!place) {
        const country = places.lookup(countryName(owner) ?? owner).find((p) => p.kind === 'country');
        places.addSite(name, mention, country, 'city');
        return;
      }
    }
    // "near the village of Zar in Kalbajar district": a small town the text puts in a division of another country is
    // that country's town, not its namesake across the border.
    const within = place?.kind === 'city' && place.population < LARGE_TOWN ? DIVISION_AFTER.exec(after(text, span.end, 60)) : null;
    const division = within ? places.resolve(within[1]!, { locative: true, afterThe: false, divisionWord: within[2]! }) : undefined;
    if (division && division.kind === 'admin1' && division.countryCode !== place!.countryCode) {
      place = places.lookup(name).find((p) => p.kind === 'city' && p.countryCode === division.countryCode);
      if (!place) {
        places.addSite(name, mention, division, 'city');
        return;
      }
    }
    // "Mobile internet connections were cut": a word opening a sentence before a lower-case one, a town of a country
    // the story never names, is a common word.
    if (place && span.initial && place.kind === 'city' && places.countries.size > 0 && !places.countries.has(place.countryCode) && /^\s+\p{Ll}/u.test(after(text, span.end, 3))) return;
    if (place) {
      // "the Ilave bridge", "the Malkia barracks", "the Hodan district police station": a site named after the town, not the town.
      const site = siteAfter(name, after(text, span.end, 40));
      if (site && place.kind !== 'country' && words.length <= 4) {
        places.addSite(`${name} ${site[1]}`, { start, end: span.end + site[0].length }, place);
        // A town stays named too ("the Surabaya church" says where the church is); a province does not ("the Preah Vihear temple").
        if (place.kind !== 'city') return;
      }
      const added = places.add(place, name, mention);
      // "Anbar province", "Kupwara district", "the Aguililla municipality": the form with its division's word is the place's too.
      const division = divisionWord && place.kind === 'admin1' ? divisionWord : ADMIN_AFTER_NAME.exec(after(text, span.end, 20))?.[1];
      if (division) {
        const form = `${name} ${division}`;
        if (form !== added.name && !added.aliases.includes(form)) added.aliases.push(form);
      }
      return;
    }
    // "the western region of Darfur", "the province of Seno": a region the gazetteer lacks, placed in the story's country.
    if (/\b(region|province|state|governorate|department|county) of\s+$/i.test(prev) && words.length <= 3 && !organisationKind(words)) {
      places.addSite(name, mention, countryNear(text, span.start, span.end, places), /\bregion of\s+$/i.test(prev) ? 'region' : 'admin1');
      return;
    }
    // "the villages of Ruwi, Hurti and Daffo": every name of the list.
    const townCue =
      SETTLEMENT_OF.test(prev) ||
      // "the Mawasi area west of Khan Younis": a point of the compass "of" a name places it.
      /\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+$/i.test(prev) ||
      // "the region known as Tierra Caliente": what a region is known as.
      /\b(?:region|area|zone|district|neighbou?rhood|village|town)\s+known\s+as\s+$/i.test(prev) ||
      // "the western half of New Guinea": a part of a name is a place's.
      /\b(?:half|part)\s+of\s+$/i.test(prev) ||
      /\b(?:villages|towns|hamlets|districts|settlements) of\s+(?:\p{Lu}[\p{L}-]*,?\s+)+(?:and\s+)?$/u.test(before(text, span.start, 80)) ||
      // "the post at Tchoukou Telia, near the town of Ngouboua": a name placed near a town is a place.
      /^,?\s+(?:near|outside|close to)\s+(?:the\s+)?(?:town|village|city|settlement)\s+of\b/i.test(after(text, span.end, 40));
    if (townCue && words.filter((w) => !/^(de|del|la|el|du|des|al|da|do|di)$/.test(w)).length <= 3 && !organisationKind(words)) {
      // "just outside the Armenian village of Berkaber": the demonym before says whose village it is.
      const ownerCountry = owner ? places.lookup(countryName(owner) ?? '').find((p) => p.kind === 'country') : undefined;
      places.addSite(name, mention, ownerCountry ?? whereabouts(text, span.start, span.end, places), 'city');
      return;
    }
    if (divisionWord && words.length <= 3 && !organisationKind(words)) {
      // A division the gazetteer spells otherwise ("Lower Shabelle region"): placed by its country.
      places.addSite(name, mention, countryNear(text, span.start, span.end + 1 + divisionWord.length, places), 'admin1');
      return;
    }
    const last = words[words.length - 1]!.toLowerCase();
    // "Zamboanga City", "Central Jakarta": a known town with "City" after or a compass word before it is that town.
    // "the North Zone of Rio de Janeiro": a compass point before a common word names no town called "Zone".
    const core = last === 'city' ? words.slice(0, -1) : COMPASS.test(words[0]!) && !(words.length === 2 && PLACE_FEATURES.has(last)) ? words.slice(1) : [];
    if (words.length > 1 && core.length > 0) {
      const town = places.named(core.join(' ')) ? undefined : places.resolve(core.join(' '), { locative: true, afterThe: false });
      const named = places.named(core.join(' '));
      if (named && named.kind === 'city') {
        if (!named.aliases.includes(name) && named.name !== name) named.aliases.push(name);
        named.mentions.push(mention);
        return;
      }
      if (town && town.kind === 'city') {
        places.add(town, name, mention);
        return;
      }
    }
    // "in tambon Tham Thalu", "barangay Tumahubong", "kebele Gimbi": a local division's word before a name makes a town of it.
    const localDivision = /\b(?:tambon|amphoe|barangay|sitio|purok|kebele|woreda|upazila|mouza)\s+$/i.test(before(text, span.start, 20));
    if (localDivision && !organisationKind(words) && words.length <= 3 && !countryOfDemonym(words[0]!) && !places.resolve(name, cues)) {
      places.addSite(name, mention, countryNear(text, span.start, span.end, places), 'city');
      return;
    }
    // "in Lin Ta Lu village", "the Kani town": a lower-case word for a settlement after a name makes a town of it.
    const settlement = /^\s+(village|town|township|hamlet|settlement|ward|chiefdom|subdistrict|sub-district|sub-county|payam|kebele|woreda|tambon)\b(?!\s+of\b)/.exec(after(text, span.end, 20));
    if (settlement && !organisationKind(words) && words.length <= 4 && !countryOfDemonym(words[0]!) && !places.resolve(name, cues)) {
      const town = places.addSite(name, mention, countryNear(text, span.start, span.end + settlement[0].length, places), 'city');
      if (town && !town.aliases.includes(`${name} ${settlement[1]}`)) town.aliases.push(`${name} ${settlement[1]}`);
      return;
    }
    // "the Bab al-Hawa crossing", "the Zamzam camp": a lower-case site word after a name makes a site of it, named in full.
    const siteWord = siteAfter(name, after(text, span.end, 40));
    if (siteWord && !organisationKind(words) && words.length <= 4 && !countryOfDemonym(words[0]!)) {
      const site = places.addSite(`${name} ${siteWord[1]}`, { start, end: span.end + siteWord[0].length }, countryNear(text, span.start, span.end + siteWord[0].length, places));
      // Named on its own later ("Al-Hol"), it is the same site: the gazetteer knows no town of that name.
      if (site && !site.aliases.includes(name)) site.aliases.push(name);
      return;
    }
    // "the Datta Khel area (of North Waziristan)", "the Wadi al-Shay valley": an area's word, which may take "of" after it.
    // "the Mir Ali and Datta Khel areas": both names before a plural.
    const area =
      /^\s+(area|district|neighbou?rhood|quarter|suburb|sector|valley|mountains|hills|forest|estate|(?:concert )?venue)\b/.exec(after(text, span.end, 30)) ??
      /^(?:\s+and\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}?|\s+)(area|district|neighbou?rhood|quarter|suburb|sector)s\b/u.exec(after(text, span.end, 60));
    if (area && !organisationKind(words) && words.length <= 4 && !countryOfDemonym(words[0]!)) {
      const site = places.addSite(name, mention, countryNear(text, span.start, span.end + area[0].length, places));
      if (site && !site.aliases.includes(`${name} ${area[1]}`)) site.aliases.push(`${name} ${area[1]}`);
      return;
    }
    // "Lake Chad", "Wadi al-Shay", "Unguwan Gamji": a place word opens the name; "Middle Shabelle": a compass word
    // before a name the gazetteer does not know as a town.
    const opener = PLACE_OPENERS.has(words[0]!.toLowerCase());
    // "Ain o Salish Kendra (ASK)": a name its initials follow in brackets is a body's, whatever word opens it.
    const initials = /^\s*\((\p{Lu}{2,6})\)/u.exec(after(text, span.end, 12))?.[1];
    if (placeShaped(words) && !(initials && abbreviates(initials, name)) && (opener || (COMPASS.test(words[0]!) && !places.resolve(words.slice(1).join(' '), { locative: true, afterThe: false })))) {
      places.addSite(name, mention, whereabouts(text, span.start, span.end, places), opener ? 'site' : 'region');
      return;
    }
    // "the Catholic Church", "the Anglican Church of Kenya": a denomination's church is a body, not a building.
    if (last === 'church' && DENOMINATION.test(words[0]!) && words.length <= 3) {
      book.add(name, 'other-organization', mention);
      return;
    }
    // "Islamic State West Africa Province": a group's name that ends in a place word is still a group's.
    const groupNamed = organisationKind(words.slice(0, -1)) === 'armed-group';
    // "Independent Human Rights Commission of Kurdistan Region": a body's name before "of" names a body, whatever place follows.
    const bodyOfPlace = words.indexOf('of') > 0 && Boolean(organisationKind(words.slice(0, words.indexOf('of'))));
    // "the 9th Military Zone", "the 6th Military Region": a force's zone is a command, not a place like "West Shewa Zone".
    const forceZone = (last === 'zone' || last === 'region') && words.some((w) => /\d/.test(w) || ORGANISATION_WORDS.get(w.toLowerCase()) === 'state-force');
    if (words.length > 1 && PLACE_FEATURES.has(last) && (!ORGANISATION_WORDS.has(last) || (last === 'state' && !organisationKind(words))) && !groupNamed && !bodyOfPlace && !forceZone) {
      // "the Sagaing Region", "Borno State": a division the gazetteer knows, written with its division word.
      if (DIVISION_WORDS.has(last)) {
        const division = places.resolve(words.slice(0, -1).join(' '), { locative: true, afterThe: false, divisionWord: last });
        if (division && division.kind === 'admin1' && !countryNear(text, span.start, span.end, places)) {
          places.add(division, name, mention);
          return;
        }
      }
      // "the Kurdistan Region of Iraq": the country the text gives beats a namesake elsewhere.
      const stated = countryNear(text, span.start, span.end, places);
      // "York Street" in Colombo: a street named after a town abroad is in the story's country, not the town's.
      const town = places.resolve(words.slice(0, -1).join(' '), { locative: true, afterThe: false });
      // "Markham Road" in a Lae story that has named no country yet: not Markham in Canada either, until a country is known.
      const abroad = town && !places.countries.has(town.countryCode) && town.countryCode !== places.mainCountry();
      const resolved = abroad ? undefined : town;
      const near =
        stated && resolved?.countryCode !== stated.countryCode
          ? places.lookup(words.slice(0, -1).join(' ')).find((p) => p.countryCode === stated.countryCode) ?? stated
          : resolved;
      places.addSite(name, mention, near);
      return;
    }
    // "Nampula Central Hospital", "Services Hospital": a hospital is a place (the gold files say so two times in three),
    // placed by the town in its name or the story's country.
    if (words.length > 1 && last === 'hospital') {
      const near = places.resolve(words[0]!, { locative: true, afterThe: false }) ?? places.resolve(words.slice(0, -1).join(' '), { locative: true, afterThe: false });
      if (places.addSite(name, mention, near ?? countryNear(text, span.start, span.end, places))) return;
    }
  }

  // "the Prevention of Terrorism Act", "the International Day of the Victims of Enforced Disappearances": a law or a
  // day named in capitals is no actor.
  const head = words.includes('of') ? words.slice(0, words.indexOf('of')) : words;
  const lawOrDay = (word: string | undefined) => !!word && /^(?:act|bill|law|code|decree|ordinance|amendment|day|week|plan)$/i.test(word);
  if (words.length > 1 && !role && (lawOrDay(words[words.length - 1]) || lawOrDay(head[head.length - 1]))) return;
  // "police chief Akhtar Hayat Khan": a title before a name makes a person of it, unless the name ends like an organisation.
  // "Jihad Nasser, head of the village council, told reporters": a given name that is also a body's word, with a
  // person's description after it, is a person's.
  // Not "Radio Mogadishu, the commander ... said": an outlet's or a body's head word before a place.
  const givenName =
    words.length === 2 && ORGANISATION_WORDS.get(words[0]!.toLowerCase()) === 'armed-group' && !ORGANISATION_WORDS.has(words[1]!.toLowerCase()) &&
    places.lookup(words[1]!).length === 0 && PERSON_APPOSITION.test(after(text, span.end, 60));
  const orgKind = (role && !ORGANISATION_WORDS.has(words[words.length - 1]!.toLowerCase())) || givenName ? undefined : organisationKind(words);
  // "State", "Alliance", "Committee" alone are common nouns at the head of a sentence.
  if (orgKind && words.length === 1 && ORGANISATION_WORDS.has(words[0]!.toLowerCase()) && !PROPER_ORGANISATION_WORDS.has(words[0]!.toLowerCase())) return;
  // "the Afghan Taliban ... the Taliban": a name alone after the group it heads, the last one named.
  if (orgKind && words.length === 1) {
    const headed = book.lastBefore(start, (a) => a.kind !== 'person' && [a.name, ...a.aliases].some((f) => f.length > name.length && f.endsWith(` ${name}`)), 5000);
    if (headed) {
      book.mention(headed, name, mention);
      return;
    }
  }
  // "the District Magistrate", "the UN Special Rapporteur": a post, whoever holds it, is no body ("the Office of the
  // President" is one).
  const lastWord = words[words.length - 1]!.toLowerCase();
  if (orgKind && !title && TITLE_HEADS.has(lastWord) && !ORGANISATION_WORDS.has(lastWord) && !words.includes('of')) return;
  // "the Police Public Relations Officer of the Plateau State Police Command", "the Superintendent of Police": a post
  // of a body; the body after "of" is named, the post is no one's name.
  const postOf = words.indexOf('of');
  if (!role && !title && postOf > 0 && TITLE_HEADS.has(words[postOf - 1]!.toLowerCase()) && !ORGANISATION_WORDS.has(words[postOf - 1]!.toLowerCase())) {
    // "Director of Communication and Public Relations of the Armed Forces": the body after the last "of".
    const lastOf = words.lastIndexOf('of');
    const body = words.slice(lastOf + 1 + (words[lastOf + 1]?.toLowerCase() === 'the' ? 1 : 0));
    const bodyKind = body.length > 1 ? organisationKind(body) : undefined;
    if (bodyKind) {
      const bodyName = body.join(' ');
      const at = start + name.lastIndexOf(bodyName);
      const bodyMention = { start: at, end: at + bodyName.length };
      const met = book.find(bodyName);
      if (met) book.mention(met, bodyName, bodyMention);
      else book.add(bodyName, bodyKind, bodyMention);
    }
    return;
  }
  const bracketed = BRACKETED_ACRONYM.exec(after(text, span.end, 14));
  // "the Rapid Intervention Battalion, BIR, and a gendarme": initials set off by commas, when they are the name's.
  const setOff = /^,\s*(\p{Lu}{2,7}),/u.exec(after(text, span.end, 12));
  const acronym = bracketed ?? (setOff && abbreviates(setOff[1]!, name) ? setOff : null);
  if (orgKind && !title) {
    // "The Arakan Army, one of Myanmar's most powerful ethnic armed groups": not a state's army.
    const kind = orgKind === 'state-force' && appositiveSaysGroup(text, span.end) ? 'armed-group' : orgKind;
    const unit = unitAfterInitials(text, span.start, words, book);
    if (unit) {
      const actor = book.add(`${unit.parent.name} ${name}`, unit.parent.kind, mention);
      book.mention(actor, `${unit.initials} ${name}`);
      book.mention(actor, name);
      return;
    }
    const actor = book.add(name, kind, mention);
    // "Russia's Defence Ministry" names the country too.
    const owner = /^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)['’]s /u.exec(name);
    const country = owner ? places.lookup(owner[1]!).find((p) => p.kind === 'country') : undefined;
    if (country) places.add(country, owner![1]!, { start, end: start + owner![1]!.length });
    // "Iraq's National Security Service" is the "National Security Service" named alone later.
    if (country) book.mention(actor, name.slice(owner![0].length));
    const metBefore = acronym ? book.find(acronym[1]!) : book.acronymOf(actor);
    if (metBefore && metBefore !== actor && metBefore.kind !== 'person') {
      book.merge(metBefore, actor);
      if (metBefore.kind === 'armed-group') actor.kind = 'armed-group';
    }
    if (acronym) {
      const at = span.end + acronym[0].indexOf(acronym[1]!);
      book.mention(actor, acronym[1]!, { start: at, end: at + acronym[1]!.length });
      if (bracketed) book.mention(actor, `${name} (${acronym[1]})`);
    }
    return;
  }

  // "a banned Islamist organization", "two small Islamist groups": a word shaped like an adjective before a noun qualifies it.
  if (words.length === 1 && !role && /\p{Ll}(?:ist|ic)$/u.test(name) && /^\s+(?:organi[sz]ations?|groups?|movements?|factions?|networks?|cells?|militants?|parties|party)\b/.test(after(text, span.end, 20))) return;
  if (words.length === 1) {
    const quoted = QUOTE_OPEN.test(before(text, start, 1));
    // "Pol Col Sarawut said", "Col Wiroj added": Thai news, among others, calls a person met in full by title and
    // given name; "Mbuyi said" after "Jean-Pierre Mbuyi Kasongo". One person only, or the name is no one's yet.
    const named = role || /^\s+(?:also\s+)?(?:said|says|told|added)\b/.test(after(text, span.end, 20)) ? personByPart(book, name) : undefined;
    if (named) book.mention(named, name, mention);
    else if (role && !quoted) addPerson(text, book, name, mention, role);
    // "a shopkeeper who gave his name only as Rahmatullah", "a fisherman who gave only his first name, Abdala",
    // "a witness identified only as Musa": a person known by one name.
    else if (NAME_GIVEN_BEFORE.test(before(text, span.start, 50)))
      book.add(name, 'person', mention);
    // A word that only ever opens a sentence may be a common one ("Family members said").
    // "said Rina, a 21-year-old student", "Musa, 34, said", "Fatima, a mother of four,": a person known by one name.
    else if (ONE_NAME_PERSON.test(after(text, span.end, 60)) && !places.resolve(name, { locative: false, afterThe: false })) book.add(name, 'person', mention);
    else if (span.initial) {
      // "Houthi rebels later denied it." at the head of a sentence: a group, when the text never writes the word in lower case.
      const noun = /^\s+([\p{Ll}]+)/u.exec(after(text, span.end, 20))?.[1];
      const lower = name.toLowerCase().replace(/s$/, '');
      // Adjectives open such sentences too ("Suspected jihadists", "Criminal gangs", "Islamist militants").
      const adjective = /(ed|al|ic|ist|ous|ive|ing|ly|an)$/i.test(name);
      const wing = /^['’]s\s+(armed|military|political|youth)\s+wing\b/.test(after(text, span.end, 30));
      if (wing) book.add(name, 'armed-group', mention);
      else if (noun && /^(rebels|militants|fighters|insurgents|militiamen|jihadists)$/.test(noun) && !adjective && !new RegExp(`(?<![\\p{L}])${lower}s?(?![\\p{L}])`, 'u').test(text)) book.add(name, 'armed-group', mention);
      return;
    }
    else if (MEDIA_AFTER.test(after(text, span.end, 30))) book.add(name, 'media', mention);
    else if (contextSaysGroup(text, span.start, span.end)) book.add(name, 'armed-group', mention);
    else if (/\b(told|according to|reported by|quoted by|said in an interview with)\s+$/i.test(before(text, span.start, 40))) {
      book.add(name, 'media', mention);
    }
    return;
  }

  // "the Senior Divisional Officer (SDO) for Mezam", "the District Commissioner (DC)": a post's initials, no body's.
  if (acronym && !role && TITLE_HEADS.has(words[words.length - 1]!.toLowerCase()) && !words.some((w) => /^(of|for)$/i.test(w))) return;
  if (acronym && !role && words.length <= 10) {
    const actor = book.add(name, 'other-organization', mention);
    const at = span.end + acronym[0].indexOf(acronym[1]!);
    book.mention(actor, acronym[1]!, { start: at, end: at + acronym[1]!.length });
    return;
  }
  if (words.length > 6) return;
  // "the Coordination Framework coalition", "the Multinational Security Support mission": a body named before what it is.
  // "the Somali Guardian newspaper": an outlet. "told Al Jazeera", "El Universo reported": an outlet by what it does.
  const outletByArticle = /^(?:al|el|le|la|les|il|lo|o|a|the|die|der)$/i.test(words[0]!) && /\b(?:told|according to|reported by|quoted by|cited by|in an interview with|speaking to)\s+$/i.test(before(text, span.start, 40));
  const reports = /^\s+(?:reported|quoted|cited)\b/.test(after(text, span.end, 12));
  if (!role && (MEDIA_AFTER.test(after(text, span.end, 30)) || outletByArticle || reports)) {
    book.add(name, 'media', mention);
    return;
  }
  // A name opening with an article ("Los Lobos", "La Roca") is a group's or a place's, never a person's.
  // A quoted nickname is a person's, article or not (Ismael "El Mayo" Zambada).
  // A name in quotation marks after "the criminal organisation" or "the gang" is that body's, no nickname.
  const nickname = QUOTE_OPEN.test(before(text, start, 1)) && !/\b(?:organi[sz]ation|gang|cartel|group|faction|militia|movement)\s+["“]$/i.test(before(text, start, 30));
  if (!role && !nickname && (GROUP_AFTER.test(after(text, span.end, 30)) || ROMANCE_ARTICLE.test(words[0]!))) {
    if (GROUP_AFTER.test(after(text, span.end, 30)) || GANG_BEFORE.test(before(text, start, 30)) || contextSaysGroup(text, span.start, span.end) || pluralArticleGroup(text, start, words)) {
      const group = book.add(name, 'armed-group', mention);
      // "the Karialan faction", "the Abu Zaid group": the name with its noun is the group's too.
      const noun = /^\s+(faction|group|militia|gang|cartel|movement|front)\b/.exec(after(text, span.end, 20));
      if (noun) book.mention(group, `${name} ${noun[1]}`);
    }
    return;
  }
  const body = ORGANISATION_AFTER.exec(after(text, span.end, 30));
  if (!role && body) {
    const actor = book.add(name, /^(coalition|bloc|party)$/.test(body[1]!) ? 'political-party' : /^(mission|alliance|union)$/.test(body[1]!) ? 'intergovernmental' : 'other-organization', mention);
    // "the Multinational Security Support mission": the name with its noun is the body's too.
    book.mention(actor, `${name} ${body[1]}`);
    return;
  }
  if (!role && (appositiveSaysGroup(text, span.end) || GROUP_BEFORE.test(before(text, span.start, 80)))) {
    book.add(name, 'armed-group', mention);
    return;
  }
  if (acronym && !role) {
    const actor = book.add(name, 'other-organization', mention);
    const at = span.end + acronym[0].indexOf(acronym[1]!);
    book.mention(actor, acronym[1]!, { start: at, end: at + acronym[1]!.length });
    return;
  }
  // "Archive of Public Gatherings": no person's name has "of" inside; a place feature first makes a place ("Gulf of Aden").
  if (!role && words.includes('of')) {
    if (PLACE_FEATURES.has(words[0]!.toLowerCase())) places.addSite(name, mention);
    else book.add(name, 'other-organization', mention);
    return;
  }
  // "the civil society platform Plataforma Decide", "the rights group Human Rights Now": the noun before says what it is.
  if (!role && /\b(platform|organi[sz]ation|ngo|charity|network|coalition|alliance|party|agency|company|firm|group|association|foundation|union|monitor|watchdog|broadcaster|newspaper)\s+["“]?$/i.test(before(text, span.start, 30))) {
    book.add(name, contextSaysGroup(text, span.start, span.end) ? 'armed-group' : 'other-organization', mention);
    return;
  }
  // "the transnational gang Tren de Aragua", "the criminal organisation "Los Malditos"": a gang's name.
  if (!role && GANG_BEFORE.test(before(text, span.start, 30))) {
    book.add(name, 'armed-group', mention);
    return;
  }
  // "Boko Haram and its rival", "X, which claimed": "its" and "which" are said of organisations, not people.
  if (!role && (appositiveSaysOrganisation(text, span.end) || /^(?:\s+and\s+its\b|\s*,\s*which\b)/.test(after(text, span.end, 20)))) {
    book.add(name, contextSaysGroup(text, span.start, span.end) ? 'armed-group' : 'other-organization', mention);
    return;
  }
  // A shorter form of a person already named ("Ade Ary" for "Ade Ary Syam Indradi").
  // "Rogelio Menjívar" for "Rogelio Antonio Menjívar Cruz": a given name and one surname of a longer Spanish or
  // Portuguese name are the same person.
  const givenAndSurname = (full: string) => {
    const parts = full.split(/\s+/);
    return words.length === 2 && parts.length >= 3 && parts[0] === words[0] && parts.slice(1).includes(words[1]!);
  };
  const longerForm = book.actors.find((a) => a.kind === 'person' && (a.name.startsWith(`${name} `) || givenAndSurname(a.name)));
  // "Datuk Mohd Hafizuddin added" after "ESSCOM Commander Datuk Mohd Hafizuddin Ismail": a titled person's name cut short.
  if (longerForm && (!role || (!!longerForm.role && longerForm.name.startsWith(`${name} `)))) {
    book.mention(longerForm, name, mention);
    return;
  }
  // "in Hiiraan and Middle Shabelle": a name the text places something in is a place, even one the gazetteer lacks.
  // "in Ecuador's Ponce Enríquez": a country's possessive between.
  const countrys = /\b(?:in|across|into|throughout|around|near)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)['’]s\s+$/u.exec(before(text, span.start, 50));
  const inCountrys = !!countrys && places.lookup(countrys[1]!).some((p) => p.kind === 'country');
  // "in the Chittagong Hill Tracts", "near the Blue Nile", "as far as Naranjo de Chila": "the" may come between;
  // "in the Jeddah Declaration", "in the Doha talks": a document or a meeting is no place.
  // "fleeing Kazgil, Um Sumeima and surrounding villages", "to Mai Serwa or other military camps": a list of places.
  const placedWithThe = /\b(?:in|across|into|throughout|near)\s+the\s+$/.test(before(text, span.start, 20)) && !NO_PLACE_ENDINGS.test(words[words.length - 1]!);
  const listOfPlaces = /^(?:,\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?,?\s+(?:and|or)\s+(?:other|surrounding|nearby|neighbou?ring)\s+(?:[\p{Ll}-]+\s+)?(?:villages|towns|areas|camps|localities|districts|settlements|communities|hamlets)\b/u.test(after(text, span.end, 80));
  // "The strikes hit Tumbun Rago, a fishing settlement in ...": a name described as a settlement is one.
  const describedAsPlace = /^,\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}(?:village|town|settlement|hamlet|locality|suburb|neighbou?rhood|township)(?:\s+(?:in|of|near|on|along|about|some)\b|[,.])/u.test(after(text, span.end, 60));
  // "returning to the mainland at Doron Baga on Monday": "at" a name, then the day or a comma, places it.
  const atPlace = /\bat\s+$/.test(before(text, span.start, 6)) && /^(?:\s+on\s+\p{Lu}|,\s)/u.test(after(text, span.end, 8));
  // "rockets struck Ban Sok Phlu in Kantharalak district": what was struck in a place is a place.
  const struckIn = /\b(?:struck|hit|shelled|bombed|pounded|raided|stormed|overran)\s+$/.test(before(text, span.start, 12)) && /^\s+(?:in|near)\s+\p{Lu}/u.test(after(text, span.end, 10));
  if (!role && (inCountrys || placedWithThe || listOfPlaces || describedAsPlace || atPlace || struckIn || /\b(?:in|across|into|throughout|around|near|as far as)\s+(?:(?:\p{Lu}[\p{L}-]+\s+)+and\s+)?$/u.test(before(text, span.start, 40))) && !span.possessive) {
    places.addSite(name, mention, countryNear(text, span.start, span.end, places), COMPASS.test(words[0]!) ? 'admin1' : 'city');
    return;
  }
  // "in Haifa, Be'er Sheva and Kfar Saba", "including Kayes and Nioro du Sahel": a name listed beside a known town is a
  // town; "Sepoy Zahid Hussain, 23, of Lakki Marwat": where a person is from.
  const listedBefore = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?:,|\s+and|\s+or)\s+$/u.exec(before(text, span.start, 40));
  // "Rama Haddad, Save the Children's Country Director": a town's name that opens a longer name lists nothing.
  const listedAfter = /^(?:,|\s+and|\s+or)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?![\p{L}'’-]|\s+(?:the|of)\s)/u.exec(after(text, span.end, 40));
  const town = (phrase?: string) => {
    const known = phrase ? places.lookup(phrase) : [];
    return known.some((p) => p.kind === 'city') && !known.some((p) => p.kind === 'country') && !book.find(phrase!);
  };
  // A list goes on after the name ("Haifa, Be'er Sheva and"), or ends on it after "and" ("Kayes and Nioro du Sahel");
  // "in Lebanon, Ingrid Solberg, said" is an apposition, no list.
  const listGoesOn = /^(?:,\s+\p{Lu}|\s+and\s+\p{Lu})/u.test(after(text, span.end, 10));
  const inList = (listedBefore && (/\sand\s+$|\sor\s+$/.test(listedBefore[0]) || listGoesOn) && town(listedBefore[1])) || (listedAfter && town(listedAfter[1]));
  // "a resident of Khan Younis", "villagers from Ajuong": where people live; "the mayor of Salquil Grande": what a
  // local office governs.
  // "Tomba (34) of Khurai Sajor Leikai", "Residents of nearby Nueva Prosperina".
  const fromPlace = /(?:(?:\b\d{1,3},|\(\d{1,3}\))\s+(?:a resident\s+)?of|\b(?:[Rr]esidents?|[Vv]illagers?|[Ii]nhabitants?|[Nn]atives?)\s+(?:of|in|from)(?:\s+(?:nearby|neighbouring|neighboring))?|\b(?:mayor|governor|prefect|sub-prefect|administrator)\s+of)\s+$/.test(before(text, span.start, 30));
  if (!role && words.length <= 4 && !span.possessive && (inList || fromPlace)) {
    places.addSite(name, mention, whereabouts(text, span.start, span.end, places), 'city');
    return;
  }
  // "Butig, Lanao del Sur": a province's name in Spanish, which the gazetteer may lack, is no person's.
  if (!role && placeShaped(words)) {
    places.addSite(name, mention, whereabouts(text, span.start, span.end, places), 'admin1');
    return;
  }
  // Several capitalised words with nothing of a group or a place about them: a person.
  if (words.some((w) => countryOfDemonym(w) && !/^(al|el)-/i.test(w) && w === words[0])) return;
  // "Bayraktar TB2", "Toyota Hiace 2": a model's name has a number in it; a person's never does.
  if (words.some((w) => /\d/.test(w))) return;
  // "Kosovo Serbs", "Kosovo Albanians": a people, not an actor.
  // "Sheikh Salem Abu Eid, a spokesman for the union": a description makes a person of a name whose last word is
  // also a common one ("Eid"); a title alone does not ("Official Communiqué No. 14").
  const describedAsPerson = PERSON_APPOSITION.test(after(text, span.end, 60));
  // "Superintendent of Police Md Shahidul Islam": a title before the name makes a person of it too.
  if ((NOT_NAMES.has(words[words.length - 1]!.toLowerCase()) && !describedAsPerson && !role) || (/s$/.test(words[words.length - 1]!) && countryOfDemonym(words[words.length - 1]!))) return;
  if (NOT_ACTOR_ENDINGS.test(words[words.length - 1]!)) return;
  // "The Senior Divisional Officer for Bui, Ndongo Paul Fabrice": a title with no name is nobody yet.
  if (TITLE_ONLY_ENDINGS.test(words[words.length - 1]!)) return;
  // "Sr. Comr.", "Deputy Chief": title words alone are no one.
  if (words.every((w) => TITLE_HEADS.has(w.toLowerCase()) || TITLE_MODIFIERS.has(w.toLowerCase()) || TITLE_HEADS.has(`${w.toLowerCase()}.`))) return;
  // "Central African" in "Central African government" is the start of "Central African Republic".
  if (!role && [...longer].some((l) => l.length > name.length && l.startsWith(`${name} `))) return;
  // "Walhi Central Sulawesi director Sunardi Katili", "Amnesty Indonesia director Usman Hamid": the name before a
  // lower-case post and the name holding it is the body the post is in.
  const postAfter = /^\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)\s+\p{Lu}\p{Ll}/u.exec(after(text, span.end, 40));
  if (!role && words.length >= 2 && postAfter && TITLE_HEADS.has(postAfter[1]!)) {
    book.add(name, 'other-organization', mention);
    return;
  }
  const person = addPerson(text, book, name, mention, role);
  const alias = /^\s*,?\s*(?:also |better |widely )?(?:known as|known by (?:his|her|the) (?:nom de guerre|kunya|nickname|alias|name)|nicknamed|alias|dubbed|called|whose nom de guerre is|aka)\s+["“‘]?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u.exec(
    after(text, span.end, 60),
  );
  if (alias) {
    const at = span.end + alias[0].lastIndexOf(alias[1]!);
    book.mention(person, alias[1]!, { start: at, end: at + alias[1]!.length });
  }
}

const WEAPON_AFTER = /^\s+(?:(?:assault|sniper|machine|automatic|anti-tank|anti-aircraft)\s+)?(?:rifles?|guns?|pistols?|carbines?|launchers?|missiles?|rockets?|grenades?|mortars?|drones?)\b/i;

function readAcronym(name: string, mention: Mention, text: string, book: ActorBook, places: PlaceBook) {
  // "the SP said", "DSP Khan", "the SDO said" after "the Senior Divisional Officer": a post's initials, not a body.
  if (NOT_ACTORS.has(name) || name.length < 2 || TITLE_HEADS.has(name.toLowerCase())) return;
  if (book.actors.some((a) => a.kind === 'person' && !!a.role && roleHasInitials(a.role, name))) return;
  // "a FAL rifle", "AKM assault rifles": a weapon's model, not a body.
  if (WEAPON_AFTER.test(after(text, mention.end, 30))) return;
  const country = places.lookup(name).find((p) => p.kind === 'country');
  if (country) {
    // "US" in "US forces" is the forces' country, not a place the story happens in.
    if (!/^\s+(forces|troops|military|army|officials|official|president|government|embassy|envoy|administration)\b/i.test(after(text, mention.end, 20))) {
      places.add(country, name, mention);
    }
    return;
  }
  const expansion = book.expansionOf(name);
  if (expansion) {
    book.mention(expansion, name, mention);
    return;
  }
  // "suspects identified by their initials as M.R. and D.J.": dotted initials no body has spelt out are a person's
  // (the U.N., the E.U. and the A.U. aside).
  if (/^(?:\p{Lu}\.){2,3}$/u.test(name) && !/^(?:U\.N\.|E\.U\.|A\.U\.|U\.S\.|U\.K\.)$/.test(name)) return;
  // "the state news agency SANA": an acronym after the word for an outlet is the outlet.
  const outlet = MEDIA_BEFORE.test(before(text, mention.start, 30));
  book.add(name, outlet ? 'media' : contextSaysGroup(text, mention.start, mention.end) ? 'armed-group' : 'other-organization', mention);
}

const NO_PLACE_ENDINGS = /^(?:Declaration|Agreement|Accords?|Process|Plan|Convention|Protocol|Charter|Talks|Summit|Conference|Forum|War|Games|Cup|Festival|Initiative|Framework|Act|Law|Code|Constitution|Treaty|Pact|Programme|Program|Report)$/;

/** "Iraqi national intelligence forces", "Russian troops", "US forces": a state's forces. */
function readForces(text: string, book: ActorBook, places: PlaceBook) {
  const pattern =
    /\b(\p{Lu}[\p{L}.]+)(?:['’]s)?((?:\s+(?:national|special|armed|security|regular|government|federal|local|military|border|riot|elite|allied|pro-government|state|naval|air))*)\s+(forces|force|army|military|troops|soldiers|police|gendarmerie|navy|intelligence(?:\s+(?:forces|service|services|agency))?|air force|security forces|marines)\b/gu;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const word = match[1]!;
    const known = places.lookup(word);
    const code =
      countryOfDemonym(word) ??
      known.find((p) => p.kind === 'country')?.countryCode ??
      // "Kebbi police": the police of a division of a country the article names.
      (/police/.test(match[3]!) ? known.find((p) => p.kind === 'admin1' && places.countries.has(p.countryCode))?.countryCode : undefined);
    if (!code) continue;
    // Led or backed forces ("US-led coalition forces") belong to the coalition.
    if (/-$/.test(before(text, match.index, 1))) continue;
    const name = match[0];
    const mention = { start: match.index, end: match.index + name.length };
    if (book.actors.some((a) => a.mentions.some((m) => m.start <= mention.start && m.end >= mention.end))) continue;
    const noun = match[3]!;
    const branch = /police|gendarmerie/.test(noun) ? 'police' : /intelligence/.test(match[0]) ? 'intelligence' : /navy|naval/.test(match[0]) ? 'navy' : 'forces';
    const key = `${code} ${branch} (state force)`;
    const force = book.find(key);
    // "Iraqi soldiers", "Russian troops", "Ukrainian forces", "Niger's military" describe men of a state's army, not
    // a body by its name: the gold files list 38 of the 685 such actors the rules read, 332 as optional. The army,
    // the police, the armed forces and a named force still are the state's force.
    const men = (/^(?:soldiers|troops|forces)$/.test(noun) && !/\barmed\b/.test(match[2]!)) || (noun === 'military' && /['’]s\s/.test(name));
    if (force) book.mention(force, name, mention);
    else if (!men) {
      const actor = book.add(name, 'state-force', mention);
      book.register(actor, key);
    }
  }
}

/** "the Chinese embassy in Bamako", "the US embassy": a state's embassy, written in lower case; one actor per state. */
function readEmbassies(text: string, book: ActorBook, places: PlaceBook) {
  const pattern = /\b(\p{Lu}[\p{L}.]+)\s+embassy\b(?:\s+in\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?))?/gu;
  for (const match of text.matchAll(pattern)) {
    const word = match[1]!;
    const code = countryOfDemonym(word) ?? places.lookup(word).find((p) => p.kind === 'country')?.countryCode;
    if (!code) continue;
    // The place it is in only when the gazetteer knows it ("in Mali", not "in January").
    const where = match[2] && places.lookup(match[2]).length > 0 ? match[0] : `${word} embassy`;
    const mention = { start: match.index!, end: match.index! + where.length };
    if (book.actors.some((a) => a.mentions.some((m) => m.start < mention.end && m.end > mention.start))) continue;
    const key = `${code} embassy`;
    const embassy = book.find(key);
    if (embassy) book.mention(embassy, where, mention);
    else book.register(book.add(where, 'government', mention), key);
  }
}

/** "the army", "the military", "the junta": the forces of the country the article is about. */
function readOwnForces(text: string, book: ActorBook, places: PlaceBook) {
  const code = places.mainCountry();
  if (!code) return;
  // "the police station", "the army base" name a building, not the force.
  const pattern = /\bthe (army|military|junta|police|armed forces|security forces)\b(?![-‐]|\s+(?:station|stations|post|posts|base|bases|barracks|headquarters|academy|hospital|vehicle|vehicles|van|truck)\b)/gi;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const form = match[1]!;
    const branch = /police/i.test(form) ? 'police' : 'forces';
    const key = `${code} ${branch} (state force)`;
    const start = match.index + 4;
    const mention = { start, end: start + form.length };
    if (book.actors.some((a) => a.mentions.some((m) => m.start <= mention.start && m.end >= mention.end))) continue;
    // "the General Staff of the Armed Forces of Ukraine": a capitalised force with its country after "of" is inside a
    // longer name, read whole later.
    if (/^\p{Lu}/u.test(form) && /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(after(text, mention.end, 20))) continue;
    // "the Kenya Police Service ... the police": the one force of that branch the text has named.
    // A unit ("9th Military Zone", "Police Zone 6") is not the force.
    const named = book.actors.filter(
      (a) => a.kind === 'state-force' && (branch === 'police' ? /\b(police(?: service| force)?|gendarmerie)$/i : /\b(army|armed forces|military|defen[cs]e forces)$/i).test(a.name),
    );
    const known = book.find(key) ?? (named.length === 1 ? named[0] : undefined);
    if (known) {
      book.mention(known, form, mention);
      book.register(known, key);
    } else book.register(book.add(form, 'state-force', mention), key);
  }
}

/** "Lebanon's health ministry", "the defence ministry": a government body written in lower case. */
function readMinistries(text: string, book: ActorBook, places: PlaceBook) {
  // The owner may be two words: "Saudi Arabia's foreign ministry"; "The" opening a sentence is none ("The Palestinian health ministry").
  const pattern = /\b(?:(?!The\s)(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)(?:['’]s)?|[Tt]he)\s+((?:health|defen[cs]e|interior|foreign|justice|information|finance|home|foreign affairs|security|education)\s+ministry)\b/gu;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const owner = match[1];
    if (owner && !countryOfDemonym(owner) && !places.lookup(owner).some((p) => p.kind === 'country')) continue;
    const bare = match[2]!;
    const start = owner ? match.index : match.index + 4;
    const mention = { start, end: match.index + match[0].length };
    if (book.actors.some((a) => a.mentions.some((m) => m.start <= mention.start && m.end >= mention.end))) continue;
    const code = owner ? countryOfDemonym(owner) ?? places.lookup(owner).find((p) => p.kind === 'country')?.countryCode : places.mainCountry();
    const key = `${code} ${bare.toLowerCase()} (government)`;
    const form = owner ? match[0] : bare;
    const known = book.find(key) ?? book.find(bare);
    if (known) book.mention(known, form, mention);
    else {
      const actor = book.add(form, 'government', mention);
      book.register(actor, key);
      if (form !== bare) book.mention(actor, bare);
    }
  }
}

/**
 * "the Nikopol district military administration", "the Macomia district administration", "the Versailles prosecutor's
 * office": a local body written in lower case after the place it serves, which the story has placed. (A town's police,
 * "Lahore police", is left as the country's: the gold files name it a body of its own in fewer than half the cases.)
 */
function readLocalBodies(text: string, book: ActorBook, places: PlaceBook) {
  const pattern =
    /\b((?:\p{Lu}[\p{L}'’.-]+\s+){0,2}\p{Lu}[\p{L}'’.-]+)\s+((?:(?:regional|district|provincial|city|state|settlement|oblast|county|municipal|public)\s+)?(?:military administration|administration|prosecutor['’]s office))\b/gu;
  for (const match of text.matchAll(pattern)) {
    // The place may be the last words of the capitalised run ("On Monday Nikopol district military administration").
    const run = match[1]!;
    const word = [...run.matchAll(/\S+/g)].find((w) => {
      const placed = places.named(run.slice(w.index));
      return placed && placed.kind !== 'country' && placed.kind !== 'region';
    });
    if (!word) continue;
    const mention = { start: match.index! + word.index!, end: match.index! + match[0].length };
    if (book.actors.some((a) => a.mentions.some((m) => m.start <= mention.start && m.end >= mention.end))) continue;
    const name = text.slice(mention.start, mention.end);
    book.add(name, 'government', mention);
  }
}

/** "the US-led coalition" and later "the coalition". */
function readCoalitions(text: string, book: ActorBook) {
  const pattern = /\b(\p{Lu}[\p{L}.]*-led (?:international |military |multinational )?coalition)( forces)?\b/gu;
  let match: RegExpExecArray | null;
  let coalition: ExtractedActor | undefined;
  while ((match = pattern.exec(text)) !== null) {
    const mention = { start: match.index, end: match.index + match[0].length };
    if (!coalition) coalition = book.find(match[1]!) ?? book.add(match[1]!, 'intergovernmental', { start: match.index, end: match.index + match[1]!.length });
    if (match[2]) book.mention(coalition, match[0], mention);
    else book.mention(coalition, match[1]!, mention);
  }
  if (!coalition) return;
  const bare = /\bthe coalition\b/g;
  while ((match = bare.exec(text)) !== null) {
    const start = match.index + 4;
    book.mention(coalition, 'coalition', { start, end: start + 'coalition'.length });
  }
}

/** "the prime minister" for the person whose title it is, when only one person holds it. */
function readTitlesAlone(text: string, book: ActorBook) {
  const holders = new Map<string, ExtractedActor[]>();
  for (const actor of book.actors) {
    if (actor.kind !== 'person' || !actor.role) continue;
    const words = actor.role.split(/\s+/).filter((w) => !countryOfDemonym(w) && !/['’]s$/.test(w));
    const core = words.join(' ').toLowerCase().replace(/^(interim|acting|former|deputy|then|new|top|senior)\s+/, '');
    // "President of the Republic", "Minister of Internal Affairs": the title is the words before "of".
    const title = core.split(' of ')[0]!;
    const head = title.split(' ').pop()!;
    if (!core || !TITLE_HEADS.has(head)) continue;
    // "the prime minister", and "the minister" when no one else is one.
    for (const key of new Set([core, title, head])) holders.set(key, [...(holders.get(key) ?? []), actor]);
  }
  for (const [core, actors] of holders) {
    if (actors.length !== 1) continue;
    const pattern = new RegExp(`\\bthe ${escapeForPattern(core)}\\b`, 'gi');
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      // "the minister Jane Okello" is the name's own title, already counted.
      if (/^\s+\p{Lu}/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 3))) continue;
      // "the general staff", "the general public", "the general election": a compound noun, no one's title.
      if (/^\s+(?:staff|public|assembly|secretariat|population|elections?|strike|amnesty|command|headquarters|directorate|inspectorate)\b/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 20))) continue;
      book.mention(actors[0]!, match[0], { start: match.index, end: match.index + match[0].length });
    }
  }
}

// "..., known as the Pakistani Taliban or TTP", "known by its French acronym FARDC", "which calls itself Ansar Allah",
// "Islamic State Mozambique Province (ISMP), known locally as "al-Shabaab"", "... (ISMP) and locally as al-Shabaab".
const OTHER_NAME = `["“'‘]?((?:(?:al|el|ad|an|as|ash|ar|az)-)?[\\p{Lu}\\d][\\p{L}\\p{N}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}'’-]*){0,4})["”]?`;
const OTHER_NAMES = new RegExp(
  String.raw`^\s*(?:\([^)\n]{1,15}\)(?=\s*,?\s*(?:(?:and |but )?(?:is |are )?(?:also |better |widely )?known|and (?:locally|officially|popularly|commonly))\b))?(?:\s+(?:faction|group|movement|militia|sect)(?=,))?\s*,?\s*(?:(?:which|who) (?:calls itself|call themselves|is also known as|are also known as)|(?:(?:and |but )?(?:is |are ))?(?:also |better |widely |popularly |commonly |locally )?known (?:(?:locally|officially|also|popularly|commonly|to (?:residents|locals|villagers)) )?(?:as|by (?:its|the) (?:[\p{L}-]+ )?(?:acronym|initials|abbreviation|name))|and (?:locally|popularly|commonly) as|(?:also )?called)\s+(?:the\s+)?` +
    OTHER_NAME +
    String.raw`(?:\s+or\s+(?:the\s+)?` +
    OTHER_NAME +
    ')?',
  'u',
);

// "The Ombudsman's Office (Defensoría del Pueblo)", "the Ombudsman's Office, or Defensoría del Pueblo,": the body's
// name in its own language, glossed beside the English one (a one-word acronym in brackets is read elsewhere).
const GLOSS = String.raw`(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:de|del|de la|des|du|di|da|do|dos|das|el|la|le|y|e|et|of|for|and|the)\s+)?\p{Lu}[\p{L}\p{N}'’-]*){1,5})`;
const GLOSSED_NAME = new RegExp(String.raw`^\s*(?:\(\s*${GLOSS}\s*\)|,\s+or\s+(?:the\s+)?${GLOSS}\s*[,(])`, 'u');

/**
 * "identified as Gul Wazir, Rafiullah, Sher Ali, Naseebullah and Irfanullah": in a list of people's names, a name of
 * one word the gazetteer does not know is a person's too (many go by one name).
 */
function readNameLists(text: string, book: ActorBook, places: PlaceBook) {
  const name = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}`;
  const list = new RegExp(String.raw`${name}(?:,\s+${name}){1,}(?:,?\s+and\s+${name})?`, 'gu');
  for (const m of text.matchAll(list)) {
    const items = [...m[0].matchAll(new RegExp(name, 'gu'))].map((item) => ({ form: item[0], start: m.index! + item.index!, end: m.index! + item.index! + item[0].length }));
    // Only a list that says whom it names: "identified as", "named as", "were", "include", a colon.
    if (items.length < 3 || !/\b(?:identified as|named as|named|were|are|include|including)\s*$|:\s*$/i.test(before(text, m.index!, 30))) continue;
    const holder = (item: { start: number; end: number }) => book.actors.find((a) => a.mentions.some((at) => at.start < item.end && at.end > item.start));
    const people = items.filter((item) => book.actors.some((a) => a.kind === 'person' && a.mentions.some((at) => at.start === item.start && at.end === item.end)));
    const single = items.filter((item) => !holder(item) && !item.form.includes(' ') && item.form.length > 3 && places.lookup(item.form).length === 0);
    // Every name in the list a person's or such a word, two at least already people.
    if (people.length < 2 || people.length + single.length !== items.length || single.length === 0) continue;
    for (const item of single) book.add(item.form, 'person', { start: item.start, end: item.end });
  }
}

/** Other names an organisation is given right after it is named: joined to it, not actors of their own. */
function readOtherNames(text: string, book: ActorBook) {
  for (const actor of [...book.actors]) {
    if (actor.kind === 'person' || !book.actors.includes(actor)) continue;
    for (const mention of [...actor.mentions]) {
      const known = OTHER_NAMES.exec(after(text, mention.end, 120));
      // "the Volunteers for the Defence of the Homeland (VDP)" after a quote that said "the VDP": one body.
      const m = known ?? GLOSSED_NAME.exec(after(text, mention.end, 120)) ?? BRACKETED_ACRONYM.exec(after(text, mention.end, 14));
      if (!m) continue;
      // "known locally as 'al-Shabaab'": the closing single quote is no part of the name.
      for (const form of [m[1], m[2]].map((written) => written?.replace(/['’]$/, ''))) {
        // "the joint operations of the FARDC and the UPDF, known as Operation Shujaa": an operation's name, not the body's.
        if (!form || /^Operation\b/.test(form)) continue;
        const at = mention.end + m[0].lastIndexOf(form);
        const other = book.find(form);
        // A body's gloss is never a person, however its words read ("Consejo Nacional Electoral"); nor is the name a
        // body is "popularly known as" when the text names no one so anywhere else ("Boko Haram").
        const onlyHere = other?.kind === 'person' && other.mentions.every((m) => m.start >= mention.end && m.start < mention.end + 120);
        if (other && other !== actor && (other.kind !== 'person' || !known || onlyHere)) {
          book.merge(other, actor);
          if (other.kind === 'armed-group') actor.kind = 'armed-group';
        } else if (!other) book.mention(actor, form, { start: at, end: at + form.length });
      }
    }
  }
  // "The Iran-aligned group, which calls itself Ansar Allah": the group last named.
  const groupPhrase = /\bthe (?:[\p{L}-]+\s+){0,2}(group|movement|militia|organi[sz]ation|rebels|gang),\s*(?=(?:which|who) call)/giu;
  for (const m of text.matchAll(groupPhrase)) {
    const rest = OTHER_NAMES.exec(text.slice(m.index! + m[0].length - 1, m.index! + m[0].length + 120));
    if (!rest) continue;
    const group = book.lastBefore(m.index!, (a) => a.kind === 'armed-group' || a.kind === 'other-organization' || a.kind === 'political-party');
    if (!group) continue;
    for (const form of [rest[1], rest[2]]) {
      if (!form) continue;
      const other = book.find(form);
      if (other && other !== group && other.kind !== 'person') book.merge(other, group);
      else if (!other) book.mention(group, form);
    }
  }
}
