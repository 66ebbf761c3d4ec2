import { SAME_INCIDENT_RULE, incidentWindow, kilometresBetween, nameKey, rankSameIncident, sameIncident, type IncidentFacts } from '../src';

const ramadi = { name: 'Ramadi', kind: 'city', countryCode: 'IQ', admin1: 'Anbar', latitude: 33.4258, longitude: 43.2992 };
const fallujah = { name: 'Fallujah', kind: 'city', countryCode: 'IQ', admin1: 'Anbar', latitude: 33.3539, longitude: 43.7836 };
const qaim = { name: 'Al-Qaim', kind: 'city', countryCode: 'IQ', admin1: 'Al Anbar Governorate', latitude: 34.3686, longitude: 41.0944 };
const mosul = { name: 'Mosul', kind: 'city', countryCode: 'IQ', admin1: 'Nineveh', latitude: 36.335, longitude: 43.1189 };

/** A briefing of an air strike near Ramadi on 13 March 2025 that killed an Islamic State commander. */
const briefing: IncidentFacts = {
  eventType: 'explosions-remote-violence',
  date: '2025-03-13',
  datePrecision: 'day',
  place: ramadi,
  actors: [
    { name: 'Islamic State', aliases: ['ISIS', 'IS'], documentId: 'is' },
    { name: 'Abdallah Maki Mosleh al-Rifai', aliases: ['Abu Khadija'], documentId: 'rifai' },
  ],
};

/** The next day's article, with nothing changed unless a test says so. */
const article = (changes: Partial<IncidentFacts> = {}): IncidentFacts => ({
  eventType: 'explosions-remote-violence',
  date: '2025-03-14',
  datePrecision: 'day',
  place: fallujah,
  actors: [{ name: 'The Islamic State' }],
  ...changes,
});

describe('sameIncident', () => {
  it('matches an article of the same type, a day later, 46 km away, sharing an actor, and says why', () => {
    const match = sameIncident(article(), briefing);
    expect(match).toMatchObject({ daysApart: 1, sharedActors: ['Islamic State'] });
    expect(match!.kilometres).toBeCloseTo(45.7, 1);
    expect(match!.why).toBe('same event type; 1 day apart; 46 km from Ramadi; shares Islamic State');
    expect(match!.reasons.map((reason) => reason.kind)).toEqual(['event-type', 'date', 'distance', 'actors']);
  });

  it('takes the same admin1 for places further apart, whatever the province is called', () => {
    const match = sameIncident(article({ place: qaim }), briefing);
    expect(match!.reasons[2]).toEqual({ kind: 'admin1', admin1: 'Anbar' });
    expect(match!.why).toContain('both in Anbar');
    // A province named as the place is its own admin1.
    const anbar = { name: 'Anbar', kind: 'admin1', countryCode: 'IQ', latitude: 33, longitude: 42.5 };
    expect(sameIncident(article({ place: qaim }), { ...briefing, place: anbar })!.why).toContain('both in Anbar');
  });

  it('knows an actor by its record, a name or an alias, whatever the case, accents or article', () => {
    expect(sameIncident(article({ actors: [{ name: 'Abu Khadija' }] }), briefing)!.sharedActors).toEqual(['Abdallah Maki Mosleh al-Rifai']);
    expect(sameIncident(article({ actors: [{ name: 'Someone else', documentId: 'rifai' }] }), briefing)!.sharedActors).toEqual(['Abdallah Maki Mosleh al-Rifai']);
    expect(sameIncident(article({ actors: [{ name: 'isis' }, { name: 'ABU KHADÍJA' }] }), briefing)!.why).toContain('shares Islamic State, Abdallah Maki Mosleh al-Rifai');
  });

  it('refuses when any of the four conditions fails', () => {
    expect(sameIncident(article({ eventType: 'battles' }), briefing)).toBeNull();
    expect(sameIncident(article({ date: '2025-03-15' }), briefing)).toBeNull();
    expect(sameIncident(article({ place: mosul }), briefing)).toBeNull();
    expect(sameIncident(article({ place: { ...qaim, countryCode: 'SY' } }), briefing)).toBeNull();
    expect(sameIncident(article({ actors: [{ name: 'Iraqi army' }] }), briefing)).toBeNull();
    // A country's centroid is no place: Baghdad is 50 km from Iraq's, yet says nothing of the same incident.
    const iraq = { name: 'Iraq', kind: 'country', countryCode: 'IQ', latitude: 33, longitude: 44 };
    const baghdad = { name: 'Baghdad', kind: 'city', countryCode: 'IQ', admin1: 'Baghdad', latitude: 33.3406, longitude: 44.4009 };
    expect(sameIncident(article({ place: baghdad }), { ...briefing, place: iraq })).toBeNull();
  });

  it('matches nothing without a day, a place or an event type', () => {
    expect(sameIncident(article({ date: null }), briefing)).toBeNull();
    expect(sameIncident(article({ datePrecision: 'month', date: '2025-03-01' }), { ...briefing, date: '2025-03-01' })).toBeNull();
    expect(sameIncident(article({ place: null }), briefing)).toBeNull();
    expect(sameIncident(article({ eventType: null }), { ...briefing, eventType: null })).toBeNull();
  });
});

describe('rankSameIncident', () => {
  it('ranks more shared actors, then the same day, then nearer places first, and drops the rest', () => {
    const candidates = [
      { documentId: 'far', facts: { ...briefing, place: qaim, date: '2025-03-14', actors: briefing.actors.slice(0, 1) } },
      { documentId: 'other-type', facts: { ...briefing, eventType: 'battles' as const } },
      { documentId: 'near', facts: { ...briefing, place: fallujah, date: '2025-03-14', actors: briefing.actors.slice(0, 1) } },
      { documentId: 'two-actors', facts: { ...briefing } },
    ];
    const ranked = rankSameIncident(article({ actors: [{ name: 'Islamic State' }, { name: 'Abu Khadija' }] }), candidates);
    expect(ranked.map((candidate) => candidate.documentId)).toEqual(['two-actors', 'near', 'far']);
    expect(ranked[1]!.match.why).toBe('same event type; same day; at Fallujah; shares Islamic State');
  });
});

describe('helpers', () => {
  it('gives the dates to ask the database for', () => {
    expect(incidentWindow('2025-03-01')).toEqual({ from: '2025-02-28', to: '2025-03-02' });
    expect(incidentWindow('someday')).toBeNull();
    expect(incidentWindow('2025-02-30')).toBeNull();
    expect(incidentWindow('2025-03-01T22:00:00.000Z')).toEqual({ from: '2025-02-28', to: '2025-03-02' });
    expect(SAME_INCIDENT_RULE).toEqual({ maxDaysApart: 1, maxKilometres: 50 });
  });

  it('measures great-circle distances and compares names as editors read them', () => {
    expect(kilometresBetween(ramadi, fallujah)).toBeGreaterThan(45);
    expect(kilometresBetween(ramadi, fallujah)).toBeLessThan(46);
    expect(nameKey('Al Anbar')).toBe('anbar');
    expect(nameKey('The Islamic  State’s')).toBe('islamic states');
  });
});
