import type { Browser, Page } from 'playwright-core';
import { addedTo, audit, describeFindings, isSeriousOrCritical, type Finding } from './axe';
import { adminApi, briefingEditUrl, demoUrl, launchBrowser, logIn, screenshot, skipGuidedTour } from './browser';

const ARTICLE = 'api::article.article';
const BRIEFINGS = '/content-manager/collection-types/plugin::security-briefings.briefing';

/** One incident, as two desks filed it: the same shelling of a market, on the same day, in the same place. */
const incident = {
  eventType: 'explosions-remote-violence',
  subEventType: 'shelling-artillery-missile-attack',
  date: '2025-06-07',
  datePrecision: 'day',
};
const KEPT = 'Mortar fire hits Qaraqosh market';
const DUPLICATE = 'Qaraqosh market shelled, traders say';
const SHARED_SOURCE = { kind: 'media', name: 'Nineveh Wire' };
/** What only the duplicate has: the merge must bring it to the briefing kept. */
const ONLY_IN_DUPLICATE = { kind: 'official', name: 'Nineveh Police Command' };

/** Waits for the page's animations (the dialog fading in) to end. */
const animationsDone = (page: Page) =>
  page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));

/**
 * Merging two briefings of one incident (issue 12, item 1), as an editor does it in the duplicate's
 * edit view: find the briefing to keep, say why, read what will happen and confirm; the duplicate's
 * source moves to the briefing kept, and the duplicate's panel then points to it.
 */
