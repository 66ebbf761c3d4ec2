import { BRIEFING, useDemo } from './demo-app';
import { secondArticle } from './second-article';

const ARTICLE = 'api::article.article';

/** One incident, many articles: before drafting from an article, the editor sees the briefings that may already report it. */
describe('POST /security-briefings/candidates (admin)', () => {
  const demo = useDemo();
  let token: string;
  let seedBriefing: any;
  let second: any;

  beforeAll(async () => {
    token = await demo.adminToken();
    seedBriefing = await demo.strapi.documents('plugin::security-briefings.briefing').findFirst({ fields: ['documentId', 'title'] });
    second = await demo.strapi.documents(ARTICLE).create({ data: secondArticle });
  });

  const candidates = (body: unknown) => demo.http(token).post('/security-briefings/candidates').send(body as object);

  it('finds the seed briefing first for a second article of the seed incident, and says why', async () => {
    const { body } = await candidates({ articleDocumentId: second.documentId }).expect(200);
    expect(body.data[0]).toMatchObject({
      documentId: seedBriefing.documentId,
      title: seedBriefing.title,
      eventType: 'explosions-remote-violence',
      incidentDate: '2025-03-13',
      place: 'Anbar',
      marking: 'clear',
    });
    // The article says "Anbar province", the briefing's place is the province: same admin1; five actors in common.
    expect(body.data[0].why).toBe('same event type; same day; both in Anbar; shares Iraqi National Intelligence Service, US-led coalition, Abdallah Maki Mosleh al-Rifai and 2 more');
    expect(body.data[0].reasons.map((reason: any) => reason.kind)).toEqual(['event-type', 'date', 'admin1', 'actors']);
    expect(body.data[0].reasons[3].actors).toEqual(expect.arrayContaining(['Islamic State', 'Abdallah Maki Mosleh al-Rifai', 'Mohammed Shia al-Sudani']));
  });

  it('ranks a briefing sharing more of the incident above one sharing less, and leaves out the briefing being edited', async () => {
    // A briefing of the same strike filed thinly the day after: one actor in common, a day apart.
    const anbar = await demo.strapi.documents('plugin::security-briefings.place').findFirst({ filters: { name: 'Anbar' } });
    const isis = await demo.strapi.documents('plugin::security-briefings.actor').findFirst({ filters: { name: 'Islamic State' } });
    const thin = await demo.strapi.documents('plugin::security-briefings.briefing').create({
      data: {
        title: 'Air strike in Anbar',
        marking: 'amber',
        incident: { eventType: 'explosions-remote-violence', subEventType: 'air-drone-strike', date: '2025-03-14', datePrecision: 'day', place: anbar!.documentId },
        actorRoles: [{ actor: isis!.documentId, role: 'target' }],
      } as any,
    });
    try {
      const { body } = await candidates({ articleDocumentId: second.documentId }).expect(200);
      expect(body.data.map((candidate: any) => candidate.documentId)).toEqual([seedBriefing.documentId, thin.documentId]);
      expect(body.data[1].why).toBe('same event type; 1 day apart; both in Anbar; shares Islamic State');
      expect(body.data[0].score).toBeGreaterThan(body.data[1].score);

      const editing = await candidates({ articleDocumentId: second.documentId, briefingDocumentId: seedBriefing.documentId }).expect(200);
      expect(editing.body.data.map((candidate: any) => candidate.documentId)).toEqual([thin.documentId]);
    } finally {
      await demo.strapi.documents('plugin::security-briefings.briefing').delete({ documentId: thin.documentId });
    }
  });

  it('finds nothing for an article of another incident', async () => {
    const other = await demo.strapi.documents(ARTICLE).create({
      data: { title: 'Gunmen attack police post in Kidal', body: 'Gunmen killed four police officers in Kidal on Tuesday, security sources said.', publishedDate: '2025-06-12' },
    });
    const { body } = await candidates({ articleDocumentId: other.documentId }).expect(200);
    expect(body.data).toEqual([]);
  });

  it('answers 400 naming the field for bad input, 404 for an unknown article, 401 without an admin', async () => {
    const missing = await candidates({}).expect(400);
    expect(missing.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['articleDocumentId']);
    const unknown = await candidates({ articleDocumentId: second.documentId, extra: 1 }).expect(400);
    expect(unknown.body.error.name).toBe('ValidationError');
    await candidates({ articleDocumentId: 'no-such-article' }).expect(404);
    await demo.http().post('/security-briefings/candidates').send({ articleDocumentId: second.documentId }).expect(401);
  });
});

