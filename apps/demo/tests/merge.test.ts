import { stableUuid } from '@security-briefings/entities';
import { ACTOR, BRIEFING, PLACE, useDemo, type HttpClient } from './demo-app';
import { secondArticle } from './second-article';

const ARTICLE = 'api::article.article';
const CM = '/content-manager/collection-types';
const reportIdOf = (documentId: string) => `report--${stableUuid('stix', documentId, 'report')}`;

/**
 * Merging two briefings of one incident (issue 12, item 1), over HTTP on the real demo: everything
 * of the duplicate moves to the briefing kept, the duplicate stays a pointer whose old public address
 * redirects, the exports say duplicate-of, the log keeps the editor's reason, and a refused merge
 * changes nothing.
 */
describe('POST /security-briefings/merge (admin)', () => {
  const demo = useDemo();
  let admin: HttpClient;
  let partner: string;
  let kept: string;
  let duplicate: string;
  let article: string;

  const draftOf = (documentId: string) =>
    demo.strapi.documents(BRIEFING).findOne({
      documentId,
      status: 'draft',
      populate: { incident: { populate: ['place'] }, actorRoles: { populate: ['actor'] }, quotes: { populate: ['speaker'] }, sources: true, places: true, sourceArticle: true, furtherArticles: true },
    } as any) as Promise<any>;
  const merge = (body: object) => admin.post('/security-briefings/merge').send(body);

  beforeAll(async () => {
    admin = demo.http(await demo.adminToken());
    partner = await demo.apiToken({ type: 'full-access' });
    const docs = demo.strapi.documents;
    kept = (await docs(BRIEFING).findFirst({ fields: ['documentId'] } as any))!.documentId;
    const seed = await draftOf(kept);
    const isis = (await docs(ACTOR).findFirst({ filters: { name: 'Islamic State' } } as any))!.documentId;
    const sudani = (await docs(ACTOR).findFirst({ filters: { name: 'Mohammed Shia al-Sudani' } } as any))!.documentId;
    const baghdad = (await docs(PLACE).findFirst({ filters: { name: 'Baghdad' } } as any))!.documentId;
    article = (await docs(ARTICLE).create({ data: secondArticle } as any)).documentId;
    // The same strike filed again from the second article: one actor role and one source the seed has, the rest new.
    duplicate = await demo.briefing({
      title: "Islamic State's number two killed in Anbar",
      incident: { eventType: 'explosions-remote-violence', subEventType: 'air-drone-strike', date: '2025-03-13', place: seed.incident?.place?.documentId },
      actorRoles: [
        { actor: seed.actorRoles[0].actor.documentId, role: seed.actorRoles[0].role },
        { actor: isis, role: 'claimant', certainty: 'suspected' },
      ],
      quotes: [{ text: 'Abu Khadija was one of the most dangerous terrorists in Iraq and the world.', speaker: sudani }],
      sources: [
        { kind: 'media', name: 'Tigris Wire', url: 'https://tigris.example/abu-khadija' },
        { kind: seed.sources[0].kind, name: seed.sources[0].name },
        { kind: 'official', anonymous: true, descriptor: 'a police source in Ramadi' },
      ],
      places: [baghdad],
      sourceArticle: article,
    });
  });

  it('refuses what may not be merged, naming the field, and changes nothing', async () => {
    const before = [await draftOf(kept), await draftOf(duplicate)];
    const itself = await merge({ duplicateDocumentId: kept, intoDocumentId: kept }).expect(400);
    expect(itself.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['intoDocumentId']);
    const missing = await merge({ duplicateDocumentId: duplicate }).expect(400);
    expect(missing.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['intoDocumentId']);
    await merge({ duplicateDocumentId: 'no-such-briefing', intoDocumentId: kept }).expect(404);
    await demo.http().post('/security-briefings/merge').send({ duplicateDocumentId: duplicate, intoDocumentId: kept }).expect(401);

    // An AMBER duplicate's facts may not go into a CLEAR briefing.
    const amber = await demo.briefing({ title: 'Restricted report of the strike', marking: 'amber', sources: [{ kind: 'media', name: 'Desk notes' }] });
    const restricted = await merge({ duplicateDocumentId: amber, intoDocumentId: kept }).expect(400);
    expect(restricted.body.error.details.errors).toEqual([expect.objectContaining({ path: ['marking'], message: expect.stringMatching(/is TLP:AMBER and .* TLP:CLEAR/) })]);
    expect([await draftOf(kept), await draftOf(duplicate)]).toEqual(before);
    expect((await draftOf(amber)).mergedInto).toBeNull();
  });

  it("moves the duplicate's actor roles, quotes, sources, places and article to the briefing kept, without copies", async () => {
    // The panel suggests the briefing of the same incident, with reasons it words in the editor's language.
    const { suggestions } = (await admin.get(`/security-briefings/merge/${duplicate}`).expect(200)).body.data;
    expect(suggestions).toContainEqual(expect.objectContaining({ documentId: kept, reasons: expect.arrayContaining([expect.objectContaining({ kind: 'event-type' })]) }));

    const before = await draftOf(kept);
    const reason = 'Same strike, filed twice from the Tigris Wire report.';
    const { body } = await merge({ duplicateDocumentId: duplicate, intoDocumentId: kept, reason }).expect(200);
    expect(body.data).toEqual({
      duplicateDocumentId: duplicate,
      intoDocumentId: kept,
      moved: { actorRoles: 1, quotes: 1, sources: 2, places: before.places.some((p: any) => p.name === 'Baghdad') ? 0 : 1, articles: 1 },
      unpublished: true,
    });

    const after = await draftOf(kept);
    expect(after.actorRoles).toHaveLength(before.actorRoles.length + 1);
    expect(after.actorRoles.at(-1)).toMatchObject({ role: 'claimant', certainty: 'suspected', actor: expect.objectContaining({ name: 'Islamic State' }) });
    expect(after.quotes.at(-1)).toMatchObject({ speaker: expect.objectContaining({ name: 'Mohammed Shia al-Sudani' }) });
    expect(after.sources.slice(before.sources.length)).toEqual([
      expect.objectContaining({ kind: 'media', name: 'Tigris Wire', url: 'https://tigris.example/abu-khadija' }),
      expect.objectContaining({ kind: 'official', anonymous: true, descriptor: 'a police source in Ramadi' }),
    ]);
    expect(after.places.map((p: any) => p.name)).toContain('Baghdad');
    expect(after.furtherArticles.map((a: any) => a.documentId)).toEqual([article]);
    // The kept entries are the same rows, not copies.
    expect(after.actorRoles.slice(0, before.actorRoles.length).map((r: any) => r.id)).toEqual(before.actorRoles.map((r: any) => r.id));

    // The duplicate is a pointer now: no published version, nothing of its own, where it went.
    const pointer = await draftOf(duplicate);
    expect(pointer).toMatchObject({ mergedInto: kept, actorRoles: [], quotes: [], sources: [], places: [], sourceArticle: null, furtherArticles: [] });
    expect(pointer.mergedAt).toBeTruthy();
    expect(await demo.strapi.documents(BRIEFING).findOne({ documentId: duplicate, status: 'published' } as any)).toBeNull();

    // Both briefings' logs say what changed, with the editor's reason.
    for (const documentId of [kept, duplicate]) {
      const log = (await admin.get(`/security-briefings/revisions/${BRIEFING}/${documentId}`).expect(200)).body.data;
      expect(log[0]).toMatchObject({ action: 'update', reason });
    }
    const state = (await admin.get(`/security-briefings/merge/${duplicate}`).expect(200)).body.data;
    expect(state).toMatchObject({ mergedInto: { documentId: kept }, suggestions: [] });
    expect((await admin.get(`/security-briefings/merge/${kept}`).expect(200)).body.data.duplicates).toEqual([expect.objectContaining({ documentId: duplicate })]);
  });

  it("answers the duplicate's old public address with where it went, and says duplicate-of in STIX", async () => {
    const old = await demo.http().get(`/api/security-briefings/briefings/${duplicate}`).expect(301);
    expect(old.headers.location).toBe(`/api/security-briefings/briefings/${kept}`);
    expect(old.body.meta).toEqual({ mergedInto: kept, location: `/api/security-briefings/briefings/${kept}` });
    const oldExport = await demo.http().get(`/api/security-briefings/briefings/${duplicate}/export?format=jsonld`).expect(301);
    expect(oldExport.headers.location).toBe(`/api/security-briefings/briefings/${kept}/export?format=jsonld`);

    const record = (await demo.http().get(`/api/security-briefings/briefings/${kept}`).expect(200)).body.data;
    expect(record.duplicates).toEqual([expect.objectContaining({ documentId: duplicate })]);
    // Off the public list: the incident is listed once.
    const list = (await demo.http().get('/api/security-briefings/briefings?pageSize=100').expect(200)).body.data;
    expect(list.map((b: any) => b.documentId)).not.toContain(duplicate);

    const bundle = JSON.parse((await demo.http(partner).get(`/api/security-briefings/briefings/${kept}/export?format=stix`).expect(200)).text);
    expect(bundle.objects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'relationship', relationship_type: 'duplicate-of', source_ref: reportIdOf(duplicate), target_ref: reportIdOf(kept) }),
        expect.objectContaining({ type: 'report', id: reportIdOf(duplicate), revoked: true }),
      ]),
    );
  });

  it('leaves no trace in public of a duplicate merged as a draft: not listed, no redirect, no revoked report', async () => {
    const draft = await demo.briefing({ title: 'Strike in Anbar, first notes', sources: [{ kind: 'media', name: 'Desk notes' }] }, { publish: false });
    await merge({ duplicateDocumentId: draft, intoDocumentId: kept }).expect(200);
    // The editor's panel knows it; readers never had its address.
    const panel = (await admin.get(`/security-briefings/merge/${kept}`).expect(200)).body.data;
    expect(panel.duplicates.map((d: any) => d.documentId)).toEqual([duplicate, draft]);
    await demo.http().get(`/api/security-briefings/briefings/${draft}`).expect(404);
    const record = (await demo.http().get(`/api/security-briefings/briefings/${kept}`).expect(200)).body.data;
    expect(record.duplicates.map((d: any) => d.documentId)).toEqual([duplicate]);
    const bundle = (await demo.http(partner).get(`/api/security-briefings/briefings/${kept}/export?format=stix`).expect(200)).text;
    expect(bundle).not.toContain(draft);
    expect(bundle).not.toContain(reportIdOf(draft));
  });

  it('keeps the pointer a pointer: never published again, its merge fields not writable by a save', async () => {
    const publish = await admin.post(`${CM}/${BRIEFING}/${duplicate}/actions/publish`).send({}).expect(400);
    expect(publish.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain('mergedInto');
    await admin.put(`${CM}/${BRIEFING}/${kept}`).send({ mergedInto: duplicate }).expect(200);
    expect((await draftOf(kept)).mergedInto).toBeNull();
    const again = await merge({ duplicateDocumentId: duplicate, intoDocumentId: kept }).expect(400);
    expect(again.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['duplicateDocumentId']);
  });

  it("leads the moved article's JSON-LD to the briefing kept once that is published, and no longer offers the duplicate as a candidate", async () => {
    await demo.strapi.documents(BRIEFING).publish({ documentId: kept } as any);
    const jsonld = (await demo.http().get(`/api/security-briefings/articles/${article}/jsonld`).expect(200)).body;
    expect(JSON.stringify(jsonld)).toContain(kept);
    const candidates = (await admin.post('/security-briefings/candidates').send({ articleDocumentId: article }).expect(200)).body.data;
    expect(candidates.map((c: any) => c.documentId)).not.toContain(duplicate);
  });
});
