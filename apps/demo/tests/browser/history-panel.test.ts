import type { Browser, Page } from 'playwright-core';
import { addedTo, audit, describeFindings, isSeriousOrCritical } from './axe';
import { adminApi, briefingEditUrl, demoEditorApiToken, demoUrl, launchBrowser, logIn, screenshot, skipGuidedTour } from './browser';

const ARTICLE = 'api::article.article';


/**
 * The edit view's History panel (issue 12, item 4), as an editor uses it: the briefing's log newest
 * first, a reason typed before saving that the save then carries, the change shown as old -> new,
 * and nothing serious for axe-core beyond what Strapi's own edit view has.
 */
describe('the History panel', () => {
  let browser: Browser;
  let page: Page;
  let documentId: string;

  beforeAll(async () => {
    const token = await demoEditorApiToken();
    const created = await adminApi('/content-manager/collection-types/plugin::security-briefings.briefing', {
      method: 'POST',
      token,
      body: { title: 'Shelling of the grain silos', summary: 'Three shells hit the silos.', marking: 'clear' },
    });
    documentId = created.data.documentId;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await logIn(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the briefing's log, attaches the editor's reason to their next save and shows that save's change", async () => {
    await page.goto(briefingEditUrl(documentId));
    await skipGuidedTour(page);
    const panel = page.locator('aside').filter({ has: page.getByRole('heading', { name: 'History' }) });
    await panel.getByText(/^Created by Demo Editor/).waitFor();
    await screenshot(page, 'history-01-created');

    await panel.getByLabel(/^Reason for your next save/).fill('Hospital count revised');
    await panel.getByRole('button', { name: 'Attach to my next save' }).click();
    await panel.getByText('Your next save will carry the reason: Hospital count revised').waitFor();

    await page.getByLabel(/^Summary/).fill('Five shells hit the silos; the fire burned overnight.');
    await page.getByRole('button', { name: /^Save$/ }).click();
    await page.getByText(/Saved document/).waitFor();

    const saved = panel.getByRole('listitem').filter({ hasText: /^Saved by Demo Editor/ });
    await saved.getByText('Reason: Hospital count revised').waitFor();
    await saved.getByText('Three shells hit the silos. → Five shells hit the silos; the fire burned overnight.').waitFor();
    // The reason was used up by that save.
    await panel.getByLabel(/^Reason for your next save/).waitFor();
    await page.getByRole('heading', { name: 'History' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'history-02-saved-with-reason');
  });

  it('adds no serious or critical accessibility violation to the edit view', async () => {
    const article = (await adminApi(`/content-manager/collection-types/${ARTICLE}`)).results[0];
    await page.goto(`${demoUrl()}/admin/content-manager/collection-types/${ARTICLE}/${article.documentId}`);
    await skipGuidedTour(page);
    await page.getByRole('heading', { name: article.title }).waitFor();
    await page.waitForLoadState('networkidle');
    const core = await audit(page);

    await page.goto(briefingEditUrl(documentId));
    await skipGuidedTour(page);
    await page.getByText(/^Saved by Demo Editor/).waitFor();
    await page.waitForLoadState('networkidle');
    // Only what lies inside the History panel (its heading's parent) is this panel's.
    const added = addedTo(core, await audit(page));
    const inside = await page.evaluate((targets) => {
      const heading = [...document.querySelectorAll('aside h2')].find((h) => h.textContent === 'History');
      const container = heading?.parentElement?.parentElement;
      if (!container?.textContent?.includes('Saved by Demo Editor')) return null;
      return targets.map((target) => container.contains(document.querySelector(target)));
    }, added.map((finding) => finding.target));
    expect(inside).not.toBeNull();
    const inPanel = added.filter((_, i) => inside![i]);
    const serious = inPanel.filter(isSeriousOrCritical);
    if (inPanel.length) console.log(`History panel findings:\n${describeFindings(inPanel)}`);
    expect(describeFindings(serious)).toBe('');
  });
});