describe('the Duplicates panel', () => {
  let browser: Browser;
  let page: Page;
  let kept: string;
  let duplicate: string;

  const panelOf = (p: Page) => p.getByTestId('merge-panel');

  beforeAll(async () => {
    kept = (
      await adminApi(BRIEFINGS, { method: 'POST', body: { title: KEPT, marking: 'clear', incident, sources: [SHARED_SOURCE] } })
    ).data.documentId;
    duplicate = (
      await adminApi(BRIEFINGS, {
        method: 'POST',
        body: { title: DUPLICATE, marking: 'clear', incident, sources: [SHARED_SOURCE, ONLY_IN_DUPLICATE] },
      })
    ).data.documentId;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await logIn(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds the briefing to keep, says plainly what merging does, merges with a reason and points to the briefing kept', async () => {
    await page.goto(briefingEditUrl(duplicate));
    await skipGuidedTour(page);
    const panel = panelOf(page);
    await panel.getByRole('heading', { name: 'Is this briefing a duplicate?' }).waitFor();

    // Both titles hold the word; the briefing being edited is never offered.
    await panel.getByLabel(/^Find another briefing/).fill('Qaraqosh');
    const found = panel.getByRole('list', { name: 'Briefings found' });
    const target = found.getByRole('listitem').filter({ has: page.getByRole('link', { name: KEPT }) });
    await target.waitFor();
    await target.getByText('TLP:CLEAR').waitFor();
    expect(await found.getByRole('link', { name: DUPLICATE }).count()).toBe(0);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'merge-01-found');

    await target.getByRole('button', { name: 'Merge into this briefing…' }).click();
    const dialog = page.getByRole('alertdialog', { name: `Merge into “${KEPT}”?` });
    await dialog
      .getByText(`The actor roles, quotes, sources, places and articles of “${DUPLICATE}” move to “${KEPT}”`, { exact: false })
      .waitFor();
    await dialog.getByText(`“${DUPLICATE}” is unpublished and kept as a record that points to “${KEPT}”.`).waitFor();
    await dialog.getByText(`The public address of “${DUPLICATE}” will redirect to “${KEPT}”.`).waitFor();
    await dialog.getByText(`“${KEPT}” changes as a draft: review it and publish it as any change.`).waitFor();
    await dialog.getByLabel(/^Reason for the merge/).fill('Same shelling, filed twice by the night desk');
    await animationsDone(page);
    await screenshot(page, 'merge-02-confirm');
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();

    // What was done, and the way to the briefing kept.
    const result = panel.getByRole('status').filter({ hasText: `Merged into “${KEPT}”.` });
    await result.waitFor();
    await result.getByText('1 source', { exact: true }).waitFor();
    await result.getByRole('link', { name: `Review and publish “${KEPT}”` }).waitFor();
    const pointer = panel.locator('p').filter({ hasText: /^Merged into .+ on .+\.$/ });
    await pointer.getByRole('link', { name: KEPT }).waitFor();
    expect(await panel.getByRole('heading', { name: 'Is this briefing a duplicate?' }).count()).toBe(0);
    await screenshot(page, 'merge-03-merged');

    // The briefing kept has the duplicate's source, and the source both had only once.
    const keptNow = (await adminApi(`${BRIEFINGS}/${kept}`)).data;
    const sourceNames = keptNow.sources.map((source: { name: string | null }) => source.name);
    expect(sourceNames).toEqual(expect.arrayContaining([SHARED_SOURCE.name, ONLY_IN_DUPLICATE.name]));
    expect(sourceNames.filter((name: string | null) => name === SHARED_SOURCE.name)).toHaveLength(1);
    // The server keeps the pointer, and the briefing kept lists its duplicate.
    expect((await adminApi(`/security-briefings/merge/${duplicate}`)).data.mergedInto).toMatchObject({
      documentId: kept,
      title: KEPT,
    });
    expect((await adminApi(`/security-briefings/merge/${kept}`)).data.duplicates).toEqual([
      expect.objectContaining({ documentId: duplicate, title: DUPLICATE }),
    ]);

    // Read again from the server, the duplicate's panel still points to the briefing kept, and only that.
    await page.reload();
    await skipGuidedTour(page);
    await panelOf(page)
      .locator('p')
      .filter({ hasText: /^Merged into .+ on .+\.$/ })
      .getByRole('link', { name: KEPT })
      .waitFor();
    expect(await panelOf(page).getByRole('button').count()).toBe(0);
  });

  it("shows the server's reason when it refuses: a TLP:AMBER briefing is not merged into a TLP:CLEAR one", async () => {
    const amber = (
      await adminApi(BRIEFINGS, {
        method: 'POST',
        body: { title: 'Qaraqosh market: militia claims the mortar fire', marking: 'amber', incident },
      })
    ).data.documentId;
    await page.goto(briefingEditUrl(amber));
    await skipGuidedTour(page);
    const panel = panelOf(page);
    await panel.getByLabel(/^Find another briefing/).fill('Mortar fire hits');
    const target = panel
      .getByRole('list', { name: 'Briefings found' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: KEPT }) });
    await target.getByRole('button', { name: 'Merge into this briefing…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Merge', exact: true }).click();
    const refusal = panel.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/^Not merged: .*TLP:AMBER.*TLP:CLEAR/);
    await screenshot(page, 'merge-05-refused');
    // Nothing was merged: the briefing still stands on its own.
    expect((await adminApi(`/security-briefings/merge/${amber}`)).data.mergedInto).toBeNull();
    await panel.getByRole('heading', { name: 'Is this briefing a duplicate?' }).waitFor();
  });

  it('adds no serious or critical accessibility violation in the panel or its dialog', async () => {
    const article = (await adminApi(`/content-manager/collection-types/${ARTICLE}`)).results[0];
    await page.goto(`${demoUrl()}/admin/content-manager/collection-types/${ARTICLE}/${article.documentId}`);
    await skipGuidedTour(page);
    await page.getByRole('heading', { name: article.title }).waitFor();
    await page.waitForLoadState('networkidle');
    const core = await audit(page);

    // The briefing kept: the briefing merged into it, the question, the search and what it found (the seed briefing).
    await page.goto(briefingEditUrl(kept));
    await skipGuidedTour(page);
    const panel = panelOf(page);
    await panel.getByRole('heading', { name: 'Merged into this briefing' }).waitFor();
    await panel.getByRole('link', { name: DUPLICATE }).waitFor();
    await panel.getByLabel(/^Find another briefing/).fill('Abu Khadija');
    await panel.getByRole('list', { name: 'Briefings found' }).getByRole('listitem').first().waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'merge-04-kept');

    const inside = async (selector: string, findings: Finding[]) => {
      const within = await page.evaluate(
        ({ selector, targets }) =>
          targets.map((target) => Boolean(document.querySelector(selector)?.contains(document.querySelector(target)))),
        { selector, targets: findings.map((finding) => finding.target) },
      );
      return findings.filter((_, i) => within[i]);
    };
    const inPanel = await inside('[data-testid="merge-panel"]', addedTo(core, await audit(page)));
    if (inPanel.length) console.log(`Duplicates panel findings:\n${describeFindings(inPanel)}`);
    expect(describeFindings(inPanel.filter(isSeriousOrCritical))).toBe('');

    // The confirmation dialog, opened on the briefing found and left without merging.
    await panel
      .getByRole('list', { name: 'Briefings found' })
      .getByRole('button', { name: 'Merge into this briefing…' })
      .first()
      .click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByLabel(/^Reason for the merge/).waitFor();
    // Audited once it has faded in: half-way, every text in it is too faint.
    await animationsDone(page);
    const inDialog = await inside('[role="alertdialog"]', addedTo(core, await audit(page)));
    if (inDialog.length) console.log(`Merge dialog findings:\n${describeFindings(inDialog)}`);
    expect(describeFindings(inDialog.filter(isSeriousOrCritical))).toBe('');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await panel.getByRole('heading', { name: 'Is this briefing a duplicate?' }).count()).toBe(1);
  });
});
