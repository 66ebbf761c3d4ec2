import { toRecord } from '../src/utils/records';

describe('records read back from the database', () => {
  const row = {
    id: 7,
    documentId: 'b1',
    title: 'Strike in Anbar',
    locale: null,
    eventType: 'explosions-remote-violence',
    incidentDate: '2025-03-13',
    countryCode: 'IQ',
    incident: {
      id: 3,
      eventType: 'explosions-remote-violence',
      place: { id: 9, documentId: 'p1', name: 'Anbar', countryCode: 'IQ', latitude: '33.0', longitude: '42.5', parent: { id: 2, documentId: 'p0', name: 'Iraq' } },
    },
    places: [{ id: 2, documentId: 'p0', name: 'Iraq', latitude: '33', longitude: null }],
  };

  it('keeps documentIds and the incident, drops row ids and the listing copies', () => {
    const record = toRecord(row) as any;
    expect(record).not.toHaveProperty('id');
    expect(record).not.toHaveProperty('locale');
    expect(record).not.toHaveProperty('incidentDate');
    expect(record).not.toHaveProperty('countryCode');
    expect(record.incident).toEqual({
      eventType: 'explosions-remote-violence',
      place: { documentId: 'p1', name: 'Anbar', countryCode: 'IQ', latitude: 33, longitude: 42.5, parent: { documentId: 'p0', name: 'Iraq' } },
    });
  });

  it('turns decimal strings from the database into numbers', () => {
    expect((toRecord(row) as any).places[0]).toMatchObject({ latitude: 33, longitude: null });
  });
});
