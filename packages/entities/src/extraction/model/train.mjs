// Trains the typing model on every gold article and writes typing-weights.ts beside this file.
//   npm run train-typing -w @security-briefings/entities
// Run it again after adding gold files or changing the rules or the features in typing.ts (the
// features are read from the rules' output), then crossvalidate.mjs to see that it still pays.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledExtractor, examplesOf, goldSets, trainPerceptron, TYPES } from './learn.mjs';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'typing-weights.ts');
const extractor = bundledExtractor();
const sets = goldSets();
const examples = sets.flatMap((set) => examplesOf(extractor, set.articles));
const weights = trainPerceptron(examples);
// Only the rows that can score a candidate typing.ts reviews (rules' people and dropped names): features
// of organisations and places the rules read never reach the model at run time.
const unused = /^(organization|place)\||^rule=(organization|place)$/;
// One feature a line, tab, four weights: small diffs when the model is trained again, and a text that
// costs nothing to load (typing.ts reads it into a map on first use).
const lines = Object.keys(weights)
  .filter((feature) => !unused.test(feature))
  .sort()
  .map((feature) => `${feature}\t${weights[feature].join(' ')}`.replace(/[\\`]|\$\{/g, (c) => `\\${c}`));
fs.writeFileSync(
  out,
  `// Written by train.mjs (npm run train-typing): the typing model's weights, a feature a line, then its weights\n` +
    `// for ${TYPES.join(', ')}. Trained on every gold article; do not edit by hand.\n` +
    `export const TYPING_WEIGHTS = \`\n${lines.join('\n')}\n\`;\n`,
);
const articles = sets.reduce((n, set) => n + set.articles.length, 0);
console.log(`${examples.length} names from ${articles} articles; ${lines.length} features; ${out} (${fs.statSync(out).size} bytes)`);
