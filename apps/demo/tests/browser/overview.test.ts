import type { Browser, Page } from 'playwright-core';
import { demoUrl, launchBrowser, logIn, screenshot, skipGuidedTour } from './browser';

describe('the briefings overview page', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
    await logIn(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the briefings and draws them on the offline map; a point opens its briefing', async () => {
    await page.goto(`${demoUrl()}/admin/plugins/security-briefings`);
    await skipGuidedTour(page);
    const main = page.locator('main');
    await main.getByText(/Abu Khadija killed in air strike in Anbar/).first().waitFor();
    const map = main.locator('svg').filter({ has: page.locator('path') }).first();
    await map.waitFor();
    await screenshot(page, '08-overview');
    const points = main.getByRole('link', { name: /Abu Khadija killed in air strike in Anbar/ });
    expect(await points.count()).toBeGreaterThan(0);
    await points.last().click();
    await page.waitForURL(/content-manager\/collection-types\/plugin::security-briefings\.briefing\/\w+/);
  });
});
