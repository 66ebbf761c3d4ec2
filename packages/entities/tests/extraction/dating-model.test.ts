// The learned second look at the incident's date (src/extraction/model/dating.ts).
import { extractBriefing } from '../../src/extraction';
import type { DatedText } from '../../src/extraction/dates';
import { readWeights } from '../../src/extraction/model/typing';
import { reviewDate, setDatingModel } from '../../src/extraction/model/dating';
import { DATING_WEIGHTS } from '../../src/extraction/model/dating-weights';

const day = (date: string, start: number): DatedText => ({ date, precision: 'day', text: date, start, end: start + 10 });

describe('the learned dating', () => {
  afterEach(() => setDatingModel({ weights: readWeights(DATING_WEIGHTS) }));

  it('ships weights trained on the gold files, one a feature', () => {
    const weights = readWeights(DATING_WEIGHTS);
    expect(weights.size).toBeGreaterThan(50);
    for (const row of weights.values()) expect(row.length === 1 && Number.isFinite(row[0])).toBe(true);
  });

  it("keeps the rules' date unless another scores higher by the margin", () => {
    const thursday = day('2025-03-13', 0);
    const friday = day('2025-03-14', 40);
    const candidates = [
      { date: thursday, features: ['rule-pick'] },
      { date: friday, features: ['prev=found'] },
    ];
    setDatingModel({ weights: new Map([['rule-pick', [1]], ['prev=found', [2]]]), margin: 2 });
    expect(reviewDate(candidates, thursday)).toBe(thursday);
    setDatingModel({ weights: new Map([['rule-pick', [1]], ['prev=found', [3.5]]]), margin: 2 });
    expect(reviewDate(candidates, thursday)).toBe(friday);
    setDatingModel(null);
    expect(reviewDate(candidates, thursday)).toBe(thursday);
  });

  it('leaves a text with one date alone', () => {
    const only = day('2025-03-13', 0);
    setDatingModel({ weights: new Map([['bias', [-10]]]) });
    expect(reviewDate([{ date: only, features: ['bias'] }], only)).toBe(only);
  });
});

describe('the learned dating in extractBriefing', () => {
  afterEach(() => setDatingModel({ weights: readWeights(DATING_WEIGHTS) }));

  it("asks the model about every usable date: one that scores the rules' pick down moves the incident's date", () => {
    const text =
      'Gunmen kill four in Mopti\nBAMAKO (Reuters) - Gunmen killed four farmers in the village of Dinangourou on Wednesday, officials said. The bodies were found on Thursday morning.';
    setDatingModel(null);
    const rules = extractBriefing(text, { publishedAt: '2025-03-08' }).incident.date;
    setDatingModel({ weights: new Map([['rule-pick', [-100]]]) });
    const model = extractBriefing(text, { publishedAt: '2025-03-08' }).incident.date;
    expect(rules).toBe('2025-03-05');
    expect(model).not.toBe(rules);
  });
});
