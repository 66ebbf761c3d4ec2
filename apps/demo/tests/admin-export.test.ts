import { BRIEFING, useDemo } from './demo-app';

const CM = '/content-manager/collection-types';
const READ = 'plugin::content-manager.explorer.read';
const CREATE = 'plugin::content-manager.explorer.create';

/** The admin export answers as the Content Manager would: which briefings, and which of their fields, a role may read. */
describe('admin export follows Content Manager permissions', () => {
  const demo = useDemo();
  let superToken: string;
  let allFields: string[];
  const ids: Record<string, string> = {};

  const createBriefing = async (token: string, data: object) => {
    const res = await demo.http(token).post(`${CM}/${BRIEFING}`).send(data).expect(201);
    return res.body.data.documentId as string;
  };

  const exportAs = (token: string, documentId: string, format = 'ninjs') =>
    demo.http(token).get(`/security-briefings/briefings/${documentId}/export?format=${format}`);

  beforeAll(async () => {
    superToken = await demo.adminToken();
    const strapi = demo.strapi;
    allFields = strapi.service('admin::content-type').getNestedFields(strapi.contentType(BRIEFING), { components: strapi.components });
    ids.green = await createBriefing(superToken, {
      title: 'Checkpoint closed after clash',
      marking: 'green',
      summary: 'SUMMARY-CANARY: the checkpoint was closed for a day.',
      sources: [
        { kind: 'media', name: 'SOURCE-CANARY Gazette' },
        { kind: 'official', anonymous: true, descriptor: 'DESCRIPTOR-CANARY officer', reliability: 'B', credibility: 2 },
      ],
    });
    ids.red = await createBriefing(superToken, { title: 'Informant network', marking: 'red' });
    ids.strict = await createBriefing(superToken, { title: 'Partner-only warning', marking: 'amber+strict' });
  });

  it('lets an author limited to their own briefings export theirs and nobody else’s', async () => {
    const role = await demo.adminRole('Own briefings only', [
      { action: CREATE, subject: BRIEFING, properties: { fields: allFields } },
      { action: READ, subject: BRIEFING, properties: { fields: allFields }, conditions: ['admin::is-creator'] },
    ]);
    const author = await demo.adminUser('author@example.org', [role]);
    const own = await createBriefing(author, { title: 'My own briefing', marking: 'green', summary: 'Written by the author.' });

    const ok = await exportAs(author, own).expect(200);
    expect(ok.text).toContain('My own briefing');
    const refused = await exportAs(author, ids.green).expect(403);
    expect(refused.body.error.name).toBe('ForbiddenError');
    expect(refused.text).not.toContain('SUMMARY-CANARY');
  });

  it('leaves out of the export the fields a role may not read', async () => {
    const hidden = (field: string) => field === 'summary' || field === 'sources' || field.startsWith('sources.');
    const role = await demo.adminRole('Desk without sources', [{ action: READ, subject: BRIEFING, properties: { fields: allFields.filter((f) => !hidden(f)) } }]);
    const desk = await demo.adminUser('desk@example.org', [role]);

    // The super admin's download has them all, so their absence below is the permissions at work.
    const full = await exportAs(superToken, ids.green).expect(200);
    for (const canary of ['SUMMARY-CANARY', 'SOURCE-CANARY', 'DESCRIPTOR-CANARY']) expect(full.text).toContain(canary);

    for (const format of ['ninjs', 'stix', 'jsonld', 'csv', 'geojson']) {
      const res = await exportAs(desk, ids.green, format).expect(200);
      expect(res.text).not.toMatch(/SUMMARY-CANARY|SOURCE-CANARY|DESCRIPTOR-CANARY/);
    }
    const ninjs = JSON.parse((await exportAs(desk, ids.green)).text);
    expect(ninjs.headlines[0].value).toBe('Checkpoint closed after clash');
  });

  it('refuses a role that may not see the marking', async () => {
    const role = await demo.adminRole('Desk without markings', [{ action: READ, subject: BRIEFING, properties: { fields: allFields.filter((f) => f !== 'marking') } }]);
    const desk = await demo.adminUser('nomarking@example.org', [role]);
    await exportAs(desk, ids.green).expect(403);
  });

  it('keeps RED and AMBER+STRICT in the admin, even for the super admin', async () => {
    await exportAs(superToken, ids.green, 'csv').expect(200);
    for (const documentId of [ids.red, ids.strict]) {
      // Strapi answers a controller's ForbiddenError with a bare "Forbidden": the name is all there is to check.
      const res = await exportAs(superToken, documentId, 'csv').expect(403);
      expect(res.body.error.name).toBe('ForbiddenError');
      expect(res.text).not.toContain(documentId === ids.red ? 'Informant network' : 'Partner-only warning');
    }
  });
});
