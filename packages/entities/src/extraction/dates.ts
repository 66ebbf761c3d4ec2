/**
 * Step 6: dates, resolved against the publication date with the precision the text allows:
 * "late Thursday, March 13" is a day, "in December" a month (the last December before
 * publication), "September 2025" a month, "last year" a year.
 */
// The English locale alone: the package's root loads every language (185 ms of the command line's cold start, 33 ms this way).
import * as chrono from 'chrono-node/en';
import type { DatePrecision } from '../vocabularies';
import { formatPartialDate } from '../briefing/dates';
import type { ExtractedDate } from './types';

export interface DatedText extends ExtractedDate {
  start: number;
  end: number;
  /** Counted from another day rather than written ("overnight", "two days earlier"): a guess a written day beats. */
  inferred?: boolean;
}

// Sentences without one of these hold no date chrono could read: skipping them keeps long texts fast.
const DATE_CUE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tonight|overnight|last|this|next|ago|earlier|\d{4}|\d{1,2}\/\d{1,2})/i;
const MAX_DATE_TEXT = 200_000;
const NIGHT_OF_TO = /\bnight (?:of|between)\s+(?:[\p{L}\d]+,?\s+){1,2}?(?:to|into|and)\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/giu;
const PART_OF_DAY_OF = /\b(?:morning|afternoon|evening|night|early hours|small hours) (?:of |(?:on|this) (?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d))(?=\S)/gi;
/** A day in milliseconds. */
export const DAY_MS = 86_400_000;

const parser = withUnboundedSpaces(chrono.casual.clone());

/**
 * chrono's patterns bound their spaces ("\s{0,3}"); V8 takes about 100 ms to compile those on first use, a sixth of
 * the command line's cold start. Read as "\s*" they compile in a millisecond and read
 * the same dates in every fixture article.
 */
function withUnboundedSpaces(chronoParser: chrono.Chrono): chrono.Chrono {
  const loosened = new WeakMap<RegExp, RegExp>();
  for (const each of chronoParser.parsers) {
    const pattern = each.pattern.bind(each);
    each.pattern = (context) => {
      const bounded = pattern(context);
      let unbounded = loosened.get(bounded);
      if (!unbounded) {
        unbounded = new RegExp(bounded.source.replace(/\\s\{0,\d+\}/g, '\\s*'), bounded.flags);
        loosened.set(bounded, unbounded);
      }
      return unbounded;
    };
  }
  return chronoParser;
}

function precisionOf(result: chrono.ParsedResult): DatePrecision | undefined {
  const start = result.start;
  const text = result.text.toLowerCase();
  // "last week" is a week, although chrono gives it a day.
  if (/\bweek\b/.test(text) && !/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/.test(text)) return 'week';
  if (start.isCertain('day') || start.isCertain('weekday') || /\b(yesterday|today|tonight)\b/.test(text)) return 'day';
  if (start.isCertain('month') || /\bmonth\b/.test(text)) return 'month';
  if (start.isCertain('year') || /\byear\b/.test(text)) return 'year';
  return undefined;
}

// "the previous day", "a day earlier", "two days later": counted from the day the sentence gives before them.
const RELATIVE_DAY =
  /\b(?:the (?:previous|preceding) (?:day|night|evening)|the day before|the night before|(?:a|one|two|three|four|five|\d) days? (?:earlier|before|later|after)|the (?:following|next) (?:day|morning|night))\b/gi;
