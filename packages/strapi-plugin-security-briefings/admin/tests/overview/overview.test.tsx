/**
 * The overview page's body with Strapi's fetch client mocked (nothing else is): the requests it
 * makes for the filters in the address, and what it shows of the answer in the filters, the
 * table, the map with its legend and the timeline.
 */
import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { Overview } from '../../src/overview/Overview';
import { EVENT_TYPE_COLOURS } from '../../src/overview/eventTypeColours';
import { renderInAdmin } from '../render';
import { briefings, overviewResponse } from './fixtures';

// Typing into the design system's pickers is slow on a busy two-core machine.
jest.setTimeout(30000);

const mockGet = jest.fn();
// Only the fetch client is replaced; the rest of `@strapi/strapi/admin` is the real module.
jest.mock('@strapi/strapi/admin', () => ({
  ...jest.requireActual('@strapi/strapi/admin'),
  useFetchClient: () => ({ get: mockGet }),
}));

const Address = () => <output data-testid="address">{useLocation().search}</output>;
const address = () => new URLSearchParams(screen.getByTestId('address').textContent ?? '');
/** The query string of the last request. */
const lastParams = () => new URLSearchParams(mockGet.mock.calls.at(-1)![1].params);

function renderOverview(route = '/plugins/security-briefings', locale = 'en') {
  return renderInAdmin(
    <>
      <Overview />
      <Address />
    </>,
    { route, locale },
  );
}

beforeEach(() => {
  mockGet.mockReset();
  mockGet.mockResolvedValue({ data: overviewResponse() });
});

describe('the overview asks the admin API', () => {
  it('for the first page of every briefing when no filter is set', async () => {
    renderOverview();
    await screen.findByText('Clash reported near Gao');
    expect(mockGet).toHaveBeenCalledTimes(1);
    expect(mockGet.mock.calls[0][0]).toBe('/security-briefings/overview');
    expect(mockGet.mock.calls[0][1].params).toBe('page=1&pageSize=20');
    expect(mockGet.mock.calls[0][1].signal).toBeInstanceOf(AbortSignal);
  });

  it('with the filters found in the address, dropping those the server would refuse', async () => {
    renderOverview('/plugins/security-briefings?country=ML&status=draft&eventType=earthquake&marking=amber%2Bstrict&from=2025-01-01&page=2');
    await screen.findByText('Clash reported near Gao');
    expect(Object.fromEntries(lastParams())).toEqual({
      country: 'ML',
      status: 'draft',
      marking: 'amber+strict',
      from: '2025-01-01',
      page: '2',
      pageSize: '20',
    });
    // Encoded for the wire: the fetch client sends parameters as given, and "+" would read as a space.
    expect(mockGet.mock.calls.at(-1)![1].params).toContain('marking=amber%2Bstrict');
  });

  it('again when a filter is chosen, back on the first page, and keeps the choice in the address', async () => {
    renderOverview('/plugins/security-briefings?page=3');
    await screen.findByText('Clash reported near Gao');
    const user = userEvent.setup();

    await user.click(screen.getByRole('combobox', { name: 'Event type' }));
    await user.click(screen.getByRole('option', { name: 'Battles' }));

    await waitFor(() => expect(lastParams().get('eventType')).toBe('battles'));
    expect(lastParams().get('page')).toBe('1');
    expect(address().get('eventType')).toBe('battles');
    expect(address().get('page')).toBeNull();

    await user.click(screen.getByRole('combobox', { name: 'TLP marking' }));
    await user.click(screen.getByRole('option', { name: 'TLP:AMBER+STRICT' }));
    await waitFor(() => expect(lastParams().get('marking')).toBe('amber+strict'));
    expect(address().get('marking')).toBe('amber+strict');

    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(lastParams().get('eventType')).toBeNull());
    expect(lastParams().get('marking')).toBeNull();
    expect(address().toString()).toBe('pageSize=20');
  });

  it('offers the countries the server lists, by name, the statuses, and a date range', async () => {
    renderOverview();
    await screen.findByText('Clash reported near Gao');
    const user = userEvent.setup();

    await user.click(screen.getByRole('combobox', { name: 'Country' }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Iraq', 'Mali', 'Syria']);
    await user.click(screen.getByRole('option', { name: 'Mali' }));
    await waitFor(() => expect(lastParams().get('country')).toBe('ML'));

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Draft', 'Published', 'Modified']);
    await user.keyboard('{Escape}');

    await user.type(screen.getByRole('combobox', { name: 'Incidents from' }), '01/15/2025');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(lastParams().get('from')).toBe('2025-01-15'));
    expect(address().get('from')).toBe('2025-01-15');
  });

  it('shows the server’s sentence when it refuses the request', async () => {
    mockGet.mockRejectedValue({ response: { data: { data: null, error: { status: 400, name: 'ValidationError', message: 'country: “XQ” is not an ISO 3166-1 alpha-2 country code (such as IQ or SY).' } } } });
    renderOverview();
    expect(await screen.findByText('The briefings could not be loaded.')).toBeTruthy();
    expect(screen.getByText(/“XQ” is not an ISO 3166-1 alpha-2 country code/)).toBeTruthy();
  });
});

