import type { Browser, Page } from 'playwright-core';
import { adminApi, demoUrl, launchBrowser, logIn, screenshot, skipGuidedTour } from './browser';

const SEED_TITLE = /Abu Khadija killed in air strike in Anbar/;

/** An incident as the overview API lists it for the map (shared/contracts/overview.ts). */
interface Point {
  documentId: string;
  title: string;
  place: { latitude: number | null; longitude: number | null } | null;
}




const CM = '/content-manager/collection-types/plugin::security-briefings';

/** The incidents as the admin API gives them to the page: what the map ought to draw, found without the page. */
const pointsFromApi = async (): Promise<Point[]> => (await adminApi('/security-briefings/overview?page=1&pageSize=20')).points;

const isLocated = (point: Point) => point.place?.latitude != null && point.place?.longitude != null;

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

  it('draws one point on the map per located briefing; a point opens its briefing', async () => {
    // Besides the seed: a draft in Damascus (a second point) and one with no place (no point).
    const places = await adminApi(`${CM}.place?_q=Damascus`);
    const damascus = places.results.find((place: { name: string }) => place.name === 'Damascus').documentId;
    await adminApi(`${CM}.briefing`, {
      method: 'POST',
      body: { title: 'Map test: clash in Damascus', incident: { eventType: 'battles', subEventType: 'armed-clash', date: '2025-02-01', datePrecision: 'day', place: damascus } },
    });
    await adminApi(`${CM}.briefing`, { method: 'POST', body: { title: 'Map test: nowhere yet' } });

    const located = (await pointsFromApi()).filter(isLocated);
    const seed = located.find((point) => SEED_TITLE.test(point.title));
    // The seed and the Damascus draft have places with coordinates; the third briefing has none.
    expect(seed).toBeDefined();
    expect(located.length).toBeGreaterThanOrEqual(2);
    expect(located.map((point) => point.title)).not.toContain('Map test: nowhere yet');

    await page.goto(`${demoUrl()}/admin/plugins/security-briefings`);
    await skipGuidedTour(page);
    // The map itself: its SVG (role group, labelled with its count) inside the "Map of incidents"
    // section. The table's links to the same briefings are outside it and do not count.
    const map = page.getByRole('region', { name: 'Map of incidents' }).getByRole('group', { name: /on the map\.$/ });
    // The SVG appears once the countries have loaded, with the points in the same render.
    await map.waitFor();
    const points = map.getByRole('link');
    expect(await points.count()).toBe(located.length);
    // Each located briefing has its own point, and no other briefing has one.
    const drawn = await points.evaluateAll((links) => links.map((link) => link.getAttribute('data-document-id')));
    expect(drawn.sort()).toEqual(located.map((point) => point.documentId).sort());
    await screenshot(page, '08-overview');

    await map.getByRole('link', { name: SEED_TITLE }).click();
    await page.waitForURL(new RegExp(`content-manager/collection-types/plugin::security-briefings\\.briefing/${seed!.documentId}(\\?|$)`));
    await page.getByRole('heading', { name: SEED_TITLE }).waitFor();
  });
});
