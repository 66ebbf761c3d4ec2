/**
 * What the learned second looks at a date (dating.ts) and at a place (placing.ts) share: their features'
 * buckets and words, and how a ranking perceptron's favourite overrides the rules' pick only by a margin.
 */
export interface RankingModel {
  weights: Map<string, number[]>;
  margin?: number;
}

/** A number as the feature of the range it falls in ("<=3", ">366"). */
export const bucket = (n: number, edges: number[]) => {
  const i = edges.findIndex((e) => n <= e);
  return i < 0 ? `>${edges[edges.length - 1]}` : `<=${edges[i]}`;
};

export const WORDS = /[\p{L}\p{N}'’-]+/gu;

/** The words around a span, as features: the one before ("prev=in"), the two before ("prev2=village of"), the one after ("next=on"). */
export function wordsAround(f: Set<string>, text: string, start: number, end: number) {
  const before = (text.slice(Math.max(0, start - 30), start).match(WORDS) ?? []).slice(-2).map((w) => w.toLowerCase());
  const next = (text.slice(end, end + 30).match(WORDS) ?? [])[0]?.toLowerCase();
  if (before[1]) f.add(`prev=${before[1]}`);
  if (before.length === 2) f.add(`prev2=${before.join(' ')}`);
  if (next) f.add(`next=${next}`);
}

/** The rules' pick gets every feature again as "pick|feature": the model learns when to trust the rules apart. */
export function markPick(f: Set<string>, rulePick: boolean) {
  if (rulePick) for (const feature of [...f]) if (feature !== 'rule-pick') f.add(`pick|${feature}`);
}

/**
 * The candidate the model scores highest among those `allowed`, when it beats the rules' pick by the margin
 * (or the rules picked none of them); otherwise the rules' pick. With no model or one candidate, the rules' pick.
 */
export function reviewPick<T>(
  candidates: Array<{ item: T; features: string[] }>,
  rulePick: T | undefined,
  model: RankingModel | null,
  margin: number,
  allowed: (item: T) => boolean = () => true,
): T | undefined {
  if (!model || candidates.length < 2) return rulePick;
  const score = (features: string[]) => features.reduce((t, f) => t + (model.weights.get(f)?.[0] ?? 0), 0);
  let best: T | undefined;
  let bestScore = -Infinity;
  for (const c of candidates) {
    if (!allowed(c.item)) continue;
    const s = score(c.features);
    if (s > bestScore) [best, bestScore] = [c.item, s];
  }
  const pick = candidates.find((c) => c.item === rulePick);
  if (best === undefined || (pick && bestScore <= score(pick.features) + (model.margin ?? margin))) return rulePick;
  return best;
}
