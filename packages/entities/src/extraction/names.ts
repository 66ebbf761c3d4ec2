/**
 * Step 2: capitalised names in each sentence ("Mohammed Shia al-Sudani", "Anbar", "ISIS"),
 * the raw material for actors and places. Offsets point into the input text.
 */
import type { Article, Sentence } from './article';
import { LEADING_WORDS, NOT_NAMES, ORGANISATION_WORDS } from './lexicon';

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
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*/gu;
// Lower-case particles inside a name ("Tren de Aragua", "Osama bin Laden").
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'del', 'da', 'dos', 'du', 'la', 'van', 'von', 'der', 'ul', 'ad', 'as', 'ash', 'at', 'abu']);
// Small words inside an organisation's name ("Law Society of Kenya", "Committee to Protect Journalists").
const CONNECTORS = new Set(['of', 'for', 'to', 'and', 'in', 'on', 'the']);
// Possessive common nouns that open a name ("People's Defence Force").
const POSSESSIVE_NOUNS = new Set(['people', 'workers', 'women', 'children', 'patriots', 'martyrs', 'citizens', 'prophet', 'nation', 'youth', 'farmers', 'soldiers', 'mothers', 'students']);
// "US-led", "Iran-backed": a name used as a modifier, not a name of its own.
const MODIFIER_SUFFIX = /-(led|backed|based|born|linked|affiliated|allied|aligned|funded|supported|sponsored|run|controlled|held|made|style|era|bound|owned|friendly|wide)$/i;

export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) || /^(al|el|ad|as|ash|at|an|ar|az|bin|ibn)-\p{Lu}/u.test(word);
export const isAcronym = (word: string) => /^(?:\p{Lu}[\p{Lu}\d]{1,7}|\p{Lu}(?:\.\p{Lu})+\.?)$/u.test(word) && /\p{Lu}.*\p{Lu}|\p{Lu}\./u.test(word);

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

export function findNameSpans(article: Article): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const sentence of article.sentences) {
    if (sentence.isTitleCase) continue;
    let current: NameToken[] = [];
    let pendingParticles: NameToken[] = [];
    let lastEnd = -1;
    const close = (possessive: boolean) => {
      // A sentence's first word is capitalised anyway: drop the ones that open sentences.
      while (current.length > 0 && current[0]!.start === sentence.start && LEADING_WORDS.has(current[0]!.text.toLowerCase())) current.shift();
      while (current.length > 0 && PARTICLES.has(current[0]!.text.toLowerCase()) && !isCapitalised(current[0]!.text)) current.shift();
      const push = (tokens: NameToken[], isPossessive: boolean) => {
        if (tokens.length === 0) return;
        const first = tokens[0]!;
        const last = tokens[tokens.length - 1]!;
        spans.push({ text: article.text.slice(first.start, last.end), start: first.start, end: last.end, tokens, sentence, possessive: isPossessive });
      };
      // "African Union and Western countries": a tail of common words is not part of the name.
      const lastConnector = current.map((t) => CONNECTORS.has(t.text)).lastIndexOf(true);
      if (lastConnector > 0 && current.slice(lastConnector + 1).every((t) => NOT_NAMES.has(t.text.toLowerCase()))) {
        current = current.slice(0, lastConnector);
      }
      const joined = current.some((t) => CONNECTORS.has(t.text));
      if (joined && !current.some((t) => ORGANISATION_WORDS.has(t.text.toLowerCase()))) {
        // "Baghdad and Damascus" is two names; "Law Society of Kenya" is one.
        let part: NameToken[] = [];
        for (const token of current) {
          if (CONNECTORS.has(token.text)) {
            push(part, false);
            part = [];
          } else part.push(token);
        }
        push(part, possessive);
      } else push(current, possessive);
      current = [];
      pendingParticles = [];
    };
    TOKEN.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = TOKEN.exec(sentence.text)) !== null) {
      const start = sentence.start + match.index;
      const gap = lastEnd < 0 ? '' : article.text.slice(lastEnd, start);
      const adjacent = lastEnd >= 0 && /^[ \u00a0]+$/.test(gap);
      const { token, possessive } = cleanToken(match[0], start);
      lastEnd = start + match[0].length;
      if (token.text === '') continue;
      if (current.length > 0 && !adjacent) close(false);
      if (MODIFIER_SUFFIX.test(token.text)) {
        close(false);
        continue;
      }
      const lower = token.text.toLowerCase();
      if (isCapitalised(token.text)) {
        current.push(...pendingParticles, token);
        pendingParticles = [];
        if (possessive && !(current.length === 1 && POSSESSIVE_NOUNS.has(lower))) close(true);
      } else if (current.length > 0 && (PARTICLES.has(lower) || CONNECTORS.has(token.text)) && pendingParticles.length < 2) {
        pendingParticles.push(token);
      } else if (current.length > 0) {
        close(false);
      }
    }
    if (current.length > 0) close(false);
  }
  return spans;
}
