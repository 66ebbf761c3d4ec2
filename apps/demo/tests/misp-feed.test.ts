import { createHash } from 'node:crypto';
import { mispEventUuid, mispHashes, type MispEvent, type MispManifestSummary } from '@security-briefings/entities';
import { pluginAction, useDemo } from './demo-app';

const FEED = '/api/security-briefings/misp';
const CLEAR_DESCRIPTOR = 'a nurse at the district hospital';
const md5 = (value: string) => createHash('md5').update(value, 'utf8').digest('hex');

/** A partner's MISP reads manifest.json, hashes.csv and <uuid>.json under the REST API's access rules. */
describe('the MISP feed', () => {
  const demo = useDemo();
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    for (const marking of ['green', 'amber', 'amber+strict', 'red']) {
      ids[marking] = await demo.briefing({
        title: `Briefing marked ${marking}`,
        marking,
        sources: [{ kind: 'witness', anonymous: true, descriptor: `resident who saw the ${marking} clash`, reliability: 'C', credibility: 3 }],
      });
    }
    ids.clear = await demo.briefing({
      title: 'Briefing marked clear with an anonymous source',
      sources: [{ kind: 'witness', anonymous: true, descriptor: CLEAR_DESCRIPTOR, reliability: 'B', credibility: 2 }],
    });
    ids.draft = await demo.briefing({ title: 'Briefing still in draft' }, { publish: false });
    tokens.full = await demo.apiToken({ type: 'full-access' });
    tokens.green = await demo.apiToken({ type: 'custom', permissions: ['briefing.find', 'marking.green'].map(pluginAction) });
  });

  const readers = { anonymous: undefined, 'a GREEN partner token': 'green', 'a full-access token': 'full' } as const;
  const tokenOf = (reader: keyof typeof readers) => (readers[reader] ? tokens[readers[reader]!] : undefined);

  const manifest = async (token?: string): Promise<Record<string, MispManifestSummary>> => {
    const res = await demo.http(token).get(`${FEED}/manifest.json`).expect(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    return JSON.parse(res.text);
  };
  const hashes = async (token?: string): Promise<string[]> => {
    const res = await demo.http(token).get(`${FEED}/hashes.csv`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    return res.text.split('\n').filter(Boolean);
  };
  const restDocumentIds = async (token?: string): Promise<string[]> => {
    const res = await demo.http(token).get('/api/security-briefings/briefings?pageSize=100').expect(200);
    return res.body.data.map((b: { documentId: string }) => b.documentId);
  };

  describe.each(Object.keys(readers) as (keyof typeof readers)[])('for %s', (reader) => {
    it('lists in the manifest exactly the briefings the REST list shows', async () => {
      const listed = await manifest(tokenOf(reader));
      const visible = await restDocumentIds(tokenOf(reader));
      expect(Object.keys(listed).sort()).toEqual(visible.map(mispEventUuid).sort());
      expect(visible.length).toBe({ anonymous: 2, 'a GREEN partner token': 3, 'a full-access token': 4 }[reader]);
    });

    it('serves every event the manifest names, as summarised there, with the hashes hashes.csv lists for it', async () => {
      const token = tokenOf(reader);
      const listed = await manifest(token);
      const lines = await hashes(token);
      for (const [uuid, summary] of Object.entries(listed)) {
        const res = await demo.http(token).get(`${FEED}/${uuid}.json`).expect(200);
        expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
        const event = JSON.parse(res.text) as MispEvent;
        expect(event.Event.uuid).toBe(uuid);
        expect({ info: event.Event.info, timestamp: event.Event.timestamp, date: event.Event.date, Tag: event.Event.Tag }).toEqual({
          info: summary.info,
          timestamp: summary.timestamp,
          date: summary.date,
          Tag: summary.Tag,
        });
        expect(lines.filter((line) => line.endsWith(`,${uuid}`)).sort()).toEqual(mispHashes(event).sort());
      }
      // Nothing in hashes.csv for an event the manifest does not list.
      expect(new Set(lines.map((line) => line.split(',')[1]))).toEqual(new Set(Object.keys(listed)));
    });
  });

  it('gives the public the public view: no anonymous source’s descriptor in the event, manifest or hashes', async () => {
    const clear = mispEventUuid(ids.clear!);
    const publicEvent = (await demo.http().get(`${FEED}/${clear}.json`).expect(200)).text;
    expect(publicEvent).not.toContain(CLEAR_DESCRIPTOR);
    expect(publicEvent).toContain('Undisclosed Source');
    expect(publicEvent).not.toContain('admiralty-scale');
    expect((await demo.http().get(`${FEED}/manifest.json`).expect(200)).text).not.toContain(CLEAR_DESCRIPTOR);
    expect(await hashes()).not.toContain(`${md5(CLEAR_DESCRIPTOR)},${clear}`);
    // A partner's copy of the same event names the source as partners may see it.
    expect((await demo.http(tokens.full).get(`${FEED}/${clear}.json`).expect(200)).text).toContain(CLEAR_DESCRIPTOR);
    expect(await hashes(tokens.full)).toContain(`${md5(CLEAR_DESCRIPTOR)},${clear}`);
  });

  it('answers 404 alike for an event that does not exist and one the caller may not see', async () => {
    const notFound = async (token: string | undefined, uuid: string) => {
      const res = await demo.http(token).get(`${FEED}/${uuid}.json`).expect(404);
      expect(res.body.error.message).toBe('No published briefing with that event uuid is available to you.');
    };
    const uuid = (documentId: string) => mispEventUuid(documentId);
    await notFound(undefined, uuid(ids.amber!));
    await notFound(undefined, uuid(ids.green!));
    await notFound(tokens.green, uuid(ids.amber!));
    for (const token of [undefined, tokens.full]) {
      await notFound(token, uuid(ids.red!));
      await notFound(token, uuid(ids['amber+strict']!));
      await notFound(token, uuid(ids.draft!));
      await notFound(token, mispEventUuid('no-such-briefing'));
      await notFound(token, 'not-a-uuid');
    }
    await demo.http(tokens.full).get(`${FEED}/${uuid(ids.amber!)}.json`).expect(200);
    // MISP writes uuids in lower case; an upper-case copy is the same event.
    await demo.http(tokens.full).get(`${FEED}/${uuid(ids.amber!).toUpperCase()}.json`).expect(200);
  });

  it('marks events with MISP’s TLP tags and distributions for their markings', async () => {
    const event = async (documentId: string) => JSON.parse((await demo.http(tokens.full).get(`${FEED}/${mispEventUuid(documentId)}.json`).expect(200)).text) as MispEvent;
    const green = await event(ids.green!);
    const amber = await event(ids.amber!);
    expect(green.Event.Tag.map((t) => t.name)).toContain('tlp:green');
    expect(amber.Event.Tag.map((t) => t.name)).toContain('tlp:amber');
    expect(green.Event.Orgc.name).toBe('Demo Newsroom');
    expect([green.Event.distribution, amber.Event.distribution]).toEqual(['1', '0']);
  });

  it('finds an event published after the feed was first read', async () => {
    await manifest(tokens.full);
    await demo.http(tokens.full).get(`${FEED}/${mispEventUuid(ids.amber!)}.json`).expect(200);
    const later = await demo.briefing({ title: 'Briefing published later' });
    const listed = await manifest(tokens.full);
    expect(listed[mispEventUuid(later)]?.info).toBe('Briefing published later');
    await demo.http(tokens.full).get(`${FEED}/${mispEventUuid(later)}.json`).expect(200);
    await demo.http().get(`${FEED}/${mispEventUuid(later)}.json`).expect(200);
  });

  it('caches public answers briefly and partner answers nowhere, as the REST API does', async () => {
    for (const path of ['manifest.json', 'hashes.csv']) {
      const open = await demo.http().get(`${FEED}/${path}`).expect(200);
      expect(open.headers['cache-control']).toBe('public, max-age=60');
      expect(open.headers.vary).toContain('Authorization');
      const partner = await demo.http(tokens.full).get(`${FEED}/${path}`).expect(200);
      expect(partner.headers['cache-control']).toBe('private, no-store');
    }
  });

  it('opens to a token exactly when the REST list does (briefing.find), and refuses bad tokens with 401', async () => {
    const withoutList = await demo.apiToken({ type: 'custom', permissions: ['briefing.findOne', 'marking.green'].map(pluginAction) });
    const rest = await demo.http(withoutList).get('/api/security-briefings/briefings');
    expect(rest.status).toBe(403);
    for (const path of ['manifest.json', 'hashes.csv', `${mispEventUuid(ids.green!)}.json`]) {
      expect((await demo.http(withoutList).get(`${FEED}/${path}`)).status).toBe(403);
      expect((await demo.http('not-a-real-token').get(`${FEED}/${path}`)).status).toBe(401);
    }
  });

  it('adds no permission of its own to the Roles and API tokens pages (briefing.find opens it), nor does the TAXII feed', async () => {
    const actions = (await demo.strapi.contentAPI.permissions.getActionsMap()) as Record<string, { controllers: Record<string, string[]> }>;
    const controllers = actions['plugin::security-briefings']!.controllers;
    expect(controllers.briefing).toContain('find');
    expect(Object.keys(controllers)).not.toContain('misp-feed');
    expect(Object.keys(controllers)).not.toContain('taxii');
  });

  it('is closed to anonymous callers when the Public role may not read briefings, like the REST list', async () => {
    const role = await demo.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const action = pluginAction('briefing.find');
    const permission = await demo.strapi.db.query('plugin::users-permissions.permission').findOne({ where: { action, role: role.id } });
    await demo.strapi.db.query('plugin::users-permissions.permission').delete({ where: { id: permission.id } });
    try {
      const rest = (await demo.http().get('/api/security-briefings/briefings')).status;
      expect(rest).not.toBe(200);
      for (const path of ['manifest.json', 'hashes.csv', `${mispEventUuid((await restDocumentIds(tokens.full))[0]!)}.json`]) {
        expect((await demo.http().get(`${FEED}/${path}`)).status).toBe(rest);
      }
      // Partners are not affected.
      await demo.http(tokens.full).get(`${FEED}/manifest.json`).expect(200);
    } finally {
      await demo.strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
    }
  });
});
