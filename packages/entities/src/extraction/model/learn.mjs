// What train.mjs and crossvalidate.mjs share: the extractor bundled from source with the model's
// switches, the gold labels of its name candidates, and the averaged perceptron.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
export const packageDir = path.resolve(here, '../../..');
export const fixtures = path.join(packageDir, 'tests/extraction/fixtures');
export const scorer = require(path.join(packageDir, 'tests/extraction/scorer.js'));
export const TYPES = ['person', 'organization', 'place', 'none'];

/** The extractor from source, with the models' switches (setTypingModel, recordCandidates; setDatingModel, recordDateCandidates; setPlacingModel, recordPlaceCandidates). */
export function bundledExtractor() {
  const { bundleExtractor } = require(path.join(packageDir, 'tests/extraction/bundle-extractor.js'));
  return bundleExtractor(
    path.join(packageDir, 'src/extraction'),
    "export { extractBriefing } from './index'; export { setTypingModel, recordCandidates } from './model/typing'; " +
      "export { setDatingModel, recordDateCandidates } from './model/dating'; export { setPlacingModel, recordPlaceCandidates } from './model/placing';",
  );
}

/**
 * Writes a model's weights beside this file as a TypeScript text constant: one feature a line, a tab, its
 * weights. Small diffs when the model is trained again, and a text that costs nothing to load (the model
 * reads it into a map on first use). Returns how many features it wrote.
 */
export function writeWeights(file, constant, header, weights) {
  const lines = Object.keys(weights)
    .sort()
    .map((feature) => `${feature}\t${weights[feature].join(' ')}`.replace(/[\\`]|\$\{/g, (c) => `\\${c}`));
  const out = path.join(here, file);
  fs.writeFileSync(out, `${header.map((line) => `// ${line}\n`).join('')}export const ${constant} = \`\n${lines.join('\n')}\n\`;\n`);
  console.log(`${lines.length} features; ${out} (${fs.statSync(out).size} bytes)`);
}

/** A ranking model's cross-validation options: [--margin M] [--epochs N] [--show]. */
export function rankerOptions(args) {
  const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  return { margin: option('--margin', undefined), epochs: option('--epochs', 20), show: args.includes('--show') };
}

/** The gold folders: the articles the rules were written from ('.'), then each sub-folder set. */
export function goldSets() {
  const subfolders = fs.readdirSync(fixtures, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return ['.', ...subfolders].map((name) => ({ name, articles: scorer.loadArticles(path.join(fixtures, name)) }));
}

/**
 * What the gold says a candidate is: the type of the gold entity one of its forms names, 'none' when none
 * does; null (not learned from) when only an optional entity matches or an earlier candidate took the entity.
 */
export function labelCandidates(candidates, gold) {
  const expected = gold.expected;
  const optional = expected.optional ?? {};
  const lists = [
    ['person', expected.people ?? [], optional.people ?? []],
    ['organization', expected.organizations ?? [], optional.organizations ?? []],
    ['place', expected.locations ?? [], optional.locations ?? []],
  ];
  const formsOf = (e) => [e.name, ...(e.aliases ?? [])].map(scorer.normalise).filter(Boolean);
  const claimed = new Set();
  const order = [...candidates].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const labels = new Map();
  for (const c of order) {
    const forms = new Set(c.forms.map(scorer.normalise).filter(Boolean));
    const names = (e) => formsOf(e).some((f) => forms.has(f));
    // The rules' own type first when the gold has the name under it too.
    const ranked = [...lists].sort(([a], [b]) => (b === c.rule) - (a === c.rule));
    let label = 'none';
    for (const [type, required, optionals] of ranked) {
      const hit = required.find(names);
      if (hit) {
        // A second candidate for the same entity is a matter of joining names, not of types: not learned from.
        label = claimed.has(hit) ? null : type;
        claimed.add(hit);
        break;
      }
      if (optionals.some(names)) {
        label = null;
        break;
      }
    }
    labels.set(c, label);
  }
  return candidates.map((c) => labels.get(c));
}

/** Every candidate of every article, with its features and gold label, read with the rules alone. */
export function examplesOf(extractor, articles) {
  const examples = [];
  extractor.setTypingModel(null);
  for (const article of articles) {
    let found = [];
    extractor.recordCandidates((candidates) => (found = candidates));
    extractor.extractBriefing(article.text, { publishedAt: article.publishedAt });
    const labels = labelCandidates(found, article.gold);
    found.forEach((c, i) => {
      if (labels[i] !== null) examples.push({ features: c.features, label: TYPES.indexOf(labels[i]), article: article.name, name: c.name, rule: c.rule });
    });
  }
  extractor.recordCandidates(null);
  return examples;
}

/** The examples' indices in a new seeded shuffle for each epoch: the same run gives the same weights. */
export function* shuffledEpochs(count, epochs, seed = 1) {
  let random = seed;
  const next = () => ((random = (random * 1103515245 + 12345) % 2147483648), random / 2147483648);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    yield order;
  }
}

/**
 * An averaged multiclass perceptron. Features met in fewer than minArticles articles are left out: a
 * name's own words would otherwise be learned as a list of the gold's names.
 */
export function trainPerceptron(examples, { epochs = 15, minArticles = 5, seed = 1 } = {}) {
  const articlesOf = new Map();
  for (const e of examples) for (const f of e.features) (articlesOf.get(f) ?? articlesOf.set(f, new Set()).get(f)).add(e.article);
  const counts = new Map([...articlesOf].map(([f, set]) => [f, set.size]));
  const weights = new Map();
  const totals = new Map();
  const stamps = new Map();
  const row = (map, f) => map.get(f) ?? (map.set(f, [0, 0, 0, 0]), map.get(f));
  let step = 1;
  // The running sum of each weight over every step, brought up to date lazily.
  const touch = (f) => {
    const w = row(weights, f);
    const t = row(totals, f);
    const since = step - (stamps.get(f) ?? 1);
    for (let i = 0; i < 4; i++) t[i] += since * w[i];
    stamps.set(f, step);
    return w;
  };
  for (const order of shuffledEpochs(examples.length, epochs, seed)) {
    for (const index of order) {
      const { features, label } = examples[index];
      const kept = features.filter((f) => counts.get(f) >= minArticles);
      const scores = [0, 0, 0, 0];
      for (const f of kept) {
        const w = weights.get(f);
        if (w) for (let i = 0; i < 4; i++) scores[i] += w[i];
      }
      // Ties go to the wrong answer, so that a fresh model learns from every example.
      let guess = label === 0 ? 1 : 0;
      for (let i = 0; i < 4; i++) if (i !== label && scores[i] >= scores[guess]) guess = i;
      if (scores[label] <= scores[guess]) {
        for (const f of kept) {
          const w = touch(f);
          w[label] += 1;
          w[guess] -= 1;
        }
      }
      step++;
    }
  }
  const averaged = {};
  for (const f of weights.keys()) {
    touch(f);
    // One decimal is enough for scores that differ by units, and keeps the file (and the start-up) small.
    const avg = totals.get(f).map((t) => Math.round((t / step) * 10) / 10);
    if (avg.some((x) => x !== 0)) averaged[f] = avg;
  }
  return averaged;
}
