// Trains the dating model on every gold article and writes dating-weights.ts beside this file.
//   npm run train-dating -w @security-briefings/entities
// Run it again after adding gold files or changing the date rules or the features in dating.ts, then
// crossvalidate-dating.mjs to see that it still pays.
import { datingExamples, trainRanker } from './learn-dating.mjs';
import { bundledExtractor, goldSets, writeWeights } from './learn.mjs';

const extractor = bundledExtractor();
const examples = goldSets().flatMap((set) => datingExamples(extractor, set.articles));
console.log(`${examples.length} articles with more than one date`);
writeWeights('dating-weights.ts', 'DATING_WEIGHTS', [
  "Written by train-dating.mjs (npm run train-dating): the dating model's weights, a feature a line, then its",
  'weight. Trained on every gold article; do not edit by hand.',
], trainRanker(examples));
