import { ACTOR, BRIEFING, PLACE, useDemo } from './demo-app';

/** What a briefing shows of what it links: only records the reader may see, and an allow-list of its article. */
describe('outputs show only what their audience may see', () => {
  const demo = useDemo();
  let partner: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    partner = await demo.apiToken({ type: 'full-access' });
    const docs = demo.strapi.documents;
    const secretOrg = await docs(ACTOR).create({ data: { name: 'Hidden Patron Network', kind: 'armed-group' } as any });
    const member = await docs(ACTOR).create({ data: { name: 'Karim Haddad', kind: 'person', affiliation: secretOrg.documentId } as any });
    const secretRegion = await docs(PLACE).create({ data: { name: 'Undisclosed Valley', kind: 'region', countryCode: 'IQ' } as any });
    const village = await docs(PLACE).create({
      data: { name: 'Tal Hamra', kind: 'city', countryCode: 'IQ', latitude: 35.1, longitude: 42.1, parent: secretRegion.documentId } as any,
    });
    const article = await docs('api::article.article').create({
      data: { title: 'Clash near Tal Hamra', slug: 'clash-near-tal-hamra', body: 'ARTICLE-BODY-NEVER-IN-BRIEFINGS', outlet: 'Example Wire', publishedDate: '2025-07-02' } as any,
    });
    // The organisation and the region are linked only from a RED briefing.
    await demo.briefing({
      title: 'Red briefing',
      marking: 'red',
      incident: { place: secretRegion.documentId },
      actorRoles: [{ actor: secretOrg.documentId, role: 'perpetrator' }],
    });
    const clear = await demo.briefing({
      title: 'Clear briefing',
      incident: { place: village.documentId },
      actorRoles: [{ actor: member.documentId, role: 'perpetrator' }],
      sourceArticle: article.documentId,
    });
    Object.assign(ids, { clear, member: member.documentId, village: village.documentId, secretOrg: secretOrg.documentId });
  });

  const get = (path: string, token?: string) => demo.http(token).get(`/api/security-briefings${path}`).expect(200);

  it.each([
    ['the public', undefined],
    ['a partner', 'partner'],
  ])('leaves out an affiliation and a parent that only a RED briefing links, for %s', async (_who, who) => {
    const token = who ? partner : undefined;
    for (const path of [`/briefings/${ids.clear}`, '/briefings?pageSize=100', `/actors/${ids.member}`, `/places/${ids.village}`, '/actors', '/places']) {
      const res = await get(path, token);
      expect(JSON.stringify(res.body)).not.toMatch(/Hidden Patron Network|Undisclosed Valley/);
    }
    const one = (await get(`/briefings/${ids.clear}`, token)).body.data;
    expect(one.actorRoles[0].actor).toMatchObject({ name: 'Karim Haddad', affiliation: null });
    expect(one.incident.place).toMatchObject({ name: 'Tal Hamra', parent: null });
    await demo.http().get(`/api/security-briefings/actors/${ids.secretOrg}`).expect(404);
  });

  it("leaves them out of an editor's download too, which is what a partner would get", async () => {
    const admin = await demo.adminToken();
    for (const format of ['stix', 'jsonld', 'ninjs', 'csv', 'geojson']) {
      const res = await demo.http(admin).get(`/security-briefings/briefings/${ids.clear}/export?format=${format}&status=published`).expect(200);
      // The record itself is there (ACLED rows name groups, GeoJSON places only).
      if (!['csv', 'geojson'].includes(format)) expect(res.text).toContain('Karim Haddad');
      expect(res.text).not.toMatch(/Hidden Patron Network|Undisclosed Valley/);
    }
  });

  it('shows the affiliation once a briefing the reader may see links it too', async () => {
    const linking = await demo.briefing({ title: 'Clear briefing naming the network', actorRoles: [{ actor: ids.secretOrg, role: 'perpetrator' }] });
    const one = (await get(`/briefings/${ids.clear}`)).body.data;
    expect(one.actorRoles[0].actor.affiliation).toEqual({ documentId: ids.secretOrg, name: 'Hidden Patron Network' });
    expect((await get(`/actors/${ids.member}`)).body.data.affiliation).toEqual({ documentId: ids.secretOrg, name: 'Hidden Patron Network' });
    await demo.strapi.documents(BRIEFING).unpublish({ documentId: linking });
  });

  it('shows the source article as an allow-list of fields, never its body', async () => {
    const res = await get(`/briefings/${ids.clear}`);
    expect(Object.keys(res.body.data.sourceArticle).sort()).toEqual(['documentId', 'outlet', 'publishedDate', 'slug', 'title']);
    for (const format of ['jsonld', 'ninjs', 'csv', 'geojson']) {
      const exported = await get(`/briefings/${ids.clear}/export?format=${format}`);
      expect(exported.text).not.toContain('ARTICLE-BODY-NEVER-IN-BRIEFINGS');
    }
  });

  it('marks public answers briefly cacheable and partner answers private, both varying on Authorization', async () => {
    for (const path of [`/briefings/${ids.clear}`, '/briefings', '/actors', `/places/${ids.village}`, `/briefings/export?format=csv`]) {
      const open = await get(path);
      expect(open.headers['cache-control']).toBe('public, max-age=60');
      expect(open.headers.vary).toMatch(/Authorization/i);
      const closed = await get(path, partner);
      expect(closed.headers['cache-control']).toBe('private, no-store');
      expect(closed.headers.vary).toMatch(/Authorization/i);
    }
  });
});
