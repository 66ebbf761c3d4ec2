import type { Browser, Page } from 'playwright-core';
import { briefingEditUrl, demoFetch, demoUrl, launchBrowser, logIn, screenshot, skipGuidedTour } from './browser';

describe('an editor in the admin', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('logs in as the demo editor', async () => {
    await logIn(page);
    await screenshot(page, '01-logged-in');
  });

  it('finds the seed briefing in the list with its event type, date, country and marking', async () => {
    await page.goto(`${demoUrl()}/admin/content-manager/collection-types/plugin::security-briefings.briefing`);
    await skipGuidedTour(page);
    const row = page.getByRole('row', { name: /Abu Khadija killed in air strike in Anbar/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/Explosions\/Remote violence[\s\S]*IQ[\s\S]*TLP:CLEAR/);
    await screenshot(page, '02-briefings-list');
  });

  it('opens the seed briefing and sees its incident, actors, places and quotes', async () => {
    const { data } = await (await demoFetch('/api/security-briefings/briefings?pageSize=100')).json();
    const seed = data.find((b: { title: string }) => /Abu Khadija killed in air strike in Anbar/.test(b.title));
    await page.goto(briefingEditUrl(seed.documentId));
    await skipGuidedTour(page);
    await page.getByRole('heading', { name: /Abu Khadija killed in air strike in Anbar/ }).waitFor();
    const main = page.locator('main');
    // Collapsed repeatable entries are titled in words: an actor role by its role and actor, a quote by its text.
    await main.getByRole('button', { name: /^Perpetrator: / }).first().click();
    await main.getByText('Iraqi National Intelligence Service').first().waitFor();
    await screenshot(page, '03-seed-briefing');
    const text = await main.innerText();
    for (const expected of ['Incident', 'Anbar', 'Explosions/Remote violence', 'Air/drone strike', 'Announcer: Mohammed Shia al-Sudani', 'Other places mentioned', 'Amman', 'The Iraqis continue their impressive victories']) {
      expect(text).toContain(expected);
    }
    expect(await main.getByLabel('Date as written').inputValue()).toBe('late Thursday, March 13');
  });
});
