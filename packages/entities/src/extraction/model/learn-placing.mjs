// What train-placing and crossvalidate-placing share: each article's place candidates with their gold labels.
// The ranking perceptron is learn-dating.mjs's; the extractor, the gold sets and the weights writer learn.mjs's.
import { scorer } from './learn.mjs';

/** Each article's place candidates (features, and whether the place is the gold incident place), read with the rules alone. */
export function placingExamples(extractor, articles) {
  const out = [];
  extractor.setPlacingModel(null);
  for (const article of articles) {
    let found = [];
    extractor.recordPlaceCandidates((c) => (found = c));
    extractor.extractBriefing(article.text, { publishedAt: article.publishedAt });
    const labels = found.map((c) =>
      scorer.namesIncidentPlace({ name: c.place.name, countryCode: c.place.countryCode, aliases: c.place.aliases.map((a) => (typeof a === 'string' ? a : a.value)) }, article.gold.expected),
    );
    if (found.length > 1 && labels.some(Boolean)) out.push({ article: article.name, candidates: found.map((c, i) => ({ features: c.features, right: labels[i] })) });
  }
  extractor.recordPlaceCandidates(null);
  return out;
}
