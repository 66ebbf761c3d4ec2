import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { choose, demoFetch, demoUrl, launchBrowser, logIn, screenshot, skipGuidedTour } from './browser';

const seedArticle = fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', '..', 'shared', 'fixtures', 'seed-article.txt'), 'utf8');
const testArticle = fs.readFileSync(path.join(__dirname, 'fixtures', 'mopti-attack.txt'), 'utf8');
const newBriefingUrl = () => `${demoUrl()}/admin/content-manager/collection-types/plugin::security-briefings.briefing/create`;

/** Pastes an article into the draft panel and asks for suggestions; returns how long they took to appear. */
async function suggest(page: Page, text: string, publishedAt: string): Promise<number> {
  await page.getByLabel('Article text').fill(text);
  await page.getByLabel('Published on (YYYY-MM-DD)').fill(publishedAt);
  const started = Date.now();
  await page.getByRole('button', { name: 'Suggest from this text' }).click();
  await page.getByRole('button', { name: 'Fill the form with the chosen suggestions' }).waitFor();
  return Date.now() - started;
}

const checklist = (page: Page) => page.getByText(/Ready to publish: everything the checklist asks for is there/);

describe('drafting a briefing from an article in the admin', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await logIn(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('turns the seed article into a briefing that passes the checklist with few fields typed by hand', async () => {
    let byHand = 0;
    const hand = async (step: () => Promise<unknown>) => {
      byHand += 1;
      await step();
    };
    await page.goto(newBriefingUrl());
    await skipGuidedTour(page);
    const ms = await suggest(page, seedArticle, '2025-03-15');
    console.log(`draft panel: suggestions for the seed article (${seedArticle.split(/\s+/).length} words) appeared ${ms} ms after the click`);
    await page.getByText('People and organisations').first().scrollIntoViewIfNeeded();
    await screenshot(page, '04-draft-suggestions');

    // A quote whose speaker the article does not name would fail the checklist: leave it out.
    const unattributed = page.getByRole('checkbox', { name: /speaker unknown/ });
    for (let i = await unattributed.count(); i > 0; i--) await hand(() => unattributed.nth(i - 1).click());
    await page.getByRole('button', { name: 'Fill the form with the chosen suggestions' }).click();
    await page.getByText('Form filled').waitFor();

    await hand(() => page.getByLabel(/^Title/).fill('Islamic State deputy leader killed in Anbar air strike'));
    await hand(() => choose(page, 'TLP marking', /^TLP:CLEAR/));
    // The sources came with the suggestions (the prime minister, the ministers, the anonymous security officials): none typed.
    await checklist(page).waitFor();
    await checklist(page).scrollIntoViewIfNeeded();
    await screenshot(page, '05-checklist-complete');
    console.log(`draft panel: the seed article passed the checklist with ${byHand} fields typed or changed by hand`);
    expect(byHand).toBeLessThanOrEqual(3);

    await page.getByRole('button', { name: /^Save$/ }).click();
    await page.getByText(/Saved document/).waitFor();
  });

  it('drafts, fixes, publishes and serves a briefing from an article written for the test', async () => {
    await page.goto(newBriefingUrl());
    await skipGuidedTour(page);
    const ms = await suggest(page, testArticle, '2025-05-05');
    console.log(`draft panel: suggestions for the test article appeared ${ms} ms after the click`);
    // Sources suggested as the editor sees them: anonymous with their descriptor, named with their kind.
    await page.getByRole('checkbox', { name: 'Anonymous: local officials (Official)' }).waitFor();
    await page.getByRole('checkbox', { name: 'Anonymous: residents (Witness)' }).click();
    await page.getByRole('button', { name: 'Fill the form with the chosen suggestions' }).click();
    await page.getByText('Form filled').waitFor();

    await page.getByLabel(/^Title/).fill('Gunmen kill at least 12 villagers near Mopti');
    await choose(page, 'TLP marking', /^TLP:CLEAR/);
    // Fix one field the extractor could not know: the number of dead is a floor, say so.
    await page.getByLabel('Deaths as written').fill('at least twelve');
    await checklist(page).waitFor();

    await page.getByRole('button', { name: /^Save$/ }).click();
    await page.getByText(/Saved document/).waitFor();
    await page.getByRole('button', { name: /^Publish$/ }).click();
    await page.getByText(/Published document/).waitFor();
    await screenshot(page, '06-published');

    const res = await demoFetch('/api/security-briefings/briefings?country=ML');
    const { data } = await res.json();
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({
      title: 'Gunmen kill at least 12 villagers near Mopti',
      marking: 'clear',
      incident: { date: '2025-05-03', datePrecision: 'day', fatalitiesMin: 12, fatalitiesAsWritten: 'at least twelve', place: { name: 'Mopti', countryCode: 'ML' } },
    });
    expect(data[0].quotes[0]).toMatchObject({ speaker: { name: 'Amadou Guindo' } });
    // The sources kept from the suggestions (the residents were left out); the public sees an anonymous source's kind only.
    expect(JSON.stringify(data[0].sources)).not.toContain('local officials');
    expect(data[0].sources).toEqual([
      expect.objectContaining({ kind: 'official', anonymous: true }),
      expect.objectContaining({ kind: 'official', name: 'Amadou Guindo', anonymous: false }),
      expect.objectContaining({ kind: 'official', name: 'Malian army', anonymous: false }),
    ]);
  });

  it('refuses to publish an incomplete briefing and says what is missing', async () => {
    await page.goto(newBriefingUrl());
    await skipGuidedTour(page);
    await page.getByLabel(/^Title/).fill('Unfinished briefing');
    await page.getByRole('button', { name: /^Save$/ }).click();
    await page.getByText(/Saved document/).waitFor();
    await page.getByRole('button', { name: /^Publish$/ }).click();
    // The server's refusal names what is missing, in the checklist's words.
    await page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: /TLP marking/ }).first().waitFor();
    await screenshot(page, '07-publish-refused');
    const { data } = await (await demoFetch('/api/security-briefings/briefings?pageSize=100')).json();
    expect(data.map((b: { title: string }) => b.title)).not.toContain('Unfinished briefing');
    expect(await page.getByText(/Published document/).count()).toBe(0);
  });
});
