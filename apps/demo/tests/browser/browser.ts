import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { DEMO_ADMIN } from '../demo-app';

export const demoUrl = () => process.env.DEMO_URL!;

const artifacts = path.join(__dirname, '..', '..', 'test-artifacts');

// Nothing that would reach the network; no sandbox (CI runs as root).
const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];
const USUAL_DIRS = ['/usr/bin', '/usr/local/bin', '/snap/bin', '/opt/google/chrome'];
const MAC_APPS = ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];

interface BrowserChoice {
  from: string;
  executablePath: string;
  args: string[];
}

const isExecutable = (file: string) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/** A Chromium or Chrome installed on the machine, looked for on the PATH, then where packages put it. */
function systemBrowser(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), ...USUAL_DIRS];
  const candidates = [...SYSTEM_NAMES.flatMap((name) => dirs.map((dir) => path.join(dir, name))), ...MAC_APPS];
  return candidates.find(isExecutable);
}

/**
 * The Chromium that `npm install` brings (@sparticuz/chromium, a devDependency), so a bare machine
 * needs no apt package. It is unpacked to the temp folder on first use (a few seconds).
 */
async function packagedChromium(): Promise<BrowserChoice> {
  // Its Amazon Linux mode also unpacks the NSS and expat libraries the binary links to and points
  // LD_LIBRARY_PATH at them, and fontconfig at its own fonts: nothing is needed from the system.
  process.env.AWS_LAMBDA_JS_RUNTIME ??= 'nodejs20.x';
  const { default: packaged } = await import('@sparticuz/chromium');
  // The admin needs no WebGL: no software GPU (SwiftShader) flags.
  packaged.setGraphicsMode = false;
  // Its flags for serverless use, minus the two that would weaken the page's security model.
  const args = packaged.args.filter((arg) => arg !== '--disable-web-security' && arg !== '--allow-running-insecure-content');
  return { from: '@sparticuz/chromium', executablePath: await packaged.executablePath(), args: [...args, ...QUIET_ARGS] };
}

/** CHROMIUM_PATH if set, else a system Chromium or Chrome, else the one from npm. */
async function chooseBrowser(): Promise<BrowserChoice> {
  if (process.env.CHROMIUM_PATH) return { from: 'CHROMIUM_PATH', executablePath: process.env.CHROMIUM_PATH, args: QUIET_ARGS };
  const system = systemBrowser();
  if (system) return { from: 'the system', executablePath: system, args: QUIET_ARGS };
  return packagedChromium();
}

/** A headless Chromium, and a line in the test output saying which one. */
export async function launchBrowser(): Promise<Browser> {
  const choice = await chooseBrowser();
  const browser = await chromium.launch({ executablePath: choice.executablePath, args: choice.args, headless: true });
  console.log(`Browser tests use ${choice.from}: ${choice.executablePath} (version ${browser.version()})`);
  return browser;
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

/**
 * Waits for `target`, closing the guided tour if it opens first: the Content Manager's list opens it a
 * moment after the page, and while it shows, the page behind it is hidden from getByRole.
 */
export async function waitPastGuidedTour(page: Page, target: Locator) {
  const skip = page.getByRole('button', { name: /^skip/i });
  await target.or(skip).first().waitFor();
  // It may still be about to open when the page shows.
  if (!(await skip.isVisible().catch(() => false))) await skip.waitFor({ timeout: 1000 }).catch(() => undefined);
  if (await skip.isVisible().catch(() => false)) await skip.click();
  await target.waitFor();
}

/**
 * fetch on the demo, sent again once if the connection was reset. fetch reuses an idle keep-alive
 * connection; when this process's event loop was busy past the server's 5 s keep-alive (a test file
 * compiling, Chromium unpacking), the server has closed it before the request reaches it.
 */
export async function demoFetch(urlPath: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(`${demoUrl()}${urlPath}`, init);
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error;
    return fetch(`${demoUrl()}${urlPath}`, init);
  }
}

let demoEditorToken: Promise<string> | undefined;

/** The demo editor's admin API token, logged in once per test file (admin logins are rate-limited); a failed login is not kept. */
export function demoEditorApiToken(): Promise<string> {
  demoEditorToken ??= demoFetch('/admin/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(DEMO_ADMIN) })
    .then((res) => res.json())
    .then(({ data }) => data.token ?? data.accessToken)
    .catch((error) => {
      demoEditorToken = undefined;
      throw error;
    });
  return demoEditorToken;
}

/**
 * The admin API as the admin panel calls it: as the demo editor, or with `token` (another editor's),
 * or with none (`token: null`, as the registration page calls it). Throws on an error answer.
 */
export async function adminApi(apiPath: string, init: { method?: string; body?: unknown; token?: string | null } = {}): Promise<any> {
  const token = init.token === undefined ? await demoEditorApiToken() : init.token;
  const res = await demoFetch(apiPath, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${apiPath}: ${res.status} ${await res.text()}`);
  return res.json();
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
