import type { Browser, Page } from 'playwright-core';
import { adminApi, briefingEditUrl, choose, demoUrl, launchBrowser, logIn, screenshot, waitPastGuidedTour } from './browser';

/** The Content Manager shows the plugin's vocabulary fields by the labels editors read, not by the slugs stored. */

const SEED_TITLE = /Abu Khadija killed in air strike in Anbar/;
const CM = `/content-manager/collection-types/plugin::security-briefings`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');


describe('labels in the Content Manager', () => {
  let browser: Browser;
  let page: Page;

  /** The text of each cell of the list row whose first column says `title`. */
  const cellsOf = async (title: RegExp | string) => {
    const exactly = typeof title === 'string' ? new RegExp(`^\\s*${escapeRegExp(title)}\\s*$`) : title;
    const row = page.getByRole('row').filter({ has: page.locator('td', { hasText: exactly }) }).first();
    await waitPastGuidedTour(page, row);
    return (await row.locator('td').allInnerTexts()).map((text) => text.trim());
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await logIn(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the list of briefings shows event types, markings and verification by their labels', async () => {
    const amberTitle = `Labels test: an AMBER clash (${Date.now()})`;
    await adminApi(`${CM}.briefing`, {
      method: 'POST',
      body: { title: amberTitle, marking: 'amber', incident: { eventType: 'battles', subEventType: 'armed-clash', date: '2025-02-01', datePrecision: 'day' } },
    });
    await page.goto(`${demoUrl()}/admin/content-manager/collection-types/plugin::security-briefings.briefing`);

    const seed = await cellsOf(SEED_TITLE);
    expect(seed).toEqual(expect.arrayContaining(['Explosions/Remote violence', 'TLP:CLEAR']));
    expect(seed).not.toEqual(expect.arrayContaining(['explosions-remote-violence']));
    expect(seed).not.toEqual(expect.arrayContaining(['clear']));
    // The derived verification column, where the list shows it.
    const headers = (await page.locator('thead th').allInnerTexts()).map((text) => text.trim().toLowerCase());
    if (headers.includes('verification')) expect(seed).toEqual(expect.arrayContaining([expect.stringMatching(/^(Unconfirmed|Corroborated|Confirmed)$/)]));

    const amber = await cellsOf(amberTitle);
    expect(amber).toEqual(expect.arrayContaining(['Battles', 'TLP:AMBER']));
    await screenshot(page, 'labels-01-briefings-list');
  });

  it("the list's filters offer the markings by their labels, and filter by the one chosen", async () => {
    await page.goto(`${demoUrl()}/admin/content-manager/collection-types/plugin::security-briefings.briefing`);
    await waitPastGuidedTour(page, page.getByRole('button', { name: 'Filters' }));
    await page.getByRole('button', { name: 'Filters' }).click();
    await choose(page, 'Select field', /^Marking$/);
    await choose(page, 'Select filter', /^is$/);
    await page.getByRole('combobox', { name: 'Marking' }).click();
    const offered = (await page.getByRole('option').allInnerTexts()).map((text) => text.trim());
    // After the select's own "Choose here".
    expect(offered.slice(-5)).toEqual(['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED']);
    await page.getByRole('option', { name: 'TLP:AMBER', exact: true }).click();
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.waitForURL(/filters/);
    await waitPastGuidedTour(page, page.getByRole('row').filter({ has: page.locator('td', { hasText: /^\s*Labels test: an AMBER clash/ }) }).first());
    const markings = await page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.textContent ?? ''));
    expect(markings.length).toBeGreaterThan(0);
    for (const row of markings) expect(row).toContain('TLP:AMBER');
    await screenshot(page, 'labels-02-filtered-by-marking');
  });

  it('the lists of actors and places show their kinds by their labels', async () => {
    await page.goto(`${demoUrl()}/admin/content-manager/collection-types/plugin::security-briefings.actor`);
    expect(await cellsOf('Abdallah Maki Mosleh al-Rifai')).toEqual(expect.arrayContaining(['Person']));
    await page.goto(`${demoUrl()}/admin/content-manager/collection-types/plugin::security-briefings.place`);
    expect(await cellsOf('Anbar')).toEqual(expect.arrayContaining(['Province or state']));
    expect(await cellsOf('Baghdad')).toEqual(expect.arrayContaining(['City, town or village']));
  });

  // The Content Manager titles a collapsed entry with the stored value of its title field: for actor
  // roles and sources, a heading in words the server derives on every save (admin/src/labels/index.ts).
  it('a collapsed actor role is titled by its label and its actor, "Perpetrator: …", never by the stored "perpetrator"', async () => {
    const seed = (await adminApi(`${CM}.briefing?_q=Abu%20Khadija`)).results[0];
    await page.goto(briefingEditUrl(seed.documentId));
    const main = page.locator('main');
    // The entries' headers are there, whatever they say.
    await waitPastGuidedTour(page, main.locator('h3').first());
    await screenshot(page, 'labels-03-collapsed-actor-roles');
    expect(await main.getByRole('button', { name: /^Perpetrator: \S/ }).count()).toBeGreaterThan(0);
    expect(await main.getByRole('button', { name: 'perpetrator', exact: true }).count()).toBe(0);
  });
});
