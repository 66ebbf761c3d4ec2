import { BRIEFING, PLACE, useDemo } from './demo-app';

const OVERVIEW = '/security-briefings/overview';
const SEED_TITLE = 'Islamic State deputy leader Abu Khadija killed in air strike in Anbar';

/** The admin overview: every briefing the newsroom holds, drafts and all markings, for admins with the permission. */
describe('the briefings overview admin route', () => {
  const demo = useDemo();
  let token: string;
  const ids: Record<string, string> = {};

  const get = (query = '', auth = token) => demo.http(auth).get(`${OVERVIEW}${query}`);
  const titles = (res: { body: any }) => res.body.data.map((b: any) => b.title);

  beforeAll(async () => {
    token = await demo.adminToken();
    const docs = demo.strapi.documents;
    const gao = await docs(PLACE).create({ data: { name: 'Gao', kind: 'city', countryCode: 'ML', latitude: 16.27167, longitude: -0.04472 } as any });
    const damascus = await docs(PLACE).findFirst({ filters: { name: 'Damascus' } } as any);

    const clash = await docs(BRIEFING).create({
      data: {
        title: 'Clash reported near Gao',
        marking: 'amber+strict',
        incident: { eventType: 'battles', subEventType: 'armed-clash', date: '2025-04-02', datePrecision: 'day', place: gao.documentId, fatalitiesMin: 3, fatalitiesMax: 9 },
      } as any,
    });
    const raid = await docs(BRIEFING).create({
      data: {
        title: 'Raid on a Damascus suburb',
        marking: 'red',
        incident: { eventType: 'violence-against-civilians', subEventType: 'attack', date: '2024-12', datePrecision: 'month', place: damascus!.documentId },
        sources: [{ kind: 'witness', name: 'A resident' }],
      } as any,
    });
    await docs(BRIEFING).publish({ documentId: raid.documentId });
    // A later edit of the draft: the published version is now behind it. Written to the draft row
    // alone, since the plugin's listing-field refresh also touches the published row's updatedAt.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await demo.strapi.db.query(BRIEFING).update({
      where: { documentId: raid.documentId, publishedAt: null },
      data: { title: 'Raid on a Damascus suburb, toll revised' },
    });
    const bare = await docs(BRIEFING).create({ data: { title: 'Rumour still being checked' } as any });
    Object.assign(ids, { clash: clash.documentId, raid: raid.documentId, bare: bare.documentId });
  });

  it('registers its admin permission, which the Super Admin holds', async () => {
    const action = demo.strapi.service('admin::permission').actionProvider.get('plugin::security-briefings.overview.read');
    expect(action).toMatchObject({ section: 'plugins', pluginName: 'security-briefings', actionId: 'plugin::security-briefings.overview.read' });
    const superAdmin = await demo.strapi.service('admin::role').getSuperAdmin();
    const granted = await demo.strapi.db.query('admin::permission').findOne({ where: { action: 'plugin::security-briefings.overview.read', role: superAdmin.id } });
    expect(granted).not.toBeNull();
  });

  it('lists drafts and every marking, newest incident first, each with its status', async () => {
    const res = await get().expect(200);
    expect(titles(res)).toEqual(['Clash reported near Gao', SEED_TITLE, 'Raid on a Damascus suburb, toll revised', 'Rumour still being checked']);
    const byTitle = Object.fromEntries(res.body.data.map((b: any) => [b.title, b]));
    expect(byTitle['Clash reported near Gao']).toEqual({
      documentId: ids.clash,
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
      updatedAt: expect.any(String),
    });
    expect(byTitle[SEED_TITLE]).toMatchObject({ status: 'published', marking: 'clear', verification: 'confirmed', eventType: 'explosions-remote-violence', countryCode: 'IQ' });
    expect(byTitle['Raid on a Damascus suburb, toll revised']).toMatchObject({ status: 'modified', datePrecision: 'month', incidentDate: '2024-12-01' });
    expect(byTitle['Rumour still being checked']).toMatchObject({ status: 'draft', marking: null, eventType: null, place: null });
    expect(res.body.meta).toEqual({
      pagination: { page: 1, pageSize: 20, pageCount: 1, total: 4 },
      points: { returned: 4, total: 4, truncated: false },
      countries: ['IQ', 'ML', 'SY'],
    });
  });

  it('gives the map and the timeline every matching incident, whatever page the table is on', async () => {
    const res = await get('?pageSize=1&page=2').expect(200);
    expect(titles(res)).toEqual([SEED_TITLE]);
    expect(res.body.meta.pagination).toEqual({ page: 2, pageSize: 1, pageCount: 4, total: 4 });
    expect(res.body.points).toHaveLength(4);
    expect(res.body.points[0]).toEqual({
      documentId: ids.clash,
      title: 'Clash reported near Gao',
      eventType: 'battles',
      incidentDate: '2025-04-02',
      countryCode: 'ML',
      place: { name: 'Gao', latitude: 16.27167, longitude: -0.04472 },
    });
  });

  it.each([
    ['?eventType=battles', ['Clash reported near Gao']],
    ['?country=SY', ['Raid on a Damascus suburb, toll revised']],
    ['?marking=amber%2Bstrict', ['Clash reported near Gao']],
    ['?marking=clear', [SEED_TITLE]],
    ['?verification=confirmed', [SEED_TITLE]],
    ['?verification=unconfirmed', ['Clash reported near Gao', 'Raid on a Damascus suburb, toll revised', 'Rumour still being checked']],
    ['?status=draft', ['Clash reported near Gao', 'Rumour still being checked']],
    ['?status=published', [SEED_TITLE]],
    ['?status=modified', ['Raid on a Damascus suburb, toll revised']],
    ['?from=2025-01-01', ['Clash reported near Gao', SEED_TITLE]],
    ['?from=2025-03-13&to=2025-03', [SEED_TITLE]],
    ['?to=2024', ['Raid on a Damascus suburb, toll revised']],
    ['?status=draft&eventType=battles&country=ML&from=2025-04-02&to=2025-04-02', ['Clash reported near Gao']],
    ['?status=published&country=ML', []],
  ])('filters %s', async (query, expected) => {
    const res = await get(query).expect(200);
    expect(titles(res)).toEqual(expected);
    expect(res.body.points.map((p: any) => p.title)).toEqual(expected);
    expect(res.body.meta.pagination.total).toBe(expected.length);
    // The country filter's options stay those of every briefing.
    expect(res.body.meta.countries).toEqual(['IQ', 'ML', 'SY']);
  });

  it.each([
    ['?eventType=earthquake', 'eventType'],
    ['?country=XQ', 'country'],
    ['?marking=purple', 'marking'],
    ['?status=archived', 'status'],
    ['?from=2025-02-30', 'from'],
    ['?from=2025-05-01&to=2025-04', 'to'],
    ['?pageSize=500', 'pageSize'],
    ['?colour=red', 'colour'],
  ])('refuses %s with a 400 naming %s', async (query, field) => {
    const res = await get(query).expect(400);
    expect(res.body.data).toBeNull();
    expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual([field]);
    expect(res.body.error.message).toContain(field);
  });

  it('refuses a request without an admin session (401)', async () => {
    await demo.http().get(OVERVIEW).expect(401);
    await get('', 'not-a-token').expect(401);
  });

  it('refuses an admin whose role lacks the overview permission (403)', async () => {
    const editorRole = await demo.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    const reporterToken = await demo.adminUser('reporter@example.com', [editorRole.id]);
    const res = await get('', reporterToken).expect(403);
    expect(res.body.error.name).toBe('PolicyError');
  });
});
