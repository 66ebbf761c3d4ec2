// Trains the placing model on every gold article and writes placing-weights.ts beside this file.
//   npm run train-placing -w @security-briefings/entities
// Run it again after adding gold files or changing the place rules or the features in placing.ts, then
// crossvalidate-placing.mjs to see that it still pays.
import { trainRanker } from './learn-dating.mjs';
import { placingExamples } from './learn-placing.mjs';
import { bundledExtractor, goldSets, writeWeights } from './learn.mjs';

const extractor = bundledExtractor();
const examples = goldSets().flatMap((set) => placingExamples(extractor, set.articles));
console.log(`${examples.length} articles with more than one place, one of them the gold's`);
writeWeights('placing-weights.ts', 'PLACING_WEIGHTS', [
  "Written by train-placing.mjs (npm run train-placing): the placing model's weights, a feature a line, then its",
  'weight. Trained on every gold article; do not edit by hand.',
], trainRanker(examples));
