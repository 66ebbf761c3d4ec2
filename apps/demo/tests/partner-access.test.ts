import { pluginAction, useDemo } from './demo-app';

/** Partners reach GREEN and AMBER through API tokens; AMBER+STRICT and RED never leave the admin. */
describe('partner access through API tokens', () => {
  const demo = useDemo();
  const ids: Record<string, string> = {};
  let fullAccess: string;
  let greenOnly: string;

  beforeAll(async () => {
    for (const marking of ['green', 'amber', 'amber+strict', 'red']) {
      ids[marking] = await demo.briefing({
        title: `Briefing marked ${marking}`,
        marking,
        sources: [{ kind: 'witness', anonymous: true, descriptor: `resident who saw the ${marking} clash`, reliability: 'C', credibility: 3 }],
      });
    }
    fullAccess = await demo.apiToken({ type: 'full-access' });
    greenOnly = await demo.apiToken({
      type: 'custom',
      permissions: ['briefing.find', 'briefing.findOne', 'briefing.exportOne', 'format.csv', 'marking.green'].map(pluginAction),
    });
  });

  const titles = async (token?: string) => {
    const res = await demo.http(token).get('/api/security-briefings/briefings?pageSize=100').expect(200);
    return res.body.data.map((b: any) => b.title).sort();
  };

  it('shows a full-access token CLEAR, GREEN and AMBER, never AMBER+STRICT or RED', async () => {
    expect(await titles(fullAccess)).toEqual([
      'Briefing marked amber',
      'Briefing marked green',
      'Islamic State deputy leader Abu Khadija killed in air strike in Anbar',
    ]);
    await demo.http(fullAccess).get(`/api/security-briefings/briefings/${ids.red}`).expect(404);
    await demo.http(fullAccess).get(`/api/security-briefings/briefings/${ids['amber+strict']}`).expect(404);
  });

  it('shows a token only the markings it is granted, and the public only CLEAR', async () => {
    expect(await titles(greenOnly)).toEqual(['Briefing marked green', 'Islamic State deputy leader Abu Khadija killed in air strike in Anbar']);
    expect(await titles()).toEqual(['Islamic State deputy leader Abu Khadija killed in air strike in Anbar']);
  });

  it('gives partners the anonymous descriptor and grades that the public never sees', async () => {
    const res = await demo.http(fullAccess).get(`/api/security-briefings/briefings/${ids.amber}`).expect(200);
    expect(res.body.data.sources[0]).toMatchObject({ anonymous: true, descriptor: 'resident who saw the amber clash', reliability: 'C', credibility: 3 });
  });

  it('exports STIX with the TLP:AMBER marking to a full-access partner', async () => {
    const res = await demo.http(fullAccess).get(`/api/security-briefings/briefings/${ids.amber}/export?format=stix`).expect(200);
    expect(res.headers['content-type']).toContain('application/stix+json');
    const bundle = JSON.parse(res.text ?? res.body.toString());
    expect(bundle.type).toBe('bundle');
    const report = bundle.objects.find((o: any) => o.type === 'report');
    expect(report.object_marking_refs).toContain('marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421');
  });

  it('lets a token export only the formats it is granted', async () => {
    await demo.http(greenOnly).get(`/api/security-briefings/briefings/${ids.green}/export?format=csv`).expect(200);
    await demo.http(greenOnly).get(`/api/security-briefings/briefings/${ids.green}/export?format=stix`).expect(403);
    await demo.http(greenOnly).get('/api/security-briefings/briefings/export?format=csv').expect(403);
  });

  it('opens AMBER to a Users & Permissions role that has the marking permission', async () => {
    const { jwt } = await demo.usersPermissionsUser({
      role: 'Partner desk',
      actions: ['briefing.find', 'briefing.findOne', 'marking.amber'].map(pluginAction),
      email: 'partner@example.org',
      password: 'Partner-desk-1',
    });
    expect(await titles(jwt)).toEqual(['Briefing marked amber', 'Islamic State deputy leader Abu Khadija killed in air strike in Anbar']);
  });

  it('lets an editor download exports from the admin, except AMBER+STRICT and RED', async () => {
    const admin = demo.http(await demo.adminToken());
    const ok = await admin.get(`/security-briefings/briefings/${ids.amber}/export?format=geojson&status=published`).expect(200);
    expect(ok.headers['content-disposition']).toMatch(/attachment; filename=".+\.geojson"/);
    const red = await admin.get(`/security-briefings/briefings/${ids.red}/export?format=csv`).expect(403);
    expect(red.body.error.name).toBe('ForbiddenError');
    await demo.http().get(`/security-briefings/briefings/${ids.amber}/export?format=csv`).expect(401);
  });
});
