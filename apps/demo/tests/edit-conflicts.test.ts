import { ACTOR, BRIEFING, useDemo, type HttpClient } from './demo-app';

const CM = '/content-manager/collection-types';
const CM_ACTIONS = ['read', 'create', 'update', 'publish'].map((action) => `plugin::content-manager.explorer.${action}`);
const editing = (uid: string, documentId: string) => `/security-briefings/editing/${uid}/${documentId}`;

/**
 * No lost edits, over real HTTP on the real demo: two editors (Jane Doe and Omar Haddad) open one
 * briefing; each sees the other has it open; a save made from a form loaded before the other's save
 * is refused with a 409 naming the fields and who changed them, nothing of either edit is lost; API
 * clients that send back the updatedAt they read get the same rule.
 */
describe('two editors on one briefing', () => {
  const demo = useDemo();
  let jane: HttpClient;
  let omar: HttpClient;

  /** An admin user with a first and last name, in the role, logged in. */
  async function editor(firstname: string, lastname: string, role: number) {
    const email = `${firstname}.${lastname}@newsroom.example`.toLowerCase();
    const password = 'Desk-editor-1';
    await demo.strapi.service('admin::user').create({ email, firstname, lastname, password, isActive: true, registrationToken: null, roles: [role] });
    return demo.http(await demo.adminLogin(email, password));
  }

  /** What an edit view does on opening: read the draft, then say it is open on that version. */
  async function open(client: HttpClient, uid: string, documentId: string) {
    const { body } = await client.get(`${CM}/${uid}/${documentId}`).expect(200);
    const loadedAt: string = body.data.updatedAt;
    const beat = await client.post(editing(uid, documentId)).send({ loadedAt }).expect(200);
    return { draft: body.data, loadedAt, others: beat.body.data.others as { name: string; since: string }[] };
  }

  const draftOf = (documentId: string) => demo.strapi.documents(BRIEFING).findOne({ documentId, status: 'draft' } as any) as Promise<any>;

  beforeAll(async () => {
    const strapi = demo.strapi;
    const fields = (uid: string) => strapi.service('admin::content-type').getNestedFields(strapi.contentType(uid as any), { components: strapi.components });
    const permissions = [BRIEFING, ACTOR].flatMap((subject) => CM_ACTIONS.map((action) => ({ action, subject, properties: { fields: fields(subject) } })));
    const role = await demo.adminRole('Security desk', permissions);
    jane = await editor('Jane', 'Doe', role);
    omar = await editor('Omar', 'Haddad', role);
  });

  it('shows the second editor who already has the briefing open, and since when', async () => {
    const documentId = await demo.briefing({ title: 'Checkpoint closed after clash' }, { publish: false });
    const first = await open(jane, BRIEFING, documentId);
    expect(first.others).toEqual([]);
    const second = await open(omar, BRIEFING, documentId);
    expect(second.others).toEqual([{ id: expect.any(Number), name: 'Jane Doe', since: expect.any(String) }]);
    expect(Date.now() - new Date(second.others[0]!.since).getTime()).toBeLessThan(60_000);
    // And the first sees the second at their next heartbeat.
    const again = await jane.post(editing(BRIEFING, documentId)).send({ loadedAt: first.loadedAt }).expect(200);
    expect(again.body.data.others.map((o: { name: string }) => o.name)).toEqual(['Omar Haddad']);
  });

  it('refuses a save made from a form loaded before another editor saved, naming the fields and the editor; nothing of either edit is lost', async () => {
    const documentId = await demo.briefing({ title: 'Strike on fuel depot', summary: 'A depot was hit.' }, { publish: false });
    const janeView = await open(jane, BRIEFING, documentId);
    const omarView = await open(omar, BRIEFING, documentId);
    expect(omarView.loadedAt).toBe(janeView.loadedAt);

    // Jane saves first: her title and summary.
    await jane.put(`${CM}/${BRIEFING}/${documentId}`).send({ title: 'Drone strike on fuel depot', summary: 'A drone hit the depot at night.' }).expect(200);

    // Omar saves from the form he loaded before: refused, his marking and title not written.
    const refused = await omar.put(`${CM}/${BRIEFING}/${documentId}`).send({ title: 'Strike on fuel depot in Basra', marking: 'green' }).expect(409);
    expect(refused.body.data).toBeNull();
    expect(refused.body.error.status).toBe(409);
    expect(refused.body.error.message).toMatch(/^This briefing was changed since you loaded it: Jane Doe changed Title and Summary at \d{4}-\d\d-\d\d \d\d:\d\d UTC\. Your save was refused/);
    expect(refused.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.')).sort()).toEqual(['summary', 'title']);
    expect(refused.body.error.details.savedSince).toEqual([
      { savedAt: expect.any(String), by: { id: expect.any(Number), name: 'Jane Doe' }, fields: ['title', 'summary'], labels: ['Title', 'Summary'] },
    ]);
    let draft = await draftOf(documentId);
    expect([draft.title, draft.summary, draft.marking]).toEqual(['Drone strike on fuel depot', 'A drone hit the depot at night.', 'clear']);

    // Omar's edit view learns what changed under him at its next heartbeat, before he tries again.
    const beat = await omar.post(editing(BRIEFING, documentId)).send({ loadedAt: omarView.loadedAt }).expect(200);
    expect(beat.body.data.savedSince.map((save: { by: { name: string }; labels: string[] }) => [save.by.name, save.labels])).toEqual([['Jane Doe', ['Title', 'Summary']]]);

    // He reloads (Jane's version, his marking kept on top) and saves: accepted, both edits there.
    const reloaded = await open(omar, BRIEFING, documentId);
    expect(reloaded.draft.title).toBe('Drone strike on fuel depot');
    await omar.put(`${CM}/${BRIEFING}/${documentId}`).send({ marking: 'green' }).expect(200);
    draft = await draftOf(documentId);
    expect([draft.title, draft.summary, draft.marking]).toEqual(['Drone strike on fuel depot', 'A drone hit the depot at night.', 'green']);

    // Jane's form is at her own save, older than Omar's: her next save is refused in turn, naming his change.
    const janeAgain = await jane.put(`${CM}/${BRIEFING}/${documentId}`).send({ marking: 'clear', summary: 'Changed again.' }).expect(409);
    expect(janeAgain.body.error.message).toMatch(/Omar Haddad changed TLP marking at/);
    expect((await draftOf(documentId)).marking).toBe('green');
  });

  it('lets an editor save again and again from their own form (their saves move their version on)', async () => {
    const documentId = await demo.briefing({ title: 'Convoy ambushed' }, { publish: false });
    await open(jane, BRIEFING, documentId);
    await jane.put(`${CM}/${BRIEFING}/${documentId}`).send({ summary: 'First pass.' }).expect(200);
    await jane.put(`${CM}/${BRIEFING}/${documentId}`).send({ summary: 'Second pass.' }).expect(200);
    expect((await draftOf(documentId)).summary).toBe('Second pass.');
  });

  it('applies the same rule to API writes that send back the updatedAt they read; writes that send none are accepted', async () => {
    const admin = demo.http(await demo.adminToken());
    const documentId = await demo.briefing({ title: 'Border crossing shelled' }, { publish: false });
    const read = (await admin.get(`${CM}/${BRIEFING}/${documentId}`).expect(200)).body.data;
    await jane.put(`${CM}/${BRIEFING}/${documentId}`).send({ summary: 'Shelling lasted two hours.' }).expect(200);

    // A client that PUTs back what it read, updatedAt included, after Jane's save: 409, nothing written.
    const stale = await admin.put(`${CM}/${BRIEFING}/${documentId}`).send({ title: 'Border crossing shelled twice', updatedAt: read.updatedAt }).expect(409);
    expect(stale.body.error.message).toMatch(/Jane Doe changed Summary at/);
    expect((await draftOf(documentId)).title).toBe('Border crossing shelled');

    // Read again and send the new updatedAt: accepted.
    const fresh = (await admin.get(`${CM}/${BRIEFING}/${documentId}`).expect(200)).body.data;
    await admin.put(`${CM}/${BRIEFING}/${documentId}`).send({ title: 'Border crossing shelled twice', updatedAt: fresh.updatedAt }).expect(200);
    expect((await draftOf(documentId))).toMatchObject({ title: 'Border crossing shelled twice', summary: 'Shelling lasted two hours.' });

    // A write that says nothing of what it read (a script, a seed) is not checked.
    await admin.put(`${CM}/${BRIEFING}/${documentId}`).send({ reviewStage: 'in-review' }).expect(200);

    // A malformed updatedAt is a 400 naming it.
    const malformed = await admin.put(`${CM}/${BRIEFING}/${documentId}`).send({ title: 'x', updatedAt: 'yesterday' }).expect(400);
    expect(malformed.body.error.message).toMatch(/^updatedAt:/);
  });

  it('applies it to actors too, naming their fields as the edit view does', async () => {
    const admin = demo.http(await demo.adminToken());
    const created = await admin.post(`${CM}/${ACTOR}`).send({ name: 'Northern Brigade', kind: 'armed-group' }).expect(201);
    const { documentId, updatedAt } = created.body.data;
    await open(jane, ACTOR, documentId);
    await jane.put(`${CM}/${ACTOR}/${documentId}`).send({ name: 'Northern Brigades' }).expect(200);
    const stale = await admin.put(`${CM}/${ACTOR}/${documentId}`).send({ countryCode: 'SY', updatedAt }).expect(409);
    expect(stale.body.error.message).toMatch(/^This actor was changed since you loaded it: Jane Doe changed Canonical name at/);
    const actor = await demo.strapi.documents(ACTOR).findOne({ documentId } as any);
    expect([actor!.name, actor!.countryCode]).toEqual(['Northern Brigades', null]);
  });

  it('forgets an editor a minute after their last heartbeat, and at once when their edit view closes', async () => {
    const documentId = await demo.briefing({ title: 'Port blockade' }, { publish: false });
    const { loadedAt } = await open(jane, BRIEFING, documentId);
    expect((await open(omar, BRIEFING, documentId)).others.map((o) => o.name)).toEqual(['Jane Doe']);

    // Jane's tab stops sending heartbeats: her last one is set 61 seconds back, as if the minute had passed.
    const store = demo.strapi.store({ type: 'plugin', name: 'security-briefings' });
    const janeId = (await demo.strapi.db.query('admin::user').findOne({ where: { firstname: 'Jane' } }))!.id;
    const key = `editing:${documentId}:${janeId}`;
    const view = (await store.get({ key })) as { seenAt: string };
    await store.set({ key, value: { ...view, seenAt: new Date(Date.now() - 61_000).toISOString() } });
    expect((await open(omar, BRIEFING, documentId)).others).toEqual([]);

    // She comes back, then closes the edit view.
    await jane.post(editing(BRIEFING, documentId)).send({ loadedAt }).expect(200);
    expect((await open(omar, BRIEFING, documentId)).others.map((o) => o.name)).toEqual(['Jane Doe']);
    await jane.delete(editing(BRIEFING, documentId)).expect(204);
    expect((await open(omar, BRIEFING, documentId)).others).toEqual([]);
  });

  it('answers presence only to editors who may read the type, and checks what the edit view sends', async () => {
    const documentId = await demo.briefing({ title: 'Closed road' }, { publish: false });
    const role = await demo.adminRole('Places only', [{ action: 'plugin::content-manager.explorer.read', subject: 'plugin::security-briefings.place' }]);
    const outsider = await editor('Lina', 'Nasser', role);
    await outsider.post(editing(BRIEFING, documentId)).send({ loadedAt: new Date().toISOString() }).expect(403);
    await jane.post(editing('api::article.article', documentId)).send({ loadedAt: new Date().toISOString() }).expect(404);
    const bad = await jane.post(editing(BRIEFING, documentId)).send({ loadedAt: 'now', extra: 1 }).expect(400);
    expect(bad.body.error.message).toMatch(/loadedAt/);
    await demo.http().post(editing(BRIEFING, documentId)).send({ loadedAt: new Date().toISOString() }).expect(401);
  });
});
