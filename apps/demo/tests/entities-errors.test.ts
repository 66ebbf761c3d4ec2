import { BRIEFING, PLUGIN_ID, useDemo } from './demo-app';

const NOT_AVAILABLE = 'No published briefing with that documentId is available to you.';
const SEED_TITLE = 'Islamic State deputy leader Abu Khadija killed in air strike in Anbar';

/**
 * The entities package's last guards (NotPublicError, ExportRefusedError) answered over real HTTP.
 * They fire only when the plugin's own filter fails, so the tests break that filter for one request
 * (a spy on the briefings service) and check the public gets the 404 of a briefing that does not exist.
 */
describe('errors from the entities package, over HTTP', () => {
  const demo = useDemo();
  let amber: string;
  let seed: string;
  const service = () => demo.strapi.plugin(PLUGIN_ID).service('briefings');
  const get = (path: string) => demo.http().get(`/api/security-briefings${path}`);

  beforeAll(async () => {
    amber = await demo.briefing({
      title: 'Partner-only briefing',
      marking: 'amber',
      sources: [{ kind: 'official', anonymous: true, descriptor: 'security officials' }],
    });
    seed = (await demo.strapi.documents(BRIEFING).findFirst({ status: 'published', filters: { title: SEED_TITLE } } as any))!.documentId;
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  /** The 404 body, with nothing that says the briefing exists or how it is marked. */
  const expectNotAvailable = (res: { status: number; body: any; text: string }) => {
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ status: 404, name: 'NotFoundError', message: NOT_AVAILABLE });
    expect(res.text).not.toMatch(new RegExp(`${amber}|amber|Partner-only`, 'i'));
  };

  it('with the filter working: the seed briefing is served, the AMBER one is a 404', async () => {
    const one = await get(`/briefings/${seed}`).expect(200);
    expect(one.body.data.title).toBe(SEED_TITLE);
    await get(`/briefings/${seed}/export?format=geojson`).expect(200);
    expectNotAvailable(await get(`/briefings/${amber}`));
  });

  it('a NotPublicError (the filter lets an AMBER briefing through) is the same 404, not a 500', async () => {
    // Every published briefing matches: the safety net in toPublicRecord is all that is left.
    jest.spyOn(service(), 'visibleMarkings').mockReturnValue(['clear', 'green', 'amber', 'amber+strict', 'red']);
    expectNotAvailable(await get(`/briefings/${amber}`));
    // The list too: a 404 rather than a page that would hold the AMBER briefing.
    expectNotAvailable(await get('/briefings?pageSize=100'));
  });

  it('an ExportRefusedError (the service hands a restricted record to the exporter) is the same 404', async () => {
    const record = await service().findOne({ audience: 'partner', markings: ['clear', 'green', 'amber'], canExport: () => true }, amber);
    expect(record).toMatchObject({ documentId: amber, marking: 'amber' });
    jest.spyOn(service(), 'findOne').mockResolvedValue(record);
    expectNotAvailable(await get(`/briefings/${amber}/export?format=geojson`));
  });

  it('other errors are left to Strapi: a bad format is still a 400', async () => {
    const res = await get(`/briefings/${seed}/export?format=docx`).expect(400);
    expect(res.body.error.name).toBe('ValidationError');
  });
});
