import { shelfWhere } from '../src/published/reads';
import { PUBLIC_ACCESS } from '../src/utils/access';

describe('what a reader may see', () => {
  const strapi = {} as any;

  it('always limits the public to TLP:CLEAR, whatever marking it asks for', () => {
    const where = shelfWhere(strapi, PUBLIC_ACCESS.markings, { marking: 'red' }) as any;
    expect(where.$and[0]).toEqual({ marking: { $in: ['clear'] } });
    expect(where.$and).toContainEqual({ marking: { $eq: 'red' } });
  });

  it('turns a partial date range into whole periods', () => {
    const where = shelfWhere(strapi, PUBLIC_ACCESS.markings, { from: '2024', to: '2024-02' }) as any;
    expect(where.$and).toContainEqual({ incidentDate: { $gte: '2024-01-01' } });
    expect(where.$and).toContainEqual({ incidentDate: { $lte: '2024-02-29' } });
  });
});
