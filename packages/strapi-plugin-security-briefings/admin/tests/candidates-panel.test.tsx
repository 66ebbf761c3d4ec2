import * as React from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SameIncidentCandidates } from '../src/edit-view/CandidatesPanel';
import { renderInAdmin } from './render';

/** The one thing mocked: the admin's fetch client (no server here). */
const post = jest.fn();
jest.mock('@strapi/strapi/admin', () => ({
  ...jest.requireActual('@strapi/strapi/admin'),
  useFetchClient: () => ({ post }),
}));

const seed = {
  documentId: 'seed-briefing',
  title: 'Islamic State deputy leader Abu Khadija killed in air strike in Anbar',
  marking: 'clear',
  eventType: 'explosions-remote-violence',
  incidentDate: '2025-03-13',
  place: 'Anbar',
  why: 'same event type; same day; both in Anbar; shares Islamic State',
  reasons: [
    { kind: 'event-type', eventType: 'explosions-remote-violence' },
    { kind: 'date', daysApart: 0 },
    { kind: 'admin1', admin1: 'Anbar' },
    { kind: 'actors', actors: ['Islamic State', 'Mohammed Shia al-Sudani'] },
  ],
  score: 5,
};
const near = { ...seed, documentId: 'near', title: 'Air strike near Ramadi', marking: 'amber', reasons: [{ kind: 'date', daysApart: 1 }, { kind: 'distance', kilometres: 12, place: 'Ramadi' }] };

describe('same-incident candidates in the draft panel', () => {
  beforeEach(() => post.mockReset());

  it('asks for the article’s candidates without the briefing being edited, and lists them in order, each with why, linked to its edit view', async () => {
    post.mockResolvedValue({ data: { data: [seed, near] } });
    renderInAdmin(<SameIncidentCandidates articleDocumentId="article-2" briefingDocumentId="briefing-1" />);
    const link = await screen.findByRole('link', { name: seed.title });
    expect(post).toHaveBeenCalledWith('/security-briefings/candidates', { articleDocumentId: 'article-2', briefingDocumentId: 'briefing-1' });
    expect(link.getAttribute('href')).toBe('/content-manager/collection-types/plugin::security-briefings.briefing/seed-briefing');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('same event type; same day; both in Anbar; shares Islamic State and Mohammed Shia al-Sudani'),
      expect.stringContaining('1 day apart; 12 km from Ramadi'),
    ]);
    expect(screen.getByText(/Explosions\/Remote violence · 2025-03-13 · Anbar · TLP:CLEAR/)).toBeTruthy();
  });

  it('says so when no briefing matches, and when the search fails', async () => {
    post.mockResolvedValueOnce({ data: { data: [] } });
    const { unmount } = renderInAdmin(<SameIncidentCandidates articleDocumentId="article-3" />);
    expect(await screen.findByText('No briefing seems to report this incident yet.')).toBeTruthy();
    expect(post).toHaveBeenCalledWith('/security-briefings/candidates', { articleDocumentId: 'article-3' });
    unmount();
    post.mockRejectedValueOnce(new Error('Network down'));
    renderInAdmin(<SameIncidentCandidates articleDocumentId="article-3" />);
    expect(await screen.findByText('Could not look for briefings of the same incident: Network down')).toBeTruthy();
  });

  it('words the reasons in French', async () => {
    post.mockResolvedValue({ data: { data: [seed] } });
    renderInAdmin(<SameIncidentCandidates articleDocumentId="article-2" />, { locale: 'fr' });
    expect(await screen.findByText(/même type d’événement; même jour; tous deux en Anbar/)).toBeTruthy();
  });
});

describe('adding the article to a candidate', () => {
  beforeEach(() => post.mockReset());

  it('links the article to the chosen briefing and shows what it offers, without applying anything', async () => {
    post.mockImplementation(async (url: string) =>
      url === '/security-briefings/candidates/link'
        ? {
            data: {
              data: {
                briefingDocumentId: 'seed-briefing',
                linked: 'further-article',
                changes: {
                  actors: [{ key: 'actor-1', actor: { name: 'US-led coalition', kind: 'intergovernmental', aliases: [], title: null, mentions: [] }, role: null, certainty: null }],
                  quotes: [{ key: 'quote-1', text: 'One of the most dangerous terrorists' }],
                  sources: [{ key: 'source-1', kind: 'media', name: 'Tigris Wire', anonymous: false, descriptor: null }],
                  toll: { direction: 'higher', briefing: { min: 1, max: 1 }, article: 2, asWritten: 'two' },
                },
              },
            },
          }
        : { data: { data: [seed] } },
    );
    renderInAdmin(<SameIncidentCandidates articleDocumentId="article-2" briefingDocumentId="briefing-1" />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Add this article to it instead' }));
    expect(post).toHaveBeenLastCalledWith('/security-briefings/candidates/link', { articleDocumentId: 'article-2', briefingDocumentId: 'seed-briefing' });
    expect(await screen.findByText(/Article added to the briefing/)).toBeTruthy();
    expect(screen.getByText('New actors: US-led coalition')).toBeTruthy();
    expect(screen.getByText('1 new quote')).toBeTruthy();
    expect(screen.getByText('New sources: Tigris Wire')).toBeTruthy();
    expect(screen.getByText('A higher death toll: 2 (the briefing has 1)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add this article to it instead' })).toBeNull();
  });
});
