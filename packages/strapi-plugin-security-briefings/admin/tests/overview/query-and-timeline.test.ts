import { readQuery, toSearch } from '../../src/overview/useOverviewQuery';
import { bucketIncidents } from '../../src/overview/Timeline';
import { points } from './fixtures';

describe('the overview query in the address', () => {
  it('keeps the values the server accepts and defaults the paging', () => {
    expect(readQuery(new URLSearchParams('eventType=riots&country=KE&marking=amber%2Bstrict&status=modified&from=2024&to=2024-06'))).toEqual({
      eventType: 'riots',
      country: 'KE',
      marking: 'amber+strict',
      status: 'modified',
      from: '2024',
      to: '2024-06',
      page: 1,
      pageSize: 20,
    });
  });

  it('drops what the server would refuse: unknown values, an impossible date, an inverted range, a page size too large', () => {
    expect(readQuery(new URLSearchParams('eventType=earthquake&country=XQ&from=2025-02-30&pageSize=500&colour=red'))).toEqual({ page: 1, pageSize: 20 });
    expect(readQuery(new URLSearchParams('from=2025-05-01&to=2025-04'))).toEqual({ from: '2025-05-01', page: 1, pageSize: 20 });
  });

  it('writes values encoded, so that a plus survives the trip', () => {
    expect(toSearch({ marking: 'amber+strict', page: 2, pageSize: 50 }).toString()).toBe('marking=amber%2Bstrict&page=2&pageSize=50');
  });
});

describe('the timeline buckets', () => {
  it('count incidents per month from the first to the last, stacked by event type', () => {
    const { unit, buckets } = bucketIncidents(points);
    expect(unit).toBe('month');
    expect(buckets.map((b) => [b.key, b.total])).toEqual([
      ['2024-12', 1],
      ['2025-01', 0],
      ['2025-02', 0],
      ['2025-03', 1],
      ['2025-04', 1],
    ]);
    expect(buckets[0]!.stack).toEqual([{ eventType: 'violence-against-civilians', count: 1 }]);
  });

  it('count per year over more than four years', () => {
    const old = { ...points[0]!, documentId: 'old', incidentDate: '2019-07-01', eventType: 'riots' as const };
    const { unit, buckets } = bucketIncidents([...points, old]);
    expect(unit).toBe('year');
    expect(buckets.map((b) => [b.key, b.total])).toEqual([
      ['2019', 1],
      ['2020', 0],
      ['2021', 0],
      ['2022', 0],
      ['2023', 0],
      ['2024', 1],
      ['2025', 2],
    ]);
  });
});