const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };
// A month as the press writes it: "Jan", "Sept.", "February".
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
// The datelines that open a story, each with its date (the day the story was filed) as the first group:
const DATELINES = [
  // "MAIDUGURI, Nigeria, June 22 (Reuters) -", "YEREVAN/BAKU, Nov 15";
  new RegExp(`^\\s*\\p{Lu}[\\p{Lu}\\p{M}\\s.'’\\/-]+,(?:\\s*\\p{Lu}[\\p{L}\\s.'’-]{1,30},)?\\s*(${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)\\b`, 'u'),
  // the local press, in title case and closed by a colon or a dash: "Rajouri, July 18:", "Libreville, September 5th –",
  // "Tinsukia (Assam), Aug 3 (PTI)",
  // "Bawku (U/E), Aug. 14, GNA –" (an agency's initials after a comma);
  new RegExp(`^\\s*\\p{Lu}[\\p{L}\\p{M}.'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]+){0,2}(?:\\s*\\([^)\\n]{1,30}\\))?,\\s*(${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,\\s*\\p{Lu}{2,6})?\\s*[:(—–-]`, 'u'),
  // the day first: "Bunia, 11 February 2026 –", "MARAWI CITY (27 March) —";
  new RegExp(`^\\s*\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,2}(?:,\\s*|\\s+\\()(\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?)\\)?\\s*[—–-]\\s`, 'u'),
  // the date before the place: "September 7, 2025 (EL FASHER) –".
  new RegExp(`^\\s*(${MONTH}\\s+\\d{1,2},?\\s+\\d{4})\\s+\\([^)\\n]{2,40}\\)\\s*[—–-]\\s`, 'u'),
  // place and date in brackets, as rights groups file: "(Baghdad, November 30, 2026) –";
  new RegExp(`^\\s*\\(\\p{Lu}[\\p{L}\\p{M}\\s.'’-]{1,40},\\s*(${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4})\\)\\s*[—–-]\\s`, 'u'),
  // a dateline on a line of its own, under the credit line: "Amritsar, September 10", or closed by a stop: "Baku,
  // August 14. A large quantity of weapons ...";
  new RegExp(`^\\s*\\p{Lu}[\\p{L}\\p{M}.'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]+)?,\\s*(${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:\\.?\\s*(?:\\n|$)|\\.\\s+(?=\\p{Lu}))`, 'u'),
  // a press release's line of its date alone, under its title: "22 August 2024", "Thursday, August 22, 2024".
  new RegExp(`^\\s*(?:\\p{Lu}\\p{Ll}+day,?\\s+)?(\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\s*(?:\\n|$)`, 'u'),
  // a press statement's own line of place and date: "Kampala, 2nd December 2026".
  new RegExp(`^\\s*\\p{Lu}[\\p{L}\\p{M}.'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]+){0,2},\\s*(\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\s*(?:\\n|$)`, 'u'),
];

/** The date of the dateline that opens a line ("NAIROBI, March 3 (Reuters) -"), with its offset in the line, or none. */
export function datelineDate(line: string): { text: string; index: number } | undefined {
  // "NARAYANPUR, APRIL 20:": a month in capitals is read as written in title case (same length, same offsets).
  const titled = line.replace(/\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?=\.?\s+\d)/g, (m) => m[0] + m.slice(1).toLowerCase());
  for (const dateline of DATELINES) {
    const m = dateline.exec(titled);
    if (!m) continue;
    const index = m.index + m[0].indexOf(m[1]!);
    return { text: line.slice(index, index + m[1]!.length), index };
  }
  return undefined;
}

/** An hour after midnight and before dawn: "at around 3 a.m.", "at 02:30". */
const EARLY_HOUR = /\b(?:at|around|about|shortly after|just after|before)\s+(?:around\s+|about\s+)?(?:[1-4](?::\d\d)?\s*(?:a\.m\.|am\b)|0[1-4]:\d\d\b)/i;

function shiftDays(dated: DatedText, days: number, text: string, start: number): DatedText {
  const [year, month, day] = dated.date.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return { text, date: date.toISOString().slice(0, 10), precision: 'day', start, end: start + text.length, inferred: true };
}

/**
 * "02.04.2026" is the 2nd of April: dates in numbers with dots are written day first (Europe, Russia, Central Asia).
 * With slashes, "02/04/2026" is read the way nearest before publication, since the US writes the month first.
 */
