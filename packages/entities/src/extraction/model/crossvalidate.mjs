// Leave-one-set-out: for each sub-folder set of gold articles, trains the typing model on every other
// article and scores that set with the model and with the rules alone.
//   node src/extraction/model/crossvalidate.mjs [--epochs N] [--margin M] [--folds K] [--show]
// --folds K: the sets dealt into K folds (set i to fold i mod K), one model per fold trained without
// the whole fold: K trainings instead of one per set (an hour at 190 sets), a little pessimistic.
import { bundledExtractor, examplesOf, goldSets, scorer, trainPerceptron } from './learn.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const epochs = option('--epochs', 15);
const margin = option('--margin', undefined);
const folds = option('--folds', undefined);
// --show: every article whose scores the model changes, with what it changed.
const show = args.includes('--show');

const extractor = bundledExtractor();
const sets = goldSets();
const examples = new Map(sets.map((set) => [set.name, examplesOf(extractor, set.articles)]));

const scoreSet = (articles, model) => {
  extractor.setTypingModel(model);
  return scorer.scoreAll(articles.map((a) => scorer.scoreDraft(extractor.extractBriefing(a.text, { publishedAt: a.publishedAt }), a.gold)));
};
function showChanges(articles, model) {
  for (const a of articles) {
    const score = (m) => (extractor.setTypingModel(m), scorer.scoreDraft(extractor.extractBriefing(a.text, { publishedAt: a.publishedAt }), a.gold));
    const before = score(null);
    const after = score(model);
    for (const c of scorer.ALL_CATEGORIES) {
      const was = before.counts[c];
      const now = after.counts[c];
      const gone = (x, y) => x.filter((v) => !y.includes(v));
      const diff = [
        ...gone(now.falsePositives, was.falsePositives).map((v) => `+FP ${v}`),
        ...gone(was.falsePositives, now.falsePositives).map((v) => `-FP ${v}`),
        ...gone(now.missed, was.missed).map((v) => `+miss ${v}`),
        ...gone(was.missed, now.missed).map((v) => `-miss ${v}`),
      ];
      if (diff.length) console.log(`  ${a.name} ${c}: ${diff.join(' | ')}`);
    }
  }
}
const columns = [...scorer.CATEGORIES, 'incidentPlace'];
const line = (label, s) => `${label.padEnd(26)} ${s.macroF1.toFixed(3)}  ${columns.map((c) => s.f1[c].toFixed(2)).join('  ')}`;
console.log(`epochs ${epochs}, margin ${margin ?? 'default'}, ${folds ? `${folds} folds` : 'one set out at a time'}`);
console.log(`${''.padEnd(26)} macro  ${columns.map((c) => c.slice(0, 5)).join('  ')}`);
const pooled = { rules: [], model: [], names: [] };
const heldOut = sets.filter((set) => set.name !== '.');
const foldOf = new Map(heldOut.map((set, i) => [set.name, folds ? i % folds : i]));
// The sets are visited fold by fold, so one model is kept: the last fold's.
let trained = { fold: undefined, model: undefined };
const modelWithout = (fold) => {
  if (trained.fold !== fold) {
    const training = sets.filter((s) => foldOf.get(s.name) !== fold).flatMap((s) => examples.get(s.name));
    trained = { fold, model: { weights: new Map(Object.entries(trainPerceptron(training, { epochs }))), margin } };
  }
  return trained.model;
};
for (const set of [...heldOut].sort((a, b) => foldOf.get(a.name) - foldOf.get(b.name))) {
  const model = modelWithout(foldOf.get(set.name));
  const rules = scoreSet(set.articles, null);
  const learned = scoreSet(set.articles, model);
  if (show) showChanges(set.articles, model);
  console.log(line(`${set.name} rules`, rules));
  console.log(line(`${set.name} model`, learned));
  for (const [key, s] of [['rules', rules], ['model', learned]]) pooled[key].push(s);
  pooled.names.push(set.name);
}
// The mean over the held-out sets of each figure.
const meanOf = (list) => ({
  macroF1: list.reduce((t, s) => t + s.macroF1, 0) / list.length,
  f1: Object.fromEntries(columns.map((c) => [c, list.reduce((t, s) => t + s.f1[c], 0) / list.length])),
});
const [rules, model] = [meanOf(pooled.rules), meanOf(pooled.model)];
console.log(line('mean of sets, rules', rules));
console.log(line('mean of sets, model', model));
// The keep rule: the mean macro-F1 up by 0.01 or more, no set's macro-F1 and no category's mean down.
const fallen = [
  ...pooled.rules.map((s, i) => [`set ${pooled.names[i]}`, s.macroF1, pooled.model[i].macroF1]),
  ...columns.map((c) => [`mean ${c}`, rules.f1[c], model.f1[c]]),
].filter(([, before, after]) => after < before - 1e-9);
console.log(`mean macro-F1 ${rules.macroF1.toFixed(4)} -> ${model.macroF1.toFixed(4)} (${(model.macroF1 - rules.macroF1).toFixed(4)})`);
for (const c of columns) console.log(`  mean ${c.padEnd(22)} ${rules.f1[c].toFixed(4)} -> ${model.f1[c].toFixed(4)}`);
console.log(fallen.length ? `fallen: ${fallen.map(([what, a, b]) => `${what} ${a.toFixed(4)} -> ${b.toFixed(4)}`).join('; ')}` : 'nothing fallen');