/** Adding an article to the briefing of its incident, instead of drafting a duplicate: the link is made, the rest only offered. */
describe('POST /security-briefings/candidates/link (admin)', () => {
  const demo = useDemo();
  let token: string;
  let seedBriefing: any;
  let seedArticle: any;
  let second: any;

  beforeAll(async () => {
    token = await demo.adminToken();
    seedBriefing = await demo.strapi.documents('plugin::security-briefings.briefing').findFirst({ populate: { sourceArticle: true } });
    seedArticle = seedBriefing.sourceArticle;
    second = await demo.strapi.documents(ARTICLE).create({ data: secondArticle });
  });

  const link = (body: unknown) => demo.http(token).post('/security-briefings/candidates/link').send(body as object);
  const draftOfSeed = () =>
    demo.strapi.documents('plugin::security-briefings.briefing').findOne({
      documentId: seedBriefing.documentId,
      status: 'draft',
      populate: { sourceArticle: true, furtherArticles: true, actorRoles: true, quotes: true, sources: true, incident: true },
    }) as Promise<any>;

  it('keeps the briefing of an older, single article as it was: its source article is its first', async () => {
    const draft = await draftOfSeed();
    expect(draft.sourceArticle.documentId).toBe(seedArticle.documentId);
    expect(draft.furtherArticles).toEqual([]);
  });

  it('links a second article of the incident and offers what it adds, changing nothing else', async () => {
    const before = await draftOfSeed();
    const { body } = await link({ articleDocumentId: second.documentId, briefingDocumentId: seedBriefing.documentId }).expect(200);
    expect(body.data).toMatchObject({ briefingDocumentId: seedBriefing.documentId, linked: 'further-article' });
    const { changes } = body.data;
    // The article reports two dead where the briefing has one.
    expect(changes.toll).toMatchObject({ direction: 'higher', briefing: { min: 1, max: 1 }, article: 2 });
    expect(changes.quotes.map((quote: any) => quote.text)).toEqual(['Abu Khadija was one of the most dangerous terrorists in Iraq and the world,']);
    expect(changes.sources.map((source: any) => source.name)).toContain('Tigris Wire');
    // Actors the briefing has, by name or alias, are not offered again.
    expect(changes.actors.map((role: any) => role.actor.name)).not.toContain('Islamic State');

    const after = await draftOfSeed();
    expect(after.furtherArticles.map((article: any) => article.documentId)).toEqual([second.documentId]);
    expect(after.sourceArticle.documentId).toBe(seedArticle.documentId);
    // Offered, not applied.
    expect(after.incident.fatalitiesMin).toBe(before.incident.fatalitiesMin);
    expect(after.quotes.length).toBe(before.quotes.length);
    expect(after.sources.length).toBe(before.sources.length);
    expect(after.actorRoles.length).toBe(before.actorRoles.length);

    // The same article again: already linked, offered the same.
    const again = await link({ articleDocumentId: second.documentId, briefingDocumentId: seedBriefing.documentId }).expect(200);
    expect(again.body.data.linked).toBe('already');
    expect((await draftOfSeed()).furtherArticles).toHaveLength(1);
  });

  it('answers 400 naming the field, 404 for an unknown briefing', async () => {
    const missing = await link({ articleDocumentId: second.documentId }).expect(400);
    expect(missing.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['briefingDocumentId']);
    await link({ articleDocumentId: second.documentId, briefingDocumentId: 'no-such-briefing' }).expect(404);
  });

  it('is for editors who may change briefings: one who may only read them is refused the candidates and the link (403)', async () => {
    const role = await demo.adminRole('Briefing readers (candidates)', [{ action: 'plugin::content-manager.explorer.read', subject: BRIEFING }]);
    const reader = await demo.adminUser('briefing.reader.candidates@newsroom.example', [role]);
    const body = { articleDocumentId: second.documentId, briefingDocumentId: seedBriefing.documentId };
    await demo.http(reader).post('/security-briefings/candidates').send(body).expect(403);
    await demo.http(reader).post('/security-briefings/candidates/link').send(body).expect(403);
    expect((await draftOfSeed()).furtherArticles).toHaveLength(1);
  });
});
