/**
 * Step 5: quotes and who said them. The attribution may stand after the quote ("..., he said"),
 * before it ("the group said: ..."), or be a pronoun that points back to the last person named.
 */
import { personByPart, roleHasInitials, type ActorBook } from './actors';
import { GAVE_NAME, PLATFORMS, TITLE_HEADS } from './lexicon';
import type { ExtractedActor, ExtractedQuote, Mention } from './types';

const SPEECH = '(?:said|says|say|asked|asks|stated|declared|declares|added|adds|told|tells|wrote|writes|posted|warned|warns|noted|explained|insisted|argued|claimed|tweeted|announced|stressed|continued|asserted|recalled|acknowledged|replied|urged|vowed|confirmed|denied|charged|remarked|concluded|cautioned|emphasised|emphasized|lamented|reads|promised|pledged|affirmed|affirms|reiterated|reiterates|maintained|maintains|demanded|demands|admitted|conceded|alleged|observed|assured|posed|quipped|queried|wondered|indicated|indicates|underlined|underlines|specified|recalls|notes|stresses|explains|insists|pointed out|points out|expressed|cried|exclaimed)';
const AFTER_PRONOUN = new RegExp(`^[\\s,]*(?:—\\s*)?(he|she|they|it|we|i)\\s+(?:also\\s+|later\\s+|further\\s+|then\\s+)?${SPEECH}\\b`, 'i');
// A title's abbreviation ("Maj. Gen.", "Dr.", "Col. Warsame") does not end the phrase that names the speaker.
const ABBREVIATED_TITLES = 'Mr|Mrs|Ms|Dr|Gen|BGen|MGen|LtGen|Lt|Col|Maj|Capt|Cpt|Sgt|Brig|Cmdr|Adm|Rev|Sen|Rep|Gov|Insp|Supt|Pol|Prof|St|Sr|Comr|Cpl|Pvt|Pfc';
const TITLE_ABBREVIATION = `(?<!\\b(?:${ABBREVIATED_TITLES}))`;
const TITLE_ABBREVIATIONS = new RegExp(`\\b(?:${ABBREVIATED_TITLES})\\.`, 'g');
// '..." said Military Police spokesperson Lieutenant Colonel Cláudio Fontes at an afternoon press conference': the
// speaker's words end at the comma, the stop, or where and when the words were said.
const AFTER_INVERTED = new RegExp(`^[\\s,]*${SPEECH}\\s+(.{1,120}?)(?:[,;]|${TITLE_ABBREVIATION}\\.|$|\\s+(?=(?:at|outside|inside|near|during|after|before|while)\\s))`, 'i');
// "...," the statement read.
const AFTER_NAMED = new RegExp(`^[\\s,]*(?:—\\s*)?(.{1,90}?)\\s+(?:also\\s+|later\\s+|further\\s+)?(?:${SPEECH}|(?:was|were)\\s+quoted\\s+as\\s+saying|read(?=\\s*[.,;]))\\b`, 'i');
// "...," in a statement broadcast on CRTV, and said: words after a quote that open on a preposition or a
// conjunction go on with the sentence; they name no speaker.
// A sentence that announces a statement's text to follow.
const STATEMENT_INTRO = /\b(?:reproduce[sd]?|publish(?:es|ed)?|print(?:s|ed)?)\s+(?:below|here|in full)\b[^.!?]{0,80}\bstatement\b|\b(?:excerpts?|extracts?|passages|the (?:full )?text)\s+(?:of|from)\b[^.!?]{0,60}\bstatement\b[^.!?]{0,40}\b(?:below|follows?)\b/i;
const NOT_A_SUBJECT = /^[\s,]*(?:in|on|at|during|after|before|and|but|which|while|as|for|from|by|with|to|into|through)\s/i;
// '"...," Adjunct Senior Commissioner Yusuf Kurniawan, spokesman for the Operation Damai Cartenz task force, told reporters':
// a capitalised name, then what it is between commas, then the verb, further off than a plain attribution.
const AFTER_NAMED_APPOSITION = new RegExp(`^[\\s,]*((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,6}\\p{Lu}[\\p{L}'’-]*),\\s+(?:an?|the|\\p{Ll}+)\\b[^"“”,.;]{1,100},\\s+(?:${SPEECH})\\b`, 'u');
const namedAfter = (rest: string) => {
  const named = AFTER_NAMED.exec(rest) ?? AFTER_NAMED_APPOSITION.exec(rest);
  return named && !NOT_A_SUBJECT.test(named[1]!) ? named : null;
};
// A verb of speech or judgement anywhere in the clause before the quote ("condemned the strike as").
// "The statement read, "..."": "read" before a quote, then a comma or a colon.
const BEFORE_SPEECH = new RegExp(
  `(?:${SPEECH}|\\bread(?=\\s*[,:])|\\b(?:condemned|described|reported|called|denounced|hailed|praised|appealed|pleaded|termed|labelled|labeled|dismissed|rejected|branded|characterised|characterized|welcomed|criticised|criticized|accused|saying|condemning|describing|calling|denouncing|urging|warning|accusing|rejecting|dismissing)\\b)`,
  'i',
);
// The sentence after a quote that names its speaker: "The words came from ...", "That was the message of ...".
const NEXT_SENTENCE_SPEAKER = /^\s*(?:The|Those|These|That|This) (?:(?:was|were) (?:the )?)?(?:words|remarks|comments?|message|warning|appeal|statement|how)\b[^.!?]{0,30}?\b(?:came from|were those of|was that of|of|from|by|put it)\s/;
// A sentence whose subject speaks: "Nur said the blast hit a truck.", "The ministry told reporters:".
const INTRODUCES_SPEAKER = new RegExp(`^\\s*[^"“”]{0,120}?\\b${SPEECH}\\b[^"“”]*[.:]\\s*$`, 'i');
// "a survivor", "an official", "one resident": someone the text does not name.
const UNNAMED = /^\s*(?:—\s*)?(?:a|an|one|another|two|several|some)\s/i;
// "his elder brother", "a neighbour", "the group's spokesman": a description a name may follow ("..., Sunil Mandal").
// "who gave only his first name, Abdala", "named Jasim Karim", "identified as Musa": a description that names.
const GIVES_NAME = new RegExp(String.raw`\b(?:${GAVE_NAME}(?: as)?|named|identified (?:only )?as|identified only by (?:his|her|their) first name|called),?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)`, 'u');
const DESCRIBED = /^\s*(?:—\s*)?(?:(?:a|an|one|another|two|several|some|his|her|their|its|the)\s|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s\s+\p{Ll})/iu;
const GROUP_WORDS = /\b(the (group|ministry|army|military|police|statement|movement|militia|government|organisation|organization|office|agency|spokesman|spokesperson|council|command|coalition|party|authorities|institution|commission|committee|department|directorate|network|association|union|mission|observatory|watchdog|charity))\b/i;
const PRONOUN_PERSON = /\b(he|she)\b/i;
// "the officer said", "the police official said": a post any speaker could hold, which names no one by itself.
const GENERIC_POST = /^(?:official|officer|spokes\w+|commander|chief)$/i;
// "the council member", "the army officer": a body's word qualifying a person, who is no body.
// A spokesman speaks for the body ("the army spokesman said"), so is not among them.
const PERSON_HEAD = /\b(?:member|officer|official|commander|source|leader|worker|employee|staffer)s?\s*$/i;
const PRONOUN_GROUP = /\b(they|it|we)\b/i;

interface QuoteMarks {
  open: number;
  close: number;
  /** Left open at its paragraph's end, the quotation going on in the next paragraph. */
  runsOn?: boolean;
}

/**
 * Pairs of quotation marks, curly or straight. A mark left open at the end of a paragraph is dropped, unless the
 * next paragraph opens with a mark too: a quotation that runs over paragraphs opens each and closes only the last,
 * so each open paragraph is a quote of its own.
 */
function findQuoteMarks(text: string): QuoteMarks[] {
  const found: QuoteMarks[] = [];
  let curly = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      const runsOn = /^\n\s*["“„«]/.test(text.slice(i, i + 4));
      if (runsOn && curly >= 0) found.push({ open: curly, close: i, runsOn });
      else if (runsOn && straight >= 0) found.push({ open: straight, close: i, runsOn });
      curly = -1;
      straight = -1;
    } else if (c === '“' || c === '„' || c === '«') curly = i;
    else if ((c === '”' || c === '»') && curly >= 0) {
      found.push({ open: curly, close: i });
      curly = -1;
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        found.push({ open: straight, close: i });
        straight = -1;
      }
    }
  }
  return found.sort((a, b) => a.open - b.open);
}

/** Whether a mention lies inside another actor's longer one ("President" in "the Office of the President"). */
function nested(book: ActorBook, entry: { actor: ExtractedActor; start: number }): boolean {
  return book.actors.some((a) => a !== entry.actor && a.mentions.some((m) => m.start < entry.start && entry.start < m.end));
}

