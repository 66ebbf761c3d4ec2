import { MEDIA_TOPICS_OF_EVENT_TYPE, EVENT_TYPE_VALUES, toNinjs } from '../../src';
import { ANONYMOUS_DESCRIPTOR, seedBriefing } from './fixture';
import { ninjsProblems } from './official-schemas';

const item = toNinjs(seedBriefing(), { publisher: 'The Example Desk', language: 'en' }) as Record<string, any>;

describe('toNinjs', () => {
  it('validates against the official IPTC ninjs 2.2 schema', () => {
    expect(ninjsProblems(item)).toEqual([]);
    expect(ninjsProblems(toNinjs(seedBriefing(), { audience: 'partner', briefingsUrl: 'https://desk.example.org/b' }))).toEqual([]);
    expect(ninjsProblems(toNinjs(seedBriefing({ incident: null, actorRoles: null, places: null, sources: null, body: null })))).toEqual([]);
  });

  it('carries the news item fields', () => {
    expect(item).toMatchObject({
      uri: expect.stringMatching(/^urn:uuid:[0-9a-f-]{36}$/),
      standard: { name: 'ninjs', version: '2.2' },
      type: 'text',
      versioncreated: '2025-03-15T09:30:12.345Z',
      firstcreated: '2025-03-15T08:10:00.000Z',
      pubstatus: 'usable',
      language: 'en',
      headlines: [{ role: 'main', value: "Islamic State's deputy caliph killed in air strike in Anbar" }],
      descriptions: [
        { role: 'summary', contenttype: 'text/plain', value: expect.stringMatching(/^Iraqi national intelligence/) },
        { role: 'verification', contenttype: 'text/plain', value: 'Confirmed: A named official or first-hand (witness) source the desk rates highly (A or B).' },
      ],
      bodies: [{ role: 'main', contenttype: 'text/plain', value: expect.stringContaining('Abu Khadija') }],
      by: 'The Example Post',
      copyrightholder: 'The Example Desk',
      located: 'Anbar, Iraq',
      altids: [{ role: 'documentId', value: 'seedbriefingabukhadija01' }],
    });
    expect(item.uri).toBe((toNinjs(seedBriefing()) as Record<string, any>).uri);
    expect(toNinjs(seedBriefing({ publishedAt: null }), { audience: 'partner' }).pubstatus).toBe('withheld');
  });

  it('lists people and organisations with their roles', () => {
    expect(item.people.map((p: any) => [p.name, p.rel])).toEqual([
      ['Abdallah Maki Mosleh al-Rifai', 'target, victim'],
      ['Mohammed Shia al-Sudani', 'announcer'],
      ['Fouad Hussein', 'commentator'],
      ['Asaad Hassan al-Shibani', 'commentator'],
    ]);
    expect(item.organisations.map((o: any) => [o.name, o.rel])).toEqual([
      ['Iraqi National Intelligence Service', 'perpetrator'],
      ['US-led coalition', 'associated'],
      ['Islamic State', 'target'],
    ]);
    expect(item.organisations[2].uri).toBe('https://www.wikidata.org/wiki/Q2429253');
  });

  it('places the incident with a GeoJSON point, longitude first', () => {
    expect(item.places).toEqual([
      { name: 'Anbar', rel: 'incident location', literal: 'IQ', geojson: { type: 'Point', coordinates: [42.5, 33] } },
      { name: 'Iraq', rel: 'mentioned', uri: 'https://sws.geonames.org/99237/', literal: 'IQ', geojson: { type: 'Point', coordinates: [44, 33] } },
    ]);
  });

  it('files the item under IPTC Media Topics for the event type', () => {
    expect(item.subjects).toEqual([
      { name: 'conflict, war and peace', uri: 'http://cv.iptc.org/newscodes/mediatopic/16000000', literal: 'medtop:16000000', rel: 'about' },
      { name: 'armed conflict', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000056', literal: 'medtop:20000056', rel: 'about' },
      { name: 'Explosions/Remote violence', literal: 'acled-event-type:explosions-remote-violence', rel: 'about' },
      { name: 'Air/drone strike', literal: 'acled-sub-event-type:air-drone-strike', rel: 'about' },
    ]);
    for (const eventType of EVENT_TYPE_VALUES) {
      expect(MEDIA_TOPICS_OF_EVENT_TYPE[eventType][0]!.code).toBe('16000000');
    }
    expect(item.events).toEqual([{ name: 'Air/drone strike in Anbar, Iraq, 2025-03-13', literal: 'seedbriefingabukhadija01' }]);
  });

  it('names anonymous sources "Undisclosed Source" in public and never grades them', () => {
    expect(item.infosources).toEqual([
      { name: 'The Example Post', role: 'source article', uri: 'https://news.example.org/2025/03/15/head-of-isis-killed' },
      { name: 'Prime Minister Mohammed Shia al-Sudani, statement on X', role: 'Official' },
      { name: 'Undisclosed Source', role: 'Official' },
    ]);
    expect(JSON.stringify(item)).not.toContain(ANONYMOUS_DESCRIPTOR);
  });
});
