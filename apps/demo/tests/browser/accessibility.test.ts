import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { TLP_MARKINGS } from '@security-briefings/entities';
import { addedTo, audit, describeFindings, isSeriousOrCritical, type Finding } from './axe';
import { adminApi, briefingEditUrl, demoUrl, launchBrowser, logIn, screenshot, waitPastGuidedTour } from './browser';

/**
 * axe-core on every screen the plugin adds or changes, against the same audit of a Strapi screen of
 * the same kind (the demo's article edit view and article list): a serious or critical finding the
 * Strapi screen does not have is the plugin's, and fails the test.
 */

const SEED_TITLE = /Abu Khadija killed in air strike in Anbar/;
const ARTICLE = 'api::article.article';
const testArticle = fs.readFileSync(path.join(__dirname, 'fixtures', 'mopti-attack.txt'), 'utf8');


const BRIEFINGS = '/content-manager/collection-types/plugin::security-briefings.briefing';

/** One draft briefing of every marking, and one with none, so that the overview and the list show each marking's badge or label. */
let everyMarking: Promise<unknown> | undefined;
const briefingsOfEveryMarking = () =>
  (everyMarking ??= Promise.all(
    [...TLP_MARKINGS.values, null].map((marking) =>
      adminApi(BRIEFINGS, { method: 'POST', body: { title: `Accessibility test: ${marking ?? 'no'} marking`, marking, incident: { eventType: 'protests', subEventType: 'peaceful-protest', date: '2025-04-01', datePrecision: 'day' } } }),
    ),
  ));

const firstDocument = async (uid: string, query = '') => (await adminApi(`/content-manager/collection-types/${uid}${query}`)).results[0];

/**
 * Strapi titles each collapsed entry of a repeatable component with the stored value of the
 * component's title field (its mainField) and nothing else: an entry whose title field is empty is a
 * button with no name. Actor roles and sources are titled by a heading the server derives on every
 * save ("Anonymous: security officials (Official)" for the seed's anonymous source, which has no
 * outlet name); a new entry shows the field's default until then. The last test keeps this in view.
 */
const isUntitledEntry = (finding: Finding) => finding.rule === 'button-name' && /aria-expanded="(true|false)".*data-radix-collection-item/.test(finding.element);

/** Fails with the findings listed, and logs what the screen adds that is only minor or moderate. */
function expectNothingSeriousAdded(screenName: string, core: Finding[], screen: Finding[], { known = (_: Finding): boolean => false } = {}) {
  const added = addedTo(core, screen);
  const milder = added.filter((finding) => !isSeriousOrCritical(finding) || known(finding));
  if (milder.length) console.log(`${screenName}: minor, moderate or known findings beyond Strapi's own screen:\n${describeFindings(milder)}`);
  const ours = added.filter((finding) => isSeriousOrCritical(finding) && !known(finding));
  if (ours.length) throw new Error(`${screenName} adds ${ours.length} serious or critical accessibility violation(s):\n${describeFindings(ours)}`);
}

describe('accessibility of the plugin screens (axe-core)', () => {
  let browser: Browser;
  let page: Page;
  let articleEdit: Finding[];
  let articleList: Finding[];

  /** Opens a screen and waits for what shows it is ready. */
  const open = async (url: string, ready: Locator) => {
    await page.goto(url);
    await waitPastGuidedTour(page, ready);
    // Let late renders (relations, side panels' requests) settle before the audit.
    await page.waitForLoadState('networkidle');
  };

  const seedEditUrl = async () => briefingEditUrl((await firstDocument('plugin::security-briefings.briefing', '?_q=Abu%20Khadija')).documentId);

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await logIn(page);
    // Strapi's own screens of the same kinds, audited once.
    const article = await firstDocument(ARTICLE);
    await open(`${demoUrl()}/admin/content-manager/collection-types/${ARTICLE}/${article.documentId}`, page.getByRole('heading', { name: article.title }));
    articleEdit = await audit(page);
    await open(`${demoUrl()}/admin/content-manager/collection-types/${ARTICLE}`, page.getByRole('row', { name: article.title }));
    articleList = await audit(page);
    console.log(`axe on Strapi's article edit view: ${articleEdit.length} finding(s); on its article list: ${articleList.length}`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the seed briefing's edit view, side panels and an open actor role add no serious or critical violation", async () => {
    await open(await seedEditUrl(), page.getByRole('heading', { name: 'Before publishing' }));
    await page.getByRole('heading', { name: SEED_TITLE }).waitFor();
    const panels = await page.locator('aside h2').allInnerTexts();
    console.log(`seed briefing edit view: side panels audited: ${panels.join(', ')}`);
    // An open entry shows the plugin's pickers inside a repeatable component too.
    await page.locator('main').getByRole('button', { name: /^Perpetrator: / }).first().click();
    // Left, and only logged (moderate): heading-order, the entries' headers are Strapi's h3 under the page's h1.
    await page.getByRole('combobox', { name: /^Role/ }).first().waitFor();
    await screenshot(page, 'a11y-01-seed-briefing');
    expectNothingSeriousAdded('the seed briefing edit view', articleEdit, await audit(page));
  });

  it("the draft panel's suggestions add no serious or critical violation", async () => {
    await open(await seedEditUrl(), page.getByLabel('Article text'));
    await page.getByLabel('Article text').fill(testArticle);
    await page.getByLabel('Published on (YYYY-MM-DD)').fill('2025-05-05');
    await page.getByRole('button', { name: 'Suggest from this text' }).click();
    await page.getByRole('button', { name: 'Fill the form with the chosen suggestions' }).waitFor();
    await screenshot(page, 'a11y-02-draft-suggestions');
    expectNothingSeriousAdded('the draft panel with suggestions', articleEdit, await audit(page));
  });

  it('the overview page, with a briefing of every marking, adds no serious or critical violation to the article list', async () => {
    await briefingsOfEveryMarking();
    await open(`${demoUrl()}/admin/plugins/security-briefings`, page.getByRole('region', { name: 'Map of incidents' }).getByRole('group'));
    await page.getByRole('link', { name: SEED_TITLE }).first().waitFor();
    await screenshot(page, 'a11y-03-overview');
    expectNothingSeriousAdded('the overview page', articleList, await audit(page));
  });

  it('the Content Manager list of briefings (labelled columns) adds no serious or critical violation to the article list', async () => {
    await briefingsOfEveryMarking();
    await open(`${demoUrl()}/admin/content-manager/collection-types/plugin::security-briefings.briefing`, page.getByRole('row', { name: SEED_TITLE }));
    await screenshot(page, 'a11y-04-briefings-list');
    expectNothingSeriousAdded('the list of briefings', articleList, await audit(page));
  });

  it('every collapsed entry of the seed briefing has an accessible name (the anonymous source too)', async () => {
    await open(await seedEditUrl(), page.getByRole('heading', { name: 'Before publishing' }));
    expect((await audit(page)).filter(isUntitledEntry)).toEqual([]);
  });
});
