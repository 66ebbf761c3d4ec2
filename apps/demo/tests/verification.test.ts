import { BRIEFING, PLACE, useDemo, type HttpClient } from './demo-app';

const CM = '/content-manager/collection-types';
const OPTION = 'plugin::security-briefings.verification';

const reuters = { kind: 'media', name: 'Reuters' };
const afp = { kind: 'media', name: 'AFP' };
const ministry = { kind: 'official', name: 'Ministry of Interior', reliability: 'B' };
const officials = { kind: 'official', anonymous: true, descriptor: 'security officials', reliability: 'A' };

/**
 * Each briefing's verification level is derived from its sources by the server, on every write by
 * every door, and cannot be set; it shows wherever the briefing does; a publish rule can ask for it.
 */
describe('verification, derived from the sources', () => {
  const demo = useDemo();
  let admin: HttpClient;
  let baghdad: string;

  beforeAll(async () => {
    admin = demo.http(await demo.adminToken());
    baghdad = (await demo.strapi.documents(PLACE).findFirst({ filters: { name: 'Baghdad' } }))!.documentId;
  });

  /** Every version's stored level, draft first, as the database holds it. */
  const levels = async (documentId: string) => {
    const rows = await demo.strapi.db.query(BRIEFING).findMany({ where: { documentId }, select: ['verification', 'publishedAt'], orderBy: { id: 'asc' } });
    return Object.fromEntries(rows.map((row: any) => [row.publishedAt ? 'published' : 'draft', row.verification]));
  };

  const complete = (title: string, sources: object[], marking = 'clear') => ({
    title,
    marking,
    incident: { eventType: 'battles', subEventType: 'armed-clash', date: '2025-06-02', datePrecision: 'day', place: { connect: [{ documentId: baghdad }] } },
    sources,
  });

  it('is derived on create and update through the Content Manager, and a level sent is overwritten', async () => {
    const created = await admin.post(`${CM}/${BRIEFING}`).send({ ...complete('Clash in Karrada', [reuters]), verification: 'confirmed' }).expect(201);
    const { documentId } = created.body.data;
    expect(created.body.data.verification).toBe('unconfirmed');
    expect(await levels(documentId)).toEqual({ draft: 'unconfirmed' });

    // The Content Manager sends back the fields it read with the form, the derived ones included.
    const { title, marking, eventType, incidentDate, countryCode, verification } = created.body.data;
    const form = { title, marking, eventType, incidentDate, countryCode, verification };
    const updated = await admin.put(`${CM}/${BRIEFING}/${documentId}`).send({ ...form, sources: [reuters, afp] }).expect(200);
    expect(updated.body.data.verification).toBe('corroborated');
    expect(await levels(documentId)).toEqual({ draft: 'corroborated' });

    await admin.put(`${CM}/${BRIEFING}/${documentId}`).send({ sources: [reuters, { ...reuters, name: 'REUTERS' }], verification: 'corroborated' }).expect(200);
    expect(await levels(documentId)).toEqual({ draft: 'unconfirmed' });

    await admin.put(`${CM}/${BRIEFING}/${documentId}`).send({ sources: [officials] }).expect(200);
    expect(await levels(documentId)).toEqual({ draft: 'unconfirmed' });

    await admin.put(`${CM}/${BRIEFING}/${documentId}`).send({ sources: [officials, ministry] }).expect(200);
    expect(await levels(documentId)).toEqual({ draft: 'confirmed' });
  });

  it('is derived on writes through the document service, each version from its own sources', async () => {
    const docs = demo.strapi.documents(BRIEFING);
    const { documentId } = await docs.create({ data: { ...complete('Raid in Mosul', [reuters, afp]), verification: 'confirmed' } as any });
    expect(await levels(documentId)).toEqual({ draft: 'corroborated' });
    await docs.publish({ documentId });
    expect(await levels(documentId)).toEqual({ draft: 'corroborated', published: 'corroborated' });

    await docs.update({ documentId, data: { sources: [reuters] } as any });
    expect(await levels(documentId)).toEqual({ draft: 'unconfirmed', published: 'corroborated' });
    await docs.discardDraft({ documentId });
    expect(await levels(documentId)).toEqual({ draft: 'corroborated', published: 'corroborated' });

    // Writing the field straight into the update is dropped like any other sent value.
    await docs.update({ documentId, data: { verification: 'confirmed' } as any });
    expect(await levels(documentId)).toEqual({ draft: 'corroborated', published: 'corroborated' });
  });

  it('shows in the public REST answer, in GraphQL, and filters both', async () => {
    const docs = demo.strapi.documents(BRIEFING);
    const confirmed = await demo.briefing({ title: 'Confirmed by the ministry', sources: [ministry] });
    const unconfirmed = await demo.briefing({ title: 'One wire only', sources: [reuters] });

    const one = await demo.http().get(`/api/security-briefings/briefings/${confirmed}`).expect(200);
    expect(one.body.data.verification).toBe('confirmed');
    // The public never sees the grade that confirmed it.
    expect(JSON.stringify(one.body.data.sources)).not.toContain('reliability');

    const list = await demo.http().get('/api/security-briefings/briefings?verification=confirmed&pageSize=100').expect(200);
    const titles = list.body.data.map((b: any) => b.title);
    expect(titles).toContain('Confirmed by the ministry');
    expect(titles).not.toContain('One wire only');
    expect(list.body.data.every((b: any) => b.verification === 'confirmed')).toBe(true);
    await demo.http().get('/api/security-briefings/briefings?verification=certain').expect(400);

    const gql = await demo
      .http()
      .post('/graphql')
      .send({
        query: 'query ($id: ID!) { securityBriefing(documentId: $id) { verification } securityBriefingsList(verification: "unconfirmed", pageSize: 100) { data { title verification } } }',
        variables: { id: confirmed },
      })
      .expect(200);
    expect(gql.body.errors).toBeUndefined();
    expect(gql.body.data.securityBriefing.verification).toBe('confirmed');
    const listed = gql.body.data.securityBriefingsList.data;
    expect(listed.map((b: any) => b.title)).toContain('One wire only');
    expect(listed.every((b: any) => b.verification === 'unconfirmed')).toBe(true);

    // A draft change shows once published: the shelf follows the published version.
    await docs.update({ documentId: unconfirmed, data: { sources: [reuters, afp] } as any });
    expect((await demo.http().get(`/api/security-briefings/briefings/${unconfirmed}`).expect(200)).body.data.verification).toBe('unconfirmed');
    await docs.publish({ documentId: unconfirmed });
    expect((await demo.http().get(`/api/security-briefings/briefings/${unconfirmed}`).expect(200)).body.data.verification).toBe('corroborated');
  });

  it('is listable and filterable in the Content Manager and the overview', async () => {
    const cm = await admin.get(`${CM}/${BRIEFING}?filters[verification][$eq]=confirmed&pageSize=100`).expect(200);
    expect(cm.body.results.length).toBeGreaterThan(0);
    expect(cm.body.results.every((b: any) => b.verification === 'confirmed')).toBe(true);

    const overview = await admin.get('/security-briefings/overview?verification=corroborated&pageSize=100').expect(200);
    expect(overview.body.data.length).toBeGreaterThan(0);
    expect(overview.body.data.every((b: any) => b.verification === 'corroborated')).toBe(true);
    expect(overview.body.data.map((b: any) => b.title)).toContain('Raid in Mosul');
  });

  it('is carried into the exports: STIX confidence, JSON-LD backstory, ninjs description', async () => {
    const documentId = await demo.briefing({ title: 'Two wires agree', sources: [reuters, afp] });
    const partner = await demo.apiToken({ type: 'full-access' });
    const get = (format: string) => demo.http(partner).get(`/api/security-briefings/briefings/${documentId}/export?format=${format}`).expect(200);
    const stix = JSON.parse((await get('stix')).text);
    expect(stix.objects.find((o: any) => o.type === 'report').confidence).toBe(50);
    expect(JSON.parse((await get('jsonld')).text).backstory).toBe('Corroborated: Two or more independent named sources.');
    const ninjs = JSON.parse((await get('ninjs')).text);
    expect(ninjs.descriptions).toContainEqual({ role: 'verification', contenttype: 'text/plain', value: 'Corroborated: Two or more independent named sources.' });
  });

  it('is derived on start for a database from before the field, and shelved', async () => {
    const documentId = await demo.briefing({ title: 'Older briefing, two outlets', sources: [reuters, afp] });
    // The database as an earlier version left it: no levels, no rule recorded, a shelf of the format before.
    await demo.strapi.db.connection('security_briefings').update({ verification: null });
    const store = demo.strapi.store({ type: 'plugin', name: 'security-briefings' });
    await store.delete({ key: 'verification-rule' });
    await store.set({ key: 'shelf-format', value: 3 });
    await demo.reboot();
    admin = demo.http(await demo.adminToken());

    expect(await demo.strapi.db.query(BRIEFING).count({ where: { verification: { $null: true } } })).toBe(0);
    expect(await levels(documentId)).toEqual({ draft: 'corroborated', published: 'corroborated' });
    const one = await demo.http().get(`/api/security-briefings/briefings/${documentId}`).expect(200);
    expect(one.body.data.verification).toBe('corroborated');
  });

  describe('with a publish rule: { requireToPublish: { clear: "corroborated" } }', () => {
    beforeAll(() => demo.strapi.config.set(OPTION, { requireToPublish: { clear: 'corroborated' } }));
    afterAll(() => demo.strapi.config.set(OPTION, {}));

    const published = (documentId: string) => demo.strapi.documents(BRIEFING).count({ filters: { documentId }, status: 'published' } as any);
    const expectRefusal = (body: any) => {
      expect(body.error.name).toBe('ValidationError');
      expect(body.error.details.errors).toEqual([
        {
          path: ['verification'],
          name: 'ValidationError',
          message:
            'A TLP:CLEAR briefing must be corroborated or better before it is published; this one is unconfirmed (1 independent source and 1 anonymous source). Corroborated: Two or more independent named sources.',
        },
      ]);
      expect(body.error.message).toMatch(/^verification: A TLP:CLEAR briefing must be corroborated/);
    };

    it('gives the edit view the rule and the requirement (admin API)', async () => {
      const res = await admin.get('/security-briefings/verification').expect(200);
      expect(res.body.data).toEqual({
        rule: { firstHandKinds: ['official', 'witness'], confirmingReliability: ['A', 'B'], corroboratingSources: 2 },
        requireToPublish: { clear: 'corroborated' },
      });
      await demo.http().get('/security-briefings/verification').expect(401);
    });

    it('refuses to publish an unconfirmed CLEAR briefing through the Content Manager, naming the field', async () => {
      const created = await admin.post(`${CM}/${BRIEFING}`).send(complete('Single-source clash', [reuters, officials])).expect(201);
      const { documentId } = created.body.data;
      const res = await admin.post(`${CM}/${BRIEFING}/${documentId}/actions/publish`).send({}).expect(400);
      expectRefusal(res.body);
      expect(await published(documentId)).toBe(0);

      // Save-and-publish in one request is the same door.
      const both = await admin.post(`${CM}/${BRIEFING}/${documentId}/actions/publish`).send({ title: 'Single-source clash, retitled' }).expect(400);
      expectRefusal(both.body);
      expect(await published(documentId)).toBe(0);

      // A second independent source, and it publishes.
      await admin.put(`${CM}/${BRIEFING}/${documentId}`).send({ sources: [reuters, officials, afp] }).expect(200);
      await admin.post(`${CM}/${BRIEFING}/${documentId}/actions/publish`).send({}).expect(200);
      expect(await levels(documentId)).toEqual({ draft: 'corroborated', published: 'corroborated' });
    });

    it('refuses a bulk publish from the Content Manager list that holds an unconfirmed CLEAR briefing, and publishes none of them', async () => {
      const corroborated = (await admin.post(`${CM}/${BRIEFING}`).send(complete('Two outlets, bulk', [reuters, afp])).expect(201)).body.data.documentId;
      const unconfirmed = (await admin.post(`${CM}/${BRIEFING}`).send(complete('One outlet, bulk', [reuters, officials])).expect(201)).body.data.documentId;
      const res = await admin.post(`${CM}/${BRIEFING}/actions/bulkPublish`).send({ documentIds: [corroborated, unconfirmed] }).expect(400);
      expectRefusal(res.body);
      expect(await published(corroborated)).toBe(0);
      expect(await published(unconfirmed)).toBe(0);
      await admin.post(`${CM}/${BRIEFING}/actions/bulkPublish`).send({ documentIds: [corroborated] }).expect(200);
      expect(await published(corroborated)).toBe(1);
    });

    it('refuses through the document service too, publish or create with status published, and writes nothing', async () => {
      const docs = demo.strapi.documents(BRIEFING);
      const { documentId } = await docs.create({ data: complete('Unconfirmed claim', [reuters, officials]) as any });
      await expect(docs.publish({ documentId })).rejects.toMatchObject({ name: 'ValidationError', details: { errors: [expect.objectContaining({ path: ['verification'] })] } });
      expect(await published(documentId)).toBe(0);

      const before = await demo.strapi.db.query(BRIEFING).count();
      await expect(docs.create({ data: complete('Published at once', [reuters, officials]) as any, status: 'published' } as any)).rejects.toMatchObject({
        name: 'ValidationError',
      });
      expect(await demo.strapi.db.query(BRIEFING).count()).toBe(before);
    });

    it('leaves markings without a requirement alone, and lets the seed briefing (confirmed) publish', async () => {
      const amber = await demo.briefing({ title: 'Amber, one source', marking: 'amber', sources: [reuters] });
      expect(await published(amber)).toBe(1);
      const seed = await demo.strapi.documents(BRIEFING).findFirst({ filters: { slug: 'islamic-state-deputy-leader-abu-khadija-killed-in-anbar' }, status: 'draft' } as any);
      expect(await levels(seed!.documentId)).toMatchObject({ draft: 'confirmed' });
      await admin.post(`${CM}/${BRIEFING}/${seed!.documentId}/actions/publish`).send({}).expect(200);
    });
  });
});
