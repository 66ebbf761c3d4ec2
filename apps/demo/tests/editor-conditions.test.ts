import { BRIEFING, useDemo } from './demo-app';
import { secondArticle } from './second-article';

const ARTICLE = 'api::article.article';
const CM = '/content-manager/collection-types';
const READ = 'plugin::content-manager.explorer.read';
const CREATE = 'plugin::content-manager.explorer.create';
const UPDATE = 'plugin::content-manager.explorer.update';

/**
 * The plugin's admin routes judge an editor's Content Manager conditions on the entry, as the Content
 * Manager does: an author limited to their own briefings (Strapi's "is creator") reads and changes
 * only theirs through the review panel, the candidates and the revision log's reason too.
 */
describe('admin routes follow Content Manager conditions on the entry', () => {
  const demo = useDemo();
  let author: string;
  let own: string;
  let seed: string;
  let article: string;

  beforeAll(async () => {
    const strapi = demo.strapi;
    const fields = strapi.service('admin::content-type').getNestedFields(strapi.contentType(BRIEFING), { components: strapi.components });
    const role = await demo.adminRole('Own briefings only (conditions)', [
      { action: CREATE, subject: BRIEFING, properties: { fields } },
      { action: READ, subject: BRIEFING, properties: { fields }, conditions: ['admin::is-creator'] },
      { action: UPDATE, subject: BRIEFING, properties: { fields }, conditions: ['admin::is-creator'] },
      { action: 'plugin::security-briefings.overview.read' },
    ]);
    author = await demo.adminUser('own.briefings@newsroom.example', [role]);
    own = (await demo.http(author).post(`${CM}/${BRIEFING}`).send({ title: 'My own briefing' }).expect(201)).body.data.documentId;
    // The seed briefing was written by the seed script: not the author's.
    seed = (await strapi.documents(BRIEFING).findFirst({ filters: { title: { $startsWith: 'Islamic State deputy leader Abu Khadija' } } } as any))!.documentId;
    article = (await strapi.documents(ARTICLE).create({ data: secondArticle } as any)).documentId;
  });

  it('the review panel: the author reads and moves their own briefing, not another’s', async () => {
    await demo.http(author).get(`/security-briefings/review/${own}`).expect(200);
    await demo.http(author).get(`/security-briefings/review/${seed}`).expect(403);
    await demo.http(author).post(`/security-briefings/review/${seed}/send-to-review`).send({}).expect(403);
    const stage = await demo.strapi.documents(BRIEFING).findOne({ documentId: seed, fields: ['reviewStage'] } as any);
    expect(stage!.reviewStage).not.toBe('in-review');
  });

  it('the overview: the author sees their own briefing, not another’s', async () => {
    const admin = demo.http(await demo.adminToken());
    const all = (await admin.get('/security-briefings/overview').expect(200)).body;
    expect(all.data.map((b: any) => b.documentId)).toEqual(expect.arrayContaining([own, seed]));
    const theirs = (await demo.http(author).get('/security-briefings/overview').expect(200)).body;
    expect(theirs.data.map((b: any) => b.documentId)).toEqual([own]);
    expect(theirs.meta.pagination.total).toBe(1);
    expect(JSON.stringify(theirs.points ?? [])).not.toContain(seed);
    // The country filter offers the countries of the briefings they may read only (theirs has none yet).
    expect(all.meta.countries).toContain('IQ');
    expect(theirs.meta.countries).toEqual([]);
  });

  it('merging: the author may merge neither their own briefing into another’s nor another’s into theirs', async () => {
    await demo.http(author).post('/security-briefings/merge').send({ duplicateDocumentId: own, intoDocumentId: seed }).expect(403);
    await demo.http(author).post('/security-briefings/merge').send({ duplicateDocumentId: seed, intoDocumentId: own }).expect(403);
    await demo.http(author).get(`/security-briefings/merge/${seed}`).expect(403);
    const suggestions = (await demo.http(author).get(`/security-briefings/merge/${own}`).expect(200)).body.data.suggestions;
    expect(suggestions.map((s: any) => s.documentId)).not.toContain(seed);
    expect((await demo.strapi.documents(BRIEFING).findOne({ documentId: seed, fields: ['mergedInto'] } as any))!.mergedInto).toBeNull();
  });

  it('candidates: the author is not shown another’s briefing and cannot add an article to it', async () => {
    const admin = demo.http(await demo.adminToken());
    const all = (await admin.post('/security-briefings/candidates').send({ articleDocumentId: article }).expect(200)).body.data;
    expect(all.map((c: any) => c.documentId)).toContain(seed);
    const theirs = (await demo.http(author).post('/security-briefings/candidates').send({ articleDocumentId: article }).expect(200)).body.data;
    expect(theirs.map((c: any) => c.documentId)).not.toContain(seed);

    await demo.http(author).post('/security-briefings/candidates/link').send({ articleDocumentId: article, briefingDocumentId: seed }).expect(403);
    const linked = await demo.strapi.documents(BRIEFING).findOne({ documentId: seed, populate: { furtherArticles: { fields: ['documentId'] } } } as any);
    expect(((linked as any).furtherArticles ?? []).map((a: any) => a.documentId)).not.toContain(article);
  });

  it('the revision log: the author gives a reason for their own briefing’s next save, not for another’s', async () => {
    const reason = (documentId: string) => demo.http(author).put(`/security-briefings/revisions/${BRIEFING}/${documentId}/reason`).send({ reason: 'Toll updated' });
    await reason(own).expect(200);
    await reason(seed).expect(403);
  });
});
