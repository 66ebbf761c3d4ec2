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
});
