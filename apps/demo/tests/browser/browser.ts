import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_ADMIN } from '../demo-app';

export const demoUrl = () => process.env.DEMO_URL!;

const artifacts = path.join(__dirname, '..', '..', 'test-artifacts');

/** Debian's Chromium, headless, with nothing that would reach the network. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

/** Closes the admin's guided tour if it shows (it does even with tutorials off). */
export async function skipGuidedTour(page: Page) {
  const skip = page.getByRole('button', { name: /^skip/i });
  if (await skip.isVisible().catch(() => false)) await skip.click();
}

export async function logIn(page: Page) {
  await page.goto(`${demoUrl()}/admin/auth/login`);
  await page.getByLabel(/email/i).fill(DEMO_ADMIN.email);
  await page.getByLabel(/^password/i).fill(DEMO_ADMIN.password);
  await page.getByRole('button', { name: /login/i }).click();
  await page.waitForURL(/\/admin(\/)?$/);
  await skipGuidedTour(page);
}

export const briefingEditUrl = (documentId: string) =>
  `${demoUrl()}/admin/content-manager/collection-types/plugin::security-briefings.briefing/${documentId}`;

/** Opens a new entry of a repeatable component from its empty state ("No entry yet"), found by its label. */
export async function addFirstEntry(page: Page, label: RegExp) {
  await page.locator('label', { hasText: label }).locator('xpath=../../following-sibling::button[1]').click();
}

export async function choose(page: Page, combobox: RegExp | string, option: RegExp) {
  await page.getByRole('combobox', { name: combobox }).first().click();
  await page.getByRole('option', { name: option }).first().click();
}
