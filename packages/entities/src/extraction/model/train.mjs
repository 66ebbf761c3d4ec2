// Trains the typing model on every gold article and writes typing-weights.ts beside this file.
//   npm run train-typing -w @security-briefings/entities
// Run it again after adding gold files or changing the rules or the features in typing.ts (the
// features are read from the rules' output), then crossvalidate.mjs to see that it still pays.
import { bundledExtractor, examplesOf, goldSets, trainPerceptron, TYPES, writeWeights } from './learn.mjs';

const extractor = bundledExtractor();
const sets = goldSets();
const examples = sets.flatMap((set) => examplesOf(extractor, set.articles));
const weights = trainPerceptron(examples);
// Only the rows that can score a candidate typing.ts reviews (rules' people and dropped names): features
// of organisations and places the rules read never reach the model at run time.
const unused = /^(organization|place)\||^rule=(organization|place)$/;
const used = Object.fromEntries(Object.entries(weights).filter(([feature]) => !unused.test(feature)));
const articles = sets.reduce((n, set) => n + set.articles.length, 0);
console.log(`${examples.length} names from ${articles} articles`);
writeWeights('typing-weights.ts', 'TYPING_WEIGHTS', [
  "Written by train.mjs (npm run train-typing): the typing model's weights, a feature a line, then its weights",
  `for ${TYPES.join(', ')}. Trained on every gold article; do not edit by hand.`,
], used);
