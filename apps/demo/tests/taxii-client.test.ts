/**
 * The partner feed as partners' platforms read it: 1,000 published briefings with varied markings,
 * walked over real HTTP by a client that asks what OpenCTI's ingestion, OpenCTI's TAXII2 connector and
 * the OASIS taxii2-client ask (scripts/taxii-walk.js), in small pages, as a partner and anonymously.
 * Each must receive every object the REST API makes visible to it exactly once and nothing else; then,
 * after an editor publishes a change and re-marks a briefing, a poll from the saved state must bring
 * exactly the new versions and the revoked ones.
 *
 * What is visible comes from the REST API: the partner's STIX export (each briefing's objects follow its
 * report there, so it tells which briefing owns which object, and at which version) and the public list
 * of briefings (the public may not export STIX).
 */
import { stableUuid } from '@security-briefings/entities';
import { BRIEFING, useDemo, type HttpClient } from './demo-app';

// The bench's archive and seeder (plain JavaScript, shared with npm run bench:api).
const { makeArchive } = require('../bench/archive');
const { seedArchive } = require('../bench/seed-archive');
const taxii = require('../scripts/taxii-walk');

const API = '/api/security-briefings';
const CM = '/content-manager/collection-types';
const BRIEFINGS = 1000;
const PARTNER_MARKINGS = ['clear', 'green', 'amber'] as const;
type Marking = (typeof PARTNER_MARKINGS)[number];

type StixObject = { id: string; type: string; modified?: string; created?: string; revoked?: boolean; object_marking_refs?: string[]; object_refs?: string[]; name?: string; created_by_ref?: string };
type Walked = { id: string; title: string; objects: StixObject[] };

const versionOf = (o: StixObject): string => taxii.versionOf(o);
const key = (o: StixObject) => `${o.id}@${versionOf(o)}`;
const reportIdOf = (documentId: string) => `report--${stableUuid('stix', documentId, 'report')}`;
/** The contract's collection ids: one per marking. */
const collectionIdOf = (marking: Marking) => stableUuid('taxii', 'collection', marking);
const markingOfCollection = (id: string): Marking => {
  const marking = PARTNER_MARKINGS.find((m) => collectionIdOf(m) === id);
  if (!marking) throw new Error(`collection ${id} is none of CLEAR, GREEN, AMBER`);
  return marking;
};

/** What the REST API shows a partner: every object at its version, who owns it, and each briefing's marking. */
interface Visible {
  /** id -> object, the shared ones (markings, identities, extension definition) and every briefing's own. */
  objects: Map<string, StixObject>;
  shared: Set<string>;
  /** report id -> its briefing's own objects (report first) */
  briefings: Map<string, StixObject[]>;
  markingOf: Map<string, Marking>;
}

