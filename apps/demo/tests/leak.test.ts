import fs from 'node:fs';
import { useDemo } from './demo-app';
import { AUDIENCES, MARKINGS_OF, createCallers, createFixture, tickPublicRole, type Audience, type Callers, type Fixture } from './leak/fixture';
import { allProbes, fill, fillValue, type Probe } from './leak/probes';
import { problemsOf, type Answer } from './leak/checks';

/**
 * The leak suite (issue 8, item 8): the public sees only published TLP:CLEAR briefings; partners
 * (API tokens, Users & Permissions roles with marking.green / marking.amber) up to AMBER; AMBER+STRICT
 * and RED never leave the admin, through any route, token, export or GraphQL query. Every probe is a
 * data row (leak/probes.ts) run for every audience; every answer goes through the same checks
 * (leak/checks.ts): no canary the audience may not see, in the body or a header; totals that do not
 * count hidden documents; no source grade or descriptor for the public; no CSV formula; cache headers.
 */
describe('leak suite', () => {
  const demo = useDemo();
  let fixture: Fixture;
  let callers: Callers;
  let requests = 0;
  const leaks: string[] = [];
  const statusesSeen = new Map<string, number>();

  const textParser = (res: any, cb: (err: Error | null, body: string) => void) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (text += chunk));
    res.on('end', () => cb(null, text));
  };

  async function send(probe: Probe, audience: Audience): Promise<{ answer: Answer; request: string }> {
    const path = fill(probe.path, fixture);
    const body = probe.graphql
      ? { query: decodeURIComponent(fill(probe.graphql.query, fixture)), variables: fillValue(probe.graphql.variables ?? {}, fixture) }
      : undefined;
    const client = demo.http(callers.tokens[audience]);
    let req = probe.method === 'POST' ? client.post(path) : client.get(path);
    if (body) req = req.set('Content-Type', 'application/json').send(JSON.stringify(body));
    requests++;
    const res = await req.buffer(true).parse(textParser);
    return {
      answer: { status: res.status, headers: res.headers as Answer['headers'], text: typeof res.body === 'string' ? res.body : (res.text ?? '') },
      request: `${path} ${body ? JSON.stringify(body) : ''}`,
    };
  }

  beforeAll(async () => {
    fixture = await createFixture(demo.strapi);
    callers = await createCallers(demo);
  }, 300_000);

  afterAll(async () => {
    const byAudience = new Map<string, number>();
    for (const leak of leaks) byAudience.set(leak.split(' ')[0]!, (byAudience.get(leak.split(' ')[0]!) ?? 0) + 1);
    console.log(
      [
        `leak suite: ${requests} requests`,
        `statuses: ${[...statusesSeen].map(([s, n]) => `${s}x${n}`).join(', ')}`,
        `U&P login answered: ${callers?.loginShape?.join(', ')}`,
        `problems: ${leaks.length} (${[...byAudience].map(([a, n]) => `${a} ${n}`).join(', ')})`,
        ...leaks,
      ].join('\n'),
    );
  });

  it('builds the fixture it means to: the seed + 4 published CLEAR briefings are public; GREEN, AMBER, AMBER+STRICT and 2 RED published', () => {
    const publishedKeys = (m: string) =>
      fixture.briefingKeys.filter((k) => fixture.published.some((b) => b.documentId === fixture.ids[`b.${k}`] && b.marking === m)).sort();
    expect(publishedKeys('clear')).toEqual(['clearLinks', 'formula', 'redraft', 'seed', 'withheld']);
    expect(fixture.published.filter((b) => b.marking === 'clear')).toHaveLength(5);
    expect(publishedKeys('green')).toEqual(['green']);
    expect(publishedKeys('amber')).toEqual(['amber']);
    expect(publishedKeys('amber+strict')).toEqual(['strict']);
    // The CLEAR briefing re-marked RED in its draft is RED in its published version too.
    expect(publishedKeys('red')).toEqual(['red', 'remarked']);
    expect(fixture.published).toHaveLength(10);
    expect(fixture.canaries.length).toBeGreaterThan(70);
  });

  it('has checks that catch a leak when there is one (a synthetic answer per check)', () => {
    const red = fixture.canaries.find((c) => c.what === 'RED briefing title')!.value;
    const list: Probe = { label: 'GET /briefings', method: 'GET', path: '/api/security-briefings/briefings', list: { kind: 'briefings', filter: {} }, cache: true };
    const json = (body: unknown, headers: Record<string, string> = {}): Answer => ({ status: 200, headers: { 'content-type': 'application/json', ...headers }, text: JSON.stringify(body) });
    const clean = json(
      { data: fixture.published.filter((b) => b.marking === 'clear').map((b) => ({ documentId: b.documentId, marking: 'clear' })), meta: { pagination: { page: 1, pageSize: 25, pageCount: 1, total: 5 } } },
      { 'cache-control': 'public, max-age=60', vary: 'Origin, Authorization' },
    );
    expect(problemsOf(list, 'public', clean, fixture, '')).toEqual([]);
    const leaky = (answer: Answer, audience: Audience = 'public', probe: Probe = list) => problemsOf(probe, audience, answer, fixture, '').join('\n');
    expect(leaky({ ...clean, text: clean.text.replace('"clear"', `"clear","title":"${red.toLowerCase()}"`) })).toMatch(/RED briefing title/);
    expect(leaky({ ...clean, headers: { ...clean.headers, 'content-disposition': `attachment; filename="${red}.csv"` } })).toMatch(/header leaks RED briefing title/);
    expect(leaky({ ...clean, text: clean.text.replace('"total":5', '"total":6') })).toMatch(/pagination.total is 6/);
    expect(leaky({ ...clean, headers: { 'content-type': 'application/json' } })).toMatch(/Cache-Control/);
    expect(leaky(clean, 'fullAccess')).toMatch(/private, no-store/);
    const restricted = leaky(json({ data: [{ marking: 'red', sources: [{ anonymous: true, name: 'x', reliability: 'B' }] }] }));
    expect(restricted).toMatch(/briefing marked red/);
    expect(restricted).toMatch(/reliability="B"/);
    expect(restricted).toMatch(/names an anonymous source: name="x"/);
    const csv: Answer = { status: 200, headers: { 'content-type': 'text/csv' }, text: 'a,b,c\r\n-33.5,"=HYPERLINK(""http://x"",""y"")",@x\r\n' };
    expect(leaky(csv)).toMatch(/row 2 column 2[\s\S]*row 2 column 3/);
    expect(leaky(csv)).not.toMatch(/column 1/);
    const gone: Probe = { label: 'POST /graphql', method: 'POST', path: '/graphql', graphql: { query: '{ x }' }, gone: ['x'] };
    expect(leaky(json({ data: { x: [] } }), 'public', gone)).toMatch(/still answers data[\s\S]*without an error/);
  });

  const probes = allProbes();
  describe.each(AUDIENCES)('as %s', (audience) => {
    if (audience === 'publicTicked') {
      beforeAll(async () => {
        const granted = await tickPublicRole(demo.strapi);
        expect(granted).toEqual(expect.arrayContaining(['plugin::security-briefings.marking.amber', 'plugin::security-briefings.marking.red']));
      });
    }

    it.each(probes.filter((p) => !p.only || p.only.includes(audience)).map((p) => [p.label, p] as const))('%s', async (label, probe) => {
      const { answer, request } = await send(probe, audience);
      statusesSeen.set(String(answer.status), (statusesSeen.get(String(answer.status)) ?? 0) + 1);
      const problems = problemsOf(probe, audience, answer, fixture, request);
      // LEAK_DUMP=<file> keeps every answer (status, headers, start of the body) for reading afterwards.
      if (process.env.LEAK_DUMP) {
        fs.appendFileSync(process.env.LEAK_DUMP, `${JSON.stringify({ audience, label, request, status: answer.status, headers: answer.headers, body: answer.text.slice(0, 1500), problems })}\n`);
      }
      for (const problem of problems) leaks.push(`${audience} ${label} [${answer.status}]: ${problem}`);
      expect({ audience, markings: MARKINGS_OF[audience], request: label, status: answer.status, problems }).toEqual({
        audience,
        markings: MARKINGS_OF[audience],
        request: label,
        status: answer.status,
        problems: [],
      });
    });
  });

  it('made at least 150 requests', () => {
    expect(requests).toBeGreaterThanOrEqual(150);
  });
});
