import type { CreateDraft } from '../../shared/contracts/draft';

const sentence = (text: string, start = 0) => ({ text, start, end: start + text.length });

/**
 * A draft as the server suggests it for a short article: an existing actor and two new ones, an
 * existing place, a quote by one of the new actors, two sources (an official, anonymous security
 * officials) and an extra date.
 */
export const draft: CreateDraft.Draft = {
  article: null,
  incident: {
    eventType: 'explosions-remote-violence',
    subEventType: 'air-drone-strike',
    date: '2025-03-13',
    datePrecision: 'day',
    dateAsWritten: 'late Thursday, March 13',
    place: { key: 'place-1', name: 'Anbar' },
    countryCode: 'IQ',
    fatalitiesMin: 1,
    fatalitiesAsWritten: 'killed',
    start: 22,
    end: 45,
    sentence: sentence('The strike took place late Thursday, March 13 in Anbar.'),
  },
  actorRoles: [
    {
      key: 'actor-1',
      actor: { name: 'Mohammed Shia al-Sudani', kind: 'person', aliases: [{ value: 'al-Sudani', kind: 'short-form' }], title: 'Prime Minister', mentions: [{ start: 15, end: 38 }] },
      role: 'announcer',
      certainty: null,
      start: 15,
      end: 38,
      sentence: sentence('Prime Minister Mohammed Shia al-Sudani announced it.'),
      match: { status: 'existing', id: 3, documentId: 'sudani', name: 'Mohammed Shia al-Sudani' },
    },
    {
      key: 'actor-2',
      actor: { name: 'Fouad Hussein', kind: 'person', aliases: [], title: null, mentions: [{ start: 16, end: 29 }] },
      role: null,
      certainty: null,
      start: 16,
      end: 29,
      sentence: sentence('Foreign Minister Fouad Hussein said so.'),
      match: { status: 'new' },
    },
    {
      key: 'actor-3',
      actor: { name: 'Islamic State', kind: 'armed-group', aliases: [{ value: 'ISIS', kind: 'acronym' }], title: null, mentions: [{ start: 16, end: 29 }] },
      role: 'target',
      certainty: null,
      start: 16,
      end: 29,
      sentence: sentence('The head of the Islamic State was killed.'),
      match: { status: 'new' },
    },
  ],
  places: [
    {
      key: 'place-1',
      name: 'Anbar',
      kind: 'admin1',
      countryCode: 'IQ',
      admin1: 'Anbar',
      latitude: 33,
      longitude: 42.5,
      aliases: [],
      mentions: [{ start: 3, end: 8 }],
      start: 3,
      end: 8,
      sentence: sentence('in Anbar.'),
      match: { status: 'existing', id: 7, documentId: 'anbar', name: 'Anbar' },
    },
  ],
  quotes: [
    { key: 'quote-1', text: 'We share common challenges,', speaker: { key: 'actor-2', name: 'Fouad Hussein' }, start: 1, end: 28, sentence: sentence('“We share common challenges,” Hussein said.') },
  ],
  sources: [
    {
      key: 'source-1',
      kind: 'official',
      name: 'Foreign Minister Fouad Hussein',
      url: null,
      anonymous: false,
      descriptor: null,
      actor: { key: 'actor-2', name: 'Fouad Hussein' },
      start: 16,
      end: 29,
      sentence: sentence('Foreign Minister Fouad Hussein said so.'),
    },
    {
      key: 'source-2',
      kind: 'official',
      name: null,
      url: null,
      anonymous: true,
      descriptor: 'security officials',
      actor: null,
      start: 0,
      end: 18,
      sentence: sentence('Security officials confirmed the strike.'),
    },
  ],
  dates: [{ key: 'date-1', text: 'on Friday', date: '2025-03-14', precision: 'day', start: 10, end: 19, sentence: sentence('announced on Friday.') }],
};
