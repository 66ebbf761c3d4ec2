import type { CreateDraft } from '../../shared/contracts/draft';

/**
 * A draft as the server suggests it for a short article: an existing actor and two new ones, an
 * existing place, a quote by one of the new actors, and an extra date.
 */
export const draft: CreateDraft.Draft = {
  article: null,
  incident: {
    eventType: 'explosions-remote-violence',
    subEventType: 'air-drone-strike',
    date: '2025-03-13',
    datePrecision: 'day',
    dateAsWritten: 'late Thursday, March 13',
    place: 'place-1',
    fatalitiesMin: 1,
    fatalitiesAsWritten: 'killed',
    sentence: 'The strike took place late Thursday, March 13 in Anbar.',
  },
  actors: [
    { key: 'actor-1', name: 'Mohammed Shia al-Sudani', kind: 'person', aliases: ['al-Sudani'], title: 'Prime Minister', sentence: 'Prime Minister Mohammed Shia al-Sudani announced it.', match: { status: 'existing', id: 3, documentId: 'sudani', name: 'Mohammed Shia al-Sudani' } },
    { key: 'actor-2', name: 'Fouad Hussein', kind: 'person', aliases: [], title: null, sentence: 'Foreign Minister Fouad Hussein said so.', match: { status: 'new' } },
    { key: 'actor-3', name: 'Islamic State', kind: 'armed-group', aliases: ['ISIS'], title: null, sentence: 'The head of the Islamic State was killed.', match: { status: 'new' } },
  ],
  places: [{ key: 'place-1', name: 'Anbar', kind: 'admin1', countryCode: 'IQ', admin1: 'Anbar', latitude: 33, longitude: 42.5, aliases: [], sentence: 'in Anbar.', match: { status: 'existing', id: 7, documentId: 'anbar', name: 'Anbar' } }],
  quotes: [{ key: 'quote-1', text: 'We share common challenges,', speaker: 'actor-2', sentence: '“We share common challenges,” Hussein said.' }],
  dates: [{ key: 'date-1', text: 'on Friday', date: '2025-03-14', precision: 'day', sentence: 'announced on Friday.' }],
};
