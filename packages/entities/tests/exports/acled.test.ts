import { parse } from 'csv-parse/sync';
import {
  ACLED_COLUMNS,
  ACLED_INTER_OF_ACTOR_KIND,
  ACTOR_KINDS,
  COUNTRY_CODES,
  UNDISCLOSED_SOURCE,
  acledRegionOf,
  isoNumericOf,
  toAcledCsv,
  toAcledRows,
} from '../../src';
import { ANONYMOUS_DESCRIPTOR, seedBriefing } from './fixture';

describe('toAcledRows', () => {
  const [row] = toAcledRows(seedBriefing());

  it('codes the incident the way ACLED does', () => {
    expect(row).toEqual({
      event_date: '2025-03-13',
      year: 2025,
      time_precision: 1,
      disorder_type: 'Political violence',
      event_type: 'Explosions/Remote violence',
      sub_event_type: 'Air/drone strike',
      actor1: 'Iraqi National Intelligence Service',
      assoc_actor_1: 'US-led coalition',
      inter1: 1,
      // ACLED records groups: al-Rifai stands for the Islamic State, named once.
      actor2: 'Islamic State',
      assoc_actor_2: '',
      inter2: 2,
      interaction: '12',
      civilian_targeting: '',
      iso: 368,
      region: 'Middle East',
      country: 'Iraq',
      admin1: 'Anbar',
      admin2: '',
      admin3: '',
      location: 'Anbar',
      latitude: 33,
      longitude: 42.5,
      geo_precision: 3,
      source: `Prime Minister Mohammed Shia al-Sudani, statement on X; ${UNDISCLOSED_SOURCE}`,
      source_scale: '',
      notes: seedBriefing().summary,
      fatalities: 1,
      tags: '',
      timestamp: Math.floor(Date.parse('2025-03-15T09:30:12.345Z') / 1000),
    });
  });

  it('writes no row for a briefing without an incident', () => {
    expect(toAcledRows(seedBriefing({ incident: null }))).toEqual([]);
  });

  it('codes civilian targeting and the lone-actor interaction', () => {
    const briefing = seedBriefing();
    briefing.actorRoles = [
      { role: 'perpetrator', actor: { documentId: 'g', name: 'Unidentified armed group', kind: 'armed-group' } },
      { role: 'victim', actor: { documentId: 'j', name: 'A journalist', kind: 'person' } },
    ];
    expect(toAcledRows(briefing)[0]).toMatchObject({ actor2: 'Civilians (Iraq)', inter2: 7, interaction: '27', civilian_targeting: 'Civilian targeting' });
    briefing.actorRoles = [{ role: 'perpetrator', actor: { documentId: 'g', name: 'Unidentified armed group', kind: 'armed-group' } }];
    expect(toAcledRows(briefing)[0]).toMatchObject({ actor2: '', inter2: '', interaction: '20' });
  });

  it('codes protesters and week precision', () => {
    const briefing = seedBriefing();
    briefing.incident = { ...briefing.incident!, eventType: 'protests', subEventType: 'peaceful-protest', datePrecision: 'week' };
    briefing.actorRoles = [{ role: 'perpetrator', actor: { documentId: 'p', name: 'Protesters (Iraq)', kind: 'other-organization' } }];
    expect(toAcledRows(briefing)[0]).toMatchObject({ inter1: 6, interaction: '60', time_precision: 2, disorder_type: 'Demonstrations' });
  });

  it('has an ACLED code for every kind of actor and a region for every country', () => {
    for (const kind of ACTOR_KINDS.values) expect(ACLED_INTER_OF_ACTOR_KIND[kind]).toBeGreaterThanOrEqual(1);
    expect(COUNTRY_CODES.filter((code) => !acledRegionOf(code))).toEqual([]);
    expect([isoNumericOf('IQ'), isoNumericOf('SY'), isoNumericOf('MX'), isoNumericOf('XX')]).toEqual([368, 760, 484, undefined]);
  });
});

describe('toAcledCsv', () => {
  it('has exactly ACLED’s columns, in order', () => {
    const [header] = toAcledCsv(seedBriefing()).split('\n');
    expect(header).toBe(
      'event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp',
    );
    expect(header!.split(',')).toEqual([...ACLED_COLUMNS]);
  });

  it('survives a round trip through csv-parse, quotes, commas and new lines included', () => {
    const awkward = seedBriefing({ summary: 'He said "enough", then left;\nnew line, and a comma' });
    const csv = toAcledCsv([seedBriefing(), awkward]);
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      event_date: '2025-03-13',
      event_type: 'Explosions/Remote violence',
      actor1: 'Iraqi National Intelligence Service',
      iso: '368',
      latitude: '33',
      longitude: '42.5',
      source: 'Prime Minister Mohammed Shia al-Sudani, statement on X; Undisclosed Source',
      fatalities: '1',
    });
    expect(records[1]!.notes).toBe('He said "enough", then left;\nnew line, and a comma');
  });

  it('never names an anonymous source nor grades one, even for partners', () => {
    for (const audience of ['public', 'partner'] as const) {
      const csv = toAcledCsv(seedBriefing(), { audience });
      expect(csv).not.toContain(ANONYMOUS_DESCRIPTOR);
      expect(csv).not.toMatch(/\bB2\b|\bC3\b/);
    }
  });
});

describe('ACLED CSV and spreadsheets', () => {
  it.each(['=HYPERLINK("http://x.example","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1'])('never starts a cell with a formula: %s', (summary) => {
    const csv = toAcledCsv(seedBriefing({ summary }));
    const [row] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(row!.notes).toBe(`'${summary}`);
  });

  it('leaves numbers, negative ones included, as numbers', () => {
    const briefing = seedBriefing();
    briefing.incident!.place = { ...briefing.incident!.place!, latitude: -12.5, longitude: -70.25 };
    const [row] = parse(toAcledCsv(briefing), { columns: true }) as Record<string, string>[];
    expect([row!.latitude, row!.longitude]).toEqual(['-12.5', '-70.25']);
  });
});

