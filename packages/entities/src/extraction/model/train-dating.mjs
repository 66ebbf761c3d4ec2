// Trains the dating model on every gold article and writes dating-weights.ts beside this file.
//   npm run train-dating -w @security-briefings/entities
// Run it again after adding gold files or changing the date rules or the features in dating.ts, then
// crossvalidate-dating.mjs to see that it still pays.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { datingExtractor, datingExamples, goldSets, trainRanker } from './learn-dating.mjs';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dating-weights.ts');
const extractor = datingExtractor();
const examples = goldSets().flatMap((set) => datingExamples(extractor, set.articles));
const weights = trainRanker(examples);
const lines = Object.keys(weights)
  .sort()
  .map((feature) => `${feature}\t${weights[feature].join(' ')}`.replace(/[\\`]|\$\{/g, (c) => `\\${c}`));
fs.writeFileSync(
  out,
  `// Written by train-dating.mjs (npm run train-dating): the dating model's weights, a feature a line, then its\n` +
    `// weight. Trained on every gold article; do not edit by hand.\n` +
    `export const DATING_WEIGHTS = \`\n${lines.join('\n')}\n\`;\n`,
);
console.log(`${examples.length} articles with more than one date; ${lines.length} features; ${out} (${fs.statSync(out).size} bytes)`);
