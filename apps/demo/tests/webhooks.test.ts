import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BRIEFING, PLACE, useDemo, type HttpClient } from './demo-app';

const CM = '/content-manager/collection-types';
const CANARY = 'CANARY-7f3a-anonymous-officer';
const GRADES = ['descriptor', 'reliability', 'credibility'];

type Delivery = { event: string; text: string; body: any };

/** Every key of a JSON value, at any depth. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => [key, ...keysOf(v)]);
  return [];
}

/**
 * Webhooks carry Strapi's own sanitised entry (fields marked private removed): an anonymous source's
 * descriptor and the Admiralty grades must never reach a webhook URL, while editors still see and
 * edit them in the Content Manager.
 */
describe('webhooks never carry source descriptors or grades', () => {
  const demo = useDemo();
  let listener: Server;
  let admin: HttpClient;
  let documentId: string;
  const deliveries: Delivery[] = [];

  beforeAll(async () => {
    listener = createServer((req, res) => {
      let text = '';
      req.on('data', (chunk) => (text += chunk));
      req.on('end', () => {
        deliveries.push({ event: String(req.headers['x-strapi-event']), text, body: JSON.parse(text) });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const { port } = listener.address() as AddressInfo;

    admin = demo.http(await demo.adminToken());
    // What the admin's webhook controller does, minus its URL check: that check refuses local
    // addresses only when NODE_ENV is production, and the runner itself posts to any URL.
    const webhook = await demo.strapi.get('webhookStore').createWebhook({
      name: 'test listener',
      url: `http://127.0.0.1:${port}/hook`,
      headers: {},
      events: ['entry.create', 'entry.update', 'entry.publish', 'entry.unpublish'],
    });
    demo.strapi.get('webhookRunner').add(webhook);
  });
  afterAll(async () => {
    await new Promise((resolve) => listener?.close(resolve));
  });

  const cm = () => ({
    get: (path: string) => admin.get(`${CM}/${BRIEFING}${path}`),
    post: (path: string, body: object) => admin.post(`${CM}/${BRIEFING}${path}`).send(body),
    put: (path: string, body: object) => admin.put(`${CM}/${BRIEFING}${path}`).send(body),
  });

  it('lets an editor save, read and change the descriptor and grades in the Content Manager', async () => {
    const place = await demo.strapi.documents(PLACE).findFirst({ filters: { name: 'Baghdad' } });
    const created = await cm()
      .post('', {
        title: 'Canary: RED briefing with an anonymous source',
        marking: 'red',
        incident: { eventType: 'battles', subEventType: 'armed-clash', date: '2025-06-02', datePrecision: 'day', place: { connect: [{ documentId: place!.documentId }] } },
        sources: [
          { kind: 'official', anonymous: true, descriptor: CANARY, reliability: 'B', credibility: 2 },
          { kind: 'media', name: 'Canary Gazette', url: 'https://gazette.example.org/canary' },
        ],
      })
      .expect(201);
    documentId = created.body.data.documentId;
    expect(created.body.data.sources[0]).toMatchObject({ descriptor: CANARY, reliability: 'B', credibility: 2 });

    // The edit form saves the whole repeatable component back, ids included; here it changes a grade.
    const [anonymous, named] = created.body.data.sources;
    await cm()
      .put(`/${documentId}`, { title: 'Canary: RED briefing, regraded', sources: [{ ...anonymous, credibility: 3 }, named] })
      .expect(200);
    const read = await cm().get(`/${documentId}`).expect(200);
    expect(read.body.data.sources[0]).toMatchObject({ anonymous: true, descriptor: CANARY, reliability: 'B', credibility: 3 });

    await cm().post(`/${documentId}/actions/publish`, {}).expect(200);
    await cm().post(`/${documentId}/actions/unpublish`, {}).expect(200);
  });

  it('posts create, update, publish and unpublish payloads with no descriptor, grade or canary in them', async () => {
    const wanted = ['entry.create', 'entry.update', 'entry.publish', 'entry.unpublish'];
    const briefingEvents = () => deliveries.filter((d) => d.body.uid === BRIEFING).map((d) => d.event);
    // Deliveries are queued after each commit and posted in the background: wait for all four kinds.
    const deadline = Date.now() + 15_000;
    while (!wanted.every((event) => briefingEvents().includes(event)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(new Set(briefingEvents())).toEqual(new Set(wanted));
    expect(deliveries.length).toBeGreaterThanOrEqual(4);

    for (const delivery of deliveries) {
      expect(delivery.text).not.toContain('CANARY-');
      expect(keysOf(delivery.body).filter((key) => GRADES.includes(key))).toEqual([]);
    }
    // Not vacuous: the payloads do carry the sources, minus the private fields.
    const published = deliveries.find((d) => d.event === 'entry.publish')!;
    expect(published.body.entry.documentId).toBe(documentId);
    expect(published.body.entry.sources).toEqual([
      expect.objectContaining({ kind: 'official', anonymous: true }),
      expect.objectContaining({ kind: 'media', name: 'Canary Gazette' }),
    ]);
  });
});
