import { ACTOR, BRIEFING, PLACE, componentUid, useDemo, type HttpClient } from './demo-app';

const CM = '/content-manager/collection-types';

describe('bad input is refused with a 400 naming each field, and nothing is written', () => {
  const demo = useDemo();
  let admin: HttpClient;

  beforeAll(async () => {
    admin = demo.http(await demo.adminToken());
  });

  const snapshot = async () => ({
    briefings: await demo.strapi.db.query(BRIEFING).count(),
    actors: await demo.strapi.db.query(ACTOR).count(),
    places: await demo.strapi.db.query(PLACE).count(),
    incidents: await demo.strapi.db.query(componentUid('incident') as any).count(),
  });

  it('refuses a new briefing whose incident contradicts itself, through the Content Manager', async () => {
    const before = await snapshot();
    const res = await admin
      .post(`${CM}/${BRIEFING}`)
      .send({
        title: 'Clash reported near Gao',
        marking: 'green',
        incident: { eventType: 'battles', subEventType: 'air-drone-strike', date: '2025-04', datePrecision: 'day', fatalitiesMin: 9, fatalitiesMax: 3 },
        sources: [{ kind: 'witness', anonymous: true }],
      })
      .expect(400);

    expect(res.body.error.name).toBe('ValidationError');
    const paths = res.body.error.details.errors.map((e: any) => e.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['incident.subEventType', 'incident.date', 'incident.fatalitiesMax', 'sources.0.descriptor']),
    );
    expect(res.body.error.details.errors.find((e: any) => e.path.join('.') === 'incident.subEventType').message).toMatch(
      /not a kind of “Battles”/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an update that breaks a rule and leaves the saved briefing as it was', async () => {
    const seeded = await demo.strapi.documents(BRIEFING).findFirst({ status: 'draft', populate: { incident: true } } as any);
    const res = await admin
      .put(`${CM}/${BRIEFING}/${seeded!.documentId}`)
      .send({ title: 'Changed title', marking: 'purple', incident: { eventType: 'explosions-remote-violence', subEventType: 'grenade', date: '2025-13-01', datePrecision: 'day' } })
      .expect(400);
    const paths = res.body.error.details.errors.map((e: any) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['marking', 'incident.date']));

    const after = await demo.strapi.documents(BRIEFING).findOne({ documentId: seeded!.documentId, status: 'draft', populate: { incident: true } } as any);
    expect(after!.title).toBe(seeded!.title);
    expect((after as any).incident).toEqual((seeded as any).incident);
  });

  it('refuses a place with a latitude out of range and a made-up country code', async () => {
    const before = await snapshot();
    const res = await admin
      .post(`${CM}/${PLACE}`)
      .send({ name: 'Nowhere', kind: 'city', countryCode: 'XQ', latitude: 123, longitude: 10 })
      .expect(400);
    expect(res.body.error.details.errors.map((e: any) => e.path.join('.')).sort()).toEqual(['countryCode', 'latitude']);
    expect(await snapshot()).toEqual(before);
  });

  it('applies the same rules to code that writes through the document service', async () => {
    const before = await snapshot();
    await expect(
      demo.strapi.documents(ACTOR).create({ data: { name: 'Unnamed cell', kind: 'sleeper-cell' } as any }),
    ).rejects.toMatchObject({ name: 'ValidationError', details: { errors: [expect.objectContaining({ path: ['kind'] })] } });
    expect(await snapshot()).toEqual(before);
  });

  it('accepts a valid briefing and keeps the list view fields in step with its incident', async () => {
    const place = await demo.strapi.documents(PLACE).findFirst({ filters: { name: 'Damascus' } });
    const res = await admin
      .post(`${CM}/${BRIEFING}`)
      .send({
        title: 'Car bomb in Damascus',
        marking: 'amber',
        incident: { eventType: 'explosions-remote-violence', subEventType: 'remote-explosive-landmine-ied', date: '2025-02', datePrecision: 'month', place: { connect: [{ documentId: place!.documentId }] } },
      })
      .expect(201);
    const row = await demo.strapi.db.query(BRIEFING).findOne({ where: { documentId: res.body.data.documentId } });
    expect(row).toMatchObject({ eventType: 'explosions-remote-violence', incidentDate: '2025-02-01', countryCode: 'SY' });
  });

  it('leaves the published version untouched when only the draft changes, so it shows as modified', async () => {
    const published = await demo.strapi.db.query(BRIEFING).findOne({ where: { publishedAt: { $notNull: true } } });
    await demo.strapi.documents(BRIEFING).update({ documentId: published.documentId, data: { summary: 'Updated summary.' } } as any);
    const after = await demo.strapi.db.query(BRIEFING).findOne({ where: { id: published.id } });
    expect(after.updatedAt).toEqual(published.updatedAt);
    expect(after.summary).toBe(published.summary);
  });

  describe('what the fuzzed writes found (issue 10)', () => {
    const briefingWithSource = async (name: string) =>
      demo.strapi.documents(BRIEFING).create({ data: { title: `Fuzz ${name}`, sources: [{ kind: 'media', name }] } as any, populate: { sources: true } } as any);

    it('answers the Content Manager\'s draft actions on actors and places (which have no drafts) with a 400 naming status, not Strapi\'s 500', async () => {
      const actor = await demo.strapi.documents(ACTOR).findFirst({});
      for (const path of [`${ACTOR}/${actor!.documentId}/actions/publish`, `${ACTOR}/${actor!.documentId}/actions/unpublish`, `${PLACE}/actions/bulkPublish`]) {
        const res = await admin.post(`${CM}/${path}`).send({ documentIds: [actor!.documentId] });
        expect({ path, status: res.status, fields: res.body.error?.details?.errors?.map((e: any) => e.path.join('.')) }).toEqual({ path, status: 400, fields: ['status'] });
      }
    });

    it('names the field holding a link to a record that does not exist (Strapi only says "Document with id … not found")', async () => {
      const before = await snapshot();
      const res = await admin
        .post(`${CM}/${BRIEFING}`)
        .send({ title: 'Broken links', actorRoles: [{ actor: 'no-such-actor', role: 'victim' }], incident: { place: { connect: [{ documentId: 'no-such-place' }] } } })
        .expect(400);
      const paths = res.body.error.details.errors.map((e: any) => e.path.join('.'));
      expect(paths.sort()).toEqual(['actorRoles.0.actor', 'incident.place']);
      expect(await snapshot()).toEqual(before);
      // A briefing's documentId where a place belongs is a missing place too.
      const briefing = await demo.strapi.documents(BRIEFING).findFirst({});
      await expect(demo.strapi.documents(PLACE).create({ data: { name: 'Inside a briefing', kind: 'city', parent: briefing!.documentId } as any })).rejects.toMatchObject({
        name: 'ValidationError',
        details: { errors: [expect.objectContaining({ path: ['parent'] })] },
      });
    });

    it("refuses another briefing's component entry by its id, which Strapi would rewrite and share", async () => {
      const theirs = (await briefingWithSource('Their wire')) as any;
      const ours = (await briefingWithSource('Our wire')) as any;
      await expect(
        demo.strapi.documents(BRIEFING).update({ documentId: ours.documentId, data: { sources: [{ id: theirs.sources[0].id, kind: 'media', name: 'Stolen' }] } } as any),
      ).rejects.toMatchObject({ name: 'ValidationError', details: { errors: [expect.objectContaining({ path: ['sources', '0', 'id'] })] } });
      const after = (await demo.strapi.documents(BRIEFING).findOne({ documentId: theirs.documentId, populate: { sources: true } } as any)) as any;
      expect(after.sources).toEqual([expect.objectContaining({ id: theirs.sources[0].id, name: 'Their wire' })]);
      // Its own entry, by id, is updated in place as before.
      await demo.strapi.documents(BRIEFING).update({ documentId: ours.documentId, data: { sources: [{ id: ours.sources[0].id, kind: 'media', name: 'Our wire, renamed' }] } } as any);
    });

    it('refuses a new document that chooses its own row id or documentId, and malformed managed fields (a 500 or an unnamed 400 before)', async () => {
      const before = await snapshot();
      for (const [body, field] of [
        [{ title: 'Chosen id', id: 'abc' }, 'id'],
        [{ title: 'Chosen id', id: 999999 }, 'id'],
        [{ title: 'Chosen documentId', documentId: 5 }, 'documentId'],
      ] as const) {
        const res = await admin.post(`${CM}/${BRIEFING}`).send(body).expect(400);
        expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain(field);
      }
      // The Content Manager drops timestamps it is sent; code calling the document service reaches Strapi's date parser.
      await expect(demo.strapi.documents(ACTOR).create({ data: { name: 'Odd timestamp', kind: 'person', createdAt: { nested: true } } as any })).rejects.toMatchObject({
        name: 'ValidationError',
        details: { errors: [expect.objectContaining({ path: ['createdAt'] })] },
      });
      expect(await snapshot()).toEqual(before);
    });

    it('refuses prototype keys from code (the JSON parser stops them over HTTP) instead of failing with a TypeError', async () => {
      const data = JSON.parse('{"title":"Polluted","incident":{"__proto__":{"polluted":1}}}');
      await expect(demo.strapi.documents(BRIEFING).create({ data })).rejects.toMatchObject({
        name: 'ValidationError',
        details: { errors: [expect.objectContaining({ path: ['incident', '__proto__'] })] },
      });
      expect(({} as any).polluted).toBeUndefined();
    });

    it('refuses what the database cannot keep as written, naming the field: a 256-character title, NUL, huge counts, a month for saidAt', async () => {
      const before = await snapshot();
      for (const [body, field] of [
        [{ title: 'x'.repeat(256) }, 'title'],
        [{ title: 'NUL\u0000inside' }, 'title'],
        [{ title: 'Many dead', incident: { fatalitiesMin: 2 ** 31 } }, 'incident.fatalitiesMin'],
        [{ title: 'Quote', quotes: [{ text: 'We will continue.', saidAt: '2025-03' }] }, 'quotes.0.saidAt'],
      ] as const) {
        const res = await admin.post(`${CM}/${BRIEFING}`).send(body).expect(400);
        expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain(field);
      }
      expect(await snapshot()).toEqual(before);
    });
  });
});
