// Leave-one-set-out for the dating model: for each set, trains on every other article and scores the
// set's incident dates with the model and with the rules alone.
//   node src/extraction/model/crossvalidate-dating.mjs [--margin M] [--epochs N] [--show]
import { datingExamples, trainRanker } from './learn-dating.mjs';
import { bundledExtractor, goldSets, rankerOptions, scorer } from './learn.mjs';

const { margin, epochs, show } = rankerOptions(process.argv.slice(2));
const extractor = bundledExtractor();
const sets = goldSets();
const examples = new Map(sets.map((s) => [s.name, datingExamples(extractor, s.articles)]));
const dateOf = (a) => extractor.extractBriefing(a.text, { publishedAt: a.publishedAt }).incident.date;
const right = { rules: 0, model: 0 };
let n = 0;
const pooled = { rules: [], model: [] };
for (const set of sets) {
  if (set.name === '.') continue;
  const weights = trainRanker(sets.filter((s) => s.name !== set.name).flatMap((s) => examples.get(s.name)), { epochs });
  const model = { weights: new Map(Object.entries(weights)), margin };
  const tally = { rules: 0, model: 0 };
  for (const a of set.articles) {
    const gold = a.gold.expected.incident?.date;
    extractor.setDatingModel(null);
    const r = dateOf(a);
    extractor.setDatingModel(model);
    const m = dateOf(a);
    tally.rules += r === gold;
    tally.model += m === gold;
    if (show && r !== m) console.log(`  ${a.name}: gold ${gold}, rules ${r}, model ${m}`);
  }
  const scoreWith = (mdl) => (extractor.setDatingModel(mdl), scorer.scoreAll(set.articles.map((a) => scorer.scoreDraft(extractor.extractBriefing(a.text, { publishedAt: a.publishedAt }), a.gold))));
  pooled.rules.push(scoreWith(null));
  pooled.model.push(scoreWith(model));
  console.log(`${set.name.padEnd(22)} ${set.articles.length} articles: dates right, rules ${tally.rules}, model ${tally.model}`);
  right.rules += tally.rules;
  right.model += tally.model;
  n += set.articles.length;
}
const mean = (list, key) => list.reduce((t, s) => t + (key ? s.f1[key] : s.macroF1), 0) / list.length;
console.log(`all held out: ${n} articles, dates right: rules ${right.rules}, model ${right.model}`);
console.log(`mean macro-F1 ${mean(pooled.rules).toFixed(4)} -> ${mean(pooled.model).toFixed(4)}; incidentDate ${mean(pooled.rules, 'incidentDate').toFixed(4)} -> ${mean(pooled.model, 'incidentDate').toFixed(4)}; datePrecision ${mean(pooled.rules, 'datePrecision').toFixed(4)} -> ${mean(pooled.model, 'datePrecision').toFixed(4)}`);
