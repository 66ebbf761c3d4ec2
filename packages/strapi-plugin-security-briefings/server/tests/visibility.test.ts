import briefings from '../src/services/briefings';
import { PUBLIC_ACCESS } from '../src/utils/access';

describe('what a reader may see', () => {
  const service = briefings({ strapi: {} as any });

  it('always limits the public to TLP:CLEAR, whatever marking it asks for', () => {
    const filters = service.visibleFilters(PUBLIC_ACCESS, { marking: 'red' }) as any;
    expect(filters.$and[0]).toEqual({ marking: { $in: ['clear'] } });
    expect(filters.$and).toContainEqual({ marking: { $eq: 'red' } });
  });

  it('turns a partial date range into whole periods', () => {
    const filters = service.visibleFilters(PUBLIC_ACCESS, { from: '2024', to: '2024-02' }) as any;
    expect(filters.$and).toContainEqual({ incidentDate: { $gte: '2024-01-01' } });
    expect(filters.$and).toContainEqual({ incidentDate: { $lte: '2024-02-29' } });
  });
});
