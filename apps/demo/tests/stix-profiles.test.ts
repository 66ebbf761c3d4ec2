import { BRIEFING, PLUGIN_ID, useDemo } from './demo-app';

const SEED_TITLE = 'Islamic State deputy leader Abu Khadija killed in air strike in Anbar';

/** The CLEAR marking definition each profile ships, as its importer knows it. */
const CLEAR_OF_PROFILE = {
  oasis: {
    id: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
    name: 'TLP:CLEAR',
    extensions: { 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d': { extension_type: 'property-extension', tlp_2_0: 'clear' } },
  },
  opencti: {
    id: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
    name: 'TLP:CLEAR',
    definition_type: 'TLP',
    x_opencti_definition_type: 'TLP',
    x_opencti_definition: 'TLP:CLEAR',
    x_opencti_order: 1,
  },
  misp: {
    id: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
    name: 'TLP:WHITE',
    definition_type: 'tlp',
    definition: { tlp: 'white' },
  },
} as const;

type Profile = keyof typeof CLEAR_OF_PROFILE;
type StixObject = { type: string; id: string } & Record<string, any>;

/** The seed briefing's STIX export, over real HTTP, in each profile the request or the plugin config asks for. */
describe('STIX profiles of the exports', () => {
  const demo = useDemo();
  let partner: string;
  let seed: string;

  beforeAll(async () => {
    partner = await demo.apiToken({ type: 'full-access' });
    seed = (await demo.strapi.documents(BRIEFING).findFirst({ status: 'published', filters: { title: SEED_TITLE } } as any))!.documentId;
  });

  const stix = async (path: string): Promise<StixObject[]> => {
    const res = await demo.http(partner).get(`/api/security-briefings${path}`).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/stix\+json/);
    return JSON.parse(res.text).objects;
  };
  const markingsOf = (objects: StixObject[]) => objects.filter((o) => o.type === 'marking-definition');

  it.each(Object.keys(CLEAR_OF_PROFILE) as Profile[])('gives the %s marking definitions to one briefing and to the bulk export', async (profile) => {
    for (const path of [`/briefings/${seed}/export?format=stix&profile=${profile}`, `/briefings/export?format=stix&profile=${profile}`]) {
      const objects = await stix(path);
      const [clear] = markingsOf(objects).filter((m) => m.id === CLEAR_OF_PROFILE[profile].id);
      expect(clear).toMatchObject(CLEAR_OF_PROFILE[profile]);
      // The seed briefing is CLEAR: its report points at that definition.
      const report = objects.find((o) => o.type === 'report' && o.name === SEED_TITLE)!;
      expect(report.object_marking_refs).toEqual([CLEAR_OF_PROFILE[profile].id]);
      // No definition of another profile sneaks in.
      const others = (Object.keys(CLEAR_OF_PROFILE) as Profile[]).filter((p) => CLEAR_OF_PROFILE[p].id !== CLEAR_OF_PROFILE[profile].id);
      for (const other of others) expect(objects.map((o) => o.id)).not.toContain(CLEAR_OF_PROFILE[other].id);
    }
  });

  it("uses the plugin's stixProfile option when the request names none, and the request's over it", async () => {
    expect(markingsOf(await stix(`/briefings/${seed}/export?format=stix`)).map((m) => m.id)).toEqual([CLEAR_OF_PROFILE.oasis.id]);
    const key = `plugin::${PLUGIN_ID}.stixProfile`;
    demo.strapi.config.set(key, 'misp');
    try {
      expect(markingsOf(await stix(`/briefings/${seed}/export?format=stix`))[0]).toMatchObject(CLEAR_OF_PROFILE.misp);
      expect(markingsOf(await stix(`/briefings/${seed}/export?format=stix&profile=opencti`))[0]).toMatchObject(CLEAR_OF_PROFILE.opencti);
      // The bulk export too, though the shelf keeps each briefing's objects ready in the profile configured when it was written.
      const bulk = await stix('/briefings/export?format=stix');
      expect(markingsOf(bulk)[0]).toMatchObject(CLEAR_OF_PROFILE.misp);
      expect(bulk.find((o) => o.type === 'report' && o.name === SEED_TITLE)!.object_marking_refs).toEqual([CLEAR_OF_PROFILE.misp.id]);
      expect(bulk.map((o) => o.id)).not.toContain(CLEAR_OF_PROFILE.oasis.id);
    } finally {
      demo.strapi.config.set(key, 'oasis');
    }
  });

  it.each([`/briefings/SEED/export?format=stix&profile=stix1`, `/briefings/export?format=stix&profile=OpenCTI`])('refuses a bad profile with a 400 naming it: %s', async (path) => {
    const res = await demo.http(partner).get(`/api/security-briefings${path.replace('SEED', seed)}`).expect(400);
    expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    expect(res.body.error.message).toMatch(/^profile: Choose a STIX profile: oasis, opencti, misp\./);
  });
});
