// The extractor on articles written blind for issue 13 by someone who never read its rules, each set
// kept out of the repository until it was scored once; after that it is a development set (its misses
// read, general rules written from them) and these floors, two points under what it measures now, only
// guard what was gained. What each set said when it was scored once is in the README's table:
//   blind-issue-13  0.762 before the first round, 0.807 after it
//   fresh-issue-13  0.806 once, after the first round
//   final-issue-13  0.810 once, after the second round
//   blind-2026-12-03 (set D)    0.864 before the third round, 0.866 after it (0.888 with a desk list written blind too)
//   blind-2026-12-03-e (set E)  0.783 before the fourth round, 0.788 after it (0.805 with its desk list)
//   blind-2026-12-03-f (set F)  0.802 before the fifth round, 0.804 after it (0.838 with its desk list); 0.807
//                               with the rules of the morning before: the day's rules gained nothing on it
// The later figures are what an editor can expect on a new article; the ones below are not.
import path from 'node:path';
import { extractBriefing } from '../../src/extraction';
import { loadArticles, scoreAll, scoreDraft } from './scorer';

const scoreOf = (folder: string) => {
  const articles = loadArticles(path.join(__dirname, 'fixtures', folder));
  return { count: articles.length, ...scoreAll(articles.map((a) => scoreDraft(extractBriefing(a.text, { publishedAt: a.publishedAt }), a.gold))) };
};

describe('articles scored once for issue 13, development sets since', () => {
  it('blind set: macro-F1 at least 0.912 (measured 0.932)', () => {
    const score = scoreOf('blind-issue-13');
    expect(score.count).toBe(16);
    expect(score.macroF1).toBeGreaterThanOrEqual(0.912);
  });

  it('fresh set: macro-F1 at least 0.910 (measured 0.930)', () => {
    const score = scoreOf('fresh-issue-13');
    expect(score.count).toBe(15);
    expect(score.macroF1).toBeGreaterThanOrEqual(0.91);
  });

  it('final set (third round): macro-F1 at least 0.856 (measured 0.876)', () => {
    const score = scoreOf('final-issue-13');
    expect(score.count).toBe(15);
    expect(score.macroF1).toBeGreaterThanOrEqual(0.856);
  });

  it('set D (blind-2026-12-03, fourth round): macro-F1 at least 0.898 (measured 0.918)', () => {
    const score = scoreOf('blind-2026-12-03');
    expect(score.count).toBe(16);
    expect(score.macroF1).toBeGreaterThanOrEqual(0.898);
  });

  it('set E (blind-2026-12-03-e, fifth round): macro-F1 at least 0.837 (measured 0.857)', () => {
    const score = scoreOf('blind-2026-12-03-e');
    expect(score.count).toBe(16);
    expect(score.macroF1).toBeGreaterThanOrEqual(0.837);
  });

  it('set F (blind-2026-12-03-f, after its scoring): macro-F1 at least 0.798 (measured 0.818)', () => {
    const score = scoreOf('blind-2026-12-03-f');
    expect(score.count).toBe(15);
    expect(score.macroF1).toBeGreaterThanOrEqual(0.798);
  });
});

