import { BRIEFING, PLACE, pluginAction, useDemo, type HttpClient } from './demo-app';

const CM = '/content-manager/collection-types';
const CM_ACTIONS = ['read', 'create', 'update', 'publish'].map((action) => `plugin::content-manager.explorer.${action}`);
const APPROVE = pluginAction('review.approve');
const review = (documentId: string, move?: string) => `/security-briefings/review/${documentId}${move ? `/${move}` : ''}`;

/**
 * Four-eyes publishing, over real HTTP on the demo with the option on (as the demo starts): editors
 * created through the admin API; a briefing is published only once approved by someone other than
 * its last editor, at every publishing door; a change after approval sends it back to review.
 */
describe('four-eyes publishing', () => {
  const demo = useDemo({ env: { SECURITY_BRIEFINGS_FOUR_EYES: 'true' } });
  let jane: HttpClient; // a desk editor: writes and sends to review
  let omar: HttpClient; // a desk chief: may approve
  let lina: HttpClient; // another desk chief
  let baghdad: string;

  /** An editor invited by the Super Admin in Settings > Users, who then registers, as the admin does it. */
  async function invite(firstname: string, lastname: string, role: number): Promise<HttpClient> {
    const admin = demo.http(await demo.adminToken());
    const email = `${firstname}.${lastname}@newsroom.example`.toLowerCase();
    const invited = await admin.post('/admin/users').send({ email, firstname, lastname, roles: [role] }).expect(201);
    const registered = await demo
      .http()
      .post('/admin/register')
      .send({ registrationToken: invited.body.data.registrationToken, userInfo: { firstname, lastname, password: 'Desk-editor-1' } })
      .expect(200);
    return demo.http(registered.body.data.token ?? registered.body.data.accessToken);
  }

  /** A briefing Jane writes in the Content Manager, complete enough to publish. */
  async function written(title: string): Promise<string> {
    const { body } = await jane
      .post(`${CM}/${BRIEFING}`)
      .send({
        title,
        marking: 'clear',
        // The stage is not the form's to set: this is ignored, a new briefing starts drafting.
        reviewStage: 'approved',
        sources: [{ kind: 'media', name: 'Example Wire' }],
        incident: { eventType: 'battles', subEventType: 'armed-clash', date: '2025-05-01', datePrecision: 'day', place: baghdad },
      })
      .expect(201);
    return body.data.documentId;
  }

  const stateOf = async (client: HttpClient, documentId: string) => (await client.get(review(documentId)).expect(200)).body.data;
  const publish = (client: HttpClient, documentId: string, form: object = {}) => client.post(`${CM}/${BRIEFING}/${documentId}/actions/publish`).send(form);
  const published = (documentId: string) => demo.strapi.documents(BRIEFING).findOne({ documentId, status: 'published' } as any) as Promise<any>;

  beforeAll(async () => {
    const strapi = demo.strapi;
    const fields = strapi.service('admin::content-type').getNestedFields(strapi.contentType(BRIEFING as any), { components: strapi.components });
    const desk = CM_ACTIONS.map((action) => ({ action, subject: BRIEFING, properties: { fields } }));
    const editors = await demo.adminRole('Desk editors', desk);
    const chiefs = await demo.adminRole('Desk chiefs', [...desk, { action: APPROVE }]);
    jane = await invite('Jane', 'Doe', editors);
    omar = await invite('Omar', 'Haddad', chiefs);
    lina = await invite('Lina', 'Aziz', chiefs);
    baghdad = (await strapi.documents(PLACE).findFirst({ filters: { name: 'Baghdad' } } as any))!.documentId;
  });

  it('registers the approval permission among the plugin’s admin permissions (Settings > Roles)', () => {
    const action = demo.strapi.service('admin::permission').actionProvider.get(APPROVE);
    expect(action).toMatchObject({ section: 'plugins', pluginName: 'security-briefings', displayName: 'Approve briefings for publishing, or send them back' });
  });

  it('takes a briefing from drafting to review to approval by a second editor, then publishes it', async () => {
    const documentId = await written('Clash at the river crossing');
    let state = await stateOf(jane, documentId);
    expect(state).toMatchObject({ stage: 'drafting', fourEyes: true, lastEditor: { kind: 'admin', name: 'Jane Doe' }, approvedBy: null });
    expect(state.moves['send-to-review']).toEqual({ allowed: true, reason: null });
    expect(state.moves.approve.allowed).toBe(false);

    // Not approved: the Content Manager's publish is refused, naming the field.
    const refused = await publish(jane, documentId).expect(400);
    expect(refused.body.error.message).toMatch(/^reviewStage: A briefing is published only once another editor has approved it; this one is drafting/);
    expect(refused.body.error.details.errors[0].path).toEqual(['reviewStage']);
    expect(await published(documentId)).toBeNull();

    state = (await jane.post(review(documentId, 'send-to-review')).send({}).expect(200)).body.data;
    expect(state).toMatchObject({ stage: 'in-review', movedBy: { kind: 'admin', name: 'Jane Doe' } });
    expect(Date.now() - new Date(state.movedAt).getTime()).toBeLessThan(60_000);
    await publish(jane, documentId).expect(400);

    state = (await omar.post(review(documentId, 'approve')).send({}).expect(200)).body.data;
    expect(state).toMatchObject({ stage: 'approved', movedBy: { name: 'Omar Haddad' }, approvedBy: { kind: 'admin', name: 'Omar Haddad' }, lastEditor: { name: 'Jane Doe' } });
    // The moves pass through the document service: the revision log has them, by who made them.
    const log = (await demo.http(await demo.adminToken()).get(`/security-briefings/revisions/${BRIEFING}/${documentId}`).expect(200)).body.data;
    const stageMoves = log.flatMap((entry: any) => entry.changes.filter((c: any) => c.field === 'reviewStage').map((c: any) => [entry.by.name, c.old, c.new]));
    expect(stageMoves).toEqual([
      ['Omar Haddad', 'in-review', 'approved'],
      ['Jane Doe', 'drafting', 'in-review'],
      ['Jane Doe', null, 'drafting'],
    ]);

    // The Content Manager saves the unchanged form before it publishes: no change, still approved.
    const { body } = await publish(jane, documentId, { title: 'Clash at the river crossing', marking: 'clear' }).expect(200);
    expect(body.data.publishedAt).toBeTruthy();
    expect((await published(documentId)).reviewStage).toBe('approved');
  });

  it('refuses a self-approval: the last editor may not approve', async () => {
    const documentId = await written('Shelling near the airport');
    await jane.post(review(documentId, 'send-to-review')).send({}).expect(200);
    // Omar edits it: he is now its last editor.
    await omar.put(`${CM}/${BRIEFING}/${documentId}`).send({ summary: 'Shells fell near the airport road.' }).expect(200);
    expect((await stateOf(omar, documentId)).moves.approve).toEqual({ allowed: false, reason: 'You made the last change to this briefing: another editor must approve it.' });
    const refused = await omar.post(review(documentId, 'approve')).send({}).expect(400);
    expect(refused.body.error.message).toBe('reviewStage: You made the last change to this briefing: another editor must approve it.');
    expect((await stateOf(omar, documentId)).stage).toBe('in-review');
    // Lina, who did not write it, may.
    await lina.post(review(documentId, 'approve')).send({}).expect(200);
    await publish(omar, documentId).expect(200);
  });

  it('needs the approval permission to approve or send back', async () => {
    const documentId = await written('Roadside bomb on the highway');
    await jane.post(review(documentId, 'send-to-review')).send({}).expect(200);
    await jane.post(review(documentId, 'approve')).send({}).expect(403);
    await jane.post(review(documentId, 'send-back')).send({ note: 'mine' }).expect(403);
    expect((await stateOf(jane, documentId)).moves.approve.reason).toBe('Only editors allowed to approve briefings can approve them or send them back.');

    // A chief sends it back with a note; the stage and the note show in the panel.
    const state = (await omar.post(review(documentId, 'send-back')).send({ note: 'Name the second source.' }).expect(200)).body.data;
    expect(state).toMatchObject({ stage: 'drafting', note: 'Name the second source.', movedBy: { name: 'Omar Haddad' } });
    // An unknown move, or a note too long, is refused.
    await omar.post(review(documentId, 'publish')).send({}).expect(404);
    const long = await omar.post(review(documentId, 'send-back')).send({ note: 'x'.repeat(501) }).expect(400);
    expect(long.body.error.details.errors[0].path).toEqual(['note']);
  });

  it('sends an approved briefing back to review when its content changes, and refuses to publish it then', async () => {
    const documentId = await written('Protest at the ministry');
    await jane.post(review(documentId, 'send-to-review')).send({}).expect(200);
    await omar.post(review(documentId, 'approve')).send({}).expect(200);

    const saved = await jane.put(`${CM}/${BRIEFING}/${documentId}`).send({ summary: 'Hundreds gathered.' }).expect(200);
    // The editor's form gets the stage the change moved it to.
    expect(saved.body.data.reviewStage).toBe('in-review');
    const state = await stateOf(omar, documentId);
    expect(state).toMatchObject({ stage: 'in-review', approvedBy: null, movedBy: { name: 'Jane Doe' }, lastEditor: { name: 'Jane Doe' } });
    await publish(jane, documentId).expect(400);
    // Bulk publish from the list is a door too.
    const bulk = await jane.post(`${CM}/${BRIEFING}/actions/bulkPublish`).send({ documentIds: [documentId] }).expect(400);
    expect(bulk.body.error.message).toMatch(/^reviewStage: /);
    expect(await published(documentId)).toBeNull();

    // Approved again; a change sent with the publish itself is refused, and nothing of it is kept.
    await omar.post(review(documentId, 'approve')).send({}).expect(200);
    const edited = await publish(jane, documentId, { summary: 'Thousands gathered.' }).expect(400);
    expect(edited.body.error.message).toMatch(/^reviewStage: These changes were made after the briefing was approved/);
    const draft = (await demo.strapi.documents(BRIEFING).findOne({ documentId } as any)) as any;
    expect([draft.summary, draft.reviewStage]).toEqual(['Hundreds gathered.', 'approved']);
    expect(await published(documentId)).toBeNull();
    await jane.post(`${CM}/${BRIEFING}/actions/bulkPublish`).send({ documentIds: [documentId] }).expect(200);
    expect(await published(documentId)).not.toBeNull();
  });

  it('keeps an approved briefing approved when a save sends its sources again unchanged (new rows, same content)', async () => {
    const documentId = await written('Clash near the bridge');
    await jane.post(review(documentId, 'send-to-review')).send({}).expect(200);
    await omar.post(review(documentId, 'approve')).send({}).expect(200);
    // Rows without ids are made anew, with a derived heading: the same content is still no change.
    const saved = await jane.put(`${CM}/${BRIEFING}/${documentId}`).send({ sources: [{ kind: 'media', name: 'Example Wire' }] }).expect(200);
    expect(saved.body.data.reviewStage).toBe('approved');
    await publish(jane, documentId).expect(200);
  });

  it('moves the stage only through review: a stage sent with a save is ignored', async () => {
    const documentId = await written('Arrests after the raid');
    expect((await stateOf(jane, documentId)).stage).toBe('drafting');
    const saved = await jane.put(`${CM}/${BRIEFING}/${documentId}`).send({ reviewStage: 'approved' }).expect(200);
    expect(saved.body.data.reviewStage).toBe('drafting');
    await publish(jane, documentId).expect(400);

    // A copy of an approved briefing (the Content Manager's Duplicate) starts its own review, its copier the last editor.
    await jane.post(review(documentId, 'send-to-review')).send({}).expect(200);
    await omar.post(review(documentId, 'approve')).send({}).expect(200);
    const copy = await jane.post(`${CM}/${BRIEFING}/clone/${documentId}`).send({ title: 'Arrests after the raid (copy)' }).expect(200);
    const copied = await stateOf(omar, copy.body.data.documentId);
    expect(copied).toMatchObject({ stage: 'drafting', lastEditor: { name: 'Jane Doe' } });
  });

  it('trusts server code without a request (seed, scripts): it publishes unreviewed', async () => {
    // The seed briefing was published at boot with the option on.
    const seeded = await demo.strapi.documents(BRIEFING).findFirst({ status: 'published' } as any);
    expect(seeded).not.toBeNull();
    const documentId = await demo.briefing({ title: 'Written by a script' });
    expect(await published(documentId)).not.toBeNull();
  });

  it('has no other publishing door: the content API and GraphQL do not write briefings', async () => {
    const token = await demo.apiToken({ type: 'full-access' });
    const before = await demo.strapi.db.query(BRIEFING).count({});
    const rest = await demo.http(token).post('/api/security-briefings/briefings').send({ data: { title: 'Via REST' } });
    expect([404, 405]).toContain(rest.status);
    const graphql = await demo
      .http(token)
      .post('/graphql')
      .send({ query: 'mutation { createSecurityBriefingsBriefing(data: { title: "Via GraphQL" }) { documentId } }' });
    expect(graphql.body.errors?.[0]?.message).toMatch(/Cannot query field|Unknown/);
    expect(await demo.strapi.db.query(BRIEFING).count({})).toBe(before);
  });
});
