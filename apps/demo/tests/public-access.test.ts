import { ACTOR, BRIEFING, PLACE, useDemo } from './demo-app';

/** The public sees published TLP:CLEAR briefings and what they link to; nothing else, whatever it asks. */
describe('the public role', () => {
  const demo = useDemo();
  const hidden: Record<string, string> = {};

  beforeAll(async () => {
    const docs = demo.strapi.documents;
    const secretActor = await docs(ACTOR).create({ data: { name: 'Confidential informant network', kind: 'other-organization' } as any });
    const secretPlace = await docs(PLACE).create({ data: { name: 'Safe house', kind: 'site', countryCode: 'IQ' } as any });
    const amber = await demo.briefing({
      title: 'Partner-only briefing',
      marking: 'amber',
      incident: { place: secretPlace.documentId },
      actorRoles: [{ actor: secretActor.documentId, role: 'perpetrator' }],
      sources: [{ kind: 'official', anonymous: true, descriptor: 'security officials' }],
    });
    const draft = await docs(BRIEFING).create({ data: { title: 'Unpublished clear briefing', marking: 'clear' } as any });
    Object.assign(hidden, { actor: secretActor.documentId, place: secretPlace.documentId, amber, draft: draft.documentId });
  });

  it('lists only the published CLEAR briefing, even when it asks for another marking', async () => {
    const all = await demo.http().get('/api/security-briefings/briefings').expect(200);
    expect(all.body.data.map((b: any) => b.title)).toEqual(['Islamic State deputy leader Abu Khadija killed in air strike in Anbar']);
    const amber = await demo.http().get('/api/security-briefings/briefings?marking=amber').expect(200);
    expect(amber.body.data).toEqual([]);
    await demo.http().get('/api/security-briefings/briefings?status=draft').expect(400);
  });

  it('cannot read a TLP:AMBER briefing or a draft by its documentId', async () => {
    for (const documentId of [hidden.amber, hidden.draft]) {
      const res = await demo.http().get(`/api/security-briefings/briefings/${documentId}`).expect(404);
      expect(res.body.error.name).toBe('NotFoundError');
    }
  });

  it('cannot see actors or places that only non-public briefings link to', async () => {
    const actors = await demo.http().get('/api/security-briefings/actors?pageSize=100').expect(200);
    expect(actors.body.data.map((a: any) => a.name)).not.toContain('Confidential informant network');
    expect(actors.body.meta.pagination.total).toBe(10);
    const places = await demo.http().get('/api/security-briefings/places?pageSize=100').expect(200);
    expect(places.body.data.map((p: any) => p.name)).not.toContain('Safe house');
    await demo.http().get(`/api/security-briefings/actors/${hidden.actor}`).expect(404);
    await demo.http().get(`/api/security-briefings/places/${hidden.place}`).expect(404);
  });

  it('pages the actors and places lists in name order, each public record once, whatever the page size', async () => {
    for (const kind of ['actors', 'places']) {
      const whole = (await demo.http().get(`/api/security-briefings/${kind}?pageSize=100`).expect(200)).body;
      const names = whole.data.map((r: any) => r.name);
      expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
      const paged: string[] = [];
      for (let page = 1; page <= Math.ceil(whole.meta.pagination.total / 3); page++) {
        const { body } = await demo.http().get(`/api/security-briefings/${kind}?pageSize=3&page=${page}`).expect(200);
        expect(body.meta.pagination).toMatchObject({ page, pageSize: 3, total: whole.meta.pagination.total });
        paged.push(...body.data.map((r: any) => r.documentId));
      }
      expect(paged).toEqual(whole.data.map((r: any) => r.documentId));
    }
  });

  it('cannot reach briefings through the article API either', async () => {
    const res = await demo.http().get('/api/articles?populate=*').expect(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0].securityBriefings).toBeUndefined();
  });

  it('cannot use Strapi-level tricks on the briefing routes', async () => {
    // populate=* is accepted (everything is populated anyway) and changes nothing about what is visible.
    const populated = await demo.http().get('/api/security-briefings/briefings?populate=*').expect(200);
    expect(populated.body.data.map((b: any) => b.marking)).toEqual(['clear']);
    await demo.http().get('/api/security-briefings/briefings?populate[sources]=true').expect(400);
    await demo.http().get('/api/security-briefings/briefings?filters[marking][$eq]=amber').expect(400);
  });

  describe('exports', () => {
    const seedId = async () => (await demo.http().get('/api/security-briefings/briefings').expect(200)).body.data[0].documentId;

    it('serves one public briefing as JSON-LD, ninjs, CSV and GeoJSON, as downloads without the anonymous descriptor', async () => {
      const id = await seedId();
      for (const [format, type] of [['jsonld', 'application/ld+json'], ['ninjs', 'application/json'], ['csv', 'text/csv'], ['geojson', 'application/geo+json']]) {
        const res = await demo.http().get(`/api/security-briefings/briefings/${id}/export?format=${format}`).buffer(true).parse((r, cb) => {
          let text = '';
          r.on('data', (chunk: Buffer) => (text += chunk.toString()));
          r.on('end', () => cb(null, text));
        }).expect(200);
        expect(res.headers['content-type']).toContain(type);
        expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+"/);
        expect(res.body).not.toContain('security officials');
        expect(res.body).toMatch(/Anbar/);
      }
    });

    it('streams a bulk export of only the public briefings', async () => {
      const res = await demo.http().get('/api/security-briefings/briefings/export?format=geojson').expect(200);
      const collection = JSON.parse(res.text ?? res.body.toString());
      expect(collection.type).toBe('FeatureCollection');
      expect(collection.features).toHaveLength(1);
      const csv = await demo.http().get('/api/security-briefings/briefings/export?format=csv&country=IQ').expect(200);
      expect(csv.text.trim().split('\n')).toHaveLength(2);
      expect(csv.text).not.toContain('Partner-only briefing');
    });

    it('serves the article page its JSON-LD, inline or as an inert script tag', async () => {
      const slug = 'head-of-isis-in-iraq-and-syria-killed-in-targeted-operation';
      const inline = await demo.http().get(`/api/security-briefings/articles/${slug}/jsonld`).expect(200);
      expect(inline.headers['content-type']).toContain('application/ld+json');
      expect(inline.headers['content-disposition']).toBeUndefined();
      const jsonLd = JSON.parse(inline.text);
      expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', author: { name: 'Demo Newsroom' }, about: { '@type': 'Event', startDate: '2025-03-13' } });
      const script = await demo.http().get(`/api/security-briefings/articles/${slug}/jsonld?embed=script`).expect(200);
      expect(script.text).toMatch(/^<script type="application\/ld\+json">/);
      expect(script.text.match(/<\/script>/g)).toHaveLength(1);
      await demo.http().get('/api/security-briefings/articles/no-such-article/jsonld').expect(404);
    });

    it('refuses STIX to the public, unknown formats, and non-public briefings', async () => {
      const id = await seedId();
      const stix = await demo.http().get(`/api/security-briefings/briefings/${id}/export?format=stix`).expect(403);
      expect(stix.body.error.name).toBe('ForbiddenError');
      const bad = await demo.http().get(`/api/security-briefings/briefings/${id}/export?format=pdf`).expect(400);
      expect(bad.body.error.details.errors[0].path).toEqual(['format']);
      await demo.http().get(`/api/security-briefings/briefings/${hidden.amber}/export?format=jsonld`).expect(404);
      await demo.http().get(`/api/security-briefings/briefings/${hidden.draft}/export?format=csv`).expect(404);
    });
  });
});
