import { stixOptionsKey, writeStixBundle, type BriefingRecord, type StixObject } from '@security-briefings/entities';
import { ACTOR, BRIEFING, PLACE, PLUGIN_ID, pluginAction, useDemo, type HttpClient } from './demo-app';

const CM = '/content-manager/collection-types';
const API = '/api/security-briefings';

/**
 * Public reads come from the published shelf, kept ready in the database. These tests write through
 * the Content Manager and the document service, then read over HTTP: what readers get follows each
 * write at once, and a database without a shelf (made by an earlier version) gets one on start.
 */
describe('the published shelf follows every write', () => {
  const demo = useDemo();
  let admin: HttpClient;
  const read = async (url: string, client: HttpClient = demo.http()) => (await client.get(url).expect(200)).body;

  beforeAll(async () => {
    admin = demo.http(await demo.adminToken());
  });

  const actor = (name: string, extra: Record<string, unknown> = {}) =>
    demo.strapi.documents(ACTOR).create({ data: { name, kind: 'armed-group', ...extra } } as any).then((a) => a.documentId);

  it('an actor renamed in the Content Manager is renamed in the briefings that link it and in the actors list', async () => {
    const militia = await actor('Shelf Test Militia');
    const briefing = await demo.briefing({ title: 'Shelf rename', actorRoles: [{ actor: militia, role: 'perpetrator' }] });
    expect((await read(`${API}/briefings/${briefing}`)).data.actorRoles[0].actor.name).toBe('Shelf Test Militia');

    await admin.put(`${CM}/${ACTOR}/${militia}`).send({ name: 'Shelf Test Brigade' }).expect(200);
    expect((await read(`${API}/briefings/${briefing}`)).data.actorRoles[0].actor.name).toBe('Shelf Test Brigade');
    const listed = (await read(`${API}/actors?pageSize=100`)).data.map((a: any) => a.name);
    expect(listed).toContain('Shelf Test Brigade');
    expect(listed).not.toContain('Shelf Test Militia');
    expect((await read(`${API}/briefings?actor=shelf%20test%20brigade`)).data.map((b: any) => b.documentId)).toEqual([briefing]);
  });

  it('an affiliation set later shows in the briefing only while the group is itself linked from a briefing the reader may see', async () => {
    const fighter = await actor('Shelf Test Fighter', { kind: 'person' });
    const group = await actor('Shelf Test Group');
    const briefing = await demo.briefing({ title: 'Shelf affiliation', actorRoles: [{ actor: fighter, role: 'perpetrator' }] });
    await admin.put(`${CM}/${ACTOR}/${fighter}`).send({ affiliation: { connect: [{ documentId: group }] } }).expect(200);
    // The group is linked from no public briefing yet: its name stays out.
    expect((await read(`${API}/briefings/${briefing}`)).data.actorRoles[0].actor.affiliation).toBeNull();

    const other = await demo.briefing({ title: 'Shelf group claims', actorRoles: [{ actor: group, role: 'claimant' }] });
    expect((await read(`${API}/briefings/${briefing}`)).data.actorRoles[0].actor.affiliation).toMatchObject({ documentId: group, name: 'Shelf Test Group' });

    // Raised to AMBER: the public loses the group, and with it the affiliation; a partner cleared for AMBER keeps it.
    await admin.put(`${CM}/${BRIEFING}/${other}`).send({ marking: 'amber' }).expect(200);
    expect((await read(`${API}/briefings/${briefing}`)).data.actorRoles[0].actor.affiliation).toBeNull();
    await demo.http().get(`${API}/actors/${group}`).expect(404);
    const partner = demo.http(await demo.apiToken({ type: 'full-access' }));
    expect((await read(`${API}/briefings/${briefing}`, partner)).data.actorRoles[0].actor.affiliation).toMatchObject({ documentId: group });

    // The list (the public's views kept ready on the shelf) says the same as the single read.
    const inList = async (client?: HttpClient) =>
      (await read(`${API}/briefings?pageSize=100`, client)).data.find((b: any) => b.documentId === briefing).actorRoles[0].actor.affiliation;
    expect(await inList()).toBeNull();
    expect(await inList(partner)).toMatchObject({ documentId: group });
    // Lowered again and published (a lower marking waits for the publish): the public's view gets the group back.
    await admin.put(`${CM}/${BRIEFING}/${other}`).send({ marking: 'clear' }).expect(200);
    await admin.post(`${CM}/${BRIEFING}/${other}/actions/publish`).send({}).expect(200);
    expect(await inList()).toMatchObject({ documentId: group, name: 'Shelf Test Group' });
  });

  it('a place moved is moved in the briefings that show it', async () => {
    const market = await demo.strapi.documents(PLACE).create({ data: { name: 'Shelf Test Market', kind: 'site', countryCode: 'IQ', latitude: 33.3, longitude: 44.4 } } as any);
    const briefing = await demo.briefing({ title: 'Shelf place', incident: { place: market.documentId } });
    await admin.put(`${CM}/${PLACE}/${market.documentId}`).send({ latitude: 33.35, longitude: 44.45 }).expect(200);
    expect((await read(`${API}/briefings/${briefing}`)).data.incident.place).toMatchObject({ latitude: 33.35, longitude: 44.45 });
  });

  it('the host article retitled is retitled in its briefing and in the article JSON-LD', async () => {
    const article = (await demo.strapi.documents('api::article.article').findFirst())!;
    const title = 'Head of ISIS in Iraq and Syria killed (updated)';
    await demo.strapi.documents('api::article.article').update({ documentId: article.documentId, data: { title } } as any);
    const listed = (await read(`${API}/briefings?pageSize=100`)).data.find((b: any) => b.sourceArticle?.documentId === article.documentId);
    expect(listed.sourceArticle.title).toBe(title);
    await demo.http().get(`${API}/articles/${article.documentId}/jsonld`).expect(200);
  });

  it('unpublishing and deleting take a briefing off the shelf at once; a refused publish leaves it as it was', async () => {
    const briefing = await demo.briefing({ title: 'Shelf comings and goings' });
    await demo.http().get(`${API}/briefings/${briefing}`).expect(200);

    // A draft that breaks the checklist cannot be published: the published version stays on the shelf unchanged.
    await admin.put(`${CM}/${BRIEFING}/${briefing}`).send({ title: 'Shelf comings and goings, no sources', sources: [] }).expect(200);
    await admin.post(`${CM}/${BRIEFING}/${briefing}/actions/publish`).send({}).expect(400);
    expect((await read(`${API}/briefings/${briefing}`)).data.title).toBe('Shelf comings and goings');

    await admin.post(`${CM}/${BRIEFING}/${briefing}/actions/unpublish`).send({}).expect(200);
    await demo.http().get(`${API}/briefings/${briefing}`).expect(404);
    await demo.strapi.documents(BRIEFING).publish({ documentId: (await demo.briefing({ title: 'Shelf deleted' })) });
    const deleted = (await read(`${API}/briefings?pageSize=100`)).data.find((b: any) => b.title === 'Shelf deleted').documentId;
    await admin.delete(`${CM}/${BRIEFING}/${deleted}`).expect(200);
    await demo.http().get(`${API}/briefings/${deleted}`).expect(404);
  });

  it("the list's total follows publishing, re-marking and unpublishing (kept per marking, not counted per read)", async () => {
    const partner = demo.http(await demo.apiToken({ type: 'full-access' }));
    const total = async (client?: HttpClient, query = '') => (await read(`${API}/briefings?pageSize=1${query}`, client)).meta.pagination.total;
    const [publicBefore, partnerBefore, clearBefore] = [await total(), await total(partner), await total(partner, '&marking=clear')];
    const briefing = await demo.briefing({ title: 'Shelf total' });
    expect([await total(), await total(partner), await total(partner, '&marking=clear')]).toEqual([publicBefore + 1, partnerBefore + 1, clearBefore + 1]);
    await admin.put(`${CM}/${BRIEFING}/${briefing}`).send({ marking: 'amber' }).expect(200);
    expect([await total(), await total(partner), await total(partner, '&marking=clear')]).toEqual([publicBefore, partnerBefore + 1, clearBefore]);
    await demo.strapi.documents(BRIEFING).unpublish({ documentId: briefing });
    expect([await total(), await total(partner)]).toEqual([publicBefore, partnerBefore]);
  });

  it('lists incidents newest first and filters by date range', async () => {
    const oldest = await demo.briefing({ title: 'Shelf oldest', incident: { date: '1999-01-01' } });
    const dates = (await read(`${API}/briefings?pageSize=100`)).data.map((b: any) => b.incident?.date).filter(Boolean);
    expect(dates).toEqual([...dates].sort().reverse());
    expect((await read(`${API}/briefings?to=2000&pageSize=100`)).data.map((b: any) => b.documentId)).toEqual([oldest]);
  });

  it('a bulk export reads matching briefings page after page in shelf order, each once, and leaves out one re-marked meanwhile', async () => {
    const written: string[] = [];
    for (let i = 1; i <= 5; i++) written.push(await demo.briefing({ title: `Shelf export page ${i}`, incident: { date: `1998-0${i}-15` } }));
    const briefings = demo.strapi.plugin(PLUGIN_ID).service('briefings');
    const publicReader = { audience: 'public', markings: ['clear'], canExport: () => true };
    const stream: AsyncGenerator<BriefingRecord> = briefings.stream(publicReader, { from: '1998', to: '1998' }, 2);
    const sent: string[] = [];
    for await (const record of stream) {
      sent.push(record.documentId);
      // The first page is sent; the fourth briefing, on the second page, is raised to AMBER before it is read.
      if (sent.length === 2) {
        await demo.strapi.documents(BRIEFING).update({ documentId: written[3]!, data: { marking: 'amber' } } as any);
        await demo.strapi.documents(BRIEFING).publish({ documentId: written[3]! });
      }
    }
    expect(sent).toEqual(written.filter((_, i) => i !== 3));
  });

  it('briefings linking the same actors, published at the same moment, all land', async () => {
    const shared = [await actor('Shelf Test Shared One'), await actor('Shelf Test Shared Two')];
    const drafts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        demo.briefing({ title: `Shelf concurrent ${i}`, actorRoles: shared.map((a, j) => ({ actor: a, role: j ? 'victim' : 'perpetrator' })) }, { publish: false }),
      ),
    );
    await Promise.all(drafts.map((documentId) => demo.strapi.documents(BRIEFING).publish({ documentId })));
    const listed = (await read(`${API}/briefings?actor=${shared[0]}&pageSize=100`)).data.map((b: any) => b.documentId);
    expect(listed.sort()).toEqual([...drafts].sort());
    const actors = (await read(`${API}/actors?pageSize=100`)).data.map((a: any) => a.name);
    expect(actors).toEqual(expect.arrayContaining(['Shelf Test Shared One', 'Shelf Test Shared Two']));
  });

  it('saves an actor shown in briefings that link hundreds of others (SQLite caps one insert at 500 rows)', async () => {
    const crowd = [];
    for (let i = 0; i < 170; i++) crowd.push(await actor(`Shelf Test Crowd ${i}`, { kind: 'person' }));
    const leader = await actor('Shelf Test Crowd Leader');
    const roles = [leader, ...crowd].map((a) => ({ actor: a, role: 'victim' }));
    for (const marking of ['clear', 'green', 'amber']) await demo.briefing({ title: `Shelf crowd ${marking}`, marking, actorRoles: roles });
    await admin.put(`${CM}/${ACTOR}/${leader}`).send({ name: 'Shelf Test Crowd Leader, renamed' }).expect(200);
    const partner = demo.http(await demo.apiToken({ type: 'full-access' }));
    const crowded = (await read(`${API}/briefings?actor=${leader}&pageSize=100`, partner)).data;
    expect(crowded).toHaveLength(3);
    for (const briefing of crowded) expect(briefing.actorRoles.map((r: any) => r.actor.name)).toContain('Shelf Test Crowd Leader, renamed');
  });

  /** The export options of a partner's STIX, as the plugin's config gives them. */
  const partnerOptions = () => {
    const config = demo.strapi.config.get(`plugin::${PLUGIN_ID}`) as Record<string, any>;
    return { audience: 'partner' as const, publisher: config.publisher, briefingsUrl: config.briefingsUrl ?? undefined, stixProfile: config.stixProfile };
  };

  it("a partner's bulk STIX export sends the objects kept on the shelf: the same as written afresh from the records, and renewed by each write", async () => {
    const partner = demo.http(await demo.apiToken({ type: 'full-access' }));
    const militia = await actor('Shelf STIX Militia');
    const briefing = await demo.briefing({ title: 'Shelf STIX', actorRoles: [{ actor: militia, role: 'perpetrator' }] });
    const exported = async () => JSON.parse((await partner.get(`${API}/briefings/export?format=stix`).expect(200)).text) as { objects: StixObject[] };
    const options = partnerOptions();

    // Every briefing the partner reads, as records from the list, written into a bundle by the entities' writer.
    const records: BriefingRecord[] = [];
    for (let page = 1; ; page++) {
      const { data, meta } = await read(`${API}/briefings?pageSize=100&page=${page}`, partner);
      records.push(...data);
      if (page >= meta.pagination.pageCount) break;
    }
    let afresh = '';
    for await (const chunk of writeStixBundle(records, options)) afresh += chunk;
    const byId = (objects: StixObject[]) => [...objects].sort((a, b) => a.id.localeCompare(b.id));
    const bundle = await exported();
    expect(byId(bundle.objects)).toEqual(byId(JSON.parse(afresh).objects));

    // The briefing's objects are those its shelf row keeps, under the options of this export.
    const row = await demo.strapi.db.query(`plugin::${PLUGIN_ID}.published-briefing` as any).findOne({ where: { briefingDocumentId: briefing } });
    expect(row.stixOptionsKey).toBe(stixOptionsKey(options));
    const kept = JSON.parse(`[${row.stixObjects}]`) as StixObject[];
    expect(kept.find((o) => o.type === 'report')!.name).toBe('Shelf STIX');
    for (const object of kept) expect(bundle.objects).toContainEqual(object);

    // Renamed in the Content Manager: the export says the new name, and nowhere the old one.
    await admin.put(`${CM}/${ACTOR}/${militia}`).send({ name: 'Shelf STIX Brigade' }).expect(200);
    const renamed = JSON.stringify((await exported()).objects);
    expect(renamed).toContain('Shelf STIX Brigade');
    expect(renamed).not.toContain('Shelf STIX Militia');
  });

  it("a partner's bulk STIX shows an affiliation exactly while that partner may open it, as it follows who may", async () => {
    const group = await actor('Shelf STIX Group');
    const fighter = await actor('Shelf STIX Fighter', { kind: 'person', affiliation: group });
    const briefing = await demo.briefing({ title: 'Shelf STIX fighter', actorRoles: [{ actor: fighter, role: 'perpetrator' }] });
    const amber = demo.http(await demo.apiToken({ type: 'full-access' }));
    const green = demo.http(
      await demo.apiToken({ type: 'custom', permissions: ['briefing.find', 'briefing.exportMany', 'format.stix', 'marking.green'].map(pluginAction) }),
    );
    const bulk = async (client: HttpClient) => (await client.get(`${API}/briefings/export?format=stix`).expect(200)).text;

    // The group is linked from no briefing yet: no partner sees it.
    for (const client of [amber, green]) expect(await bulk(client)).not.toContain('Shelf STIX Group');
    // Linked from an AMBER briefing: the AMBER partner sees it beside the fighter, the GREEN one still not.
    const claim = await demo.briefing({ title: 'Shelf STIX claim', marking: 'amber', actorRoles: [{ actor: group, role: 'claimant' }] });
    const fighterIn = async (client: HttpClient) => (JSON.parse(await bulk(client)).objects as StixObject[]).find((o) => o.name === 'Shelf STIX Fighter');
    expect(JSON.stringify(await fighterIn(amber))).toContain('Shelf STIX Group');
    expect(await bulk(green)).not.toContain('Shelf STIX Group');
    // The objects kept on the shelf were written again for it (else every export would write them afresh).
    const kept = async (): Promise<string[]> =>
      JSON.parse((await demo.strapi.db.query(`plugin::${PLUGIN_ID}.published-briefing` as any).findOne({ where: { briefingDocumentId: briefing } })).stixShowing ?? '[]');
    expect(await kept()).toContain(`actors:${group}`);
    // Unpublished: the AMBER partner loses it again.
    await demo.strapi.documents(BRIEFING).unpublish({ documentId: claim });
    expect(await bulk(amber)).not.toContain('Shelf STIX Group');
    expect(await kept()).not.toContain(`actors:${group}`);
  });

  it('STIX kept under other export options (the config changed between starts) is written again on the next start', async () => {
    const table = 'security_briefings_published_briefings';
    const keys = async () => (await demo.strapi.db.connection(table).whereIn('marking', ['clear', 'green', 'amber']).distinct('stix_options_key')).map((row: any) => row.stix_options_key);
    expect(await keys()).toEqual([stixOptionsKey(partnerOptions())]);
    // As if the shelf had been kept under an earlier configuration.
    await demo.strapi.db.connection(table).update({ stix_options_key: 'an earlier configuration' });
    await demo.strapi.store({ type: 'plugin', name: PLUGIN_ID }).set({ key: 'shelf-stix-options', value: 'an earlier configuration' });
    await demo.reboot();
    expect(await keys()).toEqual([stixOptionsKey(partnerOptions())]);
  });

  it('a database without a shelf (an earlier version, or rows written behind Strapi) gets one on its next start', async () => {
    const before = await read(`${API}/briefings?pageSize=100`);
    const actorsBefore = await read(`${API}/actors?pageSize=100`);
    const knex = demo.strapi.db.connection;
    for (const table of ['security_briefings_published_briefings', 'security_briefings_published_links', 'security_briefings_published_records']) {
      await knex(table).delete();
    }
    expect((await read(`${API}/briefings?pageSize=100`)).data).toEqual([]);
    await demo.reboot();
    expect(await read(`${API}/briefings?pageSize=100`)).toEqual(before);
    expect(await read(`${API}/actors?pageSize=100`)).toEqual(actorsBefore);
  });
});
