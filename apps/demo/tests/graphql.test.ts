import { ACTOR, BRIEFING, PLACE, pluginAction, useDemo } from './demo-app';
const SEED_TITLE = 'Islamic State deputy leader Abu Khadija killed in air strike in Anbar';

/** Every field of a briefing record, to compare the GraphQL answer with the REST one. */
const BRIEFING_FIELDS = `
  documentId title slug summary body marking reviewStage createdAt updatedAt publishedAt
  sourceArticle { documentId title slug url outlet publishedDate }
  incident {
    eventType subEventType date datePrecision dateAsWritten geoPrecision fatalitiesMin fatalitiesMax fatalitiesAsWritten injured
    place { ...place }
  }
  actorRoles { role certainty note actor { ...actor } }
  places { ...place }
  quotes { text medium saidAt speaker { ...actor } }
  sources { kind name url anonymous descriptor reliability credibility }
  assessment { threatLevel trend likelihood confidence judgement }
  corrections { correctedAt text }
`;
const FRAGMENTS = `
  fragment place on SecurityBriefingsPlaceRecord {
    documentId name kind countryCode admin1 latitude longitude geonamesId createdAt updatedAt publishedAt
    parent { documentId name } aliases { value kind }
  }
  fragment actor on SecurityBriefingsActorRecord {
    documentId name kind title countryCode wikidataId description createdAt updatedAt publishedAt
    affiliation { documentId name } aliases { value kind }
  }
`;

