import { useDemo } from './demo-app';

const POST = 'api::post.post';

// As Strapi's blocks editor stores a story: heading, paragraphs with a link and bold text, a list, a quote, an image.
const content = [
  { type: 'heading', level: 2, children: [{ type: 'text', text: 'What happened' }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'Gunmen killed four police officers at a checkpoint in ' },
      { type: 'link', url: 'https://maps.example/kidal', children: [{ type: 'text', text: 'Kidal', bold: true }] },
      { type: 'text', text: ' on Tuesday, the Malian army said in a statement.' },
    ],
  },
  {
    type: 'image',
    // The editor stores the whole media record.
    image: {
      name: 'checkpoint.jpg', alternativeText: 'The checkpoint in Timbuktu', url: '/uploads/checkpoint.jpg', width: 800, height: 600, hash: 'checkpoint',
      ext: '.jpg', mime: 'image/jpeg', size: 42, provider: 'local', createdAt: '2025-06-12T08:00:00.000Z', updatedAt: '2025-06-12T08:00:00.000Z',
    },
    children: [{ type: 'text', text: '' }],
  },
  {
    type: 'list',
    format: 'unordered',
    children: [{ type: 'list-item', children: [{ type: 'text', text: 'Residents of Gao reported gunfire the same night.' }] }],
  },
  { type: 'quote', children: [{ type: 'text', text: '"We will find those responsible," said Colonel Souleymane Dembele, an army spokesman.' }] },
];

/**
 * The plugin reads another article model when the app names its fields (articleContentType as
 * { uid, fields }): BRIEFINGS_ARTICLE_TYPE=post makes the demo link briefings to its Post type.
 */
describe('a post type with a headline and a blocks body', () => {
  const demo = useDemo({ env: { BRIEFINGS_ARTICLE_TYPE: 'post' } });
  let token: string;
  let post: any;

  beforeAll(async () => {
    token = await demo.adminToken();
    post = await demo.strapi.documents(POST).create({
      data: { headline: 'Gunmen attack police post in Kidal', content, slug: 'kidal-police-post', published: '2025-06-12' } as any,
    });
  });

  it('drafts a briefing from the post: headline, blocks text and date', async () => {
    const res = await demo.http(token).post('/security-briefings/draft').send({ articleDocumentId: post.documentId }).expect(200);
    const draft = res.body.data;
    expect(draft.article).toEqual({ id: post.id, documentId: post.documentId, title: 'Gunmen attack police post in Kidal', publishedDate: '2025-06-12' });
    // "on Tuesday", read against the post's own date field.
    expect(draft.incident).toMatchObject({ date: '2025-06-10', datePrecision: 'day', dateAsWritten: 'on Tuesday,' });
    expect(draft.dates.map((d: any) => d.date)).toContain('2025-06-10');

    const places = draft.places.map((p: any) => p.name);
    expect(places).toEqual(expect.arrayContaining(['Kidal', 'Gao']));
    // The image went with its alternative text; the link kept its words.
    expect(places).not.toContain('Timbuktu');
    const kidal = draft.places.find((p: any) => p.name === 'Kidal');
    expect(kidal).toMatchObject({ countryCode: 'ML', match: { status: 'new' } });
    // The sentence as the reader sees it: the link's words, one paragraph of its own.
    expect(draft.incident.sentence.text).toBe('Gunmen killed four police officers at a checkpoint in Kidal on Tuesday, the Malian army said in a statement.');

    expect(draft.actorRoles.map((r: any) => r.actor.name)).toContain('Souleymane Dembele');
    expect(draft.quotes.map((q: any) => q.text)).toContain('We will find those responsible,');
    // Nothing of the stored JSON reaches the editor.
    expect(JSON.stringify(draft)).not.toMatch(/"type"|list-item|maps\.example/);
  });

  it('shows the post as the source article of a briefing, under the record names', async () => {
    const documentId = await demo.briefing({ title: 'Police post attacked in Kidal', sourceArticle: post.documentId });

    const res = await demo.http().get(`/api/security-briefings/briefings/${documentId}`).expect(200);
    expect(res.body.data.sourceArticle).toEqual({ documentId: post.documentId, title: 'Gunmen attack police post in Kidal', slug: 'kidal-police-post', publishedDate: '2025-06-12' });

    // The article's JSON-LD route finds the briefing by the post's slug field.
    const jsonld = await demo.http().get('/api/security-briefings/articles/kidal-police-post/jsonld').expect(200);
    expect(JSON.stringify(jsonld.body)).toContain('Police post attacked in Kidal');
  });
});
