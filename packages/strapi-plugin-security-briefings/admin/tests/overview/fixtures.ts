import type { GetOverview } from '../../../shared/contracts/overview';

/** What the overview endpoint answers, as the integration tests see it on the demo app. */
export const briefings: GetOverview.Briefing[] = [
  {
    documentId: 'clash-gao',
    title: 'Clash reported near Gao',
    status: 'draft',
    marking: 'amber+strict',
    verification: 'unconfirmed',
    eventType: 'battles',
    subEventType: 'armed-clash',
    incidentDate: '2025-04-02',
    datePrecision: 'day',
    countryCode: 'ML',
    place: { name: 'Gao', latitude: 16.27167, longitude: -0.04472 },
    fatalities: { min: 3, max: 9 },
    updatedAt: '2025-04-03T10:00:00.000Z',
  },
  {
    documentId: 'strike-anbar',
    title: 'Islamic State deputy leader Abu Khadija killed in air strike in Anbar',
    status: 'published',
    marking: 'clear',
    verification: 'confirmed',
    eventType: 'explosions-remote-violence',
    subEventType: 'air-drone-strike',
    incidentDate: '2025-03-13',
    datePrecision: 'day',
    countryCode: 'IQ',
    place: { name: 'Anbar', latitude: 33, longitude: 42.5 },
    fatalities: { min: 1, max: 1 },
    updatedAt: '2025-03-15T10:00:00.000Z',
  },
  {
    documentId: 'raid-damascus',
    title: 'Raid on a Damascus suburb',
    status: 'modified',
    marking: 'red',
    verification: 'corroborated',
    eventType: 'violence-against-civilians',
    subEventType: 'attack',
    incidentDate: '2024-12-01',
    datePrecision: 'month',
    countryCode: 'SY',
    place: { name: 'Damascus', latitude: 33.5102, longitude: 36.29128 },
    fatalities: { min: null, max: null },
    updatedAt: '2025-01-03T10:00:00.000Z',
  },
  {
    documentId: 'rumour',
    title: 'Rumour still being checked',
    status: 'draft',
    marking: null,
    verification: null,
    eventType: null,
    subEventType: null,
    incidentDate: null,
    datePrecision: null,
    countryCode: null,
    place: null,
    fatalities: { min: null, max: null },
    updatedAt: '2025-04-04T10:00:00.000Z',
  },
];

export const points: GetOverview.Point[] = briefings.map(({ documentId, title, eventType, incidentDate, countryCode, place }) => ({
  documentId,
  title,
  eventType,
  incidentDate,
  countryCode,
  place,
}));

export function overviewResponse(overrides: Partial<GetOverview.Response['meta']['pagination']> = {}, rows = briefings): GetOverview.Response {
  const pagination = { page: 1, pageSize: 20, pageCount: 1, total: rows.length, ...overrides };
  return {
    data: rows,
    points,
    meta: {
      pagination,
      points: { returned: points.length, total: points.length, truncated: false },
      countries: ['IQ', 'ML', 'SY'],
    },
  };
}
