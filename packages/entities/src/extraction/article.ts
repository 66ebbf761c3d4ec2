/**
 * Step 1 of the pipeline: the article as lines and sentences. Site chrome is blanked out with
 * spaces rather than removed, so that every offset later on still points into the input text.
 */

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** The first line of the input is the headline. */
  isHeadline: boolean;
  /** A line in Title Case (a headline or crosshead): capitals there say nothing about names. */
  isTitleCase: boolean;
}

export interface Article {
  /** The input with chrome and control characters blanked: same length, same offsets. */
  text: string;
  sentences: Sentence[];
  /**
   * Reporters a byline names ("By Ahmed Bello, Maiduguri"): people the story names, though the line is chrome and
   * no sentence of it; `line` is the byline as written, their evidence.
   */
  reporters: Array<{ name: string; start: number; end: number; line: Sentence }>;
}

// Lines a site adds around the story: "READ ALSO: ...", bylines, share prompts, photo credits.
const CHROME_LINE = [
  /^\s*(read (also|more)|also read|related( stories| articles| coverage)?|see also|recommended|more on this|watch|listen|latest|trending|most read)\b\s*[:\-–—|]/i,
  /^\s*(?:[Bb]y|BY|[Ww]ritten by|[Rr]eporting by|[Ee]dited by|[Ee]diting by|[Aa]dditional reporting by)\s+\p{Lu}[^.!?]{0,80}$/u,
  /^\s*(share|share this( article| story)?|tweet|email|print|follow us|subscribe|sign up|click here|advertisement|sponsored|copyright|©|all rights reserved)\b.{0,80}$/i,
  /^\s*(photo|image|picture|video|credit|file photo)\s*[:|].{0,200}$/i,
  // "PRESS RELEASE", "Press statement – For immediate release": a statement's label, no sentence of it.
  /^\s*(?:(?:press|media|news) (?:release|statement)(?:\s*[–—-]\s*for immediate (?:release|publication))?|for immediate (?:release|publication))\s*$/i,
];

