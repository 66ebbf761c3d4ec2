import { BRIEFING, useDemo } from './demo-app';

/** The editor's draft from an article: suggestions with their sentences, matched to the newsroom's actors and places. */
describe('POST /security-briefings/draft (admin)', () => {
  const demo = useDemo();
  let token: string;
  let article: any;

  beforeAll(async () => {
    token = await demo.adminToken();
    article = await demo.strapi.documents('api::article.article').findFirst({});
  });

  const post = (body: unknown) => demo.http(token).post('/security-briefings/draft').send(body as object);

  it('reads the linked article and matches actors and places to existing records by name and alias', async () => {
    const res = await post({ articleDocumentId: article.documentId }).expect(200);
    const draft = res.body.data;
    expect(draft.article).toEqual({ id: article.id, documentId: article.documentId, title: article.title, publishedDate: '2025-03-15' });
    expect(draft.incident).toMatchObject({ eventType: 'explosions-remote-violence', date: '2025-03-13', datePrecision: 'day' });

    const actor = (name: string) => draft.actorRoles.find((r: any) => r.actor.name === name || r.actor.aliases.some((a: any) => a.value === name));
    const sudani = actor('al-Sudani');
    expect(sudani.match).toMatchObject({ status: 'existing', name: 'Mohammed Shia al-Sudani', documentId: expect.any(String) });
    expect(sudani.sentence.text).toMatch(/Sudani/);
    const anbar = draft.places.find((p: any) => p.name === 'Anbar' || p.aliases.some((a: any) => a.value === 'Anbar'));
    expect(anbar.match).toMatchObject({ status: 'existing', name: 'Anbar' });

    const quote = draft.quotes.find((q: any) => q.text.startsWith('The Iraqis continue'));
    expect(actor(quote.speaker.name).match.name).toBe('Mohammed Shia al-Sudani');
    expect(draft.dates.length).toBeGreaterThan(0);
  });

  it('gives each suggestion its span in the text read (title and body) and its sentence', async () => {
    const { body } = await post({ articleDocumentId: article.documentId }).expect(200);
    const draft = body.data;
    const text = `${article.title}\n${article.body}`;
    const quote = draft.quotes[0];
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    for (const suggestion of [draft.incident, ...draft.actorRoles, ...draft.places, ...draft.dates]) {
      expect(text.slice(suggestion.sentence.start, suggestion.sentence.end)).toBe(suggestion.sentence.text);
    }
    // The prime minister's statement and the anonymous security officials, as the briefing's source component takes them.
    expect(draft.sources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'official', name: expect.stringContaining('Mohammed Shia al-Sudani'), anonymous: false }),
        expect.objectContaining({ kind: 'official', name: null, anonymous: true, descriptor: 'security officials' }),
      ]),
    );
  });

  it('suggests the article’s outlet as its first source', async () => {
    const outletArticle = await demo.strapi.documents('api::article.article').create({
      data: { title: 'Gunmen attack police post in Kidal', body: 'Gunmen killed four police officers in Kidal on Tuesday, security sources said.', publishedDate: '2025-06-12', outlet: 'Sahel Times' },
    });
    try {
      const { body } = await post({ articleDocumentId: outletArticle.documentId }).expect(200);
      expect(body.data.sources.map((s: any) => [s.kind, s.name ?? s.descriptor, s.anonymous])).toEqual([
        ['media', 'Sahel Times', false],
        ['official', 'security sources', true],
      ]);
    } finally {
      await demo.strapi.documents('api::article.article').delete({ documentId: outletArticle.documentId });
    }
  });

  it('reads pasted text against its publication date and offers new records for unknown names', async () => {
    const text = 'Gunmen attack police post in Kidal\nGunmen killed four police officers in Kidal on Tuesday, the Malian army said in a statement.';
    const res = await post({ text, publishedAt: '2025-06-12' }).expect(200);
    const draft = res.body.data;
    expect(draft.article).toBeNull();
    expect(draft.incident.date).toBe('2025-06-10');
    expect(draft.places.find((p: any) => p.name === 'Kidal')).toMatchObject({ countryCode: 'ML', match: { status: 'new' } });
  });

  it('answers 400 naming the field for bad input, 404 for an unknown article', async () => {
    const empty = await post({ text: '   ', publishedAt: '2025-06-12' }).expect(400);
    expect(empty.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['text']);
    const badDate = await post({ text: 'Something happened.', publishedAt: 'yesterday' }).expect(400);
    expect(badDate.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['publishedAt']);
    const extra = await post({ articleDocumentId: article.documentId, replace: true }).expect(400);
    expect(extra.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['replace']);
    await post({}).expect(400);
    const missing = await post({ articleDocumentId: 'no-such-article' }).expect(404);
    expect(missing.body.error.name).toBe('NotFoundError');
  });

  it('is closed to anyone not logged in to the admin', async () => {
    await demo.http().post('/security-briefings/draft').send({ articleDocumentId: article.documentId }).expect(401);
  });

  it('is for editors who may write briefings: one who may only read them is refused (403)', async () => {
    const role = await demo.adminRole('Briefing readers (draft)', [{ action: 'plugin::content-manager.explorer.read', subject: BRIEFING }]);
    const reader = await demo.adminUser('briefing.reader.draft@newsroom.example', [role]);
    await demo.http(reader).post('/security-briefings/draft').send({ articleDocumentId: article.documentId }).expect(403);
  });
});