describe('the table', () => {
  it('lists each briefing with a link to its edit view, status, marking, verification, event type, date, place and deaths', async () => {
    renderOverview();
    const table = await screen.findByRole('grid');
    const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);
    const [header, ...rows] = within(table).getAllByRole('row');
    expect(cells(header!)).toEqual([
      'Title',
      'Status',
      'Marking',
      'Verification',
      'Event type',
      'Incident date',
      'Place',
      'Deaths',
    ]);
    expect(rows).toHaveLength(briefings.length);

    const [clash, strike, raid, rumour] = rows.map(cells);
    expect(clash).toEqual(['Clash reported near Gao', 'Draft', 'TLP:AMBER+STRICT', 'Unconfirmed', 'BattlesArmed clash', 'Apr 2, 2025', 'GaoMali', '3–9']);
    expect(strike).toEqual([
      'Islamic State deputy leader Abu Khadija killed in air strike in Anbar',
      'Published',
      'TLP:CLEAR',
      'Confirmed',
      'Explosions/Remote violenceAir/drone strike',
      'Mar 13, 2025',
      'AnbarIraq',
      '1',
    ]);
    // A month-precise date is written as a month, with its precision for screen readers.
    expect(raid).toEqual(['Raid on a Damascus suburb', 'Modified', 'TLP:RED', 'Corroborated', 'Violence against civiliansAttack', 'December 2024Month', 'DamascusSyria', '–']);
    expect(rumour).toEqual(['Rumour still being checked', 'Draft', 'None', '–', 'No event type', 'Date unknown', '–', '–']);

    const link = within(rows[0]!).getByRole('link', { name: 'Clash reported near Gao' });
    expect(link.getAttribute('href')).toBe('/content-manager/collection-types/plugin::security-briefings.briefing/clash-gao');
    expect(screen.getByRole('heading', { name: '4 briefings' })).toBeTruthy();
  });

  it('pages through the briefings with links that keep the filters', async () => {
    mockGet.mockResolvedValue({ data: overviewResponse({ page: 2, pageSize: 1, pageCount: 4, total: 4 }, briefings.slice(1, 2)) });
    renderOverview('/plugins/security-briefings?eventType=battles&page=2&pageSize=10');
    await screen.findByText('Islamic State deputy leader Abu Khadija killed in air strike in Anbar');
    const next = screen.getByRole('link', { name: 'Next page' });
    expect(new URLSearchParams(next.getAttribute('href')!.split('?')[1]).get('page')).toBe('3');
    expect(new URLSearchParams(next.getAttribute('href')!.split('?')[1]).get('eventType')).toBe('battles');
    expect(screen.getByRole('link', { name: 'Page 4' })).toBeTruthy();

    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'Page 4' }));
    await waitFor(() => expect(lastParams().get('page')).toBe('4'));
    expect(lastParams().get('eventType')).toBe('battles');
  });

  it('says so when nothing matches', async () => {
    mockGet.mockResolvedValue({ data: { ...overviewResponse({ total: 0, pageCount: 0 }, []), points: [] } });
    renderOverview('/plugins/security-briefings?country=SY&status=published');
    expect(await screen.findByText('No briefing matches these filters.')).toBeTruthy();
    expect(screen.getByText('No dated incident to show on the timeline.')).toBeTruthy();
  });
});

describe('the map and its legend', () => {
  it('draws the world offline and one point per located incident, coloured by event type, each opening its briefing', async () => {
    const { container } = renderOverview();
    const map = await screen.findByRole('group', { name: '3 incidents on the map.' }, { timeout: 5000 });
    // Natural Earth's 177 countries at 1:110m, from the world-atlas package.
    expect(map.querySelectorAll('path').length).toBeGreaterThan(170);

    const links = within(map).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/content-manager/collection-types/plugin::security-briefings.briefing/clash-gao',
      '/content-manager/collection-types/plugin::security-briefings.briefing/strike-anbar',
      '/content-manager/collection-types/plugin::security-briefings.briefing/raid-damascus',
    ]);
    expect(links.map((a) => a.querySelector('circle')!.getAttribute('fill'))).toEqual([
      EVENT_TYPE_COLOURS.battles,
      EVENT_TYPE_COLOURS['explosions-remote-violence'],
      EVENT_TYPE_COLOURS['violence-against-civilians'],
    ]);
    expect(links[0]!.getAttribute('aria-label')).toBe('Clash reported near Gao · Gao · Battles · 2025-04-02');
    expect(screen.getByText('1 briefing has no place with coordinates and is not on the map.')).toBeTruthy();
    expect(container.querySelector('[role="img"]')).not.toBeNull();
  });

  it('has a legend naming every ACLED event type with its colour and count', async () => {
    renderOverview();
    const legend = await screen.findByRole('figure', { name: 'Event types (ACLED)' });
    const items = within(legend).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Battles1',
      'Explosions/Remote violence1',
      'Violence against civilians1',
      'Protests0',
      'Riots0',
      'Strategic developments0',
      'No event type1',
    ]);
    expect(items[0]!.querySelector('circle')!.getAttribute('fill')).toBe(EVENT_TYPE_COLOURS.battles);
  });

  it('speaks French with a French editor', async () => {
    renderOverview('/plugins/security-briefings', 'fr');
    const legend = await screen.findByRole('figure', { name: 'Types d’événement (ACLED)' });
    expect(within(legend).getAllByRole('listitem')[0]!.textContent).toBe('Combats1');
    expect(screen.getByRole('combobox', { name: 'Type d’événement' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '4 fiches' })).toBeTruthy();
    expect(await screen.findByText('1 fiche n’a pas de lieu avec coordonnées et n’est pas sur la carte.', {}, { timeout: 5000 })).toBeTruthy();
  });
});
