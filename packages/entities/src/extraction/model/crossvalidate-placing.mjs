// Leave-one-set-out for the placing model: for each set, trains on every other article and scores the
// set's incident places with the model and with the rules alone.
//   node src/extraction/model/crossvalidate-placing.mjs [--margin M] [--epochs N] [--show]
import { trainRanker } from './learn-dating.mjs';
import { placingExamples } from './learn-placing.mjs';
import { bundledExtractor, goldSets, rankerOptions, scorer } from './learn.mjs';

const { margin, epochs, show } = rankerOptions(process.argv.slice(2));
const extractor = bundledExtractor();
const sets = goldSets();
const examples = new Map(sets.map((s) => [s.name, placingExamples(extractor, s.articles)]));
const right = { rules: 0, model: 0, rulesCountry: 0, modelCountry: 0 };
let n = 0;
for (const set of sets) {
  if (set.name === '.') continue;
  const weights = trainRanker(sets.filter((s) => s.name !== set.name).flatMap((s) => examples.get(s.name)), { epochs });
  const model = { weights: new Map(Object.entries(weights)), margin };
  const tally = { rules: 0, model: 0, rulesCountry: 0, modelCountry: 0 };
  for (const a of set.articles) {
    const placeOf = (mdl) => {
      extractor.setPlacingModel(mdl);
      const draft = extractor.extractBriefing(a.text, { publishedAt: a.publishedAt });
      const counts = scorer.scoreDraft(draft, a.gold).counts;
      return { draft, right: counts.incidentPlace.tp === 1, country: counts.country.tp === 1 };
    };
    const r = placeOf(null);
    const m = placeOf(model);
    tally.rules += r.right;
    tally.model += m.right;
    tally.rulesCountry += r.country;
    tally.modelCountry += m.country;
    if (show && r.draft.incident.place?.name !== m.draft.incident.place?.name) {
      console.log(`  ${a.name}: gold ${a.gold.expected.incident.location}, rules ${r.draft.incident.place?.name}, model ${m.draft.incident.place?.name}`);
    }
  }
  console.log(`${set.name.padEnd(22)} ${set.articles.length} articles: places right, rules ${tally.rules}, model ${tally.model}`);
  right.rules += tally.rules;
  right.model += tally.model;
  right.rulesCountry += tally.rulesCountry;
  right.modelCountry += tally.modelCountry;
  n += set.articles.length;
}
console.log(`all held out: ${n} articles, incident places right: rules ${right.rules}, model ${right.model}; countries right: rules ${right.rulesCountry}, model ${right.modelCountry}`);
