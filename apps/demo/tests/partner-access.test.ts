import type { Core } from '@strapi/strapi';
import { BRIEFING, adminToken, bootDemo, http, shutDown, throwawayDatabase } from './demo-app';

const PLUGIN = 'plugin::security-briefings';

/** Partners reach GREEN and AMBER through API tokens; AMBER+STRICT and RED never leave the admin. */
describe('partner access through API tokens', () => {
  const database = throwawayDatabase();
  let strapi: Core.Strapi | undefined;
  const ids: Record<string, string> = {};
  let fullAccess: string;
  let greenOnly: string;

  const createToken = async (name: string, type: string, permissions?: string[]) => {
    const token = await strapi!.service('admin::api-token').create({ name, type, lifespan: null, permissions });
    return token.accessKey as string;
  };

  beforeAll(async () => {
    strapi = await bootDemo(database);
    // Publishing needs the briefing checklist complete, place included.
    const place = await strapi.documents('plugin::security-briefings.place').findFirst({ filters: { name: 'Baghdad' } });
    for (const marking of ['green', 'amber', 'amber+strict', 'red']) {
      const created = await strapi.documents(BRIEFING).create({
        data: {
          title: `Briefing marked ${marking}`,
          marking,
          incident: { eventType: 'battles', subEventType: 'armed-clash', date: '2025-05-01', datePrecision: 'day', place: place!.documentId },
          sources: [{ kind: 'witness', anonymous: true, descriptor: `resident who saw the ${marking} clash`, reliability: 'C', credibility: 3 }],
        } as any,
      });
      await strapi.documents(BRIEFING).publish({ documentId: created.documentId });
      ids[marking] = created.documentId;
    }
    fullAccess = await createToken('partner desk', 'full-access');
    greenOnly = await createToken('community feed', 'custom', [
      `${PLUGIN}.briefing.find`,
      `${PLUGIN}.briefing.findOne`,
      `${PLUGIN}.briefing.exportOne`,
      `${PLUGIN}.format.csv`,
      `${PLUGIN}.marking.green`,
    ]);
  });
  afterAll(async () => {
    await shutDown(strapi, database);
  });

  const titles = async (token?: string) => {
    const req = http(strapi!).get('/api/security-briefings/briefings?pageSize=100');
    const res = await (token ? req.set('Authorization', `Bearer ${token}`) : req).expect(200);
    return res.body.data.map((b: any) => b.title).sort();
  };

  it('shows a full-access token CLEAR, GREEN and AMBER, never AMBER+STRICT or RED', async () => {
    expect(await titles(fullAccess)).toEqual([
      'Briefing marked amber',
      'Briefing marked green',
      'Islamic State deputy leader Abu Khadija killed in air strike in Anbar',
    ]);
    await http(strapi!).get(`/api/security-briefings/briefings/${ids.red}`).set('Authorization', `Bearer ${fullAccess}`).expect(404);
    await http(strapi!).get(`/api/security-briefings/briefings/${ids['amber+strict']}`).set('Authorization', `Bearer ${fullAccess}`).expect(404);
  });

  it('shows a token only the markings it is granted, and the public only CLEAR', async () => {
    expect(await titles(greenOnly)).toEqual(['Briefing marked green', 'Islamic State deputy leader Abu Khadija killed in air strike in Anbar']);
    expect(await titles()).toEqual(['Islamic State deputy leader Abu Khadija killed in air strike in Anbar']);
  });

  it('gives partners the anonymous descriptor and grades that the public never sees', async () => {
    const res = await http(strapi!).get(`/api/security-briefings/briefings/${ids.amber}`).set('Authorization', `Bearer ${fullAccess}`).expect(200);
    expect(res.body.data.sources[0]).toMatchObject({ anonymous: true, descriptor: 'resident who saw the amber clash', reliability: 'C', credibility: 3 });
  });

  it('exports STIX with the TLP:AMBER marking to a full-access partner', async () => {
    const res = await http(strapi!).get(`/api/security-briefings/briefings/${ids.amber}/export?format=stix`).set('Authorization', `Bearer ${fullAccess}`).expect(200);
    expect(res.headers['content-type']).toContain('application/stix+json');
    const bundle = JSON.parse(res.text ?? res.body.toString());
    expect(bundle.type).toBe('bundle');
    const report = bundle.objects.find((o: any) => o.type === 'report');
    expect(report.object_marking_refs).toContain('marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421');
  });

  it('lets a token export only the formats it is granted', async () => {
    await http(strapi!).get(`/api/security-briefings/briefings/${ids.green}/export?format=csv`).set('Authorization', `Bearer ${greenOnly}`).expect(200);
    await http(strapi!).get(`/api/security-briefings/briefings/${ids.green}/export?format=stix`).set('Authorization', `Bearer ${greenOnly}`).expect(403);
    await http(strapi!).get('/api/security-briefings/briefings/export?format=csv').set('Authorization', `Bearer ${greenOnly}`).expect(403);
  });

  it('opens AMBER to a Users & Permissions role that has the marking permission', async () => {
    const role = await strapi!.db.query('plugin::users-permissions.role').create({ data: { name: 'Partner desk', type: 'partner-desk', description: 'Partner newsroom' } });
    for (const action of ['briefing.find', 'briefing.findOne', 'marking.amber']) {
      await strapi!.db.query('plugin::users-permissions.permission').create({ data: { action: `${PLUGIN}.${action}`, role: role.id } });
    }
    await strapi!.plugin('users-permissions').service('user').add({
      username: 'partner', email: 'partner@example.org', password: 'Partner-desk-1', provider: 'local', confirmed: true, blocked: false, role: role.id,
    });
    const login = await http(strapi!).post('/api/auth/local').send({ identifier: 'partner@example.org', password: 'Partner-desk-1' }).expect(200);
    const jwt = login.body.jwt;
    expect(await titles(jwt)).toEqual(['Briefing marked amber', 'Islamic State deputy leader Abu Khadija killed in air strike in Anbar']);
  });

  it('lets an editor download exports from the admin, except AMBER+STRICT and RED', async () => {
    const token = await adminToken(strapi!);
    const ok = await http(strapi!).get(`/security-briefings/briefings/${ids.amber}/export?format=geojson&status=published`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(ok.headers['content-disposition']).toMatch(/attachment; filename=".+\.geojson"/);
    const red = await http(strapi!).get(`/security-briefings/briefings/${ids.red}/export?format=csv`).set('Authorization', `Bearer ${token}`).expect(403);
    expect(red.body.error.name).toBe('ForbiddenError');
    await http(strapi!).get(`/security-briefings/briefings/${ids.amber}/export?format=csv`).expect(401);
  });
});
