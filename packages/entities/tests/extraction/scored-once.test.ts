// The extractor on articles written blind for issue 13 by someone who never read its rules, kept out of
// the repository until scored: fixtures/blind-issue-13 (16 articles) scored 0.762 before that issue's
// first rules and 0.807 after; fixtures/fresh-issue-13 (15 articles) scored once, after, at 0.806.
// In the second round on issue 13 (2026-12-02) both sets became DEVELOPMENT articles: their misses were
// read and general rules written from the classes of error they showed (quotes' speakers, titles, places
// taken for people, organisations with "and"/"of"/"in", namesakes abroad, background dates, sub-event
// types, tolls added up). Before that round: 0.807 and 0.806; after it: 0.928 and 0.918. They no longer
// say how the extractor does on articles nobody tuned for (a third set, scored once by the lead, does):
// these floors sit two points under what was measured, only to guard what was gained.
// fixtures/final-issue-13 (15 articles) is that third set: written while the second round ran, by
// someone who saw neither the rules nor the other sets' misses, and scored once after it: 0.810
// (people 0.74, organisations 0.76, places 0.69, quotes 0.76, event type 0.93, sub-event type 0.93,
// incident date 0.80, country 0.87). That, not 0.92, is what an editor can expect on a new article.
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
});

