import {
  SECURITY_BRIEFING_STIX_EXTENSION_ID,
  TLP_STIX_EXTENSION_ID,
  TLP_STIX_MARKING_IDS,
  toStixBundle,
  type StixObject,
} from '../../src';
import { ANONYMOUS_DESCRIPTOR, goldQuotes, seedBriefing } from './fixture';
import { stixProblems } from './official-schemas';

const partner = { audience: 'partner' as const, publisher: 'The Example Desk' };

const bundle = toStixBundle(seedBriefing(), partner);
const objects = bundle.objects!;
const ofType = (type: string) => objects.filter((o) => o.type === type);
const named = (name: string) => objects.find((o) => o.name === name)!;
const byId = (id: unknown) => objects.find((o) => o.id === id)!;
const ours = (o: StixObject) => (o.extensions as Record<string, Record<string, unknown>>)[SECURITY_BRIEFING_STIX_EXTENSION_ID]!;

describe('toStixBundle', () => {
  it('validates against the official OASIS STIX 2.1 schemas', () => {
    expect(stixProblems(bundle as never)).toEqual([]);
    expect(stixProblems(toStixBundle(seedBriefing()) as never)).toEqual([]);
  });

  it('reports the briefing as a threat report', () => {
    const [report] = ofType('report');
    expect(report).toMatchObject({
      name: "Islamic State's deputy caliph killed in air strike in Anbar",
      published: '2025-03-15T09:45:00.000Z',
      created: '2025-03-15T08:10:00.000Z',
      modified: '2025-03-15T09:30:12.345Z',
      labels: ['explosions-remote-violence', 'air-drone-strike'],
    });
    expect(report!.report_types).toContain('threat-report');
    expect(report!.description).toMatch(/^Iraqi national intelligence forces/);
    const refs = report!.object_refs as string[];
    const contained = objects.filter((o) => !['report', 'marking-definition', 'extension-definition'].includes(o.type) && o.created_by_ref);
    expect(new Set(refs)).toEqual(new Set(contained.map((o) => o.id)));
    expect(ours(report!).incident).toMatchObject({
      event_type: 'explosions-remote-violence',
      event_type_acled: 'Explosions/Remote violence',
      sub_event_type_acled: 'Air/drone strike',
      date: '2025-03-13',
      date_precision: 'day',
      date_as_written: 'late Thursday, March 13',
      fatalities_min: 1,
    });
  });

  it('maps armed groups and perpetrators to threat actors, everyone else to identities, aliases carried', () => {
    expect(named('Iraqi National Intelligence Service')).toMatchObject({ type: 'threat-actor', threat_actor_types: ['nation-state'] });
    expect(named('Islamic State')).toMatchObject({
      type: 'threat-actor',
      aliases: ['ISIS', 'IS'],
      external_references: [{ source_name: 'wikidata', external_id: 'Q2429253', url: 'https://www.wikidata.org/wiki/Q2429253' }],
    });
    const rifai = named('Abdallah Maki Mosleh al-Rifai');
    expect(rifai).toMatchObject({ type: 'identity', identity_class: 'individual', roles: ['deputy caliph of the Islamic State'] });
    expect(ours(rifai).aliases).toEqual([
      { value: 'Abu Khadija', kind: 'kunya' },
      { value: 'al-Rifai', kind: 'short-form' },
    ]);
    expect(named('US-led coalition')).toMatchObject({ type: 'identity', identity_class: 'organization' });
    expect(named('Mohammed Shia al-Sudani')).toMatchObject({ type: 'identity', roles: ['Prime Minister of Iraq'] });
    expect(ofType('identity').map((o) => o.name)).toEqual(
      expect.arrayContaining(['Fouad Hussein', 'Asaad Hassan al-Shibani', 'The Example Desk', 'Security briefings']),
    );
  });

  it('places the incident in Anbar, Iraq, with coordinates', () => {
    expect(named('Anbar')).toMatchObject({
      type: 'location',
      country: 'IQ',
      administrative_area: 'Anbar',
      latitude: 33,
      longitude: 42.5,
      region: 'western-asia',
    });
    expect(ours(named('Anbar'))).toMatchObject({ place_kind: 'admin1', acled_region: 'Middle East', parent: 'Iraq' });
    // Iraq is named by the briefing and is also the country of most actors: one location, not two.
    expect(ofType('location').filter((o) => o.country === 'IQ' && !o.administrative_area)).toHaveLength(1);
    expect(named('Syria')).toMatchObject({ type: 'location', country: 'SY' });
  });

  it('relates who targeted whom, who took part, who belongs to whom and who is where, with valid STIX types', () => {
    const relation = (type: string, from: string, to: string) =>
      ofType('relationship').find((r) => r.relationship_type === type && byId(r.source_ref).name === from && byId(r.target_ref).name === to);
    expect(relation('targets', 'Iraqi National Intelligence Service', 'Abdallah Maki Mosleh al-Rifai')).toMatchObject({ confidence: 85 });
    expect(ours(relation('targets', 'Iraqi National Intelligence Service', 'Abdallah Maki Mosleh al-Rifai')!)).toMatchObject({
      roles: ['target', 'victim'],
      certainty: 'confirmed',
    });
    expect(relation('targets', 'Iraqi National Intelligence Service', 'Anbar')).toBeDefined();
    // STIX has no threat-actor -> threat-actor `targets`: the generic `related-to` carries it.
    expect(relation('related-to', 'Iraqi National Intelligence Service', 'Islamic State')).toBeDefined();
    expect(relation('related-to', 'US-led coalition', 'Iraqi National Intelligence Service')).toBeDefined();
    expect(relation('related-to', 'Abdallah Maki Mosleh al-Rifai', 'Islamic State')).toBeDefined();
    expect(relation('located-at', 'Asaad Hassan al-Shibani', 'Syria')).toBeDefined();

    // The relationship types STIX 2.1 defines for each pair of object types we produce.
    const allowed: Record<string, string[]> = {
      'threat-actor>identity': ['targets', 'attributed-to', 'impersonates', 'related-to'],
      'threat-actor>location': ['targets', 'located-at', 'related-to'],
      'identity>location': ['located-at', 'related-to'],
    };
    for (const r of ofType('relationship')) {
      const pair = `${byId(r.source_ref).type}>${byId(r.target_ref).type}`;
      expect(allowed[pair] ?? ['related-to']).toContain(r.relationship_type);
    }
  });

  it('carries the quotes and the assessment as notes on the report', () => {
    const quotes = ofType('note').filter((n) => (n.labels as string[]).includes('quote'));
    expect(quotes.map((q) => q.content)).toEqual(goldQuotes().map((q) => q.text));
    expect(quotes[0]).toMatchObject({ abstract: 'Quote: Mohammed Shia al-Sudani (statement on X)' });
    expect(quotes[0]!.object_refs).toEqual([ofType('report')[0]!.id, named('Mohammed Shia al-Sudani').id]);
    expect(quotes[1]).toMatchObject({ abstract: 'Quote: Fouad Hussein (press conference)' });
    const [assessment] = ofType('note').filter((n) => (n.labels as string[]).includes('assessment'));
    expect(assessment).toMatchObject({ confidence: 50, authors: ['The Example Desk'] });
    expect(assessment!.content).toMatch(/retaliatory attack/);
    expect(assessment!.abstract).toMatch(/threat level Substantial/);
  });

  it('grades sources for partners, in the report extension and its external references', () => {
    const [report] = ofType('report');
    expect(ours(report!).sources).toEqual([
      { name: 'Prime Minister Mohammed Shia al-Sudani, statement on X', kind: 'official', anonymous: false, reliability: 'B', credibility: '2', grade: 'B2' },
      { name: ANONYMOUS_DESCRIPTOR, kind: 'official', anonymous: true, reliability: 'C', credibility: '3', grade: 'C3' },
    ]);
    expect(report!.external_references).toEqual(
      expect.arrayContaining([
        { source_name: 'The Example Post', description: 'Head of ISIS in Iraq and Syria killed in targeted operation', url: 'https://news.example.org/2025/03/15/head-of-isis-killed' },
        expect.objectContaining({ source_name: ANONYMOUS_DESCRIPTOR, description: expect.stringContaining('graded C3') }),
      ]),
    );
  });

  it('marks every object with the briefing marking and ships the TLP 2.0 marking definitions', () => {
    const amber = toStixBundle(seedBriefing({ marking: 'amber' }), partner);
    // The extension, its author and the newsroom are the same for every briefing and say nothing restricted.
    const sharedIds = new Set([SECURITY_BRIEFING_STIX_EXTENSION_ID, named('Security briefings').id, named('The Example Desk').id]);
    // OASIS's own TLP 2.0 extension and its author, CISA, come as published: unmarked.
    const oasisIds = new Set([TLP_STIX_EXTENSION_ID, named('Cybersecurity and Infrastructure Security Agency').id]);
    for (const o of amber.objects!) {
      if (o.type === 'marking-definition' || oasisIds.has(o.id)) continue;
      const marking = sharedIds.has(o.id) ? 'clear' : 'amber';
      expect({ id: o.id, refs: o.object_marking_refs }).toEqual({ id: o.id, refs: [TLP_STIX_MARKING_IDS[marking]] });
    }
    const markings = amber.objects!.filter((o) => o.type === 'marking-definition');
    expect(markings.map((m) => m.id).sort()).toEqual([TLP_STIX_MARKING_IDS.amber, TLP_STIX_MARKING_IDS.clear].sort());
    expect(markings.find((m) => m.id === TLP_STIX_MARKING_IDS.amber)).toEqual({
      type: 'marking-definition',
      spec_version: '2.1',
      id: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
      created: '2022-10-01T00:00:00.000Z',
      name: 'TLP:AMBER',
      extensions: { [TLP_STIX_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: 'amber' } },
    });
    expect(stixProblems(amber as never)).toEqual([]);
  });

  it('gives the same ids and bytes on every export, and other ids to another briefing', () => {
    const again = toStixBundle(seedBriefing(), partner);
    expect(JSON.stringify(again)).toBe(JSON.stringify(bundle));
    const other = toStixBundle(seedBriefing({ documentId: 'anotherbriefing000000001' }), partner);
    const ids = new Set(objects.map((o) => o.id));
    const shared = other.objects!.filter((o) => ids.has(o.id)).map((o) => o.type);
    expect(new Set(shared)).toEqual(new Set(['marking-definition', 'identity', 'extension-definition']));
    expect(other.objects!.filter((o) => ids.has(o.id) && o.type === 'identity').map((o) => o.name).sort()).toEqual([
      'Cybersecurity and Infrastructure Security Agency',
      'Security briefings',
      'The Example Desk',
    ]);
  });

  it('validates for a bare briefing with no incident, actors or sources', () => {
    const bare = toStixBundle(
      seedBriefing({ incident: null, actorRoles: [], places: [], quotes: [], sources: [], assessment: null, sourceArticle: null, summary: null, body: null }),
    );
    expect(stixProblems(bare as never)).toEqual([]);
  });
});