describe('partners poll the TAXII feed as OpenCTI and taxii2-client do', () => {
  const demo = useDemo();
  let base: string;
  let partnerToken: string;
  let editor: HttpClient;
  let templates: string[];
  let partnerView: Visible;
  let publicReports: Set<string>;

  /** Listens on a free port so the client reaches the app over real HTTP (fetch), as a partner's platform does. */
  async function listen() {
    const server = demo.strapi.server.httpServer;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  }

  beforeAll(async () => {
    // 40 briefings through the document service (validation, checklist, shelf), the rest copied in SQL,
    // as bench:api does; the next start puts the copies on the published shelf.
    const archive = makeArchive({ briefings: BRIEFINGS, templates: 40, seed: 11 });
    const seeded = await seedArchive(demo.strapi, archive, { batch: 100 });
    templates = seeded.briefingIds.filter(Boolean);
    await demo.reboot();
    await listen();
    partnerToken = await demo.apiToken({ type: 'full-access', name: 'Partner CTI desk' });
    editor = demo.http(await demo.adminToken());
    partnerView = await visibleToPartner();
    publicReports = await visibleToPublic();
  }, 600_000);

  /** The partner's STIX export, read in order: a briefing's objects follow its report; shared objects are written before. */
  async function visibleToPartner(): Promise<Visible> {
    const res = await fetch(`${base}${API}/briefings/export?format=stix`, { headers: { Authorization: `Bearer ${partnerToken}` } });
    expect(res.status).toBe(200);
    const bundle = (await res.json()) as { objects: StixObject[] };
    const objects = new Map<string, StixObject>();
    const shared = new Set<string>();
    const briefings = new Map<string, StixObject[]>();
    const markingOf = new Map<string, Marking>();
    const markingNames = new Map<string, Marking>();
    // Shared: marking and extension definitions and whoever they or the briefings are created by.
    for (const o of bundle.objects) {
      if (o.type === 'marking-definition') markingNames.set(o.id, (o.name ?? '').replace(/^TLP:/, '').toLowerCase() as Marking);
      if (o.type === 'marking-definition' || o.type === 'extension-definition') shared.add(o.id);
      if (o.created_by_ref) shared.add(o.created_by_ref);
    }
    let owner: StixObject[] | undefined;
    for (const o of bundle.objects) {
      expect(objects.has(o.id)).toBe(false);
      objects.set(o.id, o);
      if (shared.has(o.id)) continue;
      if (o.type === 'report') {
        owner = [];
        briefings.set(o.id, owner);
        markingOf.set(o.id, markingNames.get(o.object_marking_refs![0]!)!);
      }
      if (!owner) throw new Error(`${o.id} comes before any report in the export`);
      owner.push(o);
    }
    return { objects, shared, briefings, markingOf };
  }

  /** The reports of the briefings the public list shows. */
  async function visibleToPublic(): Promise<Set<string>> {
    const reports = new Set<string>();
    for (let page = 1; ; page++) {
      const body = (await demo.http().get(`${API}/briefings?pageSize=100&page=${page}`).expect(200)).body;
      for (const briefing of body.data) reports.add(reportIdOf(briefing.documentId));
      if (page >= body.meta.pagination.pageCount) return reports;
    }
  }

  /**
   * The checks a walk must pass. Partner: each collection holds its marking's briefings, every object of
   * each at the export's version exactly once, and of the shared objects only those the export has.
   * Public: only the CLEAR collection; the reports are exactly those the public list shows, each with
   * every object it refers to, and nothing owned by any other briefing.
   */
  function expectComplete(collections: Walked[], reader: 'partner' | 'public') {
    const wantMarkings = reader === 'partner' ? PARTNER_MARKINGS : (['clear'] as const);
    expect(collections.map((c) => markingOfCollection(c.id)).sort()).toEqual([...wantMarkings].sort());
    const ownerOf = new Map<string, string>();
    for (const [report, objects] of partnerView.briefings) for (const o of objects) ownerOf.set(o.id, report);

    const received = new Map<string, StixObject>();
    const laterVersions: string[] = [];
    for (const collection of collections) {
      const marking = markingOfCollection(collection.id);
      const seen = new Set<string>();
      for (const o of collection.objects) {
        // Exactly once within a collection (its latest version), whatever the page boundaries.
        if (seen.has(o.id)) throw new Error(`${collection.title}: ${o.id} received twice`);
        seen.add(o.id);
        const known = partnerView.objects.get(o.id);
        if (!known) throw new Error(`${collection.title}: ${o.id} is not in the REST API's export`);
        // The feed's version is the export's `modified`, or later when the shelved record changed
        // without a publish (an actor renamed): never older than what the REST API shows.
        if (Date.parse(versionOf(o)) < Date.parse(versionOf(known))) throw new Error(`${collection.title}: ${key(o)} is older than the export's ${versionOf(known)}`);
        if (versionOf(o) !== versionOf(known)) laterVersions.push(key(o));
        if (partnerView.shared.has(o.id)) continue;
        const report = ownerOf.get(o.id)!;
        if (partnerView.markingOf.get(report) !== marking) throw new Error(`${collection.title}: ${o.id} belongs to a ${partnerView.markingOf.get(report)} briefing`);
        if (reader === 'public' && !publicReports.has(report)) throw new Error(`public: ${o.id} belongs to a briefing the public list does not show`);
        // A briefing's own objects are in one collection only.
        if (received.has(o.id)) throw new Error(`${o.id} received in two collections`);
        received.set(o.id, o);
      }
    }
    if (laterVersions.length) console.info(`${reader}: ${laterVersions.length} objects at a later version than the export's, e.g. ${laterVersions.slice(0, 3).join(', ')}`);
    if (reader === 'partner') {
      const expected = [...partnerView.briefings.values()].flat().map((o) => o.id).sort();
      expect([...received.keys()].sort()).toEqual(expected);
    } else {
      const reports = [...received.values()].filter((o) => o.type === 'report');
      expect(new Set(reports.map((r) => r.id))).toEqual(publicReports);
      const missing = reports.flatMap((r) => r.object_refs!.filter((ref) => !received.has(ref) && !partnerView.shared.has(ref)));
      expect(missing).toEqual([]);
    }
    return received;
  }

  const discoveryUrl = () => `${base}${API}/taxii2/`;
  const apiRoot = () => `${base}${API}/taxii2/root/`;
  const partnerBasic = () => ({ user: 'token', password: partnerToken });

  /** Saved between the first walks and the poll after the editor's changes. */
  const saved: Record<string, any> = {};

  it('has 1,000 published briefings of every marking, and the REST API shows the partner and the public theirs', () => {
    const markings = [...partnerView.markingOf.values()];
    for (const marking of PARTNER_MARKINGS) expect(markings.filter((m) => m === marking).length).toBeGreaterThan(50);
    // AMBER+STRICT and RED briefings exist but are not shown: fewer than the archive's 1,000 (+ the demo's seed).
    expect(partnerView.briefings.size).toBeLessThan(BRIEFINGS);
    expect(publicReports.size).toBe(markings.filter((m) => m === 'clear').length);
  });

  it('taxii2-client (HTTP Basic, user "token"): discovery, API root, collections, then pages of 37 with limit and next', async () => {
    const walked = await taxii.walkLikeTaxii2Client({ discoveryUrl: discoveryUrl(), auth: partnerBasic(), limit: 37 });
    expectComplete(walked.collections, 'partner');
    // Pages really were small, and every one after the first carried `next` with the limit.
    const objectPages = walked.requests.filter((r: any) => r.url.includes('/objects/'));
    expect(objectPages.length).toBeGreaterThan(partnerView.objects.size / 37);
    expect(objectPages.every((r: any) => r.objects <= 37)).toBe(true);
    saved.taxii2Client = Object.fromEntries(walked.collections.map((c: any) => [c.id, c.dateAddedLast]));
  });

  it("OpenCTI's TAXII2 connector (discovery, collections by title, next without added_after, pages of 100)", async () => {
    // The connector saves the second its run started: wait out the second in which the shelf was written.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const run = await taxii.runLikeOpenCtiConnector({ discoveryUrl: discoveryUrl(), auth: partnerBasic(), collections: 'root.*', queryLimit: 100, initialHistoryHours: 24 * 365 * 50 });
    expectComplete(run.collections, 'partner');
    // After the first page it asks with `next` only, as the connector does.
    const later = run.requests.filter((r: any) => r.url.includes('next='));
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((r: any) => !r.url.includes('added_after='))).toBe(true);
    saved.connector = run.state;
  });

  it("OpenCTI's built-in ingestion (Bearer, API root and collection id, the server's default page), run after run until caught up", async () => {
    const collections: Walked[] = [];
    saved.ingestion = {};
    for (const marking of PARTNER_MARKINGS) {
      const collection = collectionIdOf(marking);
      const caughtUp = await taxii.catchUpLikeOpenCtiIngestion({ uri: apiRoot(), collection, auth: { bearer: partnerToken } });
      collections.push({ id: collection, title: marking, objects: caughtUp.objects });
      // Without a limit the server's default page (100) applies; `next` came with the saved added_after (none on a first run).
      expect(caughtUp.requests.every((r: any) => r.objects <= 100)).toBe(true);
      saved.ingestion[marking] = caughtUp.state;
    }
    expectComplete(collections, 'partner');
  });

  it('anonymously, taxii2-client and the OpenCTI ingestion get the CLEAR collection only, with what the public list shows', async () => {
    const walked = await taxii.walkLikeTaxii2Client({ discoveryUrl: discoveryUrl(), limit: 50 });
    saved.publicHad = expectComplete(walked.collections, 'public');
    saved.publicClient = Object.fromEntries(walked.collections.map((c: any) => [c.id, c.dateAddedLast]));

    const caughtUp = await taxii.catchUpLikeOpenCtiIngestion({ uri: apiRoot(), collection: collectionIdOf('clear') });
    expectComplete([{ id: collectionIdOf('clear'), title: 'clear', objects: caughtUp.objects }], 'public');
    saved.publicIngestion = caughtUp.state;

    // The partner collections are not there for the public, not even by id.
    const green = await fetch(`${apiRoot()}collections/${collectionIdOf('green')}/objects/`, { headers: { Accept: taxii.MEDIA_TYPE_TAXII_V21 } });
    expect([401, 403, 404]).toContain(green.status);
  });

  // taxii2-client's TokenAuth, what OpenCTI's connector sends for TAXII2_USE_TOKEN.
  it("OpenCTI's connector with TAXII2_USE_TOKEN (`Authorization: Token <key>`) is let in as the partner or refused, never served as the public", async () => {
    const res = await fetch(`${apiRoot()}collections/`, { headers: { Accept: taxii.MEDIA_TYPE_TAXII_V21, Authorization: `Token ${partnerToken}` } });
    if (res.status === 200) {
      const listed = ((await res.json()) as { collections: { id: string }[] }).collections.map((c) => markingOfCollection(c.id));
      expect(listed.sort()).toEqual([...PARTNER_MARKINGS].sort());
    } else {
      expect(res.status).toBe(401);
    }
  });

  describe('after an editor publishes a change and re-marks a briefing', () => {
    let changed: string;
    let remarked: string;
    let before: Visible;

    beforeAll(async () => {
      before = partnerView;
      // Two CLEAR template briefings: one retitled, one raised to GREEN, each saved and published in the Content Manager.
      const clear = templates.filter((id) => before.markingOf.get(reportIdOf(id)) === 'clear');
      [changed, remarked] = clear as [string, string];
      await editor.put(`${CM}/${BRIEFING}/${changed}`).send({ title: 'Checkpoint attack: death toll revised' }).expect(200);
      await editor.post(`${CM}/${BRIEFING}/${changed}/actions/publish`).send({}).expect(200);
      await editor.put(`${CM}/${BRIEFING}/${remarked}`).send({ marking: 'green' }).expect(200);
      await editor.post(`${CM}/${BRIEFING}/${remarked}/actions/publish`).send({}).expect(200);
      partnerView = await visibleToPartner();
      publicReports = await visibleToPublic();
    });

    /** A briefing's own objects as the export shows them now. */
    const nowOf = (documentId: string) => partnerView.briefings.get(reportIdOf(documentId))!;
    const beforeOf = (documentId: string) => before.briefings.get(reportIdOf(documentId))!;

    /**
     * What a poll from the saved state must bring, per collection: the changed briefing's new versions;
     * for the re-marked one, a revoked version of each object the reader had in CLEAR, and (partner) its
     * new versions in GREEN.
     */
    function expectOnlyChanges(collections: Walked[], reader: 'partner' | 'public') {
      const byMarking = Object.fromEntries(collections.map((c) => [markingOfCollection(c.id), c.objects])) as Record<Marking, StixObject[]>;
      // What this reader had of a briefing: the partner every object of it; the public what its cut kept.
      const had = (documentId: string) =>
        reader === 'partner' ? beforeOf(documentId) : beforeOf(documentId).filter((o) => (saved.publicHad as Map<string, StixObject>).has(o.id));
      const revokedIn = byMarking.clear.filter((o) => o.revoked);
      const fresh = byMarking.clear.filter((o) => !o.revoked);
      // The retitled briefing: the objects the reader had, each at the version the export shows now.
      const current = new Map(nowOf(changed).map((o) => [o.id, o]));
      expect(fresh.map(key).sort()).toEqual(had(changed).map((o) => key(current.get(o.id)!)).sort());
      // The re-marked one, revoked in CLEAR: the ids the reader had, each a newer version.
      expect(revokedIn.map((o) => o.id).sort()).toEqual(had(remarked).map((o) => o.id).sort());
      const previous = new Map(beforeOf(remarked).map((o) => [o.id, versionOf(o)]));
      for (const o of revokedIn) expect(Date.parse(versionOf(o))).toBeGreaterThan(Date.parse(previous.get(o.id)!));
      if (reader === 'partner') {
        expect(byMarking.green.map(key).sort()).toEqual(nowOf(remarked).map(key).sort());
        expect(byMarking.amber).toEqual([]);
      } else {
        expect(Object.keys(byMarking)).toEqual(['clear']);
      }
    }

    it('the REST API shows the new title and the new marking', () => {
      expect(partnerView.markingOf.get(reportIdOf(remarked))).toBe('green');
      expect(publicReports.has(reportIdOf(remarked))).toBe(false);
      expect(nowOf(changed)[0]!.name).toBe('Checkpoint attack: death toll revised');
    });

    it('taxii2-client from each collection\'s saved X-TAXII-Date-Added-Last gets exactly the new and the revoked versions', async () => {
      const collections: Walked[] = [];
      for (const [id, addedAfter] of Object.entries(saved.taxii2Client)) {
        const walked = await taxii.walkLikeTaxii2Client({ discoveryUrl: discoveryUrl(), auth: partnerBasic(), limit: 5, addedAfter, collectionId: id });
        collections.push(...walked.collections);
      }
      expectOnlyChanges(collections, 'partner');
    });

    it("OpenCTI's connector from its saved last_run gets exactly the new and the revoked versions", async () => {
      const run = await taxii.runLikeOpenCtiConnector({ discoveryUrl: discoveryUrl(), auth: partnerBasic(), collections: 'root.*', queryLimit: 5, state: saved.connector });
      expectOnlyChanges(run.collections, 'partner');
    });

    it("OpenCTI's ingestion from its saved state gets exactly the new and the revoked versions, as a partner and anonymously", async () => {
      const collections: Walked[] = [];
      for (const marking of PARTNER_MARKINGS) {
        const collection = collectionIdOf(marking);
        const caughtUp = await taxii.catchUpLikeOpenCtiIngestion({ uri: apiRoot(), collection, auth: { bearer: partnerToken }, state: saved.ingestion[marking], limitPerRequest: 5 });
        collections.push({ id: collection, title: marking, objects: caughtUp.objects });
      }
      expectOnlyChanges(collections, 'partner');

      const publicPoll = await taxii.catchUpLikeOpenCtiIngestion({ uri: apiRoot(), collection: collectionIdOf('clear'), state: saved.publicIngestion, limitPerRequest: 5 });
      expectOnlyChanges([{ id: collectionIdOf('clear'), title: 'clear', objects: publicPoll.objects }], 'public');
    });

    it('anonymous taxii2-client from its saved state gets the changed briefing and the revocations only', async () => {
      const [[id, addedAfter]] = Object.entries(saved.publicClient) as [[string, string]];
      const walked = await taxii.walkLikeTaxii2Client({ discoveryUrl: discoveryUrl(), limit: 5, addedAfter, collectionId: id });
      expectOnlyChanges(walked.collections, 'public');
    });
  });
});
