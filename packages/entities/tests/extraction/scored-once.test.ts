// The extractor on articles written blind for issue 13 by someone who never read its rules, kept out of
// the repository until scored: fixtures/blind-issue-13 (16 articles) scored 0.762 before that issue's
// rules and 0.807 after; fixtures/fresh-issue-13 (15 articles) scored once, after, at 0.806. Both are
// far from the 0.90 the issue asks: these floors only guard against losing what was measured (two
// points under it), they are no target. Rules written from these articles from now on make them
// development articles: say so here if that happens.
import path from 'node:path';
import { extractBriefing } from '../../src/extraction';
import { loadArticles, scoreAll, scoreDraft } from './scorer';

const scoreOf = (folder: string) => {
  const articles = loadArticles(path.join(__dirname, 'fixtures', folder));
  return { count: articles.length, ...scoreAll(articles.map((a) => scoreDraft(extractBriefing(a.text, { publishedAt: a.publishedAt }), a.gold))) };
};

describe('articles scored once for issue 13', () => {
  it('blind set: macro-F1 at least 0.787 (measured 0.807)', () => {
    const score = scoreOf('blind-issue-13');
    expect(score.count).toBe(16);
    expect(score.macroF1).toBeGreaterThanOrEqual(0.787);
  });

  it('fresh set: macro-F1 at least 0.786 (measured 0.806)', () => {
    const score = scoreOf('fresh-issue-13');
    expect(score.count).toBe(15);
    expect(score.macroF1).toBeGreaterThanOrEqual(0.786);
  });
});
