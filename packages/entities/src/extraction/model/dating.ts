/**
 * A learned second look at the incident's date: every date the text gives before publication is described
 * by what the rules knew of it (their pick, written or counted, "said on", the sentence's incident words,
 * days before publication) and the words around it, and a linear model (a ranking perceptron, trained by
 * train-dating.mjs on the gold files) scores each. Where it prefers another date to the rules' by MARGIN,
 * its date wins. Measured by leave-one-set-out cross-validation (crossvalidate-dating.mjs).
 */
import type { DatedText } from '../dates';
import { readWeights } from './typing';
import { DATING_WEIGHTS } from './dating-weights';
import { bucket, markPick, reviewPick, WORDS, wordsAround, type RankingModel } from './ranking';

export type DatingModel = RankingModel;

export interface DateCandidate {
  date: DatedText;
  features: string[];
}

/** What the rules knew of a date, for the model. */
export interface DateFacts {
  rulePick: boolean;
  written: boolean;
  told: boolean;
  reported: boolean;
  until: boolean;
  sentence: number;
  weight: number;
  daysBefore: number;
  earliest: boolean;
  latest: boolean;
  repeated: number;
}

// Cross-validated (leave-one-set-out, 171 articles): the rules 157 dates right; the model 155 at margin 0, 157 at 2,
// 159 at 4, 160 at 6. With set L (203 articles) at 6: 180 -> 191.
const MARGIN = 6;
let model: DatingModel | null | undefined;
let recorder: ((candidates: DateCandidate[]) => void) | null = null;

/** Sets the model the extractor uses (null: the rules alone). For training and cross-validation. */
export function setDatingModel(next: DatingModel | null) {
  model = next;
}

/** Hands every article's date candidates, before any change, to a training script. */
export function recordDateCandidates(next: ((candidates: DateCandidate[]) => void) | null) {
  recorder = next;
}


/** The model's features of one date: the rules' facts, the words just before and after it, and its sentence's cues. */
export function dateFeatures(d: DatedText, facts: DateFacts, text: string, sentence: string): string[] {
  const f = new Set<string>(['bias', `precision=${d.precision}`]);
  if (facts.rulePick) f.add('rule-pick');
  if (facts.written) f.add('written');
  if (facts.told) f.add('told');
  if (facts.reported) f.add('reported');
  if (facts.until) f.add('until');
  if (d.inferred) f.add('inferred');
  if (facts.earliest) f.add('earliest');
  if (facts.latest) f.add('latest');
  f.add(`repeated=${Math.min(facts.repeated, 3)}`);
  f.add(`sentence${bucket(facts.sentence, [0, 1, 2, 3, 5, 8])}`);
  f.add(`weight${bucket(facts.weight, [0, 1, 2, 4, 7, 12])}`);
  f.add(`days${bucket(Math.round(facts.daysBefore), [0, 1, 2, 3, 7, 31, 366])}`);
  wordsAround(f, text, d.start, d.end);
  const written = text.slice(d.start, d.end).toLowerCase();
  for (const w of written.match(WORDS) ?? []) if (!/\d/.test(w)) f.add(`says=${w}`);
  if (/[“"]/.test(text.slice(Math.max(0, d.start - 200), d.start).replace(/“[^”]*”|"[^"]*"/g, ''))) f.add('in-quote');
  const lower = sentence.toLowerCase();
  for (const cue of ['found', 'discovered', 'funeral', 'buried', 'statement', 'announced', 'claimed', 'arrested', 'released', 'began', 'ended', 'resumed', 'protest', 'visited', 'met', 'signed', 'earlier', 'later', 'since', 'last']) {
    if (new RegExp(`\\b${cue}\\b`).test(lower)) f.add(`cue=${cue}`);
  }
  markPick(f, facts.rulePick);
  return [...f];
}

/** The date the model prefers to the rules' pick by its margin, or the rules' pick. */
export function reviewDate(candidates: DateCandidate[], rulePick: DatedText | undefined): DatedText | undefined {
  if (model === undefined) model = { weights: readWeights(DATING_WEIGHTS) };
  recorder?.(candidates);
  return reviewPick(candidates.map((c) => ({ item: c.date, features: c.features })), rulePick, model, MARGIN);
}
