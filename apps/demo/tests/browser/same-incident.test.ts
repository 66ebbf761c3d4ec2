import type { Browser, Page } from 'playwright-core';
import { secondArticle } from '../second-article';
import { addedTo, audit, describeFindings, isSeriousOrCritical } from './axe';
import { adminApi, briefingEditUrl, demoEditorApiToken, demoUrl, launchBrowser, logIn, screenshot, skipGuidedTour } from './browser';

const ARTICLE = 'api::article.article';
const BRIEFING = 'plugin::security-briefings.briefing';


/**
 * One incident, many articles (issue 12, item 1), as an editor meets it: a briefing started from a
 * second article of the seed incident shows the seed briefing as its first candidate, and the editor
 * adds the article to it instead of filing the incident twice.
 */
describe('drafting a second article of the seed incident', () => {
  let browser: Browser;
  let page: Page;
  let token: string;
  let seedBriefing: { documentId: string; title: string };
  let article: { documentId: string };
  let newBriefing: string;

  beforeAll(async () => {
    token = await demoEditorApiToken();
    const briefings = await adminApi(`/content-manager/collection-types/${BRIEFING}?filters[title][$startsWith]=Islamic State deputy leader`, { token });
    seedBriefing = briefings.results[0];
    article = (await adminApi(`/content-manager/collection-types/${ARTICLE}`, { method: 'POST', token, body: secondArticle })).data;
    // What the article's "Create a briefing" action does: a briefing linked to the article, opened for drafting.
    newBriefing = (await adminApi(`/content-manager/collection-types/${BRIEFING}`, { method: 'POST', token, body: { title: secondArticle.title, sourceArticle: { connect: [{ documentId: article.documentId }] } } })).data.documentId;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await logIn(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the seed briefing as the first candidate, with why, and adds the article to it with the changes offered', async () => {
    await page.goto(briefingEditUrl(newBriefing));
    await skipGuidedTour(page);
    const candidates = page.getByRole('region', { name: 'May be the same incident' });
    const first = candidates.getByRole('listitem').first();
    await first.getByRole('link', { name: seedBriefing.title }).waitFor();
    await first.getByText(/^same event type; same day; both in Anbar; shares /).waitFor();
    await candidates.scrollIntoViewIfNeeded();
    await screenshot(page, 'same-incident-01-candidates');

    await first.getByRole('button', { name: 'Add this article to it instead' }).click();
    await first.getByText(/^Article added to the briefing/).waitFor();
    await first.getByText('A higher death toll: 2 (the briefing has 1)').waitFor();
    await first.getByText(/^New sources: .*Tigris Wire/).waitFor();
    await screenshot(page, 'same-incident-02-article-added');

    // The seed briefing now links the article, and nothing else of it changed.
    const links = await adminApi(`/content-manager/relations/${BRIEFING}/${seedBriefing.documentId}/furtherArticles`, { token });
    expect(links.results.map((link: any) => link.documentId)).toEqual([article.documentId]);
  });

  it("offers what the added article brings in the seed briefing's draft panel, to apply only as the editor ticks it", async () => {
    await page.goto(briefingEditUrl(seedBriefing.documentId));
    await skipGuidedTour(page);
    const further = page.getByRole('region', { name: 'Further articles of this incident' });
    await further.getByRole('button', { name: `Read “${secondArticle.title}”` }).click();
    await page.getByRole('button', { name: 'Fill the form with the chosen suggestions' }).waitFor();
    // The article's outlet is a source the seed briefing lacks: offered, and nothing is in the form until applied.
    await page.getByRole('checkbox', { name: /Tigris Wire/ }).first().waitFor();
    await screenshot(page, 'same-incident-03-further-article-read');
  });

  it('adds no serious or critical accessibility violation in the candidates section', async () => {
    await page.goto(`${demoUrl()}/admin/content-manager/collection-types/${ARTICLE}/${article.documentId}`);
    await skipGuidedTour(page);
    await page.waitForLoadState('networkidle');
    const core = await audit(page);

    await page.goto(briefingEditUrl(newBriefing));
    await skipGuidedTour(page);
    await page.getByRole('region', { name: 'May be the same incident' }).getByRole('listitem').first().waitFor();
    await page.waitForLoadState('networkidle');
    const added = addedTo(core, await audit(page));
    const inside = await page.evaluate(
      (targets) => targets.map((target) => Boolean(document.querySelector('[data-testid="same-incident-candidates"]')?.contains(document.querySelector(target)))),
      added.map((finding) => finding.target),
    );
    const inSection = added.filter((_, i) => inside[i]);
    if (inSection.length) console.log(`Candidates section findings:\n${describeFindings(inSection)}`);
    expect(describeFindings(inSection.filter(isSeriousOrCritical))).toBe('');
  });
});