function speakerWithin(book: ActorBook, from: number, to: number, last: boolean): ExtractedActor | undefined {
  let chosen: { actor: ExtractedActor; start: number } | undefined;
  for (const entry of book.timeline) {
    if (entry.start < from || entry.start >= to || nested(book, entry) || PLATFORMS.test(entry.actor.name) || book.qualifying.has(entry.start)) continue;
    // "Houthi spokesman Mohammed Abdulsalam said": the person speaks, not the group that qualifies their title.
    const better = chosen && entry.actor.kind === 'person' && chosen.actor.kind !== 'person';
    const worse = chosen && entry.actor.kind !== 'person' && chosen.actor.kind === 'person';
    if (!chosen || better || (!worse && (last ? entry.start > chosen.start : entry.start < chosen.start))) chosen = entry;
  }
  return chosen?.actor;
}

// Nouns that name a body of any kind ("the agency said").
const BODY_NOUNS = 'agency|body|charity|watchdog';
// A name qualifying such a noun ("the U.N. agency") is not the body that spoke.
const QUALIFIED_BODY = new RegExp(`\\bthe\\s+(?:[\\p{L}.'’-]+\\s+){1,2}(?:${BODY_NOUNS})\\s*$`, 'iu');

// "the group said", "the ministry said": the last actor of the kind the noun names.
const NOUN_KINDS: Array<[RegExp, (a: ExtractedActor) => boolean]> = [
  // '"...," the human rights organization noted', "the doctors' group said": words may stand between when the noun ends the phrase.
  [/\bthe (group|movement|militia|militants|rebels|organi[sz]ation)\b|\bthe (?:[a-z'’-]+ ){1,2}(?:group|movement|militia|organi[sz]ation)\s*$/i, (a) => a.kind === 'armed-group' || a.kind === 'other-organization'],
  // "the U.N. agency", "the agency", "the charity": whatever body was named last.
  [new RegExp(`\\bthe (?:u\\.?n\\.?\\s+)?(${BODY_NOUNS})\\b`, 'i'), (a) => a.kind !== 'person' && a.kind !== 'media'],
  [/\bthe (ministry|government|office|presidency|authorities|council)\b/i, (a) => a.kind === 'government'],
  // "the prosecutor's office said": an office, whosever it is, as the whole subject.
  [/^\s*the [\p{L}-]+['’]s office\s*$/iu, (a) => a.kind === 'government'],
  [/\bthe (army|military|police|command|forces|junta|brigade|battalion|regiment)\b/i, (a) => a.kind === 'state-force'],
  [/\bthe paramilitar(?:y|ies)\b/i, (a) => a.kind === 'state-force' || a.kind === 'armed-group'],
  // "the company said in a statement": the company named last.
  [/^\s*the (?:[a-z'’-]+ )?(company|firm|operator)\s*$/i, (a) => a.kind === 'other-organization'],
  [/\bthe (party|coalition)\b/i, (a) => a.kind === 'political-party' || a.kind === 'intergovernmental'],
  [/\bthe (mission|alliance|bloc|union)\b/i, (a) => a.kind === 'intergovernmental' || a.kind === 'other-organization'],
];
// What a body issues: "statement", "communiqué", "press release" (an é ends no word for \b, hence the look-ahead).
const STATEMENT_NOUN = String.raw`(?:statement|communiqu[eé]|press release)(?![\w\u00C0-\u024F])`;
const A_STATEMENT = new RegExp(String.raw`\b${STATEMENT_NOUN}`, 'i');
const THE_STATEMENT = new RegExp(String.raw`\bthe ${STATEMENT_NOUN}`, 'i');
// "The statement", "The army's statement" as a whole subject.
const STATEMENT_ALONE = new RegExp(String.raw`^\s*the (?:[\p{L}'’-]+ )?${STATEMENT_NOUN}\s*$`, 'iu');
// "a joint statement issued by the Prosecutor General's Office", "a communiqué from the army": who issued it (not who
// signed it: "a statement signed by its convener" is the body's).
const STATEMENT_FROM = new RegExp(String.raw`\b(?:a|the|its|their) (?:joint |brief |short |written |separate |new )?${STATEMENT_NOUN} (?:from|by|issued by|released by) ([^.;"“”]{2,80})`, 'gi');
// "X said in a statement", "X confirmed the incident in a statement": who issued it.
// "X announced on Tuesday in a communiqué": the day may stand between; "The NGO ... published a statement".
const STATEMENT_SOURCE = new RegExp(String.raw`([^.!?]{0,80}?)\s+(?:(?:said|announced|added|wrote|confirmed|stated|reported)(?:\s+(?:the|an?|its|their)\s+[\p{L}-]+)?(?:\s+on\s+\p{Lu}\p{Ll}+day)?\s+in|published|issued|released|posted)\s+(?:a|its|their)\s+${STATEMENT_NOUN}`, 'giu');
// "In a statement published on its Facebook page, the ministry said ...": the subject after the opening phrase.
// "In a statement issued in Beni on Wednesday, the ADDHP described the attack as ...": other verbs of a statement too.
const STATEMENT_OPENING = new RegExp(String.raw`\b(?:in|according to) (?:a|its|their) ${STATEMENT_NOUN}[^.!?"“”]{0,100}?,\s*([^,.;!?"“”]{2,90}?)\s+(?:said|announced|added|wrote|stated|described|condemned|denounced|called|urged|accused|warned|confirmed|gave|reported)\b`, 'gi');

/**
 * "the network said" after "the Sudan Doctors Network", "the commission said" after "the Kenya National
 * Commission on Human Rights": the organisation named before whose name has that noun among its words.
 */
function headNounActor(phrase: string, quoteStart: number, book: ActorBook): ExtractedActor | undefined {
  // "the governor's office said" after "the Şanlıurfa Governor's Office": whose office it is must be in the name too.
  const [, owner, head] = /\bthe (?:([a-z]+)['’]s )?([a-z]{4,})\s*$/i.exec(phrase.trim()) ?? [];
  const noun = head?.toLowerCase().replace(/s$/, '');
  if (!noun) return undefined;
  const hasNoun = (name: string) => {
    const words = name.toLowerCase().split(/\s+/);
    return words.length > 1 && words.some((word) => word.replace(/s$/, '') === noun) && (!owner || words.some((word) => word.startsWith(owner.toLowerCase())));
  };
  return book.lastBefore(quoteStart, (a) => a.kind !== 'person' && [a.name, ...a.aliases].some(hasNoun), 5000);
}

/**
 * "the rights group said" after "Viasna Human Rights Centre", "the doctors' group said" after "the Sudan Doctors
 * Network": the body named before whose name holds the word that qualifies the noun.
 */
function qualifiedNounActor(phrase: string, quoteStart: number, book: ActorBook): ExtractedActor | undefined {
  const word = /^\s*the\s+([\p{L}'’-]+)\s+(?:group|organi[sz]ation|body|network|watchdog|charity|association|movement)\s*$/iu.exec(phrase)?.[1];
  if (!word) return undefined;
  const stem = (w: string) => w.toLowerCase().replace(/['’]s?$/, '').replace(/s$/, '');
  return book.lastBefore(quoteStart, (a) => a.kind !== 'person' && a.name.split(/\s+/).some((w) => stem(w) === stem(word)), 5000);
}

// A sentence's subject before its verb, and the statement the sentence ends on: "The prosecutor's office had issued
// ..., according to a written statement."
const STATEMENT_AFTER = new RegExp(String.raw`(?:^|[.!?]\s+)((?:the\s+)?[\p{L}'’ -]{2,60}?)\s+(?:had|has|have|was|were|is|are|\p{Ll}+ed)\b[^.!?"“”]{0,300}?,\s*according to (?:a|an|its|their) (?:[\p{L}-]+ )?${STATEMENT_NOUN}\s*[.!?]`, 'giu');
// "a ministry statement", "an army communiqué": a statement named by the kind of body that issued it.
const NOUN_STATEMENT = new RegExp(String.raw`\b(?:a|an|the|its)\s+(ministry|army|military|police|government|presidency|junta)\s+${STATEMENT_NOUN}`, 'gi');

/** Who issued the last statement the text reports before a quote ("X said in a statement", "a communiqué from X"). */
function issuerOfLastStatement(text: string, quoteStart: number, book: ActorBook): ExtractedActor | undefined {
  const lead = text.slice(Math.max(0, quoteStart - 800), quoteStart);
  let source: RegExpExecArray | undefined;
  for (const m of withoutInnerStops(lead).matchAll(STATEMENT_SOURCE)) source = m;
  // "According to a statement from the federal Security Cabinet, ...": the body named after "statement from".
  let from: RegExpExecArray | undefined;
  for (const m of lead.matchAll(STATEMENT_FROM)) from = m;
  for (const m of lead.matchAll(STATEMENT_OPENING)) if (!from || m.index! > from.index!) from = m;
  // "according to a ministry statement read ... on state television Télé Sahel": the ministry, not the channel.
  let byNoun: RegExpExecArray | undefined;
  for (const m of lead.matchAll(NOUN_STATEMENT)) byNoun = m;
  // "The prosecutor's office had issued warrants for 38 suspects, according to a written statement.": the sentence's
  // subject issued it, when no statement is told after it.
  let after: RegExpExecArray | undefined;
  for (const m of lead.matchAll(STATEMENT_AFTER)) after = m;
  if (after && ![source, from, byNoun].some((m) => m && m.index! > after!.index!)) {
    const at = quoteStart - lead.length + after.index! + after[0].indexOf(after[1]!);
    const actor = speakerWithin(book, at, at + after[1]!.length, false) ?? resolvePhrase(after[1]!, at, at, book);
    if (actor) return actor;
  }
  if (byNoun && (!from || byNoun.index! > from.index!) && (!source || byNoun.index! > source.index!)) {
    const actor = resolvePhrase(`the ${byNoun[1]!}`, quoteStart, quoteStart, book);
    if (actor) return actor;
  }
  if (from && (!source || from.index! > source.index!)) {
    const at = quoteStart - lead.length + from.index! + from[0].indexOf(from[1]!);
    const actor = speakerWithin(book, at, at + from[1]!.length, false) ?? resolvePhrase(from[1]!, at, at, book);
    if (actor) return actor;
  }
  if (source) {
    // "..., ASP Abdullahi Gana Mshelia, confirmed": the words before the verb, its aside's commas aside.
    const subject = source[1]!.replace(/[\s,]+$/, '');
    const clause = subject.slice(subject.lastIndexOf(',') + 1);
    const at = quoteStart - lead.length + source.index! + source[0].indexOf(source[1]!) + subject.length - clause.length;
    // ", which provides free legal assistance to people detained ..., published": an aside, not who issued it.
    const actor = /^\s*(?:which|who)\b/i.test(clause) ? undefined : resolvePhrase(clause, at, at, book);
    if (actor) return actor;
    // "The office of Sheikh X, the spiritual leader who ..., confirmed the agreement in a statement": a long aside
    // between the subject and the verb; who opens the sentence issued it.
    const verbAt = quoteStart - lead.length + source.index! + source[0].indexOf(source[1]!) + subject.length;
    const sentenceAt = Math.max(text.lastIndexOf('\n', verbAt - 1), text.slice(0, verbAt).search(/[.!?]\s+[^.!?]*$/)) + 1;
    const opener = speakerWithin(book, sentenceAt, verbAt, false);
    if (opener) return opener;
  }
  return undefined;
}

// How far into a statement's text a name may begin and still open it: 13 characters, room for the quote mark, "The "
// and a short word more (the window this rule has used since it was written).
const STATEMENT_OPENS_ON = 13;

/**
 * Whose words a statement's text is: its issuer as the text reported it, else the body its words open with ("The
 * Upper East Regional Police Command, in collaboration with the military, conducted ..."), else the body last named.
 */
function statementSpeaker(text: string, open: number, book: ActorBook): ExtractedActor | undefined {
  return (
    issuerOfLastStatement(text, open, book) ??
    speakerWithin(book, open, open + STATEMENT_OPENS_ON, false) ??
    book.lastBefore(open, (a) => a.kind !== 'person' && !PLATFORMS.test(a.name))
  );
}

/** The words of the clause a mention stands in, up to 80 characters each side of it (its name left out). */
function clauseAround(text: string, mention: Mention): string {
  return `${text.slice(Math.max(0, mention.start - 80), mention.start).split(/[.;!?"“”]/).pop()} ${text.slice(mention.end, mention.end + 80).split(/[.;!?"“”]/)[0]}`;
}

/** Whether the clause around a mention writes out a post with these initials: "officer-in-charge" (OC), "Superintendent of Police" (SP). */
function titleBeside(text: string, mention: Mention, initials: string): boolean {
  const words = clauseAround(text, mention).split(/[\s,()-]+/).filter((w) => w && !/^(?:of|in|the|and|for)$/i.test(w));
  return words.some((_, i) => {
    const run = words.slice(i, i + initials.length);
    return run.length === initials.length && run.some((w) => TITLE_HEADS.has(w.toLowerCase())) && run.map((w) => w[0]!.toUpperCase()).join('') === initials;
  });
}

function resolvePhrase(phrase: string, phraseStart: number, quoteStart: number, book: ActorBook, text?: string): ExtractedActor | undefined {
  // '"...," Paswan's wife, Sunita Devi, told reporters': the person named after the relation, not the one it is told by.
  const relation = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}?\p{Lu}[\p{L}-]*['’]s\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+,\s*(?=\p{Lu})/u.exec(phrase);
  if (relation) {
    const named = speakerWithin(book, phraseStart + relation[0].length, phraseStart + phrase.length, false);
    if (named?.kind === 'person') return named;
  }
  let named = speakerWithin(book, phraseStart, phraseStart + phrase.length, false);
  // "the military's True News Information Team said": the body the possessive owns speaks, not its owner.
  // "The Army's Jammu-based White Knight Corps" too; not "Russia's Defence Ministry", one name.
  const owned = /^\s*[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+['’]s\s+(?=\p{Lu})/u.exec(phrase);
  if (named && named.kind !== 'person' && owned) {
    // The body's name must begin right after the possessive ("the Kurdistan Region's Ministry of ..." is one name).
    const at = phraseStart + owned.index + owned[0].length;
    const body = book.timeline.find((e) => e.start === at && !nested(book, e))?.actor;
    if (body && body.kind !== 'person') named = body;
  }
  // "the press service said" after "According to the GKNB press service": the body whose press service it is.
  if (text && /^\s*the\s+press\s+(?:service|office|centre|center)\s*$/i.test(phrase)) {
    const lead = text.slice(Math.max(0, quoteStart - 1500), quoteStart);
    let owner: { index: number; name: string } | undefined;
    for (const m of lead.matchAll(/(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*)*)(?:['’]s)?\s+press\s+(?:service|office|centre|center)|press\s+(?:service|office|centre|center)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*)*)/gu)) {
      const name = m[1] ?? m[2]!;
      owner = { index: m.index! + m[0].indexOf(name), name };
    }
    const at = owner ? quoteStart - lead.length + owner.index : -1;
    const body = owner ? speakerWithin(book, at, at + owner.name.length, false) : undefined;
    if (body && body.kind !== 'person') return body;
  }
  // "the U.N. agency said": a name that qualifies the noun is not who spoke; the body named before is.
  if (QUALIFIED_BODY.test(phrase)) {
    const body = book.lastBefore(quoteStart, (a) => a.kind !== 'person' && a.kind !== 'media' && a !== named, 5000);
    if (body) return body;
  }
  // "the deputy commissioner told reporters", "the county commissioner added": the person last named with that title.
  // "the Deputy Commissioner told The Tribune": the same, written with capitals.
  const post = /^\s*the\s+((?:[\p{L}-]+\s+){0,3}([\p{L}-]+))(?:\s+\p{Lu}[^,]*)?\s*$/u.exec(phrase);
  const postName = post?.[1]!.toLowerCase();
  // "the Secretary of State said": a title "of" what it serves is headed by the word before "of".
  const postHead = (post ? /^(?:[\p{L}-]+\s+)*?([\p{L}-]+)\s+of\s/u.exec(post[1]!)?.[1] ?? post[2]! : '').toLowerCase();
  // Before a body named inside the phrase: "the police commander" is the commander, not the police.
  // A body whose name the phrase ends on is who spoke ("the Office of the President said").
  const namedBody = named && named.kind !== 'person' && [named.name, ...named.aliases].some((form) => phrase.trim().toLowerCase().endsWith(form.toLowerCase()));
  if (post && TITLE_HEADS.has(postHead) && !/^spokes/i.test(post[2]!) && named?.kind !== 'person' && !namedBody) {
    const holder = book.lastBefore(quoteStart, (a) => a.kind === 'person' && !!a.role && a.role.toLowerCase().includes(postName!), 5000);
    if (holder) return holder;
    // "the police officer said" after "said Md Kamrul Hasan, additional deputy commissioner of Dhaka Metropolitan Police":
    // a generic post qualified by a body's word is the person last named with that word beside them, not the body.
    const qualifiers = postName!.split(/\s+/).slice(0, -1);
    if (qualifiers.length > 0 && GENERIC_POST.test(post[2]!)) {
      const qualified = book.lastBefore(quoteStart, (a) => {
        const first = a.mentions[0];
        if (a.kind !== 'person' || !first || !text) return false;
        const described = `${a.role ?? ''} ${text.slice(first.end, first.end + 100).split(/[.;!?"“”]/)[0]}`;
        return qualifiers.every((word) => new RegExp(`\\b${word}`, 'i').test(described));
      }, 1500);
      if (qualified) return qualified;
    }
    // "Colonel Víctor Sandoval, head of the police division, said ... . "...," the officer said.": a generic post right
    // after a sentence whose subject is a titled person is that person.
    if (text && GENERIC_POST.test(post[2]!)) {
      const subject = subjectOfSentenceBefore(text, quoteStart, book, true);
      if (subject?.kind === 'person' && subject.role) return subject;
    }
    // "Macomia's district administrator, Celestino Mussa, appealed ...", "the administrator told": the person whose
    // first mention the title's noun stands beside, in the same clause.
    // Every word of the title must stand there ("the Division commander": division and commander); a word any
    // speaker could be given ("the official said") names no one.
    const titleWords = postName!.split(/\s+/);
    if (text && !/^(?:official|officer|source|spokes\w+|member|leader|head|chief)$/i.test(post[2]!)) {
      const beside = book.lastBefore(quoteStart, (a) => {
        if (a.kind !== 'person') return false;
        const first = a.mentions[0];
        if (!first) return false;
        const near = clauseAround(text, first);
        return titleWords.every((word) => new RegExp(`\\b${word}\\b`, 'i').test(near));
      }, 5000);
      if (beside) return beside;
    }
  }
  if (named) return named;
  // "the General Staff indicated" after "the General Staff of the Armed Forces": a body's name cut short before "of".
  const shortName = /^\s*the\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s*$/u.exec(phrase)?.[1];
  const cutShort = shortName ? book.lastBefore(quoteStart, (a) => a.kind !== 'person' && a.name.startsWith(`${shortName} of `), 5000) : undefined;
  if (cutShort) return cutShort;
  const headed = headNounActor(phrase, quoteStart, book) ?? qualifiedNounActor(phrase, quoteStart, book);
  if (headed) return headed;
  // "the SDO said" after "The Senior Divisional Officer for Momo, Ngoh Emmanuel Tambe": a title's initials.
  const initials = /^\s*the\s+(\p{Lu}{2,5})\s*$/u.exec(phrase)?.[1];
  if (initials) {
    const holder =
      book.lastBefore(quoteStart, (a) => a.kind === 'person' && !!a.role && roleHasInitials(a.role, initials), 5000) ??
      // "Md Abdul Mannan, officer-in-charge of Konabari Police Station", then "the OC said": the title beside the name.
      (text ? book.lastBefore(quoteStart, (a) => a.kind === 'person' && !!a.mentions[0] && titleBeside(text, a.mentions[0], initials), 5000) : undefined);
    if (holder) return holder;
  }
  // "the council member said", "the army officer said": a body's word qualifying a person's is no body speaking.
  const personHead = PERSON_HEAD.test(phrase);
  for (const [noun, fits] of NOUN_KINDS) {
    if (personHead) break;
    if (noun.test(phrase)) return book.lastBefore(quoteStart, (a) => fits(a) && !PLATFORMS.test(a.name)) ?? book.lastBefore(quoteStart, (a) => a.kind !== 'person' && !PLATFORMS.test(a.name));
  }
  // "the statement said", "the communiqué said", "the press release said": whoever issued the last statement the text reported.
  if (text && THE_STATEMENT.test(phrase)) {
    const issuer = issuerOfLastStatement(text, quoteStart, book);
    if (issuer) return issuer;
  }
  // "Col. Warsame said", "Mbuyi said" after "Jean-Pierre Mbuyi Kasongo": a surname, or one part of one person's full name.
  const part = /^\s*(?:[\p{Lu}][\p{L}.]*\s+){0,2}?(\p{Lu}[\p{L}'’-]+)\s*$/u.exec(phrase)?.[1];
  const holder = part ? book.find(part) ?? personByPart(book, part) : undefined;
  if (holder?.kind === 'person') return holder;
  if (PRONOUN_PERSON.test(phrase)) return book.lastBefore(quoteStart, (a) => a.kind === 'person');
  if ((GROUP_WORDS.test(phrase) && !PERSON_HEAD.test(phrase)) || PRONOUN_GROUP.test(phrase)) return book.lastBefore(quoteStart, (a) => a.kind !== 'person' && !PLATFORMS.test(a.name));
  return undefined;
}

// "A resident who saw it", "The relative, who asked ...", "Contacted, a senior official of X": someone unnamed.
// The words before the noun may be a nationality or a body ("A Bengali shopkeeper", "an MILF commander").
// A word before a comma opens it only when it is no name ("Contacted, a senior official"; not "Amna, a mother of five").
// Case matters: the noun is a common one ("a fisherman"), never a name's word ("the Malawi Human Rights Commission").
// "A 24-year-old unemployed mechanic": anyone told by their age.
const UNNAMED_SUBJECT = /^\s*(?:\p{Lu}\p{Ll}+(?:ed|ly),\s*)?(?:(?:but|and|while|whereas)\s+)?(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:resident|relative|witness|survivor|official|officer|commander|spokes(?:man|woman|person)|source|neighbou?r|villager|member|(?!human\b)\p{Ll}*(?:man|woman)|father|mother|parent|brother|sister|son|daughter|cousin|uncle|aunt|nephew|niece|husband|wife|widow|friend|colleague|doctor|nurse|student|worker|teacher|farmer|trader|shopkeeper|vendor|driver|passenger|leader|elder|diplomat|analyst|fighter|soldier|guard|activist|protester|journalist|lawyer|priest|pastor|imam|council+or|employee|volunteer|herder|miner|seller|labou?rer|bystander)s?\b|^\s*[Aa]n?\s+\d{1,3}-year-old\b/u;

// A name, then an aside in commas that describes it: "The National Unity Government (NUG), a shadow administration ...,".
const NAME_BEFORE_ASIDE = /^\s*((?:[Tt]he\s+)?\p{Lu}[^,]{1,80}?),\s+(?:(?:an?|the)\s+|(?=\p{Ll}))[^,]{3,160},\s*$/u;
// "For the regional delegate, Imam X, the signing is ": someone's view, given as a quote.
const FOR_SOMEONE = /^\s*For\s+((?:the\s+)?[^,]{2,80}(?:,\s*\p{Lu}[^,]{1,60})?),\s+[^,]{2,80}?\b(?:is|was|are|were|remains|represents|marks)\s+(?:\p{Ll}+\s+){0,3}$/u;

/** The full stops that end no sentence ("10 a.m.", "U.S. Central Command") replaced, keeping the length, so that a search for a sentence's end passes them. */
// A paragraph's label before a quote: "Quote:", "Quote from Melnychuk:".
const QUOTE_LABEL = /^\s*Quote(?:\s+from\s+([^:"“]{2,60}?))?\s*:\s*$/;

// A verb of speech anywhere in a sentence (not global: exec keeps no state between calls).
const SPEECH_VERB = new RegExp(`\\b${SPEECH}\\b`, 'i');

// Stops that end no sentence: "a.m.", "U.N.", "Sh4.7 million".
const withoutInnerStops = (s: string) => s.replace(/\b(?:[ap]\.m\.|(?:\p{Lu}\.){2,})|(?<=\d)\.(?=\d)/gu, (m) => m.replace(/\./g, '_'));

/**
 * 'Mr Kasirye said the guard, identified as Moses Ssekandi, was among those killed. He added that ... . "...," he said':
 * after sentences that open on "He" or "She", "he" is the person who spoke in the sentence that began the chain, not
 * the last person named in it.
 */
function pronounChainSubject(text: string, quoteStart: number, book: ActorBook): ExtractedActor | undefined {
  const paragraphs = text.slice(Math.max(0, quoteStart - 800), quoteStart).split('\n').slice(-2).join('\n');
  const sentences = withoutInnerStops(paragraphs).match(/[^.!?\n]+[.!?]+["”]?\s*/g) ?? [];
  const from = quoteStart - paragraphs.length;
  let offset = paragraphs.length - sentences.reduce((n, sentence) => n + sentence.length, 0);
  const starts = sentences.map((sentence) => ((offset += sentence.length), offset - sentence.length));
  // The quote's own sentence ("...," he said) is not among them: it has not ended before the quote opens.
  if (sentences.length < 2 || !/^\s*(?:He|She)\s/.test(sentences[sentences.length - 1]!)) return undefined;
  for (let i = sentences.length - 2; i >= Math.max(0, sentences.length - 4); i--) {
    const sentence = sentences[i]!;
    if (/^\s*(?:He|She)\s/.test(sentence)) continue;
    const verb = SPEECH_VERB.exec(sentence);
    if (!verb) return undefined;
    // The name nearest the verb ("The spokesperson of the FDNB, Colonel Gaspard Nzeyimana, confirmed").
    const speaker = speakerWithin(book, from + starts[i]!, from + starts[i]! + verb.index, true);
    return speaker?.kind === 'person' ? speaker : undefined;
  }
  return undefined;
}

/** The sentence a quote stands in, up to the quote, at most 400 characters back within its paragraph. */
function sentenceBefore(text: string, lineStart: number, open: number): string {
  const lead = text.slice(Math.max(lineStart, open - 400), open);
  return lead.slice(Math.max(withoutInnerStops(lead).search(/[^.!?]*$/), 0));
}

// "According to a communiqué from the General Staff", "according to the army": who the sentence is told by.
// "According to the spokesman,", "According to the district commissioner,": a title standing for who holds it.
const ACCORDING_TO_TITLE = /^\s*[Aa]ccording to (the\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)),/u;
const ACCORDING_TO = /\b[Aa]ccording to (?:(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+)?(?:statement|communiqu[eé]|release|report|bulletin)\s+(?:from|by|of|issued by|released by)\s+)?((?:the\s+)?\p{Lu}[^,;]{1,80}?)(?=\s+(?:read|published|issued|released|posted|on|in)\b|,)/u;

// "His wife, who asked not to be named,": a relative the text does not name (a name in apposition would follow a comma).
// No "i" flag: with it, \p{Lu} would match any letter.
const UNNAMED_RELATIVE = /^\s*(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:wife|husband|mother|father|brother|sister|son|daughter|cousin|uncle|aunt|relative|neighbou?r|friend|colleague|widow)\b(?!\s*,\s*\p{Lu})/u;

/**
 * Who "he said" after a quote that opens its sentence means: the subject of the sentence before it in the
 * same paragraph ("Dalia Mizrahi ... appealed to Prime Minister Benjamin Netanyahu. "...," she said."), not
 * the last person that sentence names. An unnamed subject keeps the quote unnamed, or gives it to the
 * organisation the subject speaks for ("An MILF commander ... said ... "...," he said.").
 * Undefined when there is no such sentence; null for an unnamed speaker.
 */
function subjectOfSentenceBefore(text: string, open: number, book: ActorBook, person: boolean): ExtractedActor | null | undefined {
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  const before = text.slice(Math.max(lineStart, open - 400), open);
  if (!/[.!?:]\s*$/.test(before)) return undefined;
  // The sentence may quote a phrase ('wrote on X that it was part of the "offensive without truce" ordered by X.').
  // "U.S. Central Command said ...": the stops of initials end no sentence.
  const trimmed = before.replace(/\s+$/, '');
  const sentence = trimmed.slice(trimmed.length - (/[^.!?]*[.!?:]\s*$/.exec(withoutInnerStops(trimmed))?.[0].length ?? 0));
  const from = open - before.length + trimmed.length - sentence.length;
  // Another quote's sentence: its own attribution carries the voice.
  if (sentence.trim().length < 10 || /["“”]/.test(text.slice(from - 1, from)) || /^\s*["“]/.test(sentence)) return undefined;
  // "..., was shot dead, according to his cousin, Roseline Jean-Baptiste." then '"...," she said': who the sentence is told by.
  const toldBy = /\baccording to (?:[^,.]{0,40},\s*)?(\p{Lu}[^,.]{1,60})\.\s*$/u.exec(sentence);
  if (toldBy) {
    const at = from + toldBy.index + toldBy[0].indexOf(toldBy[1]!);
    const teller = speakerWithin(book, at, at + toldBy[1]!.length, false);
    if (teller && (teller.kind === 'person') === person) return teller;
  }
  const verb = SPEECH_VERB.exec(sentence);
  const subject = verb ? sentence.slice(0, verb.index) : sentence;
  // "ACMS Dibrugarh branch secretary Naren Bhumij said": the name nearest the verb; with no verb, the first.
  // "Prosecutor Rosa Cárdenas, of the Office against Organised Crime, said": the name before an aside in commas.
  let head = subject.indexOf(',');
  let headFrom = from;
  // "In a communiqué read on RTB on Tuesday, the General Staff gave ...": the subject comes after the opening phrase.
  if (head > 0 && NOT_A_SUBJECT.test(subject)) {
    const next = subject.indexOf(',', head + 1);
    headFrom = from + head + 1;
    head = next > head ? next - head - 1 : subject.length - head - 1;
  }
  // "Lohra's elder brother, Suresh Lohra, ... said", "At the family home, Langat's mother, Esther Chebet, struggled":
  // a relation of someone before a comma, the speaker after it.
  for (let comma = head; comma > 0; comma = subject.indexOf(',', comma + 1)) {
    if (!/['’]s\s+(?:\p{Ll}+\s*)+$/u.test(subject.slice(0, comma))) continue;
    // "Carmen Oviedo, Pernalete's wife, said": the relation is an aside after the speaker's name.
    const relationFrom = subject.lastIndexOf(',', comma - 1);
    if (relationFrom > 0 && /^\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}$/u.test(subject.slice(0, relationFrom))) break;
    const next = subject.indexOf(',', comma + 1);
    headFrom = from + comma + 1;
    head = next > comma ? next - comma - 1 : subject.length - comma - 1;
    break;
  }
  const unnamed = UNNAMED_SUBJECT.test(subject) || UNNAMED_RELATIVE.test(subject);
  // "A resident of Khan Younis, reached by telephone, said": the place in an unnamed speaker's description is not
  // who spoke; "A resident, Ana Machava, said" names them beside it.
  // "a 52-year-old man from Khanaqin named Jasim Karim": a description that gives the name names the speaker.
  // "A cousin of Muhammad said", "an aide to X said": the person the description is related to is not who spoke.
  const relatedTo = unnamed && head < 0 && RELATED_TO.test(subject);
  // "The father of the two boys, rice farmer Somphone Vannasing, said": a name after the comma, its own description
  // before it, still names the speaker.
  const described = (unnamed && head > 0 && !/^\s*(?:\p{Ll}[\p{L}-]*\s+){0,3}?\p{Lu}/u.test(subject.slice(head + 1)) && !GIVES_NAME.test(subject)) || relatedTo;
  const actor = described
    ? undefined
    : (head > 0 ? speakerWithin(book, headFrom, headFrom + head, !!verb) : undefined) ?? speakerWithin(book, from, from + subject.length, !!verb);
  // "A resident, Ana Machava, said": a description with the name beside it names the speaker.
  if (actor && (actor.kind === 'person') === person) return actor;
  // "A trader, who asked to be identified only by his first name, Adam, said ...": the name the description gives.
  const given = unnamed ? GIVES_NAME.exec(sentence) : null;
  if (given) {
    const at = from + given.index + given[0].length - given[1]!.length;
    const named = speakerWithin(book, at, at + given[1]!.length, false);
    if (named && (named.kind === 'person') === person) return named;
  }
  if (unnamed) return bodySpokenFor(text, from, from + subject.length, book) ?? null;
  return undefined;
}

// An unnamed speaker told by whom they are related to: "A cousin of Muhammad", "the brother of one of the abducted".
const RELATED_TO = /^\s*(?:a|an|one|another|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:brother|sister|son|daughter|cousin|uncle|aunt|nephew|niece|husband|wife|widow|father|mother|parent|relative|friend|colleague|neighbou?r|aide|adviser|advisor)s?\s+(?:of|to)\s+\p{Lu}/iu;

// Where a body stands in an unnamed speaker's description when the speaker speaks for it: "An MILF commander",
// "a spokesman for the ministry", "a member of the council"; not "a shopkeeper at X Bazar", "a resident of X
// reached by AFP", "a source told Interfax" (a place, a listener).
const QUALIFIES_SPEAKER = /^\s*(?:\p{Lu}\p{Ll}+,\s*)?(?:a|an|one|another|the)\s+(?:(?!(?:at|in|on|near|by|to)\b)\p{Ll}+\s+)?$|\b(?:of|from|for|with)\s+(?:the\s+)?$/iu;

/** The body an unnamed speaker's description says they speak for, or none. */
function bodySpokenFor(text: string, from: number, to: number, book: ActorBook): ExtractedActor | undefined {
  return book.timeline.find(
    (entry) => entry.start >= from && entry.start < to && entry.actor.kind !== 'person' && QUALIFIES_SPEAKER.test(text.slice(from, entry.start)),
  )?.actor;
}

/** The last whole sentence of a stretch of text, with its offset in it. */
const lastSentenceOf = (stretch: string) => [...stretch.matchAll(/[^.!?]+[.!?]+\s*/g)].pop();

// Someone who speaks on condition of not being named: "X's wife, who asked not to be named, told ...".
const SPEAKS_ANONYMOUSLY = /,\s*who\s+(?:asked|requested|spoke on (?:the )?condition of|declined to be|did not want to be|preferred not to be)\s+(?:not to be (?:named|identified)|anonymity|named|identified)[^,]{0,60},\s*(?:said|says|told|tells|speaks|spoke|explained)\b/i;

/**
 * The subject of the sentence just before a quote, in its paragraph, when it tells of someone who would not be named:
 * "Pangilinan's wife, who asked not to be named, told the Inquirer ... "...," she said." is the wife, not Pangilinan.
 */
function hidesSpeaker(text: string, open: number): { from: number; to: number } | undefined {
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  const last = lastSentenceOf(text.slice(lineStart, open));
  const hiding = last ? SPEAKS_ANONYMOUSLY.exec(last[0]) : null;
  // Up to the verb: a body named in what they said is not the one they speak for.
  return hiding ? { from: lineStart + last!.index!, to: lineStart + last!.index! + hiding.index + hiding[0].length } : undefined;
}

/**
 * Whether a quote that opens its paragraph follows one that told of someone unnamed and named no person (or one
 * inside a paragraph that opened on them):
 * "A survivor reached at the hospital said she had hidden ..." or '"...," said a community leader who pleaded
 * anonymity.', then '"...," she said.' is that survivor or that leader, not the last person named before them.
 */
function toldOfUnnamed(text: string, open: number, book: ActorBook): boolean {
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  if (lineStart === 0) return false;
  const namesPerson = (from: number, to: number) => book.timeline.some((entry) => entry.actor.kind === 'person' && entry.start >= from && entry.start < to);
  // Within its paragraph: "A military source in Maroua, who asked not to be named, said ... He said troops ...
  // "...," he said." is that source, when the paragraph opened on them and named no person; and "... A municipal
  // councillor, who asked us not to publish his name, said that ... "...," he said." when the sentence before did.
  const lead = text.slice(lineStart, open);
  if (!/^\s*$/.test(lead)) {
    if (/^\s*(?:a|an|one|another)\s/i.test(lead) && UNNAMED_SUBJECT.test(lead) && /\b(?:said|says|told)\b/.test(lead) && !namesPerson(lineStart, open)) return true;
    const last = lastSentenceOf(lead);
    return !!last && speaksUnnamed(last[0]) && !namesPerson(lineStart + last.index!, open);
  }
  const paragraphStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  if (namesPerson(paragraphStart, lineStart)) return false;
  const paragraph = text.slice(paragraphStart, lineStart);
  // "... One of them, a trader who asked not to be named, said ...", "One shopkeeper said ...": the paragraph's last
  // sentence tells of someone unnamed.
  const lastSentence = /[^.!?]*[.!?]\s*$/.exec(paragraph.trimEnd())?.[0] ?? '';
  return (/^\s*(?:a|an|one|another)\s/i.test(paragraph) && UNNAMED_SUBJECT.test(paragraph)) || UNNAMED_AFTER_QUOTE.test(paragraph) || speaksUnnamed(lastSentence);
}

/**
 * Whether a sentence's speaker is someone unnamed: "One shopkeeper said ...", "One of them, a trader ..., said",
 * "Speaking to News 1st, the farmer who alerted the Army said ..." (a "the" only with "who" after the noun, a person
 * the text describes for the first time). Not "Two soldiers were wounded, he said": the unnamed subject must speak.
 */
function speaksUnnamed(sentence: string): boolean {
  const subject = sentence.replace(/^\s*\p{Lu}[^,"“”]{0,40},\s*(?=(?:a|an|one|another|the)\s)/iu, '');
  const unnamed =
    (/^\s*(?:One|An?|Another)\s/i.test(subject) && UNNAMED_SUBJECT.test(subject)) ||
    /^\s*(?:One|Another) of (?:them|those)\b/i.test(subject) ||
    (/^\s*the\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}+\s+who\b/iu.test(subject) && UNNAMED_SUBJECT.test(subject));
  return unnamed && /\b(?:said|says|told)\b/.test(subject) && !/,\s*(?:he|she|they|it) (?:said|says|told|added)\b/.test(subject);
}
const UNNAMED_AFTER_QUOTE = new RegExp(`["”],?\\s+(?:${SPEECH}\\s+(?:a|an|one|another)\\s|(?:a|an|one|another)\\s+[^.!?"“”]{0,80}?\\b(?:said|says|told|added)\\b)`, 'i');

/** Whether a quote goes on in the voice of the quote before it: the same paragraph, or the next one opened by the quote alone. */
function continuesVoice(text: string, previousClose: number, open: number, close: number): boolean {
  const between = text.slice(previousClose + 1, open);
  if (!between.includes('\n')) return true;
  const lineEnd = text.indexOf('\n', close);
  const restOfLine = text.slice(close + 1, lineEnd === -1 ? text.length : lineEnd);
  // Only the attribution of the earlier quote may stand between them, and nothing but the quote in the new paragraph.
  const [endOfFirst, ...others] = between.split('\n');
  return others.length === 1 && /^\s*$/.test(others[0]!) && endOfFirst!.length < 120 && !/["“”]/.test(endOfFirst!) && /^\s*$/.test(restOfLine.replace(/^[.,!?]/, ''));
}

export function readQuotes(text: string, book: ActorBook): ExtractedQuote[] {
  const quotes: ExtractedQuote[] = [];
  let previous: { speaker: string | null; close: number; issuer?: string; body?: boolean } | undefined;
  // The quotes of one quotation that runs over paragraphs: one voice, found wherever the text gives it.
  const runs: Array<Array<{ quote: ExtractedQuote; open: boolean }>> = [];
  // Quotes a reported statement gives a voice to, when nothing closer does.
  const issuers = new Map<ExtractedQuote, string>();
  let run: Array<{ quote: ExtractedQuote; open: boolean }> | undefined;
  for (const { open, close, runsOn } of findQuoteMarks(text)) {
    const inner = text.slice(open + 1, close);
    const words = inner.trim().split(/\s+/).filter(Boolean);
    // Two or three words in quotation marks are a nickname or a scare quote, not speech, unless the sentence
    // reports someone's words with them: 'described the abduction as "wicked and barbaric"', 'said it was "deeply alarmed"'.
    const sentenceLead = text.slice(Math.max(text.lastIndexOf('\n', open) + 1, open - 200), open);
    // A quoted noun phrase after a determiner or a list ('its "soldiers of the caliphate"', 'militants and "terror
    // infrastructure"') names something; it reports no words.
    // ...but 'condemned what he called a "heinous terrorist attack"' reports words.
    const named = /\b(?:its|their|his|her|our|the|a|an|of|(?<!["”]\s?)and|(?<!["”]\s?)or)\s*$/i.test(sentenceLead) && !/\b(?:called|termed|described as|labelled|labeled|branded)\s+(?:a|an|the)\s*$/i.test(sentenceLead);
    const reported = words.length >= 2 && !named && /^\p{Ll}/u.test(inner.trim()) && BEFORE_SPEECH.test(sentenceLead.slice(Math.max(sentenceLead.search(/[^.!?]*$/), 0)));
    if (words.length < 4 && !reported) continue;
    const short = words.length < 4;
    const trimmed = inner.trim();
    const start = open + 1 + inner.indexOf(trimmed);
    let speaker: ExtractedActor | undefined;
    let continuing: string | undefined;
    let statementIssuer: string | undefined;

    const lineEnd = text.indexOf('\n', close);
    // Long enough for a name, its apposition of up to 100 characters and the verb (AFTER_NAMED_APPOSITION).
    let rest = text.slice(close + 1, Math.min(close + 180, lineEnd === -1 ? text.length : lineEnd));
    // "...agreement.” Prime Minister X called...": a new sentence, not an attribution.
    // '..." It identified the man as X and said': a pronoun opens a new sentence unless a verb of speech follows it;
    // 'A resident ... said he heard "a huge blast." He said ...': always, after words that already told who spoke.
    const leadWithoutStops = withoutInnerStops(sentenceLead);
    const toldBefore = BEFORE_SPEECH.test(leadWithoutStops.slice(Math.max(leadWithoutStops.search(/[^.!?]*$/), 0)));
    const sentenceEnded = /[.!?]$/.test(trimmed) && /^\s*\p{Lu}/u.test(rest) && (toldBefore || !AFTER_PRONOUN.test(rest));
    // ...unless the next sentence says whose the words were: "The words came from X", "That was how X put it".
    const nextSays = sentenceEnded ? NEXT_SENTENCE_SPEAKER.exec(rest) : null;
    if (nextSays) speaker = speakerWithin(book, close + 1 + nextSays[0].length, close + 1 + rest.search(/[.!?]|$/), false);
    if (sentenceEnded) rest = '';
    const pronoun = speaker ? null : AFTER_PRONOUN.exec(rest);
    let unnamed = false;
    // '"...," the statement said. "...," it continued.': "it" right after a body's quote goes on in its voice, not
    // in that of a body its words named.
    const bodyVoice =
      pronoun && /^(?:it|they)$/i.test(pronoun[1]!) && previous?.body && open - previous.close < 600 && text.slice(previous.close, open).split('\n').length <= 2
        ? book.actors.find((a) => a.name === previous!.speaker)
        : undefined;
    if (bodyVoice) speaker = bodyVoice;
    else if (pronoun) {
      const person = /^(he|she|i)$/i.test(pronoun[1]!);
      const subject = person ? subjectOfSentenceBefore(text, open, book, true) : undefined;
      // "An MILF commander, who requested anonymity, said ... "...," he said.": the body they speak for, if any.
      const hidden = person ? hidesSpeaker(text, open) : undefined;
      if (hidden) {
        speaker = bodySpokenFor(text, hidden.from, hidden.to, book);
        unnamed = !speaker;
      } else if (subject === null || (subject === undefined && person && toldOfUnnamed(text, open, book))) unnamed = true;
      else speaker = subject ?? (person ? pronounChainSubject(text, open, book) ?? book.lastBefore(open, (a) => a.kind === 'person') : book.lastBefore(open, (a) => a.kind !== 'person'));
    }
    // Words after the quote that attribute it, whether or not they name someone the text knows.
    const attributed = !!pronoun || AFTER_INVERTED.test(rest) || !!namedAfter(rest);
    if (!speaker && !unnamed) {
      const inverted = AFTER_INVERTED.exec(rest);
      // "said a neighbour, Abdelsalam al-Mabrouk": the name that follows the description.
      // "declared the National Coordinator of the Platform, Mr. Félicien Dossou-Yovo.": a title's stop ends no name.
      const nameAfter = inverted && DESCRIBED.test(inverted[1]!) ? /^\s*,?\s*(\p{Lu}[^,.;]{1,60})/u.exec(rest.slice(inverted[0].length).replace(TITLE_ABBREVIATIONS, (m) => m.replace('.', ' '))) : null;
      if (nameAfter) {
        const at = close + 1 + inverted![0].length + nameAfter[0].indexOf(nameAfter[1]!);
        speaker = speakerWithin(book, at, at + nameAfter[1]!.length, false);
      }
      // "said one of the residents, a fisherman who gave only his first name, Abdala": the name the description gives.
      // "said the man, who gave his name as Ko Aung Naing": the same with "the" when the name is given as his.
      const givenAfter = inverted ? GIVES_NAME.exec(rest.slice(inverted[0].length).split(/[.!?](?:\s|$)/)[0]!) : null;
      // "said a fisherman who gave his name only as Abdala": the name inside the description itself.
      const givenWithin = inverted && UNNAMED.test(inverted[1]!) ? GIVES_NAME.exec(inverted[1]!) : null;
      if (givenWithin) {
        const at = close + 1 + inverted![0].indexOf(inverted![1]!) + givenWithin.index + givenWithin[0].length - givenWithin[1]!.length;
        speaker = speakerWithin(book, at, at + givenWithin[1]!.length, false);
      }
      const givenName = inverted && (UNNAMED.test(inverted[1]!) || (/^\s*the\s+\p{Ll}+\s*$/u.test(inverted[1]!) && /^(?:gave|identified)/.test(givenAfter?.[0] ?? ''))) ? givenAfter : null;
      if (!speaker && givenName) {
        const at = close + 1 + inverted![0].length + givenName.index! + givenName[0].length - givenName[1]!.length;
        speaker = speakerWithin(book, at, at + givenName[1]!.length, false);
      }
      if (speaker) {
        // named after its description
      } else if (inverted && UNNAMED.test(inverted[1]!)) unnamed = true;
      else if (inverted) speaker = resolvePhrase(inverted[1]!, close + 1 + inverted[0].indexOf(inverted[1]!), open, book, text);
    }
    if (!speaker && !unnamed) {
      const named = namedAfter(rest);
      // '"...," a mother of three who gave only her first name, Gulnara, told RFE/RL': the name the description gives.
      const given = named && UNNAMED.test(named[1]!) ? GIVES_NAME.exec(named[1]!) : null;
      const givenAt = given ? close + 1 + named![0].indexOf(named![1]!) + given.index + given[0].length - given[1]!.length : -1;
      if (given) speaker = speakerWithin(book, givenAt, givenAt + given[1]!.length, false);
      if (speaker) {
        // named by its description
      } else if (named && UNNAMED.test(named[1]!)) unnamed = true;
      // A full stop ends the phrase, not an initial's ("the U.N. agency").
      else if (named && !/(?<!\b\p{Lu})[.!?]/u.test(named[1]!.replace(TITLE_ABBREVIATIONS, ''))) speaker = resolvePhrase(named[1]!, close + 1 + named[0].indexOf(named[1]!), open, book, text);
    }
    if (!speaker && !unnamed) {
      const lineStart = text.lastIndexOf('\n', open) + 1;
      const lead = text.slice(Math.max(lineStart, open - 320), open);
      const sentenceStart = Math.max(withoutInnerStops(lead).search(/[^.!?]*$/), 0);
      // '...and beyond." It identified the man': the closing mark of the last quote opens no sentence.
      // "TRIPOLI, Oct. 5 (Xinhua) -- The LNA said ...": the dateline and its agency are no part of the subject.
      const clause = lead.slice(sentenceStart).replace(/^["”’]\s*/, '').replace(/^[^"“”()]{0,40}\([\p{L}. ]{2,20}\)\s*(?:--|—|–|-)\s*/u, '');
      const verb = BEFORE_SPEECH.exec(clause);
      const byTitle = ACCORDING_TO_TITLE.exec(clause);
      if (verb) {
        // "It added that ...", "He said ...": a pronoun opening the sentence goes on in the voice of the quote just before.
        const pronounFirst = /^\s*(He|She|It|They)\s/.exec(clause);
        const voice = pronounFirst && previous && open - previous.close < 400 && !text.slice(previous.close, open - clause.length).includes('\n') ? previous.speaker : undefined;
        // "In a statement on its Facebook page, the ministry said": the subject nearest the verb, after the opening phrase.
        const subject = clause.slice(0, verb.index);
        const lastPart = subject.slice(subject.lastIndexOf(',') + 1);
        const near = lastPart.trim() && lastPart.length < subject.length ? resolvePhrase(lastPart, open - clause.length + subject.length - lastPart.length, open, book, text) : undefined;
        // "a military source who asked not to be named ... said", "His wife, who asked not to be named, said:": someone
        // unnamed, or the body they speak for; not the last person named before.
        const subjectStart = open - clause.length;
        const person = speakerWithin(book, subjectStart, subjectStart + subject.length, false);
        const describedOnly = (UNNAMED_SUBJECT.test(lastPart.trim() ? lastPart : subject) || UNNAMED_RELATIVE.test(subject)) && person?.kind !== 'person';
        // "The Islamic State group said ... through its Amaq news agency. It said a "soldier of the caliphate" ...": "it"
        // is the subject of the sentence before, not the outlet last named.
        const itOrThey = pronounFirst && /^(?:It|They)$/.test(pronounFirst[1]!) && !voice ? subjectOfSentenceBefore(text, open - clause.length, book, false) : undefined;
        // "The National Unity Government (NUG), a shadow administration ... of Aung San Suu Kyi's party, said": the
        // name before the aside speaks, not one the aside names.
        const aside = !near ? NAME_BEFORE_ASIDE.exec(subject) : null;
        const opener = aside ? speakerWithin(book, subjectStart, subjectStart + aside[1]!.length, false) : undefined;
        // "In a statement ..., a BLA spokesman had said": the body in the describing words after the opening phrase.
        const describedFrom = lastPart.trim() ? subjectStart + subject.length - lastPart.length : subjectStart;
        // "The PSD said Nawafleh had "...": the one actor before the verb speaks, not the person its words name.
        const inSubject = book.timeline.filter((e) => e.start >= subjectStart && e.start < subjectStart + subject.length && !nested(book, e) && !PLATFORMS.test(e.actor.name));
        const onlyInSubject = inSubject.length === 1 && !UNNAMED_SUBJECT.test(subject) && !/['’]s\b/.test(subject) ? inSubject[0]!.actor : undefined;
        // "The state news agency Petra quoted him as saying": who "him" is, not the outlet.
        const quotedAs = /\bquoted\s+(?:him|her)\s+as\s+$/.test(subject) ? subjectOfSentenceBefore(text, subjectStart, book, true) ?? book.lastBefore(subjectStart, (a) => a.kind === 'person') : undefined;
        if (voice) continuing = voice;
        else if (quotedAs) speaker = quotedAs;
        else if (itOrThey && itOrThey.kind !== 'person') speaker = itOrThey;
        else if (describedOnly) {
          speaker = bodySpokenFor(text, describedFrom, subjectStart + subject.length, book);
          unnamed = !speaker;
        } else {
          // "The governor's office said initial findings showed that the attack was "...": the words before the verb,
          // alone, name who spoke when the whole clause names no one.
          // "The statement said al-Shuwaykh was "...": the words of whoever issued it, not of the man they describe.
          const ofStatement = STATEMENT_ALONE.test(subject) ? issuerOfLastStatement(text, open, book) : undefined;
          speaker =
            near ??
            opener ??
            onlyInSubject ??
            ofStatement ??
            resolvePhrase(clause, open - clause.length, open, book, text) ??
            (subject.trim() ? resolvePhrase(subject, subjectStart, open, book, text) : undefined);
        }
      }
      else if (QUOTE_LABEL.test(clause)) {
        // 'Quote from Melnychuk: "..."' names who said it; a bare 'Quote: "..."' gives the words of the person the
        // story just cited ("Details: According to Dobrovolskyi, ..."): Ukrainska Pravda's house style.
        const from = QUOTE_LABEL.exec(clause)![1];
        const at = open - clause.length + (from ? clause.indexOf(from) : 0);
        speaker = from ? speakerWithin(book, at, at + from.length, false) ?? resolvePhrase(from, at, open, book, text) : book.lastBefore(open - clause.length, (a) => a.kind === 'person');
      } else if (/^\s*[Aa]ccording to the same source\b/.test(clause) && previous?.speaker) {
        // 'According to the same source, the cache contained "..."': whoever spoke last.
        speaker = book.actors.find((a) => a.name === previous!.speaker);
      } else if (/^\s*[Aa]ccording to (?:him|her)\b/.test(clause)) {
        // 'According to him, the enemy tried to counterattack, but "all attempts were stopped"': the person named last.
        speaker = book.lastBefore(open - clause.length, (a) => a.kind === 'person');
      } else if (byTitle && TITLE_HEADS.has(byTitle[2]!.toLowerCase())) {
        // 'According to the spokesman, two IEDs ... preventing "a potential tragedy"': as "the spokesman said".
        const [, phrase, title] = byTitle;
        speaker =
          resolvePhrase(phrase!, open - clause.length + clause.indexOf(phrase!), open, book, text) ??
          // "Army spokesman Colonel Idriss Mahamat": the title written before the person's rank and name.
          book.lastBefore(open, (a) => {
            const first = a.mentions[0];
            return a.kind === 'person' && !!first && new RegExp(`\\b${title}\\b`, 'i').test(`${a.role ?? ''} ${text.slice(Math.max(0, first.start - 60), first.start)}`);
          }, 5000);
      } else if (/^\s*[Aa]ccording to the (?:statement|communiqu[eé]|release)\b/.test(clause)) {
        // 'According to the statement, the unit was attacked by "several hundred terrorists"': its issuer's words.
        speaker = statementSpeaker(text, open, book);
      } else if (/\bwith the (?:message|words|caption|comment)\s*:\s*$/.test(clause)) {
        // 'The Ministry shared the PNC's post with the message: "..."': whoever opens the sentence.
        speaker = speakerWithin(book, open - clause.length, open, false);
      } else if (FOR_SOMEONE.test(clause)) {
        // 'For the regional delegate, Imam Boubacar Sidibé, the signing is "a first step"': whose view it is.
        const phrase = FOR_SOMEONE.exec(clause)![1]!;
        const at = open - clause.length + clause.indexOf(phrase);
        speaker = speakerWithin(book, at, at + phrase.length, false);
      } else if (ACCORDING_TO.test(sentenceBefore(text, lineStart, open))) {
        // 'According to a communiqué from the General Staff ..., the vehicle "triggered an explosive device"': who it was told by.
        const whole = sentenceBefore(text, lineStart, open);
        const m = ACCORDING_TO.exec(whole)!;
        const at = open - whole.length + m.index + m[0].length - m[1]!.length;
        speaker = speakerWithin(book, at, at + m[1]!.length, false);
      } else if (/^\s*$/.test(clause)) {
        // 'Nur said the bomb hit a truck. "We lost five men."' and 'The minister said:\n"..."': the sentence
        // before, in the same paragraph or ending the last one on a colon, introduces the speaker.
        const before = text.slice(Math.max(0, open - 300), open - clause.length);
        const paragraphBreak = before.lastIndexOf('\n');
        const opensParagraph = paragraphBreak >= 0 && /^\s*$/.test(before.slice(paragraphBreak + 1));
        // "The statement reads:", and "We reproduce below the main passages of the RNDDH statement.": a paragraph that
        // introduces a statement speaks for the body it names.
        const withinParagraph = opensParagraph ? /:\s*$/.test(before) || STATEMENT_INTRO.test(before.slice(before.lastIndexOf('\n', paragraphBreak - 1) + 1)) : true;
        const sentence = /[^.!?\n]*[.!?:]\s*$/.exec(before)?.[0] ?? '';
        const from = open - clause.length - sentence.length;
        // The subject speaks: the actor named before the verb of speech, not one named in what was said.
        const verb = SPEECH_VERB.exec(sentence);
        // "..., but will resume work as soon as conditions allow, Solheim said.": a long report that ends on its speaker.
        const endsOnSpeaker = new RegExp(`,\\s*([^,"“”]{2,60}?)\\s+(?:${SPEECH})\\.\\s*$`, 'i').exec(sentence);
        // "The statement, as published by the state news agency Saba, reads:": the statement's issuer, not who published it.
        const statementSpeaks = /^\s*the\s+/i.test(sentence) && THE_STATEMENT.exec(sentence)?.index === sentence.search(/\S/);
        if (withinParagraph && !attributed && verb && INTRODUCES_SPEAKER.test(sentence)) {
          speaker = (statementSpeaks ? issuerOfLastStatement(text, from, book) : undefined) ?? speakerWithin(book, from, from + verb.index, false) ?? resolvePhrase(sentence.slice(0, verb.index), from, open, book, text);
        } else if (withinParagraph && !attributed && STATEMENT_INTRO.test(sentence)) {
          speaker = speakerWithin(book, from, from + sentence.length, false);
        } else if (withinParagraph && !attributed && endsOnSpeaker) {
          const at = from + endsOnSpeaker.index + endsOnSpeaker[0].indexOf(endsOnSpeaker[1]!);
          speaker = speakerWithin(book, at, at + endsOnSpeaker[1]!.length, false) ?? resolvePhrase(endsOnSpeaker[1]!, at, open, book, text);
        }
        // "The statement reads in part:", "We reproduce its main passages:", or a paragraph-long quote after "according
        // to the statement from X": with no attribution of its own, the quote is the statement's, its issuer's words.
        // Only when nothing else gives the quote a voice, its run's included (see below).
        const lastParagraph = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart);
        if (!speaker && !attributed && opensParagraph && A_STATEMENT.test(lastParagraph)) {
          statementIssuer = statementSpeaker(text, open, book)?.name;
        }
      }
    }
    // A quote that opens a paragraph straight after another quote goes on in the same voice.
    let name: string | null = speaker?.name ?? continuing ?? null;
    // A paragraph that is only a quote, after a paragraph that ended on a quote, goes on in that voice ("he said" across paragraphs).
    if (!speaker && !continuing && !unnamed && previous && continuesVoice(text, previous.close, open, close)) {
      name = previous.speaker;
      // The statement's next paragraph: the same issuer, still only when nothing closer speaks.
      if (!name && previous.issuer) statementIssuer ??= previous.issuer;
    }
    // A short quote counts as speech only when someone is found to have said it.
    if (short && !name) continue;
    // ...and named in the same sentence, before the words: the speaker of a short quote is never guessed from afar.
    if (short) {
      const sentenceStart = open - sentenceLead.length + Math.max(sentenceLead.search(/[^.!?]*$/), 0);
      const inSentence = book.timeline.some((entry) => entry.actor.name === name && entry.start >= sentenceStart && entry.start < open);
      // "He said the attacker had been "identified and stopped"": a pronoun opening the sentence stands for the name.
      // "In a statement, he said ... had struck "legitimate military positions"": after an opening phrase too, when
      // the sentence before, in the same paragraph, names who "he" is.
      const opensParagraph = /^\s*$/.test(text.slice(text.lastIndexOf('\n', sentenceStart - 1) + 1, sentenceStart));
      const byPronoun = /^\s*(?:He|She|It|They)\s/.test(text.slice(sentenceStart, open)) || (!opensParagraph && /^\s*[^,"“”]{0,40},\s*(?:he|she|it|they)\s/.test(text.slice(sentenceStart, open)));
      const quotedAs = /\bquoted\s+(?:him|her)\s+as\s+saying\b/.test(text.slice(sentenceStart, open));
      if (!inSentence && !byPronoun && !quotedAs) continue;
    }
    const quote = { speaker: name, text: trimmed, start, end: start + trimmed.length };
    quotes.push(quote);
    if (statementIssuer) issuers.set(quote, statementIssuer);
    previous = { speaker: name, close, issuer: statementIssuer, body: !!name && book.actors.find((a) => a.name === name)?.kind !== 'person' };
    // A run goes on from a paragraph left open to the quote that opens the next one, and ends with the one that closes.
    if (!run) runs.push((run = []));
    run.push({ quote, open: !!runsOn });
    if (!runsOn) run = undefined;
  }
  for (const quotesOfRun of runs) {
    const voice = quotesOfRun.find(({ quote }) => quote.speaker !== null)?.quote.speaker ?? quotesOfRun.map(({ quote }) => issuers.get(quote)).find(Boolean);
    if (voice) for (const { quote } of quotesOfRun) quote.speaker ??= voice;
    // A statement reproduced whole with no one named for it ("COMMUNIQUÉ OF THE GENERAL STAFF" above it): its open
    // paragraphs are left out, as when a mark left open was dropped.
    else for (const { quote, open } of quotesOfRun) if (open) quotes.splice(quotes.indexOf(quote), 1);
  }
  return quotes;
}
