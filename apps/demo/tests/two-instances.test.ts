/**
 * Two demo instances on one PostgreSQL database, as a newsroom runs them behind a load balancer:
 * whatever an editor writes through one is what every reader gets from the other, at once. Each
 * instance reads what it was asked for just before the other writes, so anything kept in one
 * process's memory (a cache of briefings, actors, places or markings) would show as a stale answer.
 *
 * Rolling start: on an empty database the first instance creates the schema and seeds, then the
 * second starts. Strapi creates its schema without a lock, so two first starts at the same moment
 * race and one of them exits (`relation "strapi_migrations" already exists`, strapi/strapi#5067);
 * restarting both at once on a database that has its schema works, even when both must rebuild
 * the published shelf as they start, and is checked last.
 */
import { ACTOR, BRIEFING, DEMO_ADMIN, PLACE, type HttpClient } from './demo-app';
import { onPostgres, startDemoProcess, throwawayPostgresDatabase, type DemoProcess } from './demo-processes';

const CM = '/content-manager/collection-types';
const API = '/api/security-briefings';

const postgresPass = process.env.DATABASE_CLIENT === 'postgres';

if (!postgresPass) {
  describe('two demo instances on one database', () => {
    console.info('Two instances on one database: skipped on SQLite (two processes on one SQLite file is not a supported deployment); it runs in the PostgreSQL pass.');
    it.skip('runs in the PostgreSQL pass only (npm run test:postgres -w demo): two processes on one SQLite file is not a supported deployment', () => {});
  });
} else {
  describe('two demo instances on one PostgreSQL database', () => {
    let database: Awaited<ReturnType<typeof throwawayPostgresDatabase>>;
    let a: DemoProcess;
    let b: DemoProcess;
    /** Each instance's editor (the demo's Super Admin), logged in on that instance. */
    const editorOn = new Map<DemoProcess, HttpClient>();
    const editor = (instance: DemoProcess) => editorOn.get(instance)!;
    /** A partner cleared to AMBER (a full-access API token, made on A). */
    let partnerToken: string;

    /** Every instance started and not yet stopped: the suite stops them all, whatever failed. */
    const running = new Set<DemoProcess>();

    async function start(name: string) {
      const instance = await startDemoProcess(name, database.name);
      running.add(instance);
      editorOn.set(instance, instance.http(await instance.adminLogin(DEMO_ADMIN.email, DEMO_ADMIN.password)));
      return instance;
    }

    /** Starts both together; waits for both whatever happens, so a failed start leaves no process behind. */
    async function startTogether() {
      const started = await Promise.allSettled([start('A'), start('B')]);
      for (const result of started) if (result.status === 'rejected') throw result.reason;
      [a, b] = started.map((result) => (result as PromiseFulfilledResult<DemoProcess>).value) as [DemoProcess, DemoProcess];
    }

    async function stopAll() {
      await Promise.all([...running].map((instance) => instance.stop()));
      running.clear();
    }

    beforeAll(async () => {
      database = await throwawayPostgresDatabase();
      // Rolling start: A syncs the schema and seeds, then B starts on the synced database.
      a = await start('A');
      b = await start('B');
      const token = await editor(a).post('/admin/api-tokens').send({ name: 'Partner desk', type: 'full-access', lifespan: null }).expect(201);
      partnerToken = token.body.data.accessKey;
    }, 180_000);

    afterAll(async () => {
      await stopAll();
      await database?.drop();
    });

    /** An actor and a place made in `instance`'s Content Manager. */
    async function actorAndPlace(instance: DemoProcess, actorName: string, placeName: string) {
      const actor = await editor(instance).post(`${CM}/${ACTOR}`).send({ name: actorName, kind: 'state-force', countryCode: 'IQ' }).expect(201);
      const place = await editor(instance)
        .post(`${CM}/${PLACE}`)
        .send({ name: placeName, kind: 'city', countryCode: 'IQ', admin1: 'Saladin', latitude: 34.88846, longitude: 44.63256 })
        .expect(201);
      return { actor: actor.body.data.documentId as string, place: place.body.data.documentId as string };
    }

    /** A CLEAR briefing saved and published in `instance`'s Content Manager, as the edit view does. */
    async function publishBriefing(instance: DemoProcess, title: string, { actor, place }: { actor: string; place: string }) {
      const created = await editor(instance)
        .post(`${CM}/${BRIEFING}`)
        .send({
          title,
          summary: `${title}: two officers were wounded, officials said.`,
          marking: 'clear',
          incident: { eventType: 'battles', subEventType: 'armed-clash', date: '2025-07-14', datePrecision: 'day', place: { connect: [{ documentId: place }] } },
          actorRoles: [{ actor: { connect: [{ documentId: actor }] }, role: 'target', certainty: 'confirmed' }],
          sources: [{ kind: 'media', name: 'Example Wire' }],
        })
        .expect(201);
      const { documentId } = created.body.data;
      await editor(instance).post(`${CM}/${BRIEFING}/${documentId}/actions/publish`).send({}).expect(200);
      return documentId as string;
    }

    const listedTitles = async (instance: DemoProcess, token?: string) =>
      (await instance.http(token).get(`${API}/briefings?pageSize=100`).expect(200)).body.data.map((briefing: any) => briefing.title);
    const actorNames = async (instance: DemoProcess) =>
      (await instance.http().get(`${API}/actors?pageSize=100`).expect(200)).body.data.map((actor: any) => actor.name);
    const exported = async (instance: DemoProcess, format: string, token?: string) =>
      (await instance.http(token).get(`${API}/briefings/export?format=${format}`).expect(200)).text;
    const onGraphql = async (instance: DemoProcess, documentId: string) => {
      const res = await instance
        .http()
        .post('/graphql')
        .send({ query: 'query ($id: ID!) { securityBriefing(documentId: $id) { title actorRoles { actor { name } } incident { place { name } } } }', variables: { id: documentId } })
        .expect(200);
      expect(res.body.errors).toBeUndefined();
      return res.body.data.securityBriefing;
    };

    it('a briefing published through A is at once listed, served, exported and on GraphQL on B; unpublished on B, it is gone from A', async () => {
      const title = 'Police checkpoint attacked in Tuz Khurmatu';
      const linked = await actorAndPlace(b, 'Tuz Khurmatu district police', 'Tuz Khurmatu');
      // B answers before the briefing exists, so a list or export kept in its memory would now be stale.
      expect(await listedTitles(b)).not.toContain(title);
      expect(await exported(b, 'geojson')).not.toContain(title);
      expect(await actorNames(b)).not.toContain('Tuz Khurmatu district police');

      const documentId = await publishBriefing(a, title, linked);

      expect(await listedTitles(b)).toContain(title);
      const served = await b.http().get(`${API}/briefings/${documentId}`).expect(200);
      expect(served.body.data).toMatchObject({ title, marking: 'clear', incident: { place: { name: 'Tuz Khurmatu' } } });
      expect(served.body.data.actorRoles.map((role: any) => role.actor.name)).toEqual(['Tuz Khurmatu district police']);
      expect(await exported(b, 'geojson')).toContain(title);
      expect(await exported(b, 'csv')).toContain('Tuz Khurmatu district police');
      expect(await exported(b, 'stix', partnerToken)).toContain(title);
      expect((await b.http().get(`${API}/briefings/${documentId}/export?format=jsonld`).expect(200)).text).toContain(title);
      expect(await onGraphql(b, documentId)).toEqual({ title, actorRoles: [{ actor: { name: 'Tuz Khurmatu district police' } }], incident: { place: { name: 'Tuz Khurmatu' } } });
      expect(await actorNames(b)).toContain('Tuz Khurmatu district police');
      await b.http().get(`${API}/places/${linked.place}`).expect(200);

      // A has just served it too; now B unpublishes it.
      await a.http().get(`${API}/briefings/${documentId}`).expect(200);
      await editor(b).post(`${CM}/${BRIEFING}/${documentId}/actions/unpublish`).send({}).expect(200);

      await a.http().get(`${API}/briefings/${documentId}`).expect(404);
      await a.http(partnerToken).get(`${API}/briefings/${documentId}`).expect(404);
      expect(await listedTitles(a)).not.toContain(title);
      expect(await exported(a, 'geojson')).not.toContain(title);
      expect(await exported(a, 'stix', partnerToken)).not.toContain(title);
      expect(await onGraphql(a, documentId)).toBeNull();
      // The actor and the place were linked from that briefing only: they leave the public directory with it.
      expect(await actorNames(a)).not.toContain('Tuz Khurmatu district police');
      await a.http().get(`${API}/places/${linked.place}`).expect(404);
    });

    it("a stricter marking saved in a draft on A hides the published briefing from the public on B at once, and B's edit view says so", async () => {
      const title = 'Rocket fire on Balad air base';
      const documentId = await publishBriefing(b, title, await actorAndPlace(b, 'Balad air base security', 'Balad'));
      await a.http().get(`${API}/briefings/${documentId}`).expect(200);
      await b.http().get(`${API}/briefings/${documentId}`).expect(200);
      expect((await editor(b).get(`/security-briefings/briefings/${documentId}/protection`).expect(200)).body.data).toEqual({ published: { marking: 'clear' }, raised: null });

      // The editor on A raises the marking in the draft and saves, without publishing.
      await editor(a).put(`${CM}/${BRIEFING}/${documentId}`).send({ marking: 'amber' }).expect(200);

      await b.http().get(`${API}/briefings/${documentId}`).expect(404);
      await b.http().get(`${API}/briefings/${documentId}/export?format=csv`).expect(404);
      expect(await listedTitles(b)).not.toContain(title);
      expect(await exported(b, 'geojson')).not.toContain(title);
      expect(await onGraphql(b, documentId)).toBeNull();
      // A partner cleared to AMBER still reads it on B, as AMBER.
      expect((await b.http(partnerToken).get(`${API}/briefings/${documentId}`).expect(200)).body.data.marking).toBe('amber');
      expect((await editor(b).get(`/security-briefings/briefings/${documentId}/protection`).expect(200)).body.data).toEqual({
        published: { marking: 'amber' },
        raised: { from: 'clear', to: 'amber', sources: 0 },
      });
    });

    it('an actor and a place renamed on B read renamed in the briefing, the directory and the exports on A', async () => {
      const title = 'Clash at a checkpoint near Samarra';
      const linked = await actorAndPlace(a, 'Samarra operations command', 'Samarra');
      const documentId = await publishBriefing(a, title, linked);
      // A serves the briefing with the old names first.
      expect(await onGraphql(a, documentId)).toMatchObject({ actorRoles: [{ actor: { name: 'Samarra operations command' } }], incident: { place: { name: 'Samarra' } } });
      expect(await exported(a, 'csv')).toContain('Samarra operations command');

      await editor(b).put(`${CM}/${ACTOR}/${linked.actor}`).send({ name: 'Samarra Operations Command (Iraqi Army)' }).expect(200);
      await editor(b).put(`${CM}/${PLACE}/${linked.place}`).send({ name: 'Samarra city' }).expect(200);

      const served = await a.http().get(`${API}/briefings/${documentId}`).expect(200);
      expect(served.body.data.actorRoles.map((role: any) => role.actor.name)).toEqual(['Samarra Operations Command (Iraqi Army)']);
      expect(served.body.data.incident.place.name).toBe('Samarra city');
      expect(await onGraphql(a, documentId)).toMatchObject({ actorRoles: [{ actor: { name: 'Samarra Operations Command (Iraqi Army)' } }], incident: { place: { name: 'Samarra city' } } });
      expect(await actorNames(a)).toContain('Samarra Operations Command (Iraqi Army)');
      expect(await actorNames(a)).not.toContain('Samarra operations command');
      const csv = await exported(a, 'csv');
      expect(csv).toContain('Samarra Operations Command (Iraqi Army)');
      expect(csv).not.toContain('Samarra operations command');
      expect((await a.http().get(`${API}/places/${linked.place}`).expect(200)).body.data.name).toBe('Samarra city');
    });

    it("a partner's API token revoked on B is refused by A at once", async () => {
      const made = await editor(b).post('/admin/api-tokens').send({ name: 'Partner ending', type: 'full-access', lifespan: null }).expect(201);
      const partner = a.http(made.body.data.accessKey);
      await partner.get(`${API}/briefings?marking=amber`).expect(200);
      await editor(b).delete(`/admin/api-tokens/${made.body.data.id}`).expect(200);
      await partner.get(`${API}/briefings?marking=amber`).expect(401);
    });

    it('an editor who has a briefing open on A is seen by an editor on B, and a stale save on A names the save made on B', async () => {
      const documentId = await publishBriefing(a, 'Curfew declared in Tikrit', await actorAndPlace(a, 'Tikrit police', 'Tikrit'));
      // A second editor, invited on A and signing up on B, as an invitation link would have them do.
      const superAdmin = (await editor(a).get('/admin/roles').expect(200)).body.data.find((role: any) => role.code === 'strapi-super-admin');
      const invited = await editor(a).post('/admin/users').send({ email: 'omar.haddad@newsroom.example', firstname: 'Omar', lastname: 'Haddad', roles: [superAdmin.id] }).expect(201);
      const signedUp = await b
        .http()
        .post('/admin/register')
        .send({ registrationToken: invited.body.data.registrationToken, userInfo: { firstname: 'Omar', lastname: 'Haddad', password: 'Desk-editor-1' } })
        .expect(200);
      const omarOnB = b.http(signedUp.body.data.token);

      // Each edit view opens the draft and says so, as it does every 20 seconds.
      const open = async (client: HttpClient) => {
        const loadedAt = (await client.get(`${CM}/${BRIEFING}/${documentId}`).expect(200)).body.data.updatedAt;
        const beat = await client.post(`/security-briefings/editing/${BRIEFING}/${documentId}`).send({ loadedAt }).expect(200);
        return { loadedAt, others: beat.body.data.others.map((other: any) => other.name) };
      };
      const demoEditorOnA = await open(editor(a));
      expect(demoEditorOnA.others).toEqual([]);
      expect((await open(omarOnB)).others).toEqual(['Demo Editor']);

      // Omar saves on B; the demo editor's form on A, loaded before, would overwrite his title: refused, naming him.
      await omarOnB.put(`${CM}/${BRIEFING}/${documentId}`).send({ title: 'Curfew declared in Tikrit after attack' }).expect(200);
      const refused = await editor(a).put(`${CM}/${BRIEFING}/${documentId}`).send({ title: 'Curfew in Tikrit' }).expect(409);
      expect(refused.body.error.message).toMatch(/Omar Haddad changed Title/);
      const heartbeat = await editor(a).post(`/security-briefings/editing/${BRIEFING}/${documentId}`).send({ loadedAt: demoEditorOnA.loadedAt }).expect(200);
      expect(heartbeat.body.data.others.map((other: any) => other.name)).toEqual(['Omar Haddad']);
      expect(heartbeat.body.data.savedSince.map((save: any) => [save.by.name, save.labels])).toEqual([['Omar Haddad', ['Title']]]);
    });

    it('both restarted at the same moment, on a database whose published shelf must be rebuilt, come up and serve the same briefings, the seed once', async () => {
      const before = await listedTitles(a, partnerToken);
      const actorsBefore = await actorNames(a);
      await stopAll();
      // As on a database from before the published shelf (or with rows written behind Strapi's back): its
      // tables empty, so both instances rebuild it as they start, at the same moment, as two new pods would.
      const shelf = await onPostgres<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'security_briefings_published_%'",
        database.name,
      );
      expect(shelf.length).toBeGreaterThan(0);
      await onPostgres(shelf.map(({ table_name }) => `DELETE FROM ${table_name};`).join('\n'), database.name);
      await startTogether();

      expect(await listedTitles(a, partnerToken)).toEqual(before);
      expect(await listedTitles(b, partnerToken)).toEqual(before);
      expect(await actorNames(b)).toEqual(actorsBefore);
      expect(before.filter((title: string) => title.startsWith('Islamic State deputy leader Abu Khadija'))).toHaveLength(1);
      expect(before).toEqual(expect.arrayContaining(['Rocket fire on Balad air base', 'Clash at a checkpoint near Samarra']));
    });
  });
}
