import { stableUuid } from '@security-briefings/entities';
import { ACTOR, BRIEFING, PLACE, pluginAction, useDemo } from './demo-app';

/**
 * The read-only TAXII 2.1 server (issue 11, item 1), over real HTTP on the real demo: discovery, the
 * API root, collections per audience, objects, manifest, one object and its versions, and what real
 * clients trip on (media types, trailing slashes, Basic, paging, added_after).
 */
const TAXII = 'application/taxii+json;version=2.1';
const ROOT = '/api/security-briefings/taxii2/root';
const collectionIdOf = (marking: string) => stableUuid('taxii', 'collection', marking);
const reportIdOf = (documentId: string) => `report--${stableUuid('stix', documentId, 'report')}`;
const objectsUrl = (marking: string, query = '') => `${ROOT}/collections/${collectionIdOf(marking)}/objects/${query}`;
const basic = (token: string) => `Basic ${Buffer.from(`token:${token}`).toString('base64')}`;

describe('TAXII 2.1 server', () => {
  const demo = useDemo();
  const ids: Record<string, string> = {};
  let fullAccess: string;
  let greenOnly: string;

  beforeAll(async () => {
    const docs = demo.strapi.documents;
    for (const marking of ['green', 'amber', 'amber+strict', 'red']) {
      ids[marking] = await demo.briefing({ title: `Briefing marked ${marking}`, marking });
    }
    // Linked only from a RED briefing: REST never shows it outside, so the feed must not either.
    const patron = await docs(ACTOR).create({ data: { name: 'Hidden Patron Network', kind: 'armed-group' } as any });
    const member = await docs(ACTOR).create({ data: { name: 'Karim Haddad', kind: 'person', affiliation: patron.documentId } as any });
    const valley = await docs(PLACE).create({ data: { name: 'Undisclosed Valley', kind: 'region', countryCode: 'IQ' } as any });
    await demo.briefing({ title: 'Red with the patron', marking: 'red', incident: { place: valley.documentId }, actorRoles: [{ actor: patron.documentId, role: 'perpetrator' }] });
    ids.clear = await demo.briefing({
      title: 'Clear briefing with a member',
      actorRoles: [{ actor: member.documentId, role: 'perpetrator' }],
      sources: [{ kind: 'witness', anonymous: true, descriptor: 'shopkeeper who saw the clash', reliability: 'C', credibility: 3 }],
    });
    ids.member = member.documentId;
    fullAccess = await demo.apiToken({ type: 'full-access' });
    greenOnly = await demo.apiToken({ type: 'custom', permissions: ['briefing.find', 'marking.green'].map(pluginAction) });
  });

  const get = (url: string, token?: string) => demo.http(token).get(url).set('Accept', TAXII);

  /** Every object of a collection, walking `next` with this page size; checks each page's headers. */
  async function walk(marking: string, token?: string, query = '', limit = 500) {
    const objects: any[] = [];
    let next: string | undefined;
    let pages = 0;
    do {
      const params = new URLSearchParams(query);
      params.set('limit', String(limit));
      if (next) params.set('next', next);
      const res = await get(objectsUrl(marking, `?${params}`), token).expect(200);
      expect(res.headers['content-type']).toBe(TAXII);
      const page = res.body.objects ?? [];
      if (page.length) {
        expect(res.headers['x-taxii-date-added-first']).toMatch(/^\d{4}-.+Z$/);
        expect(res.headers['x-taxii-date-added-last'] >= res.headers['x-taxii-date-added-first']).toBe(true);
      }
      expect(page.length).toBeLessThanOrEqual(limit);
      expect(res.body.more).toBe(Boolean(res.body.next));
      if (res.body.more) expect(page.length).toBe(limit);
      objects.push(...page);
      next = res.body.next;
      pages += 1;
    } while (next);
    return { objects, pages };
  }
  const keyOf = (o: any) => `${o.id}@${o.modified ?? o.created}`;

  describe('discovery, API root and collections', () => {
    it('answers discovery and the API root, with and without the trailing slash, in TAXII’s media type', async () => {
      for (const url of ['/api/security-briefings/taxii2/', '/api/security-briefings/taxii2']) {
        const res = await get(url).expect(200);
        expect(res.headers['content-type']).toBe(TAXII);
        expect(res.body.api_roots).toEqual([expect.stringMatching(/^http:\/\/.+\/api\/security-briefings\/taxii2\/root\/$/)]);
        expect(res.body.default).toBe(res.body.api_roots[0]);
      }
      for (const url of [`${ROOT}/`, ROOT]) {
        const res = await get(url).expect(200);
        expect(res.body.versions).toEqual([TAXII]);
        expect(res.body.max_content_length).toBeGreaterThan(0);
      }
    });

    it('lists each caller the collections of the markings it may read, with stable ids; never AMBER+STRICT or RED', async () => {
      const listed = async (token?: string) => (await get(`${ROOT}/collections/`, token).expect(200)).body.collections;
      expect((await listed()).map((c: any) => c.title)).toEqual(['TLP:CLEAR briefings']);
      expect((await listed(greenOnly)).map((c: any) => c.id)).toEqual([collectionIdOf('clear'), collectionIdOf('green')]);
      const all = await listed(fullAccess);
      expect(all.map((c: any) => c.id)).toEqual(['clear', 'green', 'amber'].map(collectionIdOf));
      expect(all[0]).toMatchObject({ can_read: true, can_write: false, media_types: ['application/stix+json;version=2.1'] });
      // Stable: a UUIDv5 of the marking, the same on every install and start.
      expect(all[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-/);
      await get(`${ROOT}/collections`, fullAccess).expect(200);
      const one = await get(`${ROOT}/collections/${collectionIdOf('amber')}`, fullAccess).expect(200);
      expect(one.body.title).toBe('TLP:AMBER briefings');
    });

    it('answers 404 (a TAXII error) for a collection the caller may not read or that does not exist', async () => {
      for (const [url, token] of [
        [`${ROOT}/collections/${collectionIdOf('amber')}/`, greenOnly],
        [`${ROOT}/collections/${collectionIdOf('green')}/objects/`, undefined],
        [`${ROOT}/collections/${stableUuid('taxii', 'collection', 'red')}/`, fullAccess],
        [`${ROOT}/collections/${stableUuid('taxii', 'collection', 'amber+strict')}/objects/`, fullAccess],
      ] as const) {
        const res = await get(url, token).expect(404);
        expect(res.headers['content-type']).toBe(TAXII);
        expect(res.body).toMatchObject({ title: expect.any(String), description: expect.any(String), http_status: '404' });
      }
    });
  });

  describe('what real clients send', () => {
    it('accepts the TAXII media types, application/json, */* and no Accept at all; anything else is a 406', async () => {
      for (const accept of [TAXII, 'application/taxii+json', 'application/json', '*/*', 'application/taxii+json;version=2.1, */*;q=0.1']) {
        const res = await demo.http().get(`${ROOT}/collections/`).set('Accept', accept).expect(200);
        expect(res.headers['content-type']).toBe(TAXII);
      }
      await demo.http().get(`${ROOT}/collections/`).expect(200);
      for (const accept of ['application/xml', 'text/html', 'application/taxii+json;version=2.0']) {
        const res = await demo.http().get(`${ROOT}/collections/`).set('Accept', accept).expect(406);
        expect(res.headers['content-type']).toBe(TAXII);
        expect(res.body.http_status).toBe('406');
      }
    });

    it('takes the API token as a Bearer or as the password of HTTP Basic, and answers 401 to bad credentials', async () => {
      const viaBasic = await demo.http().get(`${ROOT}/collections/`).set('Authorization', basic(fullAccess)).expect(200);
      expect(viaBasic.body.collections).toHaveLength(3);
      const viaBearer = await get(`${ROOT}/collections/`, fullAccess).expect(200);
      expect(viaBearer.body).toEqual(viaBasic.body);
      for (const authorization of [basic('not-a-token'), 'Bearer not-a-token', `Basic ${Buffer.from('token').toString('base64')}`]) {
        const res = await demo.http().get(`${ROOT}/collections/`).set('Authorization', authorization).set('Accept', TAXII).expect(401);
        expect(res.headers['content-type']).toBe(TAXII);
        expect(res.headers['www-authenticate']).toMatch(/Basic/);
        expect(res.headers.location).toBeUndefined();
        expect(res.body.http_status).toBe('401');
      }
    });
  });

  describe('objects', () => {
    it('serves each caller the briefings REST shows it, cut as REST cuts them', async () => {
      const rest = async (token?: string) =>
        (await demo.http(token).get('/api/security-briefings/briefings?pageSize=100').expect(200)).body.data as { documentId: string; marking: string }[];
      for (const token of [undefined, greenOnly, fullAccess]) {
        const shown = await rest(token);
        const collections = (await get(`${ROOT}/collections/`, token).expect(200)).body.collections;
        const reports: string[] = [];
        for (const marking of ['clear', 'green', 'amber']) {
          if (!collections.some((c: any) => c.id === collectionIdOf(marking))) continue;
          const { objects } = await walk(marking, token);
          reports.push(...objects.filter((o) => o.type === 'report').map((o) => o.id));
          expect(objects.filter((o) => o.type === 'report').every((o) => o.object_marking_refs.length === 1)).toBe(true);
        }
        expect(reports.sort()).toEqual(shown.map((b) => reportIdOf(b.documentId)).sort());
      }
      const publicText = JSON.stringify((await walk('clear')).objects);
      expect(publicText).toContain('Karim Haddad');
      expect(publicText).not.toContain('shopkeeper who saw the clash');
      expect(publicText).not.toContain('Hidden Patron Network');
      expect(publicText).not.toContain(reportIdOf(ids.red!));
      const partnerText = JSON.stringify([...(await walk('clear', fullAccess)).objects, ...(await walk('amber', fullAccess)).objects]);
      expect(partnerText).not.toContain('Hidden Patron Network');
      expect(partnerText).not.toContain(reportIdOf(ids.red!));
      expect(partnerText).not.toContain(reportIdOf(ids['amber+strict']!));
    });

    it('serves the shared objects once, first, and every object each reference points to', async () => {
      const { objects } = await walk('amber', fullAccess);
      const byId = new Map(objects.map((o) => [o.id, o]));
      expect(objects.filter((o) => o.type === 'marking-definition').map((o) => o.name)).toEqual(['TLP:CLEAR', 'TLP:AMBER']);
      expect(objects.length).toBe(byId.size);
      for (const o of objects) for (const ref of [...(o.object_refs ?? []), ...(o.object_marking_refs ?? [])]) expect(byId.has(ref)).toBe(true);
    });

    it('matches by id, type, version and spec version', async () => {
      const report = reportIdOf(ids.green!);
      const byId = await get(objectsUrl('green', `?match[id]=${report}`), fullAccess).expect(200);
      expect(byId.body.objects.map((o: any) => o.id)).toEqual([report]);
      const byType = await get(objectsUrl('clear', '?match[type]=report,marking-definition')).expect(200);
      expect(new Set(byType.body.objects.map((o: any) => o.type))).toEqual(new Set(['report', 'marking-definition']));
      const none = await get(objectsUrl('clear', '?match[spec_version]=2.0')).expect(200);
      expect(none.body).toEqual({ more: false });
      const twoOne = await get(objectsUrl('clear', '?match[spec_version]=2.1&match[type]=report')).expect(200);
      expect(twoOne.body.objects.length).toBe(byType.body.objects.filter((o: any) => o.type === 'report').length);
      const atVersion = await get(objectsUrl('green', `?match[version]=${byId.body.objects[0].modified}&match[type]=report`), fullAccess).expect(200);
      expect(atVersion.body.objects.map((o: any) => o.id)).toEqual([report]);
      const bad = await get(objectsUrl('green', '?match[version]=yesterday'), fullAccess).expect(400);
      expect(bad.body.description).toContain('match[version]');
    });

    it('serves one object and its versions, and 404 for an id it does not hold', async () => {
      const report = reportIdOf(ids.clear!);
      const one = await get(`${objectsUrl('clear')}${report}/`).expect(200);
      expect(one.headers['content-type']).toBe(TAXII);
      expect(one.body.objects.map((o: any) => o.id)).toEqual([report]);
      expect(one.headers['x-taxii-date-added-first']).toBeDefined();
      const versions = await get(`${objectsUrl('clear')}${report}/versions`).expect(200);
      expect(versions.body).toEqual({ more: false, versions: [one.body.objects[0].modified] });
      await get(`${objectsUrl('clear')}${reportIdOf(ids.red!)}/`, fullAccess).expect(404);
      await get(`${objectsUrl('clear')}${reportIdOf(ids.green!)}/versions/`, fullAccess).expect(404);
    });

    it('gives a manifest entry per object, with the same paging and headers', async () => {
      const { objects } = await walk('clear');
      const res = await get(`${ROOT}/collections/${collectionIdOf('clear')}/manifest?limit=3`).expect(200);
      expect(res.body.more).toBe(objects.length > 3);
      expect(res.body.objects).toHaveLength(Math.min(3, objects.length));
      expect(res.body.objects[0]).toEqual({
        id: objects[0].id,
        date_added: res.headers['x-taxii-date-added-first'],
        version: objects[0].modified ?? objects[0].created,
        media_type: 'application/stix+json;version=2.1',
      });
      const next = await get(`${ROOT}/collections/${collectionIdOf('clear')}/manifest/?limit=3&next=${res.body.next}`).expect(200);
      expect(next.body.objects[0].id).toBe(objects[3].id);
    });

    it('refuses a bad added_after, limit or next with a 400 naming it', async () => {
      for (const [query, name] of [['added_after=last-week', 'added_after'], ['limit=0', 'limit'], ['limit=ten', 'limit'], ['next=garbage', 'next'], ['profile=acme', 'profile']]) {
        const res = await get(objectsUrl('clear', `?${query}`)).expect(400);
        expect(res.headers['content-type']).toBe(TAXII);
        expect(res.body).toMatchObject({ http_status: '400', description: expect.stringContaining(name!) });
      }
    });
  });

  describe('paging', () => {
    let all: any[];

    beforeAll(async () => {
      // Enough CLEAR briefings for more than 500 objects, written at once (one date_added for many rows).
      const docs = demo.strapi.documents;
      const baghdad = await docs(PLACE).findFirst({ filters: { name: 'Baghdad' } });
      const [one, two, three] = await docs(ACTOR).findMany({ limit: 3 });
      const actorRoles = [
        { actor: one!.documentId, role: 'perpetrator' },
        { actor: two!.documentId, role: 'target' },
        { actor: three!.documentId, role: 'target' },
      ];
      const created: string[] = [];
      for (let i = 0; i < 80; i++) {
        const briefing = await docs(BRIEFING).create({
          data: {
            title: `Paged briefing ${i}`, marking: 'clear', sources: [{ kind: 'media', name: 'Example Wire' }], actorRoles,
            incident: { eventType: 'battles', subEventType: 'armed-clash', date: '2025-05-01', datePrecision: 'day', place: baghdad!.documentId },
          } as any,
        });
        created.push(briefing.documentId);
      }
      // Published in one transaction: every version shares one date_added.
      await demo.strapi.db.transaction(async () => {
        for (const documentId of created) await docs(BRIEFING).publish({ documentId });
      });
      all = (await walk('clear')).objects;
    });

    it('pages through objects sharing a date_added without skipping or repeating any', async () => {
      expect(all.length).toBeGreaterThan(500);
      expect(new Set(all.map(keyOf)).size).toBe(all.length);
      const small = await walk('clear', undefined, '', 7);
      expect(small.objects.map(keyOf)).toEqual(all.map(keyOf));
      expect(small.pages).toBe(Math.ceil(all.length / 7));
    });

    it('pages 100 objects by default and 500 at most', async () => {
      const first = await get(objectsUrl('clear')).expect(200);
      expect(first.body.objects).toHaveLength(100);
      expect(first.body.more).toBe(true);
      const most = await get(objectsUrl('clear', '?limit=5000')).expect(200);
      expect(most.body.objects).toHaveLength(500);
    });

    it('says more exactly: false on a page that holds the last object', async () => {
      const exact = await get(objectsUrl('clear', `?limit=${all.length - 499}`)).expect(200);
      const rest = await get(objectsUrl('clear', `?limit=499&next=${exact.body.next}`)).expect(200);
      expect(rest.body.more).toBe(false);
      expect(rest.body.next).toBeUndefined();
      expect(rest.body.objects.at(-1).id).toBe(all.at(-1).id);
      const oneShort = await get(objectsUrl('clear', `?limit=498&next=${exact.body.next}`)).expect(200);
      expect(oneShort.body.more).toBe(true);
    });

    it('keeps a next cursor valid across a restart (nothing of it lives in one process)', async () => {
      const first = await get(objectsUrl('clear', '?limit=50')).expect(200);
      await demo.reboot();
      const second = await get(objectsUrl('clear', `?limit=50&next=${first.body.next}`)).expect(200);
      expect(second.body.objects.map(keyOf)).toEqual(all.slice(50, 100).map(keyOf));
    });
  });

  describe('versions follow the briefing', () => {
    /** What a poller that last saw `since` gets now. */
    const since = async (marking: string, addedAfter: string, token?: string) =>
      (await walk(marking, token, `added_after=${encodeURIComponent(addedAfter)}`)).objects;
    const lastAdded = async (marking: string, token?: string) =>
      (await get(objectsUrl(marking, '?match[type]=report&limit=500'), token).expect(200)).headers['x-taxii-date-added-last'] as string;

    it('makes a re-publish after an edit a new version that added_after of the previous poll returns', async () => {
      const docs = demo.strapi.documents;
      const before = await lastAdded('clear');
      const report = reportIdOf(ids.clear!);
      const old = (await get(`${objectsUrl('clear')}${report}/`).expect(200)).body.objects[0];
      expect(await since('clear', before)).toEqual([]);
      await docs(BRIEFING).update({ documentId: ids.clear!, data: { title: 'Clear briefing, updated' } as any });
      await docs(BRIEFING).publish({ documentId: ids.clear! });

      const fresh = await since('clear', before);
      const updated = fresh.find((o) => o.id === report);
      expect(updated.name).toBe('Clear briefing, updated');
      expect(updated.modified > old.modified).toBe(true);
      expect(fresh.every((o) => o.type !== 'marking-definition')).toBe(true);
      // Without fractional seconds too: the second before it was added.
      const seconds = (await get(objectsUrl('clear', '?match[type]=report&limit=500')).expect(200)).headers['x-taxii-date-added-last'].replace(/\.\d+Z$/, 'Z');
      expect((await since('clear', seconds)).map((o) => o.id)).toContain(report);
      const micro = before.replace(/Z$/, '999Z');
      expect((await since('clear', micro)).map((o) => o.id)).toContain(report);

      // Only the newest version is served: an earlier one may hold what the newsroom has since withdrawn.
      const versions = await get(`${objectsUrl('clear')}${report}/versions/`).expect(200);
      expect(versions.body.versions).toEqual([updated.modified]);
      for (const version of ['first', 'all', 'last']) {
        const answer = await get(objectsUrl('clear', `?match[id]=${report}&match[version]=${version}`)).expect(200);
        expect(answer.body.objects.map((o: any) => [o.name, o.modified])).toEqual([['Clear briefing, updated', updated.modified]]);
      }
      const atOld = await get(objectsUrl('clear', `?match[id]=${report}&match[version]=${old.modified}`)).expect(200);
      expect(atOld.body.objects).toBeUndefined();
    });

    it('revokes, not drops, the objects an edit removes', async () => {
      const docs = demo.strapi.documents;
      const before = await lastAdded('clear');
      const actorObject = (await walk('clear')).objects.find((o) => o.name === 'Karim Haddad' && !o.revoked);
      await docs(BRIEFING).update({ documentId: ids.clear!, data: { actorRoles: [] } as any });
      await docs(BRIEFING).publish({ documentId: ids.clear! });
      const fresh = await since('clear', before);
      // Revoked and emptied: withdrawn, not repeated.
      expect(fresh.find((o) => o.id === actorObject.id)).toMatchObject({ revoked: true, name: 'Revoked' });
      expect(JSON.stringify(fresh)).not.toContain('Karim Haddad');
      expect(fresh.find((o) => o.id === reportIdOf(ids.clear!)).revoked).toBeUndefined();
    });

    it('revokes a re-marked briefing where it was and adds it where it now is', async () => {
      const docs = demo.strapi.documents;
      const publicBefore = await lastAdded('clear');
      const partnerBefore = await lastAdded('amber', fullAccess);
      const report = reportIdOf(ids.clear!);
      await docs(BRIEFING).update({ documentId: ids.clear!, data: { marking: 'amber' } as any });
      await docs(BRIEFING).publish({ documentId: ids.clear! });

      for (const token of [undefined, greenOnly, fullAccess]) {
        const inClear = (await since('clear', publicBefore, token)).find((o) => o.id === report);
        expect(inClear).toMatchObject({ revoked: true });
        expect(inClear.object_marking_refs).toEqual(['marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487']);
      }
      const inAmber = (await since('amber', partnerBefore, fullAccess)).find((o) => o.id === report);
      expect(inAmber.revoked).toBeUndefined();
      expect(inAmber.object_marking_refs).toEqual(['marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421']);
      // The public's briefings list agrees: it is gone for them.
      await demo.http().get(`/api/security-briefings/briefings/${ids.clear}`).expect(404);
    });

    it('revokes an unpublished and a deleted briefing', async () => {
      const docs = demo.strapi.documents;
      const before = await lastAdded('green', fullAccess);
      const second = await demo.briefing({ title: 'Second green briefing', marking: 'green' });
      await docs(BRIEFING).unpublish({ documentId: ids.green! });
      await docs(BRIEFING).delete({ documentId: second });
      const fresh = await since('green', before, greenOnly);
      expect(fresh.find((o) => o.id === reportIdOf(ids.green!))).toMatchObject({ revoked: true });
      const deleted = fresh.filter((o) => o.id === reportIdOf(second));
      expect(deleted.at(-1)).toMatchObject({ revoked: true });
      // The default (last version) shows them revoked, not missing.
      const now = (await walk('green', greenOnly)).objects.filter((o) => o.type === 'report');
      expect(now.map((o) => o.revoked)).toEqual([true, true]);
    });

    it('adds nothing when the shelf is rebuilt on start (the feed backfills once)', async () => {
      const rows = await demo.strapi.db.query('plugin::security-briefings.feed-version' as any).count({});
      await demo.strapi.store({ type: 'plugin', name: 'security-briefings' }).set({ key: 'shelf-format', value: 0 });
      await demo.reboot();
      expect(await demo.strapi.db.query('plugin::security-briefings.feed-version' as any).count({})).toBe(rows);
    });
  });

  it('fills an empty feed from the shelf on start (a database from before the feed)', async () => {
    const feed = () => demo.strapi.db.query('plugin::security-briefings.feed-version' as any);
    await feed().deleteMany({});
    await demo.reboot();
    const shelved = await demo.strapi.db.query('plugin::security-briefings.published-briefing' as any).findMany({ select: ['marking'] });
    const rows = await feed().findMany({ select: ['latest', 'revoked'] });
    expect(rows.length).toBe(shelved.filter((b: any) => ['clear', 'green', 'amber'].includes(b.marking)).length);
    expect(rows.every((row: any) => row.latest && !row.revoked)).toBe(true);
    const { objects } = await walk('amber', fullAccess);
    expect(objects.map((o) => o.id)).toContain(reportIdOf(ids.amber!));
  });

  it('lets anonymous callers in only while the Public role may read briefings', async () => {
    const role = await demo.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const action = pluginAction('briefing.find');
    const permission = await demo.strapi.db.query('plugin::users-permissions.permission').findOne({ where: { action, role: role.id } });
    await demo.strapi.db.query('plugin::users-permissions.permission').delete({ where: { id: permission.id } });
    try {
      const res = await get(`${ROOT}/collections/`).expect(401);
      expect(res.headers['www-authenticate']).toMatch(/Basic/);
      expect(res.body.http_status).toBe('401');
      await get(`${ROOT}/collections/`, fullAccess).expect(200);
    } finally {
      await demo.strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
    }
    await get(`${ROOT}/collections/`).expect(200);
  });
});
