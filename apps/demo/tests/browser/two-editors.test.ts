import type { Browser, Page } from 'playwright-core';
import { DEMO_ADMIN } from '../demo-app';
import { adminApi, briefingEditUrl, demoEditorApiToken, demoUrl, launchBrowser, screenshot, skipGuidedTour } from './browser';

const SECOND_EDITOR = { firstname: 'Omar', lastname: 'Haddad', email: `omar.haddad.${Date.now()}@newsroom.example`, password: 'Desk-editor-1' };


async function logInAs(page: Page, email: string, password: string) {
  await page.goto(`${demoUrl()}/admin/auth/login`);
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/^password/i).fill(password);
  await page.getByRole('button', { name: /login/i }).click();
  await page.waitForURL(/\/admin(\/)?$/);
  await skipGuidedTour(page);
}

/** Two editors, two browser sessions, one briefing: the second sees the first; a stale save is refused and nothing is lost. */
describe('two editors on one briefing', () => {
  // One browser each: two sessions, as two editors at two desks.
  let browsers: Browser[] = [];
  let demoEditor: Page;
  let omar: Page;
  let documentId: string;
  let token: string;

  beforeAll(async () => {
    token = await demoEditorApiToken();
    // A second editor, invited and registered as the Users page and the invitation link do it.
    const roles = (await adminApi('/admin/roles', { token })).data as { id: number; code: string }[];
    const editorRole = roles.find((role) => role.code === 'strapi-super-admin')!;
    const invited = (await adminApi('/admin/users', { method: 'POST', token, body: { firstname: SECOND_EDITOR.firstname, lastname: SECOND_EDITOR.lastname, email: SECOND_EDITOR.email, roles: [editorRole.id] } })).data;
    await adminApi('/admin/register', {
      method: 'POST',
      token: null,
      body: { registrationToken: invited.registrationToken, userInfo: { firstname: SECOND_EDITOR.firstname, lastname: SECOND_EDITOR.lastname, password: SECOND_EDITOR.password } },
    });
    const created = await adminApi('/content-manager/collection-types/plugin::security-briefings.briefing', {
      method: 'POST',
      token,
      body: { title: 'Market bombed in the old city', summary: 'A market was hit.', marking: 'clear' },
    });
    documentId = created.data.documentId;

    browsers = [await launchBrowser(), await launchBrowser()];
    [demoEditor, omar] = await Promise.all(browsers.map((browser) => browser.newPage({ viewport: { width: 1440, height: 1000 } })));
    await logInAs(demoEditor, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await logInAs(omar, SECOND_EDITOR.email, SECOND_EDITOR.password);
  });
  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
  });

  it('shows the second editor that the first has the briefing open', async () => {
    await demoEditor.goto(briefingEditUrl(documentId));
    await skipGuidedTour(demoEditor);
    await demoEditor.getByLabel(/^Summary/).waitFor();
    await omar.goto(briefingEditUrl(documentId));
    await skipGuidedTour(omar);
    await omar.getByText(/^Demo Editor has this open \(since \d\d:\d\d/).waitFor();
    await screenshot(omar, 'two-editors-01-second-sees-first');
  });

  it('refuses the second editor’s stale save, naming the field and the editor, and keeps both edits', async () => {
    // Omar starts editing the title from the version he loaded.
    await omar.getByLabel(/^Title/).fill('Market bombed in the old city of Aleppo');

    // Meanwhile the demo editor changes the summary and saves.
    await demoEditor.getByLabel(/^Summary/).fill('Two shells hit the covered market at noon.');
    await demoEditor.getByRole('button', { name: /^Save$/ }).click();
    await demoEditor.getByText(/Saved document/).waitFor();

    // Omar saves: refused, the notification says what changed and who changed it.
    await omar.getByRole('button', { name: /^Save$/ }).click();
    await omar.getByText(/This briefing was changed since you loaded it: Demo Editor changed Summary at/).first().waitFor();
    await screenshot(omar, 'two-editors-02-stale-save-refused');

    // His form now has the other editor's summary, and his title is kept on top.
    await omar.getByText(/with your unsaved changes to title kept on top/).waitFor();
    // The Content Manager may reload the record more than once; the edits are put back each time.
    await omar.waitForTimeout(1500);
    await expect(omar.getByLabel(/^Summary/).inputValue()).resolves.toBe('Two shells hit the covered market at noon.');
    await expect(omar.getByLabel(/^Title/).inputValue()).resolves.toBe('Market bombed in the old city of Aleppo');
    await screenshot(omar, 'two-editors-03-both-edits-in-form');

    // He saves again: accepted, and the draft has both edits.
    await omar.getByRole('button', { name: /^Save$/ }).click();
    await omar.getByText(/Saved document/).waitFor();
    const draft = (await adminApi(`/content-manager/collection-types/plugin::security-briefings.briefing/${documentId}`, { token })).data;
    expect([draft.title, draft.summary]).toEqual(['Market bombed in the old city of Aleppo', 'Two shells hit the covered market at noon.']);
  });
});
