import { BRIEFING, PLACE, useDemo, type HttpClient } from './demo-app';

const CM = '/content-manager/collection-types';
const PUBLIC_LIST = '/api/security-briefings/briefings?pageSize=100';

/**
 * Every door that writes a briefing obeys the rules (direct publishes, clones, bulk publish), and a
 * stricter marking or a source made anonymous in a draft applies to the published version at once.
 */
describe('writes through any door, and protection raised in a draft', () => {
  const demo = useDemo();
  let admin: HttpClient;
  let partner: HttpClient;
  let place: string;

  beforeAll(async () => {
    admin = demo.http(await demo.adminToken());
    partner = demo.http(await demo.apiToken({ type: 'full-access' }));
    place = (await demo.strapi.documents(PLACE).findFirst({ filters: { name: 'Baghdad' } }))!.documentId;
  });

  const complete = (title: string, extra: Record<string, unknown> = {}) => ({
    title,
    marking: 'clear',
    incident: { eventType: 'battles', subEventType: 'armed-clash', date: '2025-06-01', datePrecision: 'day', place },
    sources: [
      { kind: 'witness', name: 'Ahmed Saleh', anonymous: false },
      { kind: 'media', name: 'Example Radio', url: 'https://radio.example/report', anonymous: false },
    ],
    ...extra,
  });
  const countTitled = (title: string, status: 'draft' | 'published') =>
    demo.strapi.documents(BRIEFING).count({ filters: { title }, status } as any);
  const publicTitles = async () => (await demo.http().get(PUBLIC_LIST).expect(200)).body.data.map((b: any) => b.title);

  describe('direct publishes, clones and bulk publish', () => {
    it('refuses a create that publishes an incomplete briefing, writing nothing', async () => {
      const title = 'Published at once without a place';
      const data = complete(title);
      delete (data.incident as any).place;
      await expect(demo.strapi.documents(BRIEFING).create({ data, status: 'published' } as any)).rejects.toThrow(/incident\.place: Choose the place/);
      expect(await countTitled(title, 'draft')).toBe(0);
      expect(await countTitled(title, 'published')).toBe(0);
    });

    it('refuses a create that publishes a briefing breaking a rule, naming the field', async () => {
      const title = 'Published at once with a sub-type of another type';
      const data = complete(title, { incident: { eventType: 'battles', subEventType: 'air-drone-strike', date: '2025-06-01', datePrecision: 'day', place } });
      await expect(demo.strapi.documents(BRIEFING).create({ data, status: 'published' } as any)).rejects.toThrow(/incident\.subEventType/);
      expect(await countTitled(title, 'draft')).toBe(0);
    });

    it('publishes a complete briefing created with status published', async () => {
      const title = 'Published at once, complete';
      await demo.strapi.documents(BRIEFING).create({ data: complete(title), status: 'published' } as any);
      expect(await countTitled(title, 'published')).toBe(1);
    });

    it('refuses an update that publishes an incomplete draft, leaving draft and published version as they were', async () => {
      const title = 'Draft without sources';
      const draft = await demo.strapi.documents(BRIEFING).create({ data: complete(title, { sources: [] }) } as any);
      await expect(
        demo.strapi.documents(BRIEFING).update({ documentId: draft.documentId, data: { title: `${title}, renamed` }, status: 'published' } as any),
      ).rejects.toThrow(/sources: Add at least one source/);
      expect(await countTitled(title, 'draft')).toBe(1);
      expect(await countTitled(`${title}, renamed`, 'draft')).toBe(0);
      expect(await countTitled(`${title}, renamed`, 'published')).toBe(0);
    });

    it('refuses a clone whose changes break a rule, and clones a valid one', async () => {
      const source = await demo.strapi.documents(BRIEFING).create({ data: complete('Clone source') } as any);
      await expect(
        demo.strapi.documents(BRIEFING).clone({ documentId: source.documentId, data: { title: 'Bad clone', incident: { eventType: 'protests', subEventType: 'armed-clash' } } } as any),
      ).rejects.toThrow(/incident\.subEventType/);
      expect(await countTitled('Bad clone', 'draft')).toBe(0);
      const res = await admin
        .post(`${CM}/${BRIEFING}/clone/${source.documentId}`)
        .send({ title: 'Good clone' })
        .expect(200);
      expect(res.body.data.title).toBe('Good clone');
    });

    it('bulk publish from the Content Manager refuses an incomplete briefing and publishes none of the batch', async () => {
      const good = await demo.strapi.documents(BRIEFING).create({ data: complete('Bulk, complete') } as any);
      const bad = await demo.strapi.documents(BRIEFING).create({ data: complete('Bulk, no sources', { sources: [] }) } as any);
      const res = await admin
        .post(`${CM}/${BRIEFING}/actions/bulkPublish`)
        .send({ documentIds: [good.documentId, bad.documentId] });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.error)).toMatch(/source/i);
      expect(await countTitled('Bulk, no sources', 'published')).toBe(0);
      expect(await countTitled('Bulk, complete', 'published')).toBe(0);
    });
  });

  describe('raising protection in a draft', () => {
    let documentId: string;
    const title = 'Clash in Baghdad, sources named';

    beforeAll(async () => {
      documentId = await demo.briefing(complete(title));
    });

    const protection = async () =>
      (await admin.get(`/security-briefings/briefings/${documentId}/protection`).expect(200)).body.data;

    it('a stricter marking saved in the Content Manager hides the published version at once, and the editor is told', async () => {
      expect(await publicTitles()).toContain(title);
      expect(await protection()).toEqual({ published: { marking: 'clear' }, raised: null });
      const publishedBefore = await demo.strapi.documents(BRIEFING).findOne({ documentId, status: 'published' } as any);

      await admin.put(`${CM}/${BRIEFING}/${documentId}`).send({ marking: 'amber' }).expect(200);

      expect(await publicTitles()).not.toContain(title);
      await demo.http().get(`/api/security-briefings/briefings/${documentId}`).expect(404);
      await demo.http().get(`/api/security-briefings/briefings/${documentId}/export?format=csv`).expect(404);
      // A partner cleared for AMBER still reads it, as AMBER.
      const forPartner = await partner.get(`/api/security-briefings/briefings/${documentId}`).expect(200);
      expect(forPartner.body.data.marking).toBe('amber');
      expect(await protection()).toEqual({ published: { marking: 'amber' }, raised: { from: 'clear', to: 'amber', sources: 0 } });
      // The published version keeps its own updatedAt: the draft still shows as modified.
      const publishedAfter = await demo.strapi.documents(BRIEFING).findOne({ documentId, status: 'published' } as any);
      expect(publishedAfter!.updatedAt).toEqual(publishedBefore!.updatedAt);
      const cm = await admin.get(`${CM}/${BRIEFING}/${documentId}`).expect(200);
      expect(cm.body.data.status).toBe('modified');
    });

    it('going further (RED) hides it from partners too; lowering again waits for a publish', async () => {
      await demo.strapi.documents(BRIEFING).update({ documentId, data: { marking: 'red' } } as any);
      await partner.get(`/api/security-briefings/briefings/${documentId}`).expect(404);
      expect((await protection()).raised).toEqual({ from: 'clear', to: 'red', sources: 0 });

      await demo.strapi.documents(BRIEFING).update({ documentId, data: { marking: 'clear' } } as any);
      await demo.http().get(`/api/security-briefings/briefings/${documentId}`).expect(404);
      await demo.strapi.documents(BRIEFING).publish({ documentId });
      await demo.http().get(`/api/security-briefings/briefings/${documentId}`).expect(200);
      expect((await protection()).raised).toBeNull();
    });

    it('a source made anonymous in the draft is anonymous in the published version at once', async () => {
      const draft = await demo.strapi.documents(BRIEFING).findOne({ documentId, populate: { sources: true } } as any);
      const sources = (draft!.sources as any[]).map(({ id: _id, ...s }) => s);
      sources[0] = { kind: 'witness', anonymous: true, descriptor: 'a resident of the district' };
      await demo.strapi.documents(BRIEFING).update({ documentId, data: { sources } } as any);

      const res = await demo.http().get(`/api/security-briefings/briefings/${documentId}`).expect(200);
      expect(JSON.stringify(res.body)).not.toContain('Ahmed Saleh');
      expect(res.body.data.sources).toEqual([{ kind: 'witness', anonymous: true }, expect.objectContaining({ name: 'Example Radio' })]);
      const forPartner = await partner.get(`/api/security-briefings/briefings/${documentId}`).expect(200);
      expect(JSON.stringify(forPartner.body)).not.toContain('Ahmed Saleh');
      expect((await protection()).raised).toEqual({ from: null, to: null, sources: 1 });
    });
  });
});