/** A wire's credit line: "(Reporting by Aziz Ahmad in Kabul; Editing by Jane Doe)". */
export const CREDIT_LINE = /^\s*\(?\s*(?:[Rr]eporting|[Aa]dditional reporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by\b/;

/**
 * A byline that names its reporter: "By Ahmed Bello, Maiduguri", "By Ali Boukar in Maroua", "From Aminu Garba,
 * Gusau", "By Nadège Joseph | Updated ...". "By Staff Reporter", "From Our Correspondent", "By Citizen Digital
 * Reporter" and "By Tuesday evening" name no one.
 */
const BYLINE =
  /^\s*(?:[Bb]y|BY|From)\s+(?!(?:Our|OUR|Staff|STAFF|The|THE)\b)(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:al|el|bin|ibn|de|da|del|van|von)[\s-])?\p{Lu}[\p{L}'’.-]*){1,4})\s*(?:[,|].{0,80}|\s+in\s+\p{Lu}[^.!?]{0,60})?$/u;
const NOT_A_REPORTER = /\b(?:Reporters?|REPORTERS?|Correspondents?|CORRESPONDENTS?|Staff|Desk|Bureau|Team|Writers?|Editors?|Newsroom)\b/;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/g;

export function isChromeLine(line: string): boolean {
  return CHROME_LINE.some((pattern) => pattern.test(line));
}

function isTitleCase(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  if (long.length < 3) return false;
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / long.length >= 0.75;
}

// Abbreviations whose full stop does not end a sentence (an initial among them: "N. Biren Singh"), also after
// another and a hyphen ("Lt.-Col.").
const ABBREVIATION = /(?:^|[\s(]|\.-)(?:[Mm]r|[Mm]rs|[Mm]s|[Dd]r|[Gg]en|[Ll]t|[Cc]ol|[Mm]aj|[Cc]apt|[Ss]gt|[Cc]pl|[Aa]dm|[Gg]ov|[Ss]en|[Rr]ep|[Ss]r|[Jj]r|[Ss]t|[Nn]o|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|\p{Lu})\.$/u;
// "W.M. Sunil Bandara", "M.R.M. Fawzan": initials of several letters before a name end no sentence either; before
// a word that opens one ("... as K.B. and R.T. The U.N. mission said") they do.
const INITIALS = /(?:^|[\s(])(?:\p{Lu}\.){1,3}\p{Lu}\.$/u;
const SENTENCE_OPENER = /^\s+["“‘(\[]?(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|In|On|At|But|And|His|Her|Their|Its)\b/;

function splitSentences(text: string, lineStart: number, lineEnd: number, isHeadline: boolean, titleCase: boolean, into: Sentence[]) {
  const line = text.slice(lineStart, lineEnd);
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(line[from]!)) from++;
    while (to > from && /\s/.test(line[to - 1]!)) to--;
    if (to > from) into.push({ start: lineStart + from, end: lineStart + to, text: line.slice(from, to), isHeadline, isTitleCase: titleCase });
  };
  const boundary = /[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[\p{Lu}\d])/gu;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(line)) !== null) {
    const end = match.index + match[0].length;
    if (ABBREVIATION.test(line.slice(Math.max(start, match.index - 6), match.index + 1))) continue;
    if (INITIALS.test(line.slice(Math.max(start, match.index - 8), match.index + 1)) && !SENTENCE_OPENER.test(line.slice(end, end + 12))) continue;
    push(start, end);
    start = end;
  }
  push(start, line.length);
}

export function readArticle(input: string): Article {
  const raw = input.replace(CONTROL, ' ');
  // Blank the chrome lines first, in one pass, so the text is built once.
  const parts: string[] = [];
  const lines: Array<{ start: number; end: number }> = [];
  const reporters: Article['reporters'] = [];
  let lineStart = 0;
  while (lineStart <= raw.length) {
    let lineEnd = raw.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = raw.length;
    const line = raw.slice(lineStart, lineEnd);
    const byline = BYLINE.exec(line.replace(/\.\s*$/, ''));
    if (byline && !NOT_A_REPORTER.test(byline[1]!)) {
      const start = lineStart + line.indexOf(byline[1]!, line.search(/\s/));
      const from = lineStart + line.length - line.trimStart().length;
      const written: Sentence = { start: from, end: from + line.trim().length, text: line.trim(), isHeadline: false, isTitleCase: false };
      reporters.push({ name: byline[1]!, start, end: start + byline[1]!.length, line: written });
    }
    if (line.trim() !== '' && isChromeLine(line)) parts.push(' '.repeat(line.length));
    else {
      parts.push(line);
      if (line.trim() !== '') lines.push({ start: lineStart, end: lineEnd });
    }
    lineStart = lineEnd + 1;
  }
  const text = parts.join('\n');
  const sentences: Sentence[] = [];
  lines.forEach(({ start, end }, index) => {
    const line = text.slice(start, end);
    // "(Reporting by Aziz Ahmad in Kabul; Editing by ...)": a wire's credit line is written in names, not in title case.
    // "Source: Ihor Dobrovolskyi, Head of Kherson Oblast Military Administration, on Telegram": a labelled paragraph
    // under the headline is text, however many of its words are capitalised; a statement's "Contact:" line is not.
    const labelled = index > 0 && /^\s*(?!Contacts?:|Tel:|Phone:|Email:)\p{Lu}\p{Ll}+:\s/u.test(line);
    // "Fadel Abdul Ghany, SNHR's Executive Director, said:": a line that ends on a lower-case word and a colon opens
    // a quote; it is text.
    const introducesQuote = /(?<![\p{L}])\p{Ll}+:\s*$/u.test(line);
    const titleCase = isTitleCase(line) && !/[.!?]["”’]?\s*$/.test(line) && !CREDIT_LINE.test(line) && !labelled && !introducesQuote;
    splitSentences(text, start, end, index === 0, titleCase, sentences);
  });
  return { text, sentences, reporters };
}
