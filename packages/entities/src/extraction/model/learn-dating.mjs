// What train-dating and crossvalidate-dating share: each article's date candidates with their gold labels,
// and a ranking perceptron. The extractor, the gold sets and the weights writer are learn.mjs's.
import { shuffledEpochs } from './learn.mjs';

/** Each article's date candidates (features, and whether the gold file gives that date), read with the rules alone. */
export function datingExamples(extractor, articles) {
  const out = [];
  extractor.setDatingModel(null);
  for (const article of articles) {
    let found = [];
    extractor.recordDateCandidates((c) => (found = c));
    extractor.extractBriefing(article.text, { publishedAt: article.publishedAt });
    const gold = article.gold.expected.incident?.date;
    const labels = found.map((c) => c.date.date === gold);
    if (found.length > 1 && labels.some(Boolean)) out.push({ article: article.name, candidates: found.map((c, i) => ({ features: c.features, right: labels[i] })) });
  }
  extractor.recordDateCandidates(null);
  return out;
}

/** An averaged ranking perceptron: the best-scored candidate should be a right one. */
export function trainRanker(examples, { epochs = 20, minArticles = 5, seed = 1 } = {}) {
  const seen = new Map();
  for (const e of examples) for (const c of e.candidates) for (const f of c.features) (seen.get(f) ?? seen.set(f, new Set()).get(f)).add(e.article);
  const kept = (fs) => fs.filter((f) => seen.get(f).size >= minArticles);
  const w = new Map();
  const total = new Map();
  const stamp = new Map();
  let step = 1;
  const touch = (f) => {
    total.set(f, (total.get(f) ?? 0) + (step - (stamp.get(f) ?? 1)) * (w.get(f) ?? 0));
    stamp.set(f, step);
  };
  const score = (fs) => fs.reduce((t, f) => t + (w.get(f) ?? 0), 0);
  for (const order of shuffledEpochs(examples.length, epochs, seed)) {
    for (const index of order) {
      const cands = examples[index].candidates.map((c) => ({ ...c, f: kept(c.features) }));
      const scored = cands.map((c) => score(c.f));
      const rights = cands.map((c, i) => i).filter((i) => cands[i].right);
      const bestRight = rights.reduce((a, b) => (scored[b] > scored[a] ? b : a));
      // The best wrong one, ties counted against the model so that a fresh one learns.
      let worst = -1;
      for (let i = 0; i < cands.length; i++) if (!cands[i].right && (worst < 0 || scored[i] > scored[worst])) worst = i;
      if (worst >= 0 && scored[worst] >= scored[bestRight]) {
        for (const f of cands[bestRight].f) (touch(f), w.set(f, (w.get(f) ?? 0) + 1));
        for (const f of cands[worst].f) (touch(f), w.set(f, (w.get(f) ?? 0) - 1));
      }
      step++;
    }
  }
  const averaged = {};
  for (const f of w.keys()) {
    touch(f);
    const v = Math.round((total.get(f) / step) * 100) / 100;
    if (v !== 0) averaged[f] = [v];
  }
  return averaged;
}
