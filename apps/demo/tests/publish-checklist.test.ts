import { ACTOR, BRIEFING, PLACE, useDemo, type HttpClient } from './demo-app';

const CM = '/content-manager/collection-types';

/** A briefing is published only when the editor's checklist is complete; the server says what is missing. */
describe('publishing checks the briefing checklist', () => {
  const demo = useDemo();
  let admin: HttpClient;

  beforeAll(async () => {
    admin = demo.http(await demo.adminToken());
  });

  const publishedCount = (documentId: string) =>
    demo.strapi.documents(BRIEFING).count({ filters: { documentId }, status: 'published' } as any);

  it('refuses to publish an incomplete briefing with a 400 naming each missing field, and leaves it unpublished', async () => {
    const speaker = await demo.strapi.documents(ACTOR).findFirst({ filters: { name: 'Fouad Hussein' } });
    const created = await admin
      .post(`${CM}/${BRIEFING}`)
      .send({
        title: 'Rocket fire reported near Erbil',
        incident: { eventType: 'explosions-remote-violence', subEventType: 'shelling-artillery-missile-attack' },
        quotes: [
          { text: 'We condemn this attack.', speaker: { connect: [{ documentId: speaker!.documentId }] } },
          { text: 'Nobody was hurt.' },
        ],
      })
      .expect(201);
    const { documentId } = created.body.data;

    const res = await admin
      .post(`${CM}/${BRIEFING}/${documentId}/actions/publish`)
      .send({})
      .expect(400);

    expect(res.body.data).toBeNull();
    expect(res.body.error.name).toBe('ValidationError');
    const errors = res.body.error.details.errors.map((e: any) => [e.path.join('.'), e.message]);
    expect(errors).toEqual([
      ['marking', 'Choose a TLP marking.'],
      ['incident.date', 'Give the date of the incident and how precise it is.'],
      ['incident.place', 'Choose the place of the incident.'],
      ['quotes.1.speaker', 'Attribute every quote to its speaker.'],
      ['sources', 'Add at least one source.'],
    ]);
    expect(res.body.error.message).toBe('marking: Choose a TLP marking. (and 4 more)');
    expect(await publishedCount(documentId)).toBe(0);
  });

  it('publishes the same briefing once the checklist is complete', async () => {
    const place = await demo.strapi.documents(PLACE).findFirst({ filters: { name: 'Baghdad' } });
    const speaker = await demo.strapi.documents(ACTOR).findFirst({ filters: { name: 'Fouad Hussein' } });
    const created = await admin
      .post(`${CM}/${BRIEFING}`)
      .send({
        title: 'Drone attack on Baghdad airport',
        marking: 'green',
        incident: { eventType: 'explosions-remote-violence', subEventType: 'air-drone-strike', date: '2025-03', datePrecision: 'month', place: { connect: [{ documentId: place!.documentId }] } },
        quotes: [{ text: 'The airport remains open.', speaker: { connect: [{ documentId: speaker!.documentId }] } }],
        sources: [{ kind: 'official', name: 'Iraqi Ministry of Foreign Affairs' }],
      })
      .expect(201);
    const { documentId } = created.body.data;

    // The admin saves and publishes what its form holds: relations as changes ({ connect, disconnect }).
    const form = {
      title: 'Drone attack on Baghdad airport, updated',
      places: { connect: [{ documentId: place!.documentId }], disconnect: [] },
      sourceArticle: { connect: [], disconnect: [] },
    };
    await admin.put(`${CM}/${BRIEFING}/${documentId}`).send(form).expect(200);
    await admin.post(`${CM}/${BRIEFING}/${documentId}/actions/publish`).send(form).expect(200);
    expect(await publishedCount(documentId)).toBe(1);
  });
});