function numericDate(written: string, publishedAt: Date): Date | undefined {
  const m = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/.exec(written.trim());
  if (!m) return undefined;
  const [first, second, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const on = (day: number, month: number) => (day >= 1 && day <= 31 && month >= 1 && month <= 12 ? new Date(Date.UTC(year, month - 1, day, 12)) : undefined);
  const dayFirst = on(first, second);
  if (m[2] === '.') return dayFirst;
  const monthFirst = on(second, first);
  if (!dayFirst || !monthFirst) return dayFirst ?? monthFirst;
  const distance = (d: Date) => (d.getTime() > publishedAt.getTime() + DAY_MS ? Infinity : publishedAt.getTime() - d.getTime());
  return distance(dayFirst) < distance(monthFirst) ? dayFirst : monthFirst;
}

export function readDates(text: string, sentences: Array<{ start: number; text: string }>, publishedAt: Date): DatedText[] {
  const dates: DatedText[] = [];
  let reference = { instant: new Date(publishedAt.getTime() + DAY_MS / 2), timezone: 0 };
  // Weekdays count back from the day the story was filed when its dateline gives one, not from a later publication.
  for (const sentence of sentences.slice(0, 3)) {
    const dateline = datelineDate(sentence.text);
    const filed = dateline ? parser.parseDate(dateline.text, reference) : null;
    if (filed && filed.getTime() <= reference.instant.getTime() && filed.getTime() > publishedAt.getTime() - 7 * DAY_MS) {
      reference = { instant: new Date(Date.UTC(filed.getUTCFullYear(), filed.getUTCMonth(), filed.getUTCDate()) + DAY_MS / 2), timezone: 0 };
      break;
    }
  }
  for (const sentence of sentences) {
    if (sentence.start > MAX_DATE_TEXT) break;
    if (!DATE_CUE.test(sentence.text) && !RELATIVE_DAY.test(sentence.text)) continue;
    RELATIVE_DAY.lastIndex = 0;
    const inSentence = dates.length;
    // chrono reads "the evening of Monday, 30 November" as the evening of the reference day: it reads the day alone,
    // the words blanked so offsets stay the sentence's ("in the night on Thursday, January 15", "a tense night this
    // Sunday 12 January" too). "The night of Sunday 10 to Monday 11 August" is the Monday, as "overnight into
    // Monday" is; so is "the intervening night of Sunday and Monday", "the night between Sunday and Monday".
    const blank = (part: string) => ' '.repeat(part.length);
    const readable = sentence.text.replace(NIGHT_OF_TO, blank).replace(PART_OF_DAY_OF, blank);
    for (const result of parser.parse(readable, reference)) {
      // "two days earlier" counts from the sentence's own day (below), not from publication.
      if (new RegExp(RELATIVE_DAY.source, 'i').test(result.text)) continue;
      // "the march, ", "they may": a protest march and a verb in lower case, no month.
      if (/^(?:march|may)(?:\W|\s+(?:of|by|to|from|on|in|at|would|will|was|and)\b)*$/.test(result.text)) continue;
      const precision = precisionOf(result);
      // "several hours before", "minutes later": times, not dates.
      // "now", "right now": no date of anything.
      if (!precision || /\b(hours?|minutes?|seconds?|moments?)\b/i.test(result.text) || /^\s*(right )?now\s*$/i.test(result.text)) continue;
      // "at around 02:40 local time (23:40 GMT on Tuesday)": the same moment in another time zone, not another day.
      const otherZone = [...sentence.text.matchAll(/\([^()]*\b(?:GMT|UTC)\s+on\s+\p{Lu}\p{Ll}+day\)/gu)];
      if (otherZone.some((m) => result.index >= m.index! && result.index < m.index! + m[0].length)) continue;
      // "Khine Thu Kha": a weekday's abbreviation between capitalised words is part of a name.
      if (/^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i.test(result.text) && /\p{Lu}\p{Ll}*\s+$/u.test(sentence.text.slice(0, result.index)) && /^\s+\p{Lu}/u.test(sentence.text.slice(result.index + result.text.length))) continue;
      // "identified as Sunday Musa": a weekday before a capitalised word that is no month or time of day is a name.
      if (/^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(result.text) && /^\s+\p{Lu}\p{Ll}+/u.test(sentence.text.slice(result.index + result.text.length)) && !/^\s+(?:Night|Morning|Evening|Afternoon|January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(sentence.text.slice(result.index + result.text.length))) continue;
      let date = numericDate(result.text, publishedAt) ?? result.start.date();
      // News tells the past: a weekday or a month without a year is the last one before publication,
      // unless the clause looks ahead ("the committee will meet in May").
      // Only the words just before the date say so: "would withdraw ... as part of a process launched in February" looks back.
      const clause = (sentence.text.slice(0, result.index).split(/[.;!?]/).pop() ?? '').slice(-40);
      const ahead =
        /\b(will|would|shall|is due|are due|is expected|are expected|scheduled|plans? to|next|upcoming|due to)\b/i.test(clause) &&
        !/\b(launched|began|started|signed|held|announced|took place|happened|occurred|killed|died|was|were)\b[^,;]*$/i.test(clause);
      // "will deliver to the Assembly on Thursday": a weekday the clause looks ahead to is the next one, not the last.
      if (ahead && precision === 'day' && !result.start.isCertain('month') && date.getTime() < publishedAt.getTime()) date = new Date(date.getTime() + 7 * DAY_MS);
      if (date.getTime() > publishedAt.getTime() + DAY_MS && !result.start.isCertain('year') && !ahead) {
        if (precision === 'day' && !result.start.isCertain('month')) date = new Date(date.getTime() - 7 * DAY_MS);
        else if (precision === 'day' || precision === 'month') date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
      }
      const parts = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
      if (precision === 'week') {
        // The first day (Monday) of that week.
        const monday = new Date(Date.UTC(parts.year, parts.month - 1, parts.day - ((date.getUTCDay() + 6) % 7)));
        Object.assign(parts, { year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: monday.getUTCDate() });
      }
      const start = sentence.start + result.index;
      dates.push({
        text: result.text,
        date: formatPartialDate(parts, precision === 'week' ? 'day' : precision),
        precision,
        start,
        end: start + result.text.length,
      });
    }
    // "killed 28 people in an overnight attack", "shelled the city overnight": the night before the story
    // was filed, dated by the evening it began; "overnight into Thursday" is Thursday (read above).
    const overnight = /\bovernight\b(?!\s+(?:into|to|on|from|\p{L}+day)\b)/iu.exec(sentence.text);
    if (overnight) {
      const start = sentence.start + overnight.index;
      const filed = new Date(reference.instant.getTime() - DAY_MS / 2);
      // "killed overnight ... The confrontation began at around 3 a.m.": it began after midnight, on the day filed; a
      // rolling story tells the hour of the strike anywhere ("07:10 – ... a direct hit by a drone at around 02:40").
      const afterMidnight = EARLY_HOUR.test(sentences.map((s) => s.text).join(' '));
      dates.push(shiftDays({ text: '', date: filed.toISOString().slice(0, 10), precision: 'day', start, end: start }, afterMidnight ? 0 : -1, overnight[0], start));
    }
    for (const m of sentence.text.matchAll(RELATIVE_DAY)) {
      const start = sentence.start + m.index!;
      // The anchor: the last day the sentence gave before the phrase, else the last day given before the sentence.
      const anchor = [...dates.slice(inSentence)].reverse().find((d) => d.end <= start && d.precision === 'day') ?? dates.slice(0, inSentence).reverse().find((d) => d.precision === 'day');
      if (!anchor) continue;
      const words = m[0].toLowerCase();
      // "holding them for around two days before pulling back": how long, not when.
      const lasting = /\bfor\s+(?:around\s+|about\s+|nearly\s+|almost\s+|some\s+|over\s+)?$/i.test(sentence.text.slice(Math.max(0, m.index! - 20), m.index!));
      if (lasting) continue;
      const count = /^(a|one|two|three|four|five|\d) /.test(words) ? COUNT[words.split(' ')[0]!] ?? Number(words.split(' ')[0]) : 1;
      // "published on Monday, two days after the signing": the day counted is the signing's, two days before Monday
      // (where "two days later" alone is two days after it).
      const ofEvent = /(?:after|before)$/.test(words) && /^\s+(?:the|a|an|his|her|its|their)\s/i.test(sentence.text.slice(m.index! + m[0].length));
      const forward = /\b(later|after|following|next)\b/.test(words) !== ofEvent;
      dates.push(shiftDays(anchor, forward ? count : -count, m[0], start));
    }
  }
  return dates;
}
