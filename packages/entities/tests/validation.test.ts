import { z } from 'zod';
import { dateMatchesPrecision, lastDayOf, problemsOf, toCalendarDate, toPublicRecord, validateActor, validateBriefing, validatePlace } from '../src';

const fields = (problems: { field: string }[]) => problems.map((p) => p.field).sort();

describe('validateBriefing', () => {
  const valid = {
    title: 'Air strike in Anbar',
    marking: 'clear',
    incident: { eventType: 'explosions-remote-violence', subEventType: 'air-drone-strike', date: '2025-03-13', datePrecision: 'day', fatalitiesMin: 1, fatalitiesMax: 1, geoPrecision: 3 },
    actorRoles: [{ actor: 'doc-1', role: 'perpetrator', certainty: 'confirmed' }],
    quotes: [{ text: 'We will continue.', speaker: 'doc-2' }],
    sources: [{ kind: 'official', anonymous: true, descriptor: 'security officials', reliability: 'C', credibility: 3 }],
  };

  it('accepts a complete briefing', () => {
    expect(validateBriefing(valid)).toMatchObject({ ok: true, problems: [] });
  });

  it('returns every problem with its field path and a sentence an editor understands', () => {
    const result = validateBriefing({
      ...valid,
      marking: 'blue',
      incident: { eventType: 'battles', subEventType: 'air-drone-strike', date: '2025-03', datePrecision: 'day', fatalitiesMin: 9, fatalitiesMax: 3 },
      sources: [{ kind: 'official', anonymous: true }],
      headline: 'not a field',
    });
    expect(result.ok).toBe(false);
    expect(fields(result.problems)).toEqual(['headline', 'incident.date', 'incident.fatalitiesMax', 'incident.subEventType', 'marking', 'sources.0.descriptor']);
    const message = (field: string) => result.problems.find((p) => p.field === field)!.message;
    expect(message('incident.subEventType')).toBe('“Air/drone strike” is not a kind of “Battles”; it belongs to “Explosions/Remote violence”.');
    expect(message('incident.date')).toMatch(/precision is “day” but the date has no day/);
    expect(message('incident.fatalitiesMax')).toBe('The highest death toll (3) is below the lowest (9).');
    expect(message('sources.0.descriptor')).toMatch(/Describe the anonymous source/);
    expect(message('marking')).toMatch(/not a TLP 2.0 marking/);
  });

  it('requires the title on create but not on a partial update', () => {
    expect(fields(validateBriefing({}).problems)).toEqual(['title']);
    expect(validateBriefing({ summary: 'Updated.' }, { partial: true }).ok).toBe(true);
  });

  it('rejects impossible dates and scales out of range', () => {
    const result = validateBriefing({ title: 't', incident: { date: '2025-02-30', datePrecision: 'day', geoPrecision: 4 }, sources: [{ kind: 'media', name: 'AFP', credibility: 7 }] });
    expect(fields(result.problems)).toEqual(['incident.date', 'incident.geoPrecision', 'sources.0.credibility']);
  });

  it('needs a source to be named unless it is anonymous', () => {
    expect(fields(validateBriefing({ title: 't', sources: [{ kind: 'media' }] }).problems)).toEqual(['sources.0.name']);
  });
});

describe('validatePlace and validateActor', () => {
  it('rejects a latitude out of range and a code that is not ISO 3166-1 alpha-2', () => {
    const result = validatePlace({ name: 'Nowhere', kind: 'city', latitude: 91, longitude: -181, countryCode: 'XX' });
    expect(fields(result.problems)).toEqual(['countryCode', 'latitude', 'longitude']);
    expect(validatePlace({ name: 'Anbar', kind: 'admin1', countryCode: 'IQ', latitude: 33, longitude: 42.5 }).ok).toBe(true);
  });

  it('checks actor kinds, alias kinds and Wikidata ids', () => {
    const result = validateActor({ name: 'X', kind: 'militia', aliases: [{ value: 'Y', kind: 'nickname' }], wikidataId: '12' });
    expect(fields(result.problems)).toEqual(['aliases.0.kind', 'kind', 'wikidataId']);
  });
});

describe('dates as precise as they are known', () => {
  it('stores the first day of the period and checks the precision', () => {
    expect(toCalendarDate('2024-12')).toBe('2024-12-01');
    expect(toCalendarDate('2024')).toBe('2024-01-01');
    expect(dateMatchesPrecision('2024-12', 'month')).toBe(true);
    expect(dateMatchesPrecision('2024-12', 'day')).toBe(false);
    expect(dateMatchesPrecision('2024', 'month')).toBe(false);
  });

  it('ends a range on the last day of the known period', () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2025')).toBe('2025-12-31');
    expect(lastDayOf('2025-03-13')).toBe('2025-03-13');
    expect(lastDayOf('March')).toBeUndefined();
  });
});

describe('problemsOf', () => {
  const body = z.union([z.strictObject({ text: z.string().min(1, 'Paste the text.') }), z.strictObject({ articleId: z.string() })]);
  const problems = (input: unknown) => problemsOf(body.safeParse(input).error!).map((p) => `${p.field}: ${p.message}`);

  it('reports the union branch the sender meant', () => {
    expect(problems({ text: '' })).toEqual(['text: Paste the text.']);
    expect(problems({ articleId: 'a1', replace: true })).toEqual(['replace: “replace” is not a field here; remove it or check its spelling.']);
  });
});

describe('the public view of a briefing', () => {
  const briefing = {
    documentId: 'b1',
    title: 'Strike',
    marking: 'clear' as const,
    publishedAt: '2025-03-15T10:00:00Z',
    sources: [
      { kind: 'official' as const, name: 'Ministry', reliability: 'B' as const, credibility: 2 },
      { kind: 'official' as const, anonymous: true, descriptor: 'security officials', reliability: 'C' as const, credibility: 3 },
    ],
  };

  it('drops anonymous descriptors and grades', () => {
    expect(toPublicRecord(briefing).sources).toEqual([{ kind: 'official', name: 'Ministry' }, { kind: 'official', anonymous: true }]);
  });

  it('refuses a briefing that is not public', () => {
    expect(() => toPublicRecord({ ...briefing, marking: 'amber' })).toThrow(/not public/);
    expect(() => toPublicRecord({ ...briefing, publishedAt: null })).toThrow(/not public/);
  });
});
