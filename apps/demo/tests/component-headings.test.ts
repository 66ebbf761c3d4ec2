import { ACTOR, BRIEFING, componentUid, useDemo, type HttpClient } from './demo-app';

const CM = '/content-manager/collection-types';
const ACTOR_ROLE = componentUid('actor-role');
const SOURCE = componentUid('source');

const ministry = { kind: 'official', name: 'Iraqi Ministry of Foreign Affairs' };
const officials = { kind: 'official', anonymous: true, descriptor: 'security officials' };

/**
 * The collapsed actor roles and sources of the edit view are titled by a heading in words that the
 * server derives on every write by every door and that nobody can set; it never leaves the CMS.
 */
describe('headings of actor roles and sources', () => {
  const demo = useDemo();
  let admin: HttpClient;
  let actor: string;

  beforeAll(async () => {
    admin = demo.http(await demo.adminToken());
    actor = (await demo.strapi.documents(ACTOR).create({ data: { name: 'Islamic State', kind: 'armed-group' } as any })).documentId;
  });

  /** Each version's headings, as the database holds them: draft first. */
  const headings = async (documentId: string) => {
    const rows = await demo.strapi.db.query(BRIEFING).findMany({
      where: { documentId },
      select: ['publishedAt'],
      populate: { actorRoles: { select: ['heading'] }, sources: { select: ['heading'] } },
      orderBy: { id: 'asc' },
    });
    return Object.fromEntries(
      rows.map((row: any) => [row.publishedAt ? 'published' : 'draft', [...row.actorRoles, ...row.sources].map((entry: any) => entry.heading)]),
    );
  };

  it('are derived on create and update through the Content Manager, and a heading sent is dropped', async () => {
    const perpetrator = { role: 'perpetrator', actor: { connect: [{ documentId: actor }] }, heading: 'Chosen by the client' };
    const created = await admin
      .post(`${CM}/${BRIEFING}`)
      .send({ title: 'Headings: a claimed attack', marking: 'clear', actorRoles: [perpetrator], sources: [{ ...ministry, heading: 'x' }, officials] })
      .expect(201);
    const { documentId } = created.body.data;
    const expected = ['Perpetrator: Islamic State', 'Official: Iraqi Ministry of Foreign Affairs', 'Anonymous: security officials (Official)'];
    expect(await headings(documentId)).toEqual({ draft: expected });
    // The Content Manager's form is titled from the answer at once.
    expect([...created.body.data.actorRoles, ...created.body.data.sources].map((entry: any) => entry.heading)).toEqual(expected);

    // The form sends back the entries it read, their headings included.
    const { actorRoles, sources } = created.body.data;
    const edited = {
      actorRoles: actorRoles.map((entry: any) => ({ ...entry, actor: { connect: [{ documentId: actor }] }, certainty: 'claimed' })),
      sources: sources.map((entry: any, i: number) => (i === 0 ? { ...entry, kind: 'media', name: 'Rudaw' } : entry)),
    };
    const updated = await admin.put(`${CM}/${BRIEFING}/${documentId}`).send(edited);
    expect([updated.status, updated.body.error]).toEqual([200, undefined]);
    const after = ['Perpetrator: Islamic State (claimed)', 'News media: Rudaw', 'Anonymous: security officials (Official)'];
    expect(await headings(documentId)).toEqual({ draft: after });
    expect(updated.body.data.sources.map((entry: any) => entry.heading)).toEqual(after.slice(1));
  });

  it('are derived on writes through the document service, on each version, and follow the actor', async () => {
    const docs = demo.strapi.documents(BRIEFING);
    const documentId = await demo.briefing({ title: 'Headings: a published raid', actorRoles: [{ role: 'target', actor }], sources: [ministry] });
    expect(await headings(documentId)).toEqual({ draft: ['Target: Islamic State', 'Official: Iraqi Ministry of Foreign Affairs'], published: ['Target: Islamic State', 'Official: Iraqi Ministry of Foreign Affairs'] });

    // A named source made anonymous in the draft is withheld from the published version at once: both are titled so.
    await docs.update({ documentId, data: { sources: [{ ...officials, heading: 'Named after all' }] } as any });
    expect(await headings(documentId)).toEqual({ draft: ['Target: Islamic State', 'Anonymous: security officials (Official)'], published: ['Target: Islamic State', 'Anonymous: security officials (Official)'] });
    await docs.update({ documentId, data: { sources: [officials, { kind: 'witness', name: 'A resident' }] } as any });
    expect(await headings(documentId)).toEqual({ draft: ['Target: Islamic State', 'Anonymous: security officials (Official)', 'Witness: A resident'], published: ['Target: Islamic State', 'Anonymous: security officials (Official)'] });

    // The actor's name is in the titles of every briefing that has it.
    await demo.strapi.documents(ACTOR).update({ documentId: actor, data: { name: 'ISIS' } as any });
    expect(await headings(documentId)).toEqual({ draft: ['Target: ISIS', 'Anonymous: security officials (Official)', 'Witness: A resident'], published: ['Target: ISIS', 'Anonymous: security officials (Official)'] });
    await demo.strapi.documents(ACTOR).update({ documentId: actor, data: { name: 'Islamic State' } as any });
  });

  it('never leave the CMS: not in the public API, the partner API, GraphQL or an export', async () => {
    const documentId = await demo.briefing({ title: 'Headings: kept inside', actorRoles: [{ role: 'perpetrator', actor }], sources: [ministry, officials] });
    const partner = await demo.apiToken({ type: 'full-access' });
    const answers = [
      await demo.http().get(`/api/security-briefings/briefings/${documentId}`).expect(200),
      await demo.http(partner).get(`/api/security-briefings/briefings/${documentId}`).expect(200),
      await demo.http(partner).get(`/api/security-briefings/briefings/${documentId}/export?format=stix`).expect(200),
      await demo.http(partner).get(`/api/security-briefings/briefings/${documentId}/export?format=jsonld`).expect(200),
    ];
    for (const answer of answers) {
      expect(answer.text).not.toContain('"heading"');
      expect(answer.text).not.toContain('Perpetrator: Islamic State');
      expect(answer.text).not.toContain('Anonymous: security officials');
    }
    // GraphQL has no such field to ask for (Strapi's generated types are off for the plugin's components).
    const graphql = await demo
      .http(partner)
      .post('/graphql')
      .send({ query: 'query ($id: ID!) { securityBriefing(documentId: $id) { actorRoles { heading } sources { heading } } }', variables: { id: documentId } });
    expect(graphql.body.data).toBeUndefined();
    expect(graphql.body.errors.map((error: any) => error.message)).toEqual([
      expect.stringContaining('Cannot query field "heading"'),
      expect.stringContaining('Cannot query field "heading"'),
    ]);
  });

  it('are derived on start for a database from before them, and the Content Manager titles entries by them', async () => {
    const documentId = await demo.briefing({ title: 'Headings: an older briefing', actorRoles: [{ role: 'victim', actor }], sources: [officials] });
    // The database as an earlier version left it: no headings, and the Content Manager titling entries by role and by name.
    for (const uid of [ACTOR_ROLE, SOURCE]) await demo.strapi.db.connection(demo.strapi.db.metadata.get(uid).tableName).update({ heading: null });
    const components = demo.strapi.plugin('content-manager').service('components');
    for (const [uid, before] of [[ACTOR_ROLE, 'role'], [SOURCE, 'name']]) {
      const { uid: _u, category: _c, ...stored } = await components.findConfiguration({ uid });
      await components.updateConfiguration({ uid }, { ...stored, settings: { ...stored.settings, mainField: before } });
    }
    await demo.strapi.store({ type: 'plugin', name: 'security-briefings' }).delete({ key: 'component-headings' });
    await demo.reboot();

    expect(await headings(documentId)).toEqual({ draft: ['Victim: Islamic State', 'Anonymous: security officials (Official)'], published: ['Victim: Islamic State', 'Anonymous: security officials (Official)'] });
    for (const uid of [ACTOR_ROLE, SOURCE]) {
      expect(await demo.strapi.db.query(uid as any).count({ where: { heading: { $null: true } } })).toBe(0);
      const configuration = await demo.strapi.plugin('content-manager').service('components').findConfiguration({ uid });
      expect(configuration.settings.mainField).toBe('heading');
      expect(configuration.metadatas.heading.edit).toMatchObject({ visible: false, editable: false });
    }
  });
});
