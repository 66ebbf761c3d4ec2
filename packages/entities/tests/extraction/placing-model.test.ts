// The learned second look at the incident's place (src/extraction/model/placing.ts).
import { extractBriefing } from '../../src/extraction';
import type { ExtractedPlace } from '../../src/extraction/types';
import { readWeights } from '../../src/extraction/model/typing';
import { reviewPlace, setPlacingModel } from '../../src/extraction/model/placing';
import { PLACING_WEIGHTS } from '../../src/extraction/model/placing-weights';

const place = (name: string, kind: ExtractedPlace['kind'], countryCode: string): ExtractedPlace => ({ name, kind, countryCode, lat: 0, lon: 0, aliases: [], mentions: [] });

describe('the learned placing', () => {
  afterEach(() => setPlacingModel({ weights: readWeights(PLACING_WEIGHTS) }));

  it('ships weights trained on the gold files, one a feature', () => {
    const weights = readWeights(PLACING_WEIGHTS);
    expect(weights.size).toBeGreaterThan(50);
    for (const row of weights.values()) expect(row.length === 1 && Number.isFinite(row[0])).toBe(true);
  });

  it("keeps the rules' place unless another in the same country scores higher by the margin", () => {
    const town = place('Quetta', 'city', 'PK');
    const market = place('Hazarganji market', 'site', 'PK');
    const abroad = place('Kandahar', 'city', 'AF');
    const candidates = [
      { place: town, features: ['rule-pick'] },
      { place: market, features: ['insidePick'] },
      { place: abroad, features: ['elsewhere'] },
    ];
    setPlacingModel({ weights: new Map([['rule-pick', [1]], ['insidePick', [2]]]), margin: 2 });
    expect(reviewPlace(candidates, town)).toBe(town);
    setPlacingModel({ weights: new Map([['rule-pick', [1]], ['insidePick', [3.5]]]), margin: 2 });
    expect(reviewPlace(candidates, town)).toBe(market);
    // A place in another country never wins: the country is the rules' to say.
    setPlacingModel({ weights: new Map([['rule-pick', [1]], ['elsewhere', [50]]]), margin: 2 });
    expect(reviewPlace(candidates, town)).toBe(town);
    setPlacingModel(null);
    expect(reviewPlace(candidates, town)).toBe(town);
  });
});

describe('the learned placing in extractBriefing', () => {
  afterEach(() => setPlacingModel({ weights: readWeights(PLACING_WEIGHTS) }));

  it("asks the model about every place: one that scores a site written beside the rules' town up moves the incident there", () => {
    const text = 'Bomb kills six in Quetta\nA bomb killed six people at Hazarganji market in Quetta, Pakistan, on Monday, police said.';
    setPlacingModel(null);
    const rules = extractBriefing(text, { publishedAt: '2025-03-11' }).incident.place?.name;
    setPlacingModel({ weights: new Map([['insidePick', [100]]]) });
    const model = extractBriefing(text, { publishedAt: '2025-03-11' }).incident.place?.name;
    expect(rules).toBe('Quetta');
    expect(model).toBe('Hazarganji market');
  });
});
