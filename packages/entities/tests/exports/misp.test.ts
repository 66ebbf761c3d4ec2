import { createHash } from 'node:crypto';
import { ExportRefusedError, mispEventUuid, mispHashes, mispManifestEntry, mispManifestEntryOf, toMispEvent, type BriefingRecord, type MispAttribute, type MispEvent } from '../../src';
import { ANONYMOUS_DESCRIPTOR, seedBriefing } from './fixture';

const PARTNER = { audience: 'partner' as const, publisher: 'The Example Post', briefingsUrl: 'https://news.example/briefings' };
const PUBLIC = { ...PARTNER, audience: 'public' as const };

const tagNames = (event: MispEvent) => event.Event.Tag.map((t) => t.name);
const attribute = (event: MispEvent, value: string): MispAttribute | undefined => event.Event.Attribute.find((a) => a.value === value);
const md5 = (value: string) => createHash('md5').update(value, 'utf8').digest('hex');

describe('toMispEvent on the seed briefing', () => {
  const event = toMispEvent(seedBriefing(), PARTNER);
  const body = event.Event;

  it('is one MISP event named by the headline, with a uuid from the documentId', () => {
    expect(Object.keys(event)).toEqual(['Event']);
    expect(body.uuid).toBe(mispEventUuid('seedbriefingabukhadija01'));
    expect(body.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(body.info).toBe("Islamic State's deputy caliph killed in air strike in Anbar");
  });

  it('dates the event on the incident and stamps it with the last change and the publication, in seconds', () => {
    expect(body.date).toBe('2025-03-13');
    expect(body.timestamp).toBe(String(Date.parse('2025-03-15T09:30:12.345Z') / 1000 | 0));
    expect(body.publish_timestamp).toBe(String(Date.parse('2025-03-15T09:45:00.000Z') / 1000));
    expect(body.published).toBe(true);
    expect(body.analysis).toBe('2');
  });

  it('maps the threat level, the TLP marking (TLP 2.0 and 1.0 names) and the publisher', () => {
    expect(body.threat_level_id).toBe('2'); // substantial -> medium
    expect(body.distribution).toBe('3');
    expect(tagNames(event)).toEqual(expect.arrayContaining(['tlp:clear', 'tlp:white']));
    expect(body.Tag.find((t) => t.name === 'tlp:clear')).toEqual({ name: 'tlp:clear', colour: '#ffffff', local: '0', relationship_type: '' });
    expect(body.Orgc).toEqual({ name: 'The Example Post', uuid: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('tags the ACLED event type and the assessment in MISP machine-tag form', () => {
    expect(tagNames(event)).toEqual(
      expect.arrayContaining([
        'acled:disorder-type="Political violence"',
        'acled:event-type="Explosions/Remote violence"',
        'acled:sub-event-type="Air/drone strike"',
        'estimative-language:likelihood-probability="likely"',
        'estimative-language:confidence-in-analytic-judgment="moderate"',
      ]),
    );
  });

  it('holds the incident place as a geolocation object with coordinates and country, the incident first', () => {
    const [incident, other] = body.Object;
    expect(incident).toMatchObject({ name: 'geolocation', template_uuid: 'cd6f2238-ba55-4888-82c4-104e6e1acf21', comment: expect.stringContaining('Where the incident happened') });
    const fields = Object.fromEntries(incident!.Attribute.map((a) => [a.object_relation, a.value]));
    expect(fields).toEqual({ text: 'Anbar', region: 'Anbar', country: 'Iraq', countrycode: 'IQ', latitude: '33', longitude: '42.5' });
    expect(incident!.Attribute.find((a) => a.object_relation === 'latitude')!.type).toBe('float');
    expect(other!.comment).toBe('A place the briefing names.');
    expect(body.Object).toHaveLength(2);
  });

  it('holds the actors with their roles in the comment: who acted as threat actors', () => {
    expect(attribute(event, 'Iraqi National Intelligence Service')).toMatchObject({ type: 'threat-actor', category: 'Attribution', comment: expect.stringContaining('Perpetrator (confirmed)') });
    expect(attribute(event, 'Islamic State')).toMatchObject({ type: 'threat-actor', comment: expect.stringContaining('Target (confirmed)') });
    const rifai = attribute(event, 'Abdallah Maki Mosleh al-Rifai')!;
    expect(rifai).toMatchObject({ type: 'text', category: 'Person' });
    expect(rifai.comment).toContain('Target (confirmed); Victim (confirmed)');
    expect(rifai.comment).toContain('Also known as Abu Khadija');
    expect(body.Attribute.filter((a) => a.value === 'Abdallah Maki Mosleh al-Rifai')).toHaveLength(1);
  });

  it('holds links, quotes, sources with their grades for partners, the death toll and the assessment', () => {
    expect(attribute(event, 'https://news.example/briefings/islamic-state-deputy-caliph-killed-in-anbar')).toMatchObject({ type: 'link', category: 'External analysis' });
    expect(attribute(event, 'https://news.example.org/2025/03/15/head-of-isis-killed')!.comment).toContain('The article the briefing was drafted from');
    expect(attribute(event, 'The Iraqis continue their impressive victories over the forces of darkness and terrorism,')).toMatchObject({
      type: 'text',
      disable_correlation: true,
      comment: expect.stringContaining('said by Mohammed Shia al-Sudani'),
    });
    const anonymous = attribute(event, ANONYMOUS_DESCRIPTOR)!;
    expect(anonymous.comment).toContain('anonymous');
    expect(anonymous.comment).toContain('graded C3');
    expect(anonymous.Tag!.map((t) => t.name)).toEqual(['admiralty-scale:source-reliability="c"', 'admiralty-scale:information-credibility="3"']);
    expect(body.Attribute.find((a) => a.type === 'counter')).toMatchObject({ value: '1', comment: expect.stringContaining('Deaths reported') });
    expect(body.Attribute.find((a) => a.comment.startsWith("The newsroom's assessment"))!.value).toContain('retaliatory attack');
  });

  it('gives every attribute and object its own stable uuid, nothing to detect and inherited distribution', () => {
    const all = [...body.Attribute, ...body.Object.flatMap((o) => o.Attribute)];
    const uuids = [...all.map((a) => a.uuid), ...body.Object.map((o) => o.uuid), body.uuid];
    expect(new Set(uuids).size).toBe(uuids.length);
    for (const a of all) expect(a).toMatchObject({ to_ids: false, distribution: '5', deleted: false, timestamp: body.timestamp });
  });

  it('is byte-identical when made twice, and the same event under every change but the documentId', () => {
    expect(JSON.stringify(toMispEvent(seedBriefing(), PARTNER))).toBe(JSON.stringify(event));
    expect(toMispEvent(seedBriefing({ title: 'Retitled' }), PARTNER).Event.uuid).toBe(body.uuid);
    expect(toMispEvent(seedBriefing({ documentId: 'another' }), PARTNER).Event.uuid).not.toBe(body.uuid);
  });
});

describe('toMispEvent for the public', () => {
  it('never carries an anonymous source’s descriptor nor any grade', () => {
    const event = toMispEvent(seedBriefing(), PUBLIC);
    const text = JSON.stringify(event);
    expect(text).not.toContain(ANONYMOUS_DESCRIPTOR);
    expect(text).not.toContain('admiralty-scale');
    expect(text).not.toContain('graded');
    expect(attribute(event, 'Undisclosed Source')).toMatchObject({ type: 'text', comment: expect.stringContaining('anonymous') });
  });

  it('keeps the anonymous source’s uuid whatever its descriptor says (a uuid must not give the descriptor away)', () => {
    const uuidOf = (descriptor: string) => {
      const record = seedBriefing();
      record.sources = record.sources!.map((s) => (s.anonymous ? { ...s, descriptor } : s));
      return attribute(toMispEvent(record, PARTNER), descriptor)!.uuid;
    };
    expect(uuidOf('a police officer')).toBe(uuidOf('a soldier at the checkpoint'));
    expect(attribute(toMispEvent(seedBriefing(), PUBLIC), 'Undisclosed Source')!.uuid).toBe(uuidOf('anyone'));
  });

  it('refuses partner-only and unpublished briefings', () => {
    expect(() => toMispEvent(seedBriefing({ marking: 'green' }), PUBLIC)).toThrow(ExportRefusedError);
    expect(() => toMispEvent(seedBriefing({ publishedAt: null }), PUBLIC)).toThrow(ExportRefusedError);
  });
});

describe('toMispEvent on varied briefings', () => {
  it('tags each partner marking by MISP’s tlp taxonomy and narrows the distribution with it', () => {
    const green = toMispEvent(seedBriefing({ marking: 'green' }), PARTNER);
    const amber = toMispEvent(seedBriefing({ marking: 'amber' }), PARTNER);
    expect(tagNames(green).filter((t) => t.startsWith('tlp:'))).toEqual(['tlp:green']);
    expect(tagNames(amber).filter((t) => t.startsWith('tlp:'))).toEqual(['tlp:amber']);
    expect([green.Event.distribution, amber.Event.distribution]).toEqual(['1', '0']);
  });

  it('makes a bare briefing a valid event: publication day, undefined threat level, no objects, a default organisation', () => {
    const bare: BriefingRecord = {
      documentId: 'barebriefing',
      title: 'Clashes reported',
      marking: 'clear',
      updatedAt: '2025-06-01T10:00:00.000Z',
      publishedAt: '2025-06-02T23:30:00.000Z',
    };
    const { Event } = toMispEvent(bare, { audience: 'public' });
    expect(Event).toMatchObject({ date: '2025-06-02', threat_level_id: '4', Attribute: [], Object: [], Orgc: { name: 'Security briefings' } });
    expect(Event.Tag.map((t) => t.name)).toEqual(['tlp:clear', 'tlp:white']);
  });

  it('dates a month-precise incident on the first of the month and says a range of deaths is the lowest count', () => {
    const record = seedBriefing();
    record.incident = { ...record.incident!, date: '2025-03', datePrecision: 'month', fatalitiesMin: 3, fatalitiesMax: 5, injured: 7 };
    const event = toMispEvent(record, PARTNER);
    expect(event.Event.date).toBe('2025-03-01');
    const counters = event.Event.Attribute.filter((a) => a.type === 'counter');
    expect(counters.map((a) => a.value)).toEqual(['3', '7']);
    expect(counters[0]!.comment).toContain('between 3 and 5');
  });

  it('leaves out coordinates a place does not have, and names a city as one', () => {
    const record = seedBriefing();
    record.incident = { ...record.incident!, place: { documentId: 'placeramadi', name: 'Ramadi', kind: 'city', countryCode: 'IQ' } };
    const fields = Object.fromEntries(toMispEvent(record, PARTNER).Event.Object[0]!.Attribute.map((a) => [a.object_relation, a.value]));
    expect(fields).toEqual({ text: 'Ramadi', city: 'Ramadi', country: 'Iraq', countrycode: 'IQ' });
  });

  it('keeps each value once (MISP refuses a second equal attribute) and joins their comments', () => {
    const record = seedBriefing({
      sources: [
        { kind: 'media', name: 'Reuters', url: 'https://news.example.org/2025/03/15/head-of-isis-killed' },
        { kind: 'media', name: 'Reuters', url: 'https://reuters.example/a' },
      ],
    });
    const event = toMispEvent(record, PARTNER);
    const article = event.Event.Attribute.filter((a) => a.value === 'https://news.example.org/2025/03/15/head-of-isis-killed');
    expect(article).toHaveLength(1);
    expect(article[0]!.comment).toContain('The article the briefing was drafted from');
    expect(article[0]!.comment).toContain('Source: Reuters (news media)');
  });

  it('names actors who were only targeted organisations as targets, and no actor as none', () => {
    const record = seedBriefing();
    record.actorRoles = [{ role: 'target', actor: { documentId: 'actorministry', name: 'Ministry of Oil', kind: 'government' } }];
    expect(attribute(toMispEvent(record, PARTNER), 'Ministry of Oil')).toMatchObject({ type: 'target-org', category: 'Targeting data' });
    const none = toMispEvent(seedBriefing({ actorRoles: [] }), PARTNER);
    expect(none.Event.Attribute.some((a) => ['threat-actor', 'target-org'].includes(a.type))).toBe(false);
  });
});

describe('the feed files', () => {
  const event = toMispEvent(seedBriefing(), PARTNER);

  it('summarises the event in manifest.json as MISP compares it', () => {
    const [uuid, summary] = mispManifestEntry(event);
    expect(uuid).toBe(event.Event.uuid);
    expect(summary).toEqual({
      Orgc: event.Event.Orgc,
      Tag: event.Event.Tag,
      info: event.Event.info,
      date: '2025-03-13',
      analysis: '2',
      threat_level_id: '2',
      timestamp: event.Event.timestamp,
    });
  });

  it('lists in hashes.csv the md5 of each value MISP correlates, with the event uuid', () => {
    const lines = mispHashes(event);
    for (const line of lines) expect(line).toMatch(new RegExp(`^[0-9a-f]{32},${event.Event.uuid}$`));
    expect(lines).toContain(`${md5('Islamic State')},${event.Event.uuid}`);
    expect(lines).toContain(`${md5('Anbar')},${event.Event.uuid}`);
    // Counters and coordinates are not correlated by MISP, so they have no hash.
    expect(lines).not.toContain(`${md5('1')},${event.Event.uuid}`);
    expect(lines).not.toContain(`${md5('42.5')},${event.Event.uuid}`);
    const correlating = [...event.Event.Attribute, ...event.Event.Object.flatMap((o) => o.Attribute)].filter((a) => !['counter', 'float'].includes(a.type));
    expect(lines).toHaveLength(correlating.length);
    expect(mispHashes(toMispEvent(seedBriefing(), PARTNER))).toEqual(lines);
  });
});

describe('comments in the newsroom’s words', () => {
  it('end each sentence with one full stop, whatever the editor wrote', () => {
    const record = seedBriefing();
    record.actorRoles = [{ role: 'associated', certainty: 'claimed', note: 'Worked "in coordination with" the coalition.', actor: { documentId: 'actorcoalition', name: 'Coalition', kind: 'intergovernmental' } }];
    expect(attribute(toMispEvent(record, PARTNER), 'Coalition')!.comment).toBe('Associated (claimed): Worked "in coordination with" the coalition. Intergovernmental organisation.');
  });
});

describe('mispManifestEntryOf', () => {
  it('gives the same manifest line as the whole event, for every audience and kind of briefing', () => {
    const records = [
      seedBriefing(),
      seedBriefing({ marking: 'amber', assessment: null, incident: null }),
      { documentId: 'bare', title: 'Bare', marking: 'clear' as const, publishedAt: '2025-01-02T03:04:05Z' },
    ];
    for (const record of records) {
      expect(mispManifestEntryOf(record, PARTNER)).toEqual(mispManifestEntry(toMispEvent(record, PARTNER)));
      if (record.marking === 'clear') expect(mispManifestEntryOf(record, PUBLIC)).toEqual(mispManifestEntry(toMispEvent(record, PUBLIC)));
    }
    expect(() => mispManifestEntryOf(seedBriefing({ marking: 'green' }), PUBLIC)).toThrow(ExportRefusedError);
  });
});
