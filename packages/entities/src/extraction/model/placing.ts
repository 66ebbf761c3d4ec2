/**
 * A learned second look at the incident's place: every place the text names (countries aside) is described by
 * what the rules knew of it (their pick and its rank, its kind, the incident words of the sentences that name
 * it, "in", "village of", the dateline, a site written beside the town the rules picked) and the words around
 * it, and a linear model (a ranking perceptron, trained by train-placing.mjs on the gold files) scores each.
 * Where it prefers another place to the rules' by its margin, that place wins. Measured by leave-one-set-out
 * cross-validation (crossvalidate-placing.mjs).
 */
import type { ExtractedPlace } from '../types';
import { readWeights } from './typing';
import { PLACING_WEIGHTS } from './placing-weights';
import { bucket, markPick, reviewPick, wordsAround, type RankingModel } from './ranking';

export type PlacingModel = RankingModel;

export interface PlaceCandidate {
  place: ExtractedPlace;
  features: string[];
}

/** What the rules knew of a place, for the model. */
export interface PlaceFacts {
  rulePick: boolean;
  /** Its rank by the rules' score, 0 the best. */
  rank: number;
  /** The first sentence with incident words that names it, or -1. */
  sentence: number;
  /** The most incident words of a sentence that names it. */
  weight: number;
  locative: boolean;
  settlement: boolean;
  named: boolean;
  near: boolean;
  origin: boolean;
  headlineOnly: boolean;
  dateline: boolean;
  elsewhere: boolean;
  /** Written beside the rules' pick ("Hazarganji market in Quetta", "the Ilave bridge"): a place inside it. */
  insidePick: boolean;
  /** Named in a sentence that also names the rules' pick. */
  besidePick: boolean;
}

// Leave-one-set-out over 331 articles (crossvalidate-placing.mjs --margin M, before the model was kept to the
// rules' country): margins 0 to 8 gave 182 to 185 incident places right, 183 at 4; the rules alone 145.
const MARGIN = 4;
let model: PlacingModel | null | undefined;
let recorder: ((candidates: PlaceCandidate[]) => void) | null = null;

/** Sets the model the extractor uses (null: the rules alone). For training and cross-validation. */
export function setPlacingModel(next: PlacingModel | null) {
  model = next;
}

/** Hands every article's place candidates, before any change, to a training script. */
export function recordPlaceCandidates(next: ((candidates: PlaceCandidate[]) => void) | null) {
  recorder = next;
}

/** The model's features of one place: the rules' facts, the words around the mention that told most of the incident, the word ending its name. */
export function placeFeatures(place: ExtractedPlace, facts: PlaceFacts, text: string, mention: { start: number; end: number }): string[] {
  const f = new Set<string>(['bias', `kind=${place.kind}`]);
  if (facts.rulePick) f.add('rule-pick');
  f.add(`rank${bucket(facts.rank, [0, 1, 2, 4])}`);
  f.add(facts.sentence < 0 ? 'untold' : `sentence${bucket(facts.sentence, [0, 1, 2, 3, 5, 8])}`);
  f.add(`weight${bucket(facts.weight, [0, 1, 2, 4, 7, 12])}`);
  f.add(`mentions=${Math.min(place.mentions.length, 3)}`);
  for (const flag of ['locative', 'settlement', 'named', 'near', 'origin', 'headlineOnly', 'dateline', 'elsewhere', 'insidePick', 'besidePick'] as const) {
    if (facts[flag]) f.add(flag);
  }
  const words = place.name.split(/\s+/);
  if (words.length > 1) f.add(`ends=${words[words.length - 1]!.toLowerCase()}`);
  wordsAround(f, text, mention.start, mention.end);
  markPick(f, facts.rulePick);
  for (const feature of [...f]) if (facts.insidePick && !feature.includes('|') && feature !== 'insidePick') f.add(`inside|${feature}`);
  return [...f];
}

/** The place the model prefers to the rules' pick by its margin, or the rules' pick. */
export function reviewPlace(candidates: PlaceCandidate[], rulePick: ExtractedPlace | undefined): ExtractedPlace | undefined {
  if (model === undefined) model = { weights: readWeights(PLACING_WEIGHTS) };
  recorder?.(candidates);
  // The country is the rules' to say (it is right far more often than the place): the model picks within it.
  const sameCountry = (place: ExtractedPlace) => !rulePick || place.countryCode === rulePick.countryCode;
  return reviewPick(candidates.map((c) => ({ item: c.place, features: c.features })), rulePick, model, MARGIN, sameCountry);
}