/** GraphQL nulls what REST leaves out (a public anonymous source has only its kind); compare what both have. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
  }
  return value;
}

/** Over real HTTP, the plugin's GraphQL queries follow the REST rules; Strapi's generated ones are gone. */
describe('GraphQL', () => {
  const demo = useDemo();
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const gql = (query: string, variables?: Record<string, unknown>, token?: string) => demo.http(token).post('/graphql').send({ query, variables });
  /** An answer that must have data and no errors. */
  const read = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const res = await gql(query, variables, token);
    expect(res.body.errors).toBeUndefined();
    expect(res.status).toBe(200);
    return res.body.data;
  };
  const titles = async (token?: string, args = 'pageSize: 100') =>
    (await read(`{ securityBriefingsList(${args}) { data { title } } }`, undefined, token)).securityBriefingsList.data.map((b: any) => b.title).sort();

  beforeAll(async () => {
    const docs = demo.strapi.documents;
    // Linked only from the AMBER briefing: partners may see them, the public may not.
    const informants = await docs(ACTOR).create({ data: { name: 'Confidential informant network', kind: 'other-organization' } as any });
    const safeHouse = await docs(PLACE).create({ data: { name: 'Safe house', kind: 'site', countryCode: 'IQ' } as any });
    Object.assign(ids, { informants: informants.documentId, safeHouse: safeHouse.documentId });
    for (const marking of ['green', 'amber', 'red', 'clear']) {
      const draft = marking === 'clear';
      const documentId = await demo.briefing(
        {
          title: draft ? 'Unpublished clear briefing' : `Briefing marked ${marking}`,
          marking,
          actorRoles: marking === 'amber' ? [{ actor: informants.documentId, role: 'perpetrator' }] : [],
          places: marking === 'amber' ? [safeHouse.documentId] : [],
          sources: [{ kind: 'witness', anonymous: true, descriptor: `resident who saw the ${marking} clash`, reliability: 'C', credibility: 3 }],
        },
        { publish: !draft },
      );
      ids[draft ? 'draft' : marking] = documentId;
    }
    const seed = await docs(BRIEFING).findFirst({ status: 'published', filters: { title: SEED_TITLE } } as any);
    ids.seed = seed!.documentId;
    tokens.full = await demo.apiToken({ type: 'full-access' });
    tokens.actorsOnly = await demo.apiToken({ type: 'custom', permissions: [pluginAction('actor.find'), pluginAction('actor.findOne')] });
    tokens.listOnly = await demo.apiToken({ type: 'custom', permissions: [pluginAction('briefing.find'), pluginAction('marking.green')] });
  });

  describe("Strapi's generated schema for the plugin", () => {
    it('has no generated queries for briefings, actors or places', async () => {
      for (const query of [
        '{ securityBriefingsBriefings { documentId title } }',
        '{ securityBriefingsBriefings(status: DRAFT, filters: { marking: { eq: "red" } }) { title } }',
        `{ securityBriefingsBriefing(documentId: "x", status: DRAFT) { title } }`,
        '{ securityBriefingsBriefings_connection { nodes { title } } }',
        // The plugin's own securityBriefingsActors/Places take page and pageSize only: these are the generated forms.
        '{ securityBriefingsActors(filters: { name: { eq: "x" } }) { name } }',
        '{ securityBriefingsActors_connection { nodes { name } } }',
        '{ securityBriefingsPlaces(pagination: { limit: 10 }) { name } }',
      ]) {
        const res = await gql(query);
        expect(res.status).toBe(400);
        expect(res.body.data).toBeUndefined();
        expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      }
    });

    it('has no mutations for them', async () => {
      for (const mutation of [
        'mutation { createSecurityBriefingsBriefing(data: { title: "Leak" }) { documentId } }',
        `mutation { updateSecurityBriefingsBriefing(documentId: "x", data: { marking: "clear" }) { documentId } }`,
        `mutation { deleteSecurityBriefingsActor(documentId: "x") { documentId } }`,
        'mutation { createSecurityBriefingsPlace(data: { name: "x" }) { documentId } }',
      ]) {
        const res = await gql(mutation);
        expect(res.status).toBe(400);
        expect(res.body.data).toBeUndefined();
      }
      const { __schema } = await read('{ __schema { mutationType { fields { name } } types { name } } }');
      expect(__schema.mutationType.fields.map((f: any) => f.name).filter((n: string) => /securitybriefings/i.test(n))).toEqual([]);
      // Neither the generated types for the models nor their components are left in the schema.
      const generated = __schema.types.map((t: any) => t.name).filter((n: string) => /^(Component)?SecurityBriefings/.test(n) && !n.startsWith('SecurityBriefings'));
      expect(generated).toEqual([]);
      for (const name of ['SecurityBriefingsBriefing', 'SecurityBriefingsActor', 'SecurityBriefingsPlace', 'SecurityBriefingsBriefingInput', 'SecurityBriefingsBriefingFiltersInput']) {
        expect(__schema.types.map((t: any) => t.name)).not.toContain(name);
      }
    });

    it('lists exactly the plugin queries', async () => {
      const { __schema } = await read('{ __schema { queryType { fields { name description } } } }');
      const ours = __schema.queryType.fields.filter((f: any) => /^securityBriefing/.test(f.name));
      expect(ours.map((f: any) => f.name).sort()).toEqual([
        'securityBriefing',
        'securityBriefingsActor',
        'securityBriefingsActors',
        'securityBriefingsList',
        'securityBriefingsPlace',
        'securityBriefingsPlaces',
      ]);
      for (const field of ours) expect(field.description).toBeTruthy();
    });

    it("does not expose the article's inverse relation to briefings", async () => {
      const data = await read(`{
        article: __type(name: "Article") { fields { name } }
        filters: __type(name: "ArticleFiltersInput") { inputFields { name } }
        input: __type(name: "ArticleInput") { inputFields { name } }
      }`);
      expect(data.article.fields.map((f: any) => f.name)).toEqual(expect.arrayContaining(['title', 'slug']));
      expect(data.article.fields.map((f: any) => f.name)).not.toContain('securityBriefings');
      expect(data.filters.inputFields.map((f: any) => f.name)).not.toContain('securityBriefings');
      expect(data.input.inputFields.map((f: any) => f.name)).not.toContain('securityBriefings');
      const res = await gql('{ articles(filters: { securityBriefings: { marking: { eq: "red" } } }) { title } }');
      expect(res.status).toBe(400);
    });
  });

  describe('the public', () => {
    it('lists only the published TLP:CLEAR briefing, whatever marking it asks for', async () => {
      const { securityBriefingsList } = await read('{ securityBriefingsList { data { title marking } meta { pagination { page pageSize pageCount total } } } }');
      expect(securityBriefingsList.data).toEqual([{ title: SEED_TITLE, marking: 'clear' }]);
      expect(securityBriefingsList.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 1 });
      expect(await titles(undefined, 'marking: "amber"')).toEqual([]);
      expect(await titles(undefined, 'marking: "red"')).toEqual([]);
    });

    it('gets the same record as REST, every field, and no source descriptor or grade', async () => {
      const { securityBriefingsList } = await read(`query { securityBriefingsList { data { ${BRIEFING_FIELDS} } } } ${FRAGMENTS}`);
      const [record] = securityBriefingsList.data;
      const rest = await demo.http().get('/api/security-briefings/briefings').expect(200);
      expect(rest.body.data[0]).toMatchObject(withoutNulls(record) as object);
      // Spot checks that the nesting really came through.
      expect(record.incident.place).toMatchObject({ name: 'Anbar', parent: { name: 'Iraq' } });
      expect(record.actorRoles.length).toBeGreaterThan(1);
      expect(record.quotes[0].speaker.name).toBeTruthy();
      expect(record.sourceArticle.slug).toBe('head-of-isis-in-iraq-and-syria-killed-in-targeted-operation');
      expect(record.sources.some((s: any) => s.anonymous)).toBe(true);
      for (const source of record.sources) {
        expect(source).toMatchObject({ descriptor: null, reliability: null, credibility: null });
        if (source.anonymous) expect(source).toEqual({ kind: 'official', name: null, url: null, anonymous: true, descriptor: null, reliability: null, credibility: null });
      }
      expect(JSON.stringify(securityBriefingsList)).not.toContain('security officials');
    });

    it('gets null for a GREEN, AMBER, RED or draft briefing by its documentId', async () => {
      for (const key of ['green', 'amber', 'red', 'draft']) {
        const data = await read('query ($id: ID!) { securityBriefing(documentId: $id) { title sources { descriptor } } }', { id: ids[key] });
        expect(data.securityBriefing).toBeNull();
      }
      const seed = await read('query ($id: ID!) { securityBriefing(documentId: $id) { title } }', { id: ids.seed });
      expect(seed.securityBriefing.title).toBe(SEED_TITLE);
    });

    it('sees only the actors and places that the public briefing links to', async () => {
      const data = await read(`{
        securityBriefingsActors(pageSize: 100) { data { documentId name } meta { pagination { total } } }
        securityBriefingsPlaces(pageSize: 100) { data { documentId name } meta { pagination { total } } }
      }`);
      const restActors = (await demo.http().get('/api/security-briefings/actors?pageSize=100').expect(200)).body;
      const restPlaces = (await demo.http().get('/api/security-briefings/places?pageSize=100').expect(200)).body;
      expect(data.securityBriefingsActors.data.map((a: any) => a.name)).toEqual(restActors.data.map((a: any) => a.name));
      expect(data.securityBriefingsPlaces.data.map((p: any) => p.name)).toEqual(restPlaces.data.map((p: any) => p.name));
      expect(data.securityBriefingsActors.meta.pagination.total).toBe(restActors.meta.pagination.total);
      expect(data.securityBriefingsActors.data.map((a: any) => a.name)).not.toContain('Confidential informant network');
      expect(data.securityBriefingsPlaces.data.map((p: any) => p.name)).not.toContain('Safe house');
      const hidden = await read('query ($a: ID!, $p: ID!) { securityBriefingsActor(documentId: $a) { name } securityBriefingsPlace(documentId: $p) { name } }', {
        a: ids.informants,
        p: ids.safeHouse,
      });
      expect(hidden).toEqual({ securityBriefingsActor: null, securityBriefingsPlace: null });
    });

    it('may cache the answer briefly, per Authorization', async () => {
      const res = await gql('{ securityBriefingsList { data { title } } }').expect(200);
      expect(res.headers['cache-control']).toBe('public, max-age=60');
      expect(res.headers.vary).toMatch(/Authorization/);
      // Asked together with another API's fields, Apollo's stricter header stands.
      const mixed = await gql('{ securityBriefingsList { data { title } } articles { title } }').expect(200);
      expect(mixed.headers['cache-control']).toBe('no-store');
    });
  });

  describe('partners', () => {
    it('see CLEAR, GREEN and AMBER with a full-access token, never RED', async () => {
      expect(await titles(tokens.full)).toEqual(['Briefing marked amber', 'Briefing marked green', SEED_TITLE]);
      const red = await read('query ($id: ID!) { securityBriefing(documentId: $id) { title } }', { id: ids.red }, tokens.full);
      expect(red.securityBriefing).toBeNull();
      const draft = await read('query ($id: ID!) { securityBriefing(documentId: $id) { title } }', { id: ids.draft }, tokens.full);
      expect(draft.securityBriefing).toBeNull();
      expect(await titles(tokens.full, 'marking: "red"')).toEqual([]);
    });

    it('get the anonymous descriptor and grades, uncacheable', async () => {
      const res = await gql('query ($id: ID!) { securityBriefing(documentId: $id) { sources { anonymous descriptor reliability credibility } } }', { id: ids.amber }, tokens.full).expect(200);
      expect(res.body.data.securityBriefing.sources).toEqual([{ anonymous: true, descriptor: 'resident who saw the amber clash', reliability: 'C', credibility: 3 }]);
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect(res.headers.vary).toMatch(/Authorization/);
    });

    it('see the actors and places linked from the briefings they may read', async () => {
      const data = await read(
        'query ($a: ID!) { securityBriefingsActors(pageSize: 100) { data { name } } securityBriefingsActor(documentId: $a) { name kind } }',
        { a: ids.informants },
        tokens.full,
      );
      expect(data.securityBriefingsActors.data.map((a: any) => a.name)).toContain('Confidential informant network');
      expect(data.securityBriefingsActor).toEqual({ name: 'Confidential informant network', kind: 'other-organization' });
    });

    it('see only the markings a custom token is granted', async () => {
      expect(await titles(tokens.listOnly)).toEqual(['Briefing marked green', SEED_TITLE]);
    });
  });

  describe('permissions and arguments', () => {
    it('refuses a token without the query’s permission, as REST does', async () => {
      const res = await gql('{ securityBriefingsList { data { title } } }', undefined, tokens.actorsOnly);
      expect(res.body.data).toBeNull();
      expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
      await demo.http(tokens.actorsOnly).get('/api/security-briefings/briefings').expect(403);
      // briefing.find does not open briefing.findOne.
      const one = await gql('query ($id: ID!) { securityBriefing(documentId: $id) { title } }', { id: ids.seed }, tokens.listOnly);
      expect(one.body.errors[0].extensions.code).toBe('FORBIDDEN');
      // The token's own permissions still work.
      expect((await read('{ securityBriefingsActors { meta { pagination { total } } } }', undefined, tokens.actorsOnly)).securityBriefingsActors.meta.pagination.total).toBeGreaterThan(0);
    });

    it('refuses the public a query whose permission the Public role lacks', async () => {
      const role = await demo.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
      const action = pluginAction('place.find');
      const permission = await demo.strapi.db.query('plugin::users-permissions.permission').findOne({ where: { action, role: role.id } });
      await demo.strapi.db.query('plugin::users-permissions.permission').delete({ where: { id: permission.id } });
      try {
        const res = await gql('{ securityBriefingsPlaces { data { name } } }');
        expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
      } finally {
        await demo.strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
      }
    });

    it('refuses bad arguments with an error naming them', async () => {
      for (const [args, name] of [
        ['pageSize: 1000', 'pageSize'],
        ['page: 0', 'page'],
        ['marking: "purple"', 'marking'],
        ['country: "Iraq"', 'country'],
        ['from: "last week"', 'from'],
        ['eventType: "riot"', 'eventType'],
      ]) {
        const res = await gql(`{ securityBriefingsList(${args}) { data { title } } }`);
        expect(res.body.data).toBeNull();
        const [error] = res.body.errors;
        expect(error.extensions.code).toBe('BAD_USER_INPUT');
        expect(error.message.startsWith(`${name}:`)).toBe(true);
        expect(error.extensions.error.details.errors[0].path).toEqual([name]);
      }
      const pages = await gql('{ securityBriefingsActors(pageSize: 101) { data { name } } }');
      expect(pages.body.errors[0].message).toMatch(/^pageSize:/);
      // A wrongly typed argument is GraphQL's own validation error, naming it too.
      const typed = await gql('{ securityBriefingsList(pageSize: "ten") { data { title } } }').expect(400);
      expect(typed.body.errors[0].message).toMatch(/pageSize|Int/);
    });
  });
});
