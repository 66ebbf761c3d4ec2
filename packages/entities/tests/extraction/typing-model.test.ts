// The learned name typing (src/extraction/model): its frozen weights load as the extractor reads them.
import { readWeights } from '../../src/extraction/model/typing';
import { TYPING_WEIGHTS } from '../../src/extraction/model/typing-weights';

describe('the learned name typing', () => {
  it('reads a feature, a tab and four weights a line', () => {
    const weights = readWeights('\nacronym\t-3.3 2.7 -1.1 1.7\nw=zone\t-1.9 -0.9 3.8 -0.9\n');
    expect([...weights]).toEqual([
      ['acronym', [-3.3, 2.7, -1.1, 1.7]],
      ['w=zone', [-1.9, -0.9, 3.8, -0.9]],
    ]);
  });

  it('ships weights trained on the gold files, four a feature', () => {
    const weights = readWeights(TYPING_WEIGHTS);
    expect(weights.size).toBeGreaterThan(1000);
    for (const row of weights.values()) expect(row.length === 4 && row.every(Number.isFinite)).toBe(true);
  });
});
