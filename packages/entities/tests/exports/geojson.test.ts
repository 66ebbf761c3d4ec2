import { toGeoJson, toGeoJsonFeature } from '../../src';
import { seedBriefing } from './fixture';
import { geoJsonProblems } from './official-schemas';

describe('toGeoJson', () => {
  it('puts the incident on the map at its place, longitude first', () => {
    const collection = toGeoJson(seedBriefing());
    expect(geoJsonProblems(collection)).toEqual([]);
    expect(collection.features).toEqual([
      {
        type: 'Feature',
        id: 'seedbriefingabukhadija01',
        geometry: { type: 'Point', coordinates: [42.5, 33] },
        properties: {
          documentId: 'seedbriefingabukhadija01',
          title: "Islamic State's deputy caliph killed in air strike in Anbar",
          slug: 'islamic-state-deputy-caliph-killed-in-anbar',
          eventType: 'explosions-remote-violence',
          eventTypeLabel: 'Explosions/Remote violence',
          subEventType: 'air-drone-strike',
          subEventTypeLabel: 'Air/drone strike',
          date: '2025-03-13',
          datePrecision: 'day',
          fatalities: 1,
          fatalitiesMax: 1,
          place: 'Anbar',
          countryCode: 'IQ',
          country: 'Iraq',
          geoPrecision: 3,
        },
      },
    ]);
  });

  it('keeps a feature without coordinates with a null geometry, and none without an incident', () => {
    const briefing = seedBriefing();
    briefing.incident = { ...briefing.incident!, place: { ...briefing.incident!.place!, latitude: null, longitude: null } };
    const feature = toGeoJsonFeature(briefing)!;
    expect(feature.geometry).toBeNull();
    expect(geoJsonProblems(toGeoJson(briefing))).toEqual([]);
    expect(toGeoJson(seedBriefing({ incident: null })).features).toEqual([]);
  });
});
