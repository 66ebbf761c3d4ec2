/**
 * What the editor is told when a request fails: the one helper, and the export download, whose
 * refusals the fetch client would otherwise reduce to "Server Error".
 */
import * as React from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FetchError, NotificationsProvider, type ErrorResponse } from '@strapi/strapi/admin';
import { ExportButtons } from '../src/exports/ExportsPanel';
import { errorMessage, serverMessage } from '../src/utils/errors';
import { renderInAdmin } from './render';

const get = jest.fn();
jest.mock('@strapi/strapi/admin', () => ({
  ...jest.requireActual('@strapi/strapi/admin'),
  useFetchClient: () => ({ get }),
}));

// Browsers read a Blob with text(); jsdom's Blob has only FileReader.
Blob.prototype.text ??= function text(this: Blob) {
  return new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(this);
  });
};

/** Strapi's answer to a refused request (its error types are a union the test need not spell out). */
const refused = (status: number, name: string, message: string) => ({ data: null, error: { status, name, message, details: {} } }) as ErrorResponse['data'];

describe('errorMessage', () => {
  it('gives the server’s sentence, which names the field of a ValidationError', () => {
    const error = new FetchError('country: “XQ” is not a country code.', { data: refused(400, 'ValidationError', 'country: “XQ” is not a country code.') });
    expect(errorMessage(error)).toBe('country: “XQ” is not a country code.');
    expect(errorMessage({ response: { data: refused(403, 'ForbiddenError', 'You may not read this briefing.') } })).toBe('You may not read this briefing.');
  });

  it('else the error’s own message, or the thing thrown', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
    expect(errorMessage(new FetchError('Server Error'))).toBe('Server Error');
    expect(errorMessage('offline')).toBe('offline');
    expect(errorMessage({ response: { data: { error: { message: '' } } } })).toBe('[object Object]');
  });

  it('serverMessage is only the server’s sentence, for callers with a sentence of their own otherwise', () => {
    expect(serverMessage({ response: { data: refused(400, 'ValidationError', 'to: Give a date.') } })).toBe('to: Give a date.');
    expect(serverMessage(new TypeError('Failed to fetch'))).toBeUndefined();
    expect(serverMessage(null)).toBeUndefined();
  });
});

describe('the export buttons', () => {
  beforeEach(() => {
    get.mockReset();
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
  });

  const renderButtons = () =>
    renderInAdmin(
      <NotificationsProvider>
        <ExportButtons documentId="briefing-1" status="published" marking="green" name="clash-near-gao" />
      </NotificationsProvider>,
    );

  it('download the export of the version shown', async () => {
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    get.mockResolvedValue({ data: new Blob(['{}'], { type: 'application/json' }), status: 200 });
    renderButtons();
    await userEvent.setup().click(screen.getAllByRole('button')[0]!);

    await waitFor(() => expect(click).toHaveBeenCalled());
    const [url, options] = get.mock.calls[0]!;
    expect(url).toMatch(/^\/security-briefings\/briefings\/briefing-1\/export\?format=[\w-]+&status=published$/);
    expect(options).toMatchObject({ responseType: 'blob' });
    // A 401 still goes to the fetch client, which renews the session and asks again.
    expect(options.validateStatus(403)).toBe(true);
    expect(options.validateStatus(401)).toBe(false);
    click.mockRestore();
  });

  it('say why the server refused, in its own words', async () => {
    const body = new Blob([JSON.stringify(refused(403, 'ForbiddenError', 'You may not see the marking of this briefing.'))], { type: 'application/json' });
    get.mockResolvedValue({ data: body, status: 403 });
    renderButtons();
    await userEvent.setup().click(screen.getAllByRole('button')[0]!);

    expect(await screen.findByText(/export failed: You may not see the marking of this briefing\.$/)).toBeTruthy();
  });

  it('fall back to the fetch client’s words when the refusal has no sentence', async () => {
    get.mockResolvedValue({ data: new Blob(['<html>Bad gateway</html>'], { type: 'text/html' }), status: 502 });
    renderButtons();
    await userEvent.setup().click(screen.getAllByRole('button')[0]!);

    expect(await screen.findByText(/export failed: Server Error$/)).toBeTruthy();
  });
});
