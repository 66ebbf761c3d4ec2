import { stableUuid } from '@security-briefings/entities';
import { BRIEFING, useDemo, type HttpClient } from './demo-app';

const CM = '/content-manager/collection-types';
const TAXII = 'application/taxii+json;version=2.1';
const reportIdOf = (documentId: string) => `report--${stableUuid('stix', documentId, 'report')}`;
const clearObjects = `/api/security-briefings/taxii2/root/collections/${stableUuid('taxii', 'collection', 'clear')}/objects/`;

/**
 * Corrections in public (issue 12, item 5): an editor records a correction, a clarification or a
 * retraction on a published briefing in the Content Manager; the public API, JSON-LD, ninjs and STIX
 * carry it, the partner feed serves a new version, and a retraction withdraws the briefing from the feed.
 */
describe('corrections in public', () => {
  const demo = useDemo();
  let admin: HttpClient;
  let partner: string;
  let documentId: string;

  beforeAll(async () => {
    admin = demo.http(await demo.adminToken());
    partner = await demo.apiToken({ type: 'full-access' });
    documentId = await demo.briefing({ title: 'Depot strike, later corrected' });
  });

  const publicGet = (path: string) => demo.http().get(`/api/security-briefings${path}`).expect(200);
  const taxii = (path: string) => demo.http(partner).get(`${clearObjects}${path}`).set('Accept', TAXII).expect(200);
  /** Saves and publishes the corrections as the edit view's form would. */
  async function publishCorrections(corrections: object[]) {
    await admin.put(`${CM}/${BRIEFING}/${documentId}`).send({ corrections }).expect(200);
    await admin.post(`${CM}/${BRIEFING}/${documentId}/actions/publish`).send({ corrections }).expect(200);
  }

  it('shows a correction in the public API, JSON-LD and ninjs, and serves a new STIX version to partners', async () => {
    const before = (await taxii(`${reportIdOf(documentId)}/versions`)).body.versions;
    expect(before).toHaveLength(1);

    const text = 'The depot was hit on Thursday night, not Friday morning.';
    await publishCorrections([{ kind: 'correction', correctedAt: '2025-05-03T10:00:00.000Z', text }]);

    const record = (await publicGet(`/briefings/${documentId}`)).body.data;
    expect(record.corrections).toEqual([expect.objectContaining({ kind: 'correction', text })]);
    const graphql = await demo
      .http()
      .post('/graphql')
      .send({ query: 'query ($id: ID!) { securityBriefing(documentId: $id) { corrections { kind text } } }', variables: { id: documentId } })
      .expect(200);
    expect(graphql.body.data.securityBriefing.corrections).toEqual([{ kind: 'correction', text }]);
    const jsonld = JSON.parse((await publicGet(`/briefings/${documentId}/export?format=jsonld`)).text);
    expect(jsonld.correction).toEqual([expect.objectContaining({ '@type': 'CorrectionComment', name: 'Correction', text })]);
    const ninjs = JSON.parse((await publicGet(`/briefings/${documentId}/export?format=ninjs`)).text);
    expect(ninjs).toMatchObject({ pubstatus: 'usable', ednote: `Correction (2025-05-03): ${text}` });

    // The feed serves each object's newest version: a later one than before the correction.
    const versions = (await taxii(`${reportIdOf(documentId)}/versions`)).body.versions;
    expect(versions).toHaveLength(1);
    expect(versions[0] > before[0]).toBe(true);
    const notes = (await taxii('?match[type]=note')).body.objects.filter((o: any) => o.labels?.includes('correction'));
    expect(notes).toEqual([expect.objectContaining({ content: text, object_refs: [reportIdOf(documentId)] })]);
  });

  it('a retraction keeps the briefing readable with its retraction and revokes it in the partner feed', async () => {
    const retraction = 'The strike could not be confirmed; this briefing no longer stands.';
    await publishCorrections([
      { kind: 'correction', correctedAt: '2025-05-03T10:00:00.000Z', text: 'The depot was hit on Thursday night, not Friday morning.' },
      { kind: 'retraction', correctedAt: '2025-05-06T09:00:00.000Z', text: retraction },
    ]);

    const record = (await publicGet(`/briefings/${documentId}`)).body.data;
    expect(record.corrections.map((c: any) => c.kind)).toEqual(['correction', 'retraction']);
    expect(JSON.parse((await publicGet(`/briefings/${documentId}/export?format=jsonld`)).text).creativeWorkStatus).toBe('Retracted');
    expect(JSON.parse((await publicGet(`/briefings/${documentId}/export?format=ninjs`)).text).pubstatus).toBe('canceled');
    const stix = await demo.http(partner).get(`/api/security-briefings/briefings/${documentId}/export?format=stix`).expect(200);
    const bundle = JSON.parse(stix.text);
    expect(bundle.objects.find((o: any) => o.type === 'report')).toMatchObject({ id: reportIdOf(documentId), revoked: true });

    const report = (await taxii(`${reportIdOf(documentId)}`)).body.objects;
    expect(report).toEqual([expect.objectContaining({ id: reportIdOf(documentId), revoked: true })]);
  });

  it('refuses a kind that is not one, naming the field, and keeps what was saved', async () => {
    const res = await admin
      .put(`${CM}/${BRIEFING}/${documentId}`)
      .send({ corrections: [{ kind: 'erratum', correctedAt: '2025-05-07T09:00:00.000Z', text: 'Wrong kind.' }] })
      .expect(400);
    expect(JSON.stringify(res.body.error)).toContain('kind');
    const draft = await demo.strapi.documents(BRIEFING).findOne({ documentId, populate: ['corrections'] } as any);
    expect((draft as any).corrections.map((c: any) => c.kind)).toEqual(['correction', 'retraction']);
  });
});
