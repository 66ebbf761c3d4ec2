import { ACTOR, BRIEFING, PLACE, pluginAction, useDemo, type HttpClient } from './demo-app';

const CM = '/content-manager/collection-types';
const CM_ACTIONS = ['read', 'create', 'update', 'delete', 'publish'].map((action) => `plugin::content-manager.explorer.${action}`);
const REVISION = 'plugin::security-briefings.revision';
const history = (uid: string, documentId: string) => `/security-briefings/revisions/${uid}/${documentId}`;

interface Change {
  field: string;
  label: string;
  old: unknown;
  new: unknown;
}
interface Revision {
  id: number;
  contentType: string;
  documentId: string;
  recordName: string | null;
  action: string;
  at: string;
  by: { kind: string; id: number | null; name: string | null };
  reason: string | null;
  changes: Change[];
}

/** A CSV line split into fields (quoted fields may hold commas and doubled quotes; none of ours holds a line break). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/**
 * The revision log (issue 12, item 4), over real HTTP on the real demo: every write to a briefing,
 * actor or place, by each door that can write (the Content Manager, the document service in code),
 * is one entry naming who, when, which fields with old and new values, and the reason given; refused
 * writes leave none; nothing can change or delete an entry; the legal desk's CSV.
 */
describe('revision log', () => {
  const demo = useDemo();
  let admin: HttpClient;
  let jane: HttpClient;
  let janeId: number;
  let baghdad: string;

  async function revisions(uid: string, documentId: string): Promise<Revision[]> {
    const { body } = await admin.get(history(uid, documentId)).expect(200);
    return body.data;
  }
  const newest = async (uid: string, documentId: string) => (await revisions(uid, documentId))[0]!;

  beforeAll(async () => {
    const strapi = demo.strapi;
    admin = demo.http(await demo.adminToken());
    const fields = (uid: string) => strapi.service('admin::content-type').getNestedFields(strapi.contentType(uid as any), { components: strapi.components });
    const permissions = [BRIEFING, ACTOR, PLACE].flatMap((subject) => CM_ACTIONS.map((action) => ({ action, subject, properties: { fields: fields(subject) } })));
    const role = await demo.adminRole('Security desk', permissions);
    const email = 'jane.doe@newsroom.example';
    await strapi.service('admin::user').create({ email, firstname: 'Jane', lastname: 'Doe', password: 'Desk-editor-1', isActive: true, registrationToken: null, roles: [role] });
    janeId = (await strapi.db.query('admin::user').findOne({ where: { email } }))!.id;
    jane = demo.http(await demo.adminLogin(email, 'Desk-editor-1'));
    baghdad = (await strapi.documents(PLACE).findFirst({ filters: { name: 'Baghdad' } } as any))!.documentId;
  });

  it('logs a write through the document service (a script) as the system, with every field it set', async () => {
    const started = Date.now();
    const documentId = await demo.briefing({ title: 'Mortar fire on checkpoint' }, { publish: false });
    const [created, ...rest] = await revisions(BRIEFING, documentId);
    expect(rest).toEqual([]);
    expect(created).toMatchObject({ contentType: BRIEFING, documentId, action: 'create', recordName: 'Mortar fire on checkpoint', by: { kind: 'system', id: null, name: null }, reason: null });
    expect(new Date(created!.at).getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect(new Date(created!.at).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    const change = (field: string) => created!.changes.find((c) => c.field === field);
    expect(change('title')).toEqual({ field: 'title', label: 'Title', old: null, new: 'Mortar fire on checkpoint' });
    expect(change('marking')).toMatchObject({ label: 'TLP marking', old: null, new: 'clear' });
    // A component by its content, its place by name and documentId.
    expect(change('incident')!.new).toMatchObject({ eventType: 'battles', subEventType: 'armed-clash', date: '2025-05-01', place: `Baghdad [${baghdad}]` });
    expect(change('sources')!.new).toEqual([expect.objectContaining({ kind: 'media', name: 'Example Wire', anonymous: false })]);
    // Fields the server derives (listing fields) and Strapi's bookkeeping are no one's edit.
    expect(created!.changes.map((c) => c.field)).not.toEqual(expect.arrayContaining(['eventType']));
    expect(created!.changes.map((c) => c.field)).not.toEqual(expect.arrayContaining(['updatedAt']));
  });

  it('logs a write made in a request without credentials (a host route with auth: false) as anonymous, never as the server', async () => {
    const unauthenticated = { state: {}, request: { headers: {} } } as any;
    const documentId = await demo.strapi.requestContext.run(unauthenticated, () => demo.briefing({ title: 'Shelling near the port' }, { publish: false }));
    expect((await newest(BRIEFING, documentId)).by).toEqual({ kind: 'user', id: null, name: null });
  });

  it('logs each Content Manager write by the editor who made it: one entry per write, only the fields changed, old and new', async () => {
    const documentId = await demo.briefing({ title: 'Drone strike on depot', summary: 'A depot was hit.' }, { publish: false });
    await jane.put(`${CM}/${BRIEFING}/${documentId}`).send({ title: 'Drone strike on fuel depot', places: { connect: [{ documentId: baghdad }] } }).expect(200);
    let log = await revisions(BRIEFING, documentId);
    expect(log.map((r) => r.action)).toEqual(['update', 'create']);
    expect(log[0]).toMatchObject({ by: { kind: 'admin', id: janeId, name: 'Jane Doe' }, recordName: 'Drone strike on fuel depot', reason: null });
    expect(log[0]!.changes).toEqual([
      { field: 'title', label: 'Title', old: 'Drone strike on depot', new: 'Drone strike on fuel depot' },
      { field: 'places', label: 'Other places mentioned', old: [], new: [`Baghdad [${baghdad}]`] },
    ]);

    // A repeatable component: the rows before and after, by content.
    await jane.put(`${CM}/${BRIEFING}/${documentId}`).send({ sources: [{ kind: 'media', name: 'Example Wire' }, { kind: 'official', name: 'Interior Ministry', reliability: 'B', credibility: 2 }] }).expect(200);
    const sources = (await newest(BRIEFING, documentId)).changes;
    expect(sources.map((c) => c.field)).toEqual(['sources']);
    expect(sources[0]!.old).toHaveLength(1);
    expect(sources[0]!.new).toEqual([expect.objectContaining({ name: 'Example Wire' }), expect.objectContaining({ kind: 'official', name: 'Interior Ministry', reliability: 'B' })]);

    // Publishing from the Content Manager saves the unchanged form first: that save is no revision; the publish is one.
    await jane.post(`${CM}/${BRIEFING}/${documentId}/actions/publish`).send({}).expect(200);
    log = await revisions(BRIEFING, documentId);
    expect(log.map((r) => r.action)).toEqual(['publish', 'update', 'update', 'create']);
    expect(log[0]!.by.name).toBe('Jane Doe');
    // The first publish: everything the published version now shows.
    expect(log[0]!.changes.find((c) => c.field === 'title')).toMatchObject({ old: null, new: 'Drone strike on fuel depot' });

    // A draft change, then discarding it: the draft goes back to the published version.
    await jane.put(`${CM}/${BRIEFING}/${documentId}`).send({ summary: 'A fuel depot burned for hours.' }).expect(200);
    await jane.post(`${CM}/${BRIEFING}/${documentId}/actions/discard`).send({}).expect(200);
    const [discarded, changed] = await revisions(BRIEFING, documentId);
    expect(changed!.changes).toEqual([{ field: 'summary', label: 'Summary', old: 'A depot was hit.', new: 'A fuel depot burned for hours.' }]);
    expect(discarded).toMatchObject({ action: 'discardDraft', changes: [{ field: 'summary', label: 'Summary', old: 'A fuel depot burned for hours.', new: 'A depot was hit.' }] });

    await jane.post(`${CM}/${BRIEFING}/${documentId}/actions/unpublish`).send({}).expect(200);
    expect(await newest(BRIEFING, documentId)).toMatchObject({ action: 'unpublish', changes: [], by: { name: 'Jane Doe' } });
  });

  it('logs actors and places too, their aliases row by row and their links by name', async () => {
    const created = await jane.post(`${CM}/${ACTOR}`).send({ name: 'Northern Brigade', kind: 'armed-group', aliases: [{ value: 'NB', kind: 'acronym' }] }).expect(201);
    const actor = created.body.data.documentId;
    const parent = (await demo.strapi.documents(ACTOR).findFirst({ filters: { name: 'Islamic State' } } as any))!;
    await jane.put(`${CM}/${ACTOR}/${actor}`).send({ aliases: [{ value: 'NB', kind: 'acronym' }, { value: 'Liwa al-Shamal', kind: 'transliteration' }], affiliation: { connect: [{ documentId: parent.documentId }] } }).expect(200);
    const [update, create] = await revisions(ACTOR, actor);
    expect(create).toMatchObject({ action: 'create', by: { name: 'Jane Doe' }, recordName: 'Northern Brigade' });
    expect(update!.changes).toEqual([
      { field: 'aliases', label: expect.any(String), old: [{ value: 'NB', kind: 'acronym' }], new: [{ value: 'NB', kind: 'acronym' }, { value: 'Liwa al-Shamal', kind: 'transliteration' }] },
      { field: 'affiliation', label: expect.any(String), old: null, new: `Islamic State [${parent.documentId}]` },
    ]);

    await jane.put(`${CM}/${PLACE}/${baghdad}`).send({ admin1: 'Baghdad Governorate' }).expect(200);
    expect(await newest(PLACE, baghdad)).toMatchObject({ action: 'update', changes: [{ field: 'admin1', old: expect.anything(), new: 'Baghdad Governorate' }] });
  });

  it('leaves no entry for a refused write: a validation error, an edit conflict, a refused publish, a malformed reason', async () => {
    const documentId = await demo.briefing({ title: 'Port blockade' }, { publish: false });
    const count = async () => (await revisions(BRIEFING, documentId)).length;
    const before = await count();

    await jane.put(`${CM}/${BRIEFING}/${documentId}`).send({ marking: 'purple' }).expect(400);
    const read = (await admin.get(`${CM}/${BRIEFING}/${documentId}`).expect(200)).body.data;
    await jane.put(`${CM}/${BRIEFING}/${documentId}`).send({ summary: 'Ships turned back.' }).expect(200);
    await admin.put(`${CM}/${BRIEFING}/${documentId}`).send({ title: 'Port closed', updatedAt: read.updatedAt }).expect(409);
    // The publish checklist needs a source: refused after the save that removed it was accepted.
    await jane.put(`${CM}/${BRIEFING}/${documentId}`).send({ sources: [] }).expect(200);
    await jane.post(`${CM}/${BRIEFING}/${documentId}/actions/publish`).send({}).expect(400);
    await jane.put(`${CM}/${BRIEFING}/${documentId}`).set('X-Revision-Reason', 'x'.repeat(501)).send({ summary: 'Too long a reason.' }).expect(400);

    const log = await revisions(BRIEFING, documentId);
    expect(log.length).toBe(before + 2);
    expect(log.map((r) => r.changes.map((c) => c.field))).toEqual([['sources'], ['summary'], expect.any(Array)]);
    // The refused document-service write, in code, leaves none either.
    await expect(demo.strapi.documents(BRIEFING).update({ documentId, data: { marking: 'purple' } } as any)).rejects.toThrow();
    expect(await count()).toBe(before + 2);
  });

  it('has no door that writes besides the Content Manager and code: the content API and GraphQL refuse writes and leave nothing', async () => {
    const documentId = await demo.briefing({ title: 'Bridge closed' });
    const before = (await revisions(BRIEFING, documentId)).length;
    const token = await demo.apiToken({ type: 'full-access' });
    const rest = demo.http(token);
    const calls = [() => rest.put(`/api/security-briefings/briefings/${documentId}`), () => rest.post('/api/security-briefings/briefings'), () => rest.delete(`/api/security-briefings/briefings/${documentId}`)];
    for (const call of calls) {
      const res = await call().send({ data: { title: 'Changed over REST' } });
      expect([404, 405]).toContain(res.status);
    }
    const gql = await rest.post('/graphql').send({ query: `mutation { updateBriefing(documentId: "${documentId}", data: { title: "Changed over GraphQL" }) { documentId } }` });
    expect(gql.body.errors?.length ?? 0).toBeGreaterThan(0);
    expect((await revisions(BRIEFING, documentId)).length).toBe(before);
    expect((await demo.strapi.documents(BRIEFING).findOne({ documentId, status: 'draft' } as any))!.title).toBe('Bridge closed');
  });

  it("attaches the editor's reason to their next save only, and an API client's reason from its header", async () => {
    const documentId = await demo.briefing({ title: 'Toll revised' }, { publish: false });
    const reason = (client: HttpClient, text: string) => client.put(`${history(BRIEFING, documentId)}/reason`).send({ reason: text });

    const set = await reason(jane, 'Ministry revised the toll to 7').expect(200);
    expect(set.body.data).toMatchObject({ reason: 'Ministry revised the toll to 7', expiresAt: expect.any(String) });
    // Another editor's save does not take Jane's reason.
    await admin.put(`${CM}/${BRIEFING}/${documentId}`).send({ summary: 'First report.' }).expect(200);
    expect((await newest(BRIEFING, documentId)).reason).toBeNull();
    await jane.put(`${CM}/${BRIEFING}/${documentId}`).send({ incident: { eventType: 'battles', subEventType: 'armed-clash', date: '2025-05-01', datePrecision: 'day', place: { connect: [{ documentId: baghdad }] }, fatalitiesMin: 7 } }).expect(200);
    const revised = await newest(BRIEFING, documentId);
    expect(revised).toMatchObject({ by: { name: 'Jane Doe' }, reason: 'Ministry revised the toll to 7' });
    expect(revised.changes.map((c) => c.field)).toEqual(['incident']);
    // Used up by that save.
    await jane.put(`${CM}/${BRIEFING}/${documentId}`).send({ summary: 'Second report.' }).expect(200);
    expect((await newest(BRIEFING, documentId)).reason).toBeNull();

    // The editor's edit view shows it while it is pending; it can be taken back.
    await reason(jane, 'Typo').expect(200);
    expect((await jane.get(`${history(BRIEFING, documentId)}/reason`).expect(200)).body.data.reason).toBe('Typo');
    expect((await admin.get(`${history(BRIEFING, documentId)}/reason`).expect(200)).body.data.reason).toBeNull();
    await reason(jane, '').expect(200);
    expect((await jane.get(`${history(BRIEFING, documentId)}/reason`).expect(200)).body.data).toEqual({ reason: null, expiresAt: null });
    await jane.put(`${CM}/${BRIEFING}/${documentId}`).send({ summary: 'Third report.' }).expect(200);
    expect((await newest(BRIEFING, documentId)).reason).toBeNull();

    // In a header, percent-encoded when not ASCII.
    await admin.put(`${CM}/${BRIEFING}/${documentId}`).set('X-Revision-Reason', encodeURIComponent('Correction requested by the ministry’s press office')).send({ summary: 'Fourth report.' }).expect(200);
    expect((await newest(BRIEFING, documentId)).reason).toBe('Correction requested by the ministry’s press office');

    // A reason no save used is forgotten once expired (the daily job).
    await reason(jane, 'Never used').expect(200);
    const revisionLog = demo.strapi.plugin('security-briefings').service('revision-log');
    expect(await revisionLog.forgetExpiredReasons()).toBe(0);
    expect(await revisionLog.forgetExpiredReasons(new Date(Date.now() + 31 * 60_000))).toBe(1);
    expect((await jane.get(`${history(BRIEFING, documentId)}/reason`).expect(200)).body.data.reason).toBeNull();

    await reason(jane, 'x'.repeat(501)).expect(400);
    await jane.put(`${history('api::article.article', documentId)}/reason`).send({ reason: 'no' }).expect(404);
  });

  it('keeps the log of a deleted briefing', async () => {
    const documentId = await demo.briefing({ title: 'Curfew declared' });
    await jane.delete(`${CM}/${BRIEFING}/${documentId}`).expect(200);
    expect(await demo.strapi.documents(BRIEFING).findOne({ documentId } as any)).toBeNull();
    const log = await revisions(BRIEFING, documentId);
    expect(log.map((r) => r.action)).toEqual(['delete', 'publish', 'create']);
    expect(log[0]).toMatchObject({ by: { name: 'Jane Doe' }, recordName: 'Curfew declared' });
    // What was deleted: each field's last value, now empty.
    expect(log[0]!.changes.find((c) => c.field === 'title')).toEqual({ field: 'title', label: 'Title', old: 'Curfew declared', new: null });
  });

  it('is append-only: no route, door or query changes or deletes an entry', async () => {
    const documentId = await demo.briefing({ title: 'Airport shelled' }, { publish: false });
    const [entry] = await revisions(BRIEFING, documentId);
    const id = entry!.id;
    // No admin route writes the log.
    const calls = [() => admin.put(history(BRIEFING, documentId)), () => admin.delete(history(BRIEFING, documentId)), () => admin.post(history(BRIEFING, documentId)), () => admin.delete(`/security-briefings/revisions/${id}`)];
    for (const call of calls) {
      const res = await call().send({ reason: 'edited' });
      expect([404, 405]).toContain(res.status);
    }
    // The Content Manager, the content API and GraphQL do not know it.
    expect((await admin.get(`${CM}/${REVISION}`)).status).toBeGreaterThanOrEqual(400);
    expect((await admin.delete(`${CM}/${REVISION}/${id}`)).status).toBeGreaterThanOrEqual(400);
    const token = await demo.apiToken({ type: 'full-access' });
    expect([404, 405]).toContain((await demo.http(token).delete(`/api/security-briefings/revisions/${id}`)).status);
    const gql = await demo.http(token).post('/graphql').send({ query: `mutation { deleteRevision(id: ${id}) { id } }` });
    expect(gql.body.errors?.length ?? 0).toBeGreaterThan(0);
    // In code: the document service has no such type, the query engine refuses.
    expect(() => demo.strapi.documents(REVISION as any).delete({ documentId: 'x' } as any)).toThrow();
    const query = demo.strapi.db.query(REVISION as any);
    await expect(query.update({ where: { id }, data: { reason: 'tampered' } })).rejects.toThrow(/append-only/);
    await expect(query.updateMany({ where: { id }, data: { reason: 'tampered' } })).rejects.toThrow(/append-only/);
    await expect(query.delete({ where: { id } })).rejects.toThrow(/append-only/);
    await expect(query.deleteMany({ where: { documentId } })).rejects.toThrow(/append-only/);
    await expect(query.create({ data: { contentType: BRIEFING, documentId, action: 'update', at: new Date(), byKind: 'system', changes: '[]' } })).rejects.toThrow(/append-only/);
    expect(await revisions(BRIEFING, documentId)).toEqual([entry]);
  });

  it('exports the log as CSV for the legal desk, one row per changed field, to those granted the log', async () => {
    const documentId = await demo.briefing({ title: 'Market attack', summary: 'Three killed.' }, { publish: false });
    await admin.put(`${CM}/${BRIEFING}/${documentId}`).set('X-Revision-Reason', 'Toll, "per hospital"').send({ title: 'Market attack, Karkh', summary: 'Five killed.' }).expect(200);
    const res = await admin.get(`/security-briefings/revisions/export.csv?documentId=${documentId}`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="revision-log-/);
    const lines = res.text.trim().split('\n').map(csvFields);
    expect(lines[0]).toEqual(['at', 'content_type', 'document_id', 'record', 'action', 'by_kind', 'by_id', 'by_name', 'reason', 'field', 'label', 'old', 'new']);
    const rows = lines.slice(1).map((fields) => Object.fromEntries(lines[0]!.map((name, i) => [name, fields[i]])));
    const updates = rows.filter((row) => row.action === 'update');
    expect(updates.map((row) => [row.field, row.label, row.old, row.new, row.reason, row.by_kind, row.record])).toEqual([
      ['title', 'Title', 'Market attack', 'Market attack, Karkh', 'Toll, "per hospital"', 'admin', 'Market attack, Karkh'],
      ['summary', 'Summary', 'Three killed.', 'Five killed.', 'Toll, "per hospital"', 'admin', 'Market attack, Karkh'],
    ]);
    const created = rows.filter((row) => row.action === 'create');
    expect(created.find((row) => row.field === 'incident')!.new).toMatch(/eventType: battles.*place: Baghdad \[/);
    expect(rows.every((row) => row.document_id === documentId)).toBe(true);

    // A value a spreadsheet would run as a formula is defused.
    await admin.put(`${CM}/${BRIEFING}/${documentId}`).send({ summary: '=HYPERLINK("http://evil.example","Open")' }).expect(200);
    const defused = await admin.get(`/security-briefings/revisions/export.csv?documentId=${documentId}`).expect(200);
    const summaryRow = defused.text.trim().split('\n').map(csvFields).find((fields) => fields[9] === 'summary' && fields[12]!.includes('HYPERLINK'));
    expect(summaryRow![12]).toBe(`'=HYPERLINK("http://evil.example","Open")`);

    // Filters are checked; the whole log by day.
    await admin.get('/security-briefings/revisions/export.csv?from=yesterday').expect(400);
    const today = new Date().toISOString().slice(0, 10);
    const all = await admin.get(`/security-briefings/revisions/export.csv?from=${today}&to=${today}&contentType=${BRIEFING}`).expect(200);
    expect(all.text.split('\n').length).toBeGreaterThan(lines.length);

    // Jane edits briefings but was not granted the log: neither the history nor the export.
    await jane.get('/security-briefings/revisions/export.csv').expect(403);
    await demo.http().get('/security-briefings/revisions/export.csv').expect(401);
    // A role granted the log reads it.
    const legal = await demo.adminRole('Legal desk', [{ action: pluginAction('revision-log.read') }]);
    const lawyer = demo.http(await demo.adminUser('legal@newsroom.example', [legal]));
    await lawyer.get(`/security-briefings/revisions/export.csv?documentId=${documentId}`).expect(200);
    await lawyer.get(history(BRIEFING, documentId)).expect(200);
  });

  it('prunes entries past the retention period (configured in days), and only those', async () => {
    const revisionLog = demo.strapi.plugin('security-briefings').service('revision-log');
    const documentId = await demo.briefing({ title: 'Old story' }, { publish: false });
    const total = await demo.strapi.db.query(REVISION as any).count();
    // Nothing is older than 10 years yet.
    expect(await revisionLog.prune(3650)).toBe(0);
    // Eleven years from now, everything written today is past a ten-year retention.
    const later = new Date(Date.now() + 11 * 365 * 24 * 60 * 60_000);
    expect(await revisionLog.prune(3650, later)).toBe(total);
    expect(await revisions(BRIEFING, documentId)).toEqual([]);
  });
});
