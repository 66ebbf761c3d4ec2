import { z } from 'zod';
import { dateMatchesPrecision, lastDayOf, NotPublicError, problemsOf, toCalendarDate, toPublicRecord, validateActor, validateBriefing, validatePlace, type Validation } from '../src';

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

/**
 * One rule broken at a time: the document is refused, the problem sits at that field alone (path
 * and dotted field agree), and its message is a sentence for an editor, not zod's wording.
 */
function refusedAt(result: Validation<unknown>, field: string): string[] {
  expect(result.ok).toBe(false);
  expect([...new Set(fields(result.problems))]).toEqual([field]);
  for (const problem of result.problems) {
    expect(problem.path).toEqual(field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)));
    expect(problem.message).toMatch(/^[A-Z“].*\.$/);
    expect(problem.message).not.toMatch(/invalid input|expected|received|undefined|null|NaN|too (big|small)/i);
  }
  return result.problems.map((p) => p.message);
}

describe('each rule refuses what breaks it', () => {
  const briefing = (extra: Record<string, unknown>) => validateBriefing({ title: 'Air strike in Anbar', ...extra });
  const incident = (fields: Record<string, unknown>) => briefing({ incident: fields });
  const source = (fields: Record<string, unknown>) => briefing({ sources: [{ kind: 'media', name: 'AFP', ...fields }] });
  const actorRole = (fields: Record<string, unknown>) => briefing({ actorRoles: [fields] });

  describe('event types', () => {
    it('refuses a sub-event type without its event type, and names the event type', () => {
      expect(refusedAt(incident({ subEventType: 'armed-clash' }), 'incident.eventType')).toEqual([
        'Choose the event type for the sub-event type “Armed clash”.',
      ]);
      expect(incident({ eventType: 'battles', subEventType: 'armed-clash' }).ok).toBe(true);
    });

    it('refuses event and sub-event types outside ACLED’s lists', () => {
      expect(refusedAt(incident({ eventType: 'earthquake' }), 'incident.eventType')[0]).toMatch(/^“earthquake” is not a ACLED event type\. Choose one of: battles,/);
      expect(refusedAt(incident({ eventType: 'battles', subEventType: 'skirmish' }), 'incident.subEventType')[0]).toMatch(/^“skirmish” is not a ACLED sub-event type\./);
    });
  });

  describe('dates', () => {
    it('refuses a date without a precision', () => {
      expect(refusedAt(incident({ date: '2025-03-13' }), 'incident.datePrecision')).toEqual(['Say how precise the date is (day, week, month or year).']);
      expect(refusedAt(incident({ date: '2025-03-13', datePrecision: null }), 'incident.datePrecision')).toHaveLength(1);
    });

    it('accepts a precision without a date: the content model defaults the precision to “day”, so it is no rule', () => {
      expect(incident({ datePrecision: 'day' }).ok).toBe(true);
    });

    it('refuses a date less precise than its precision', () => {
      expect(refusedAt(incident({ date: '2025', datePrecision: 'month' }), 'incident.date')).toEqual(['The date precision is “month” but the date has no month: write YYYY-MM.']);
      expect(refusedAt(incident({ date: '2025-03', datePrecision: 'week' }), 'incident.date')[0]).toMatch(/precision is “week” but the date has no day/);
      expect(refusedAt(incident({ date: '2025-03-13', datePrecision: 'fortnight' }), 'incident.datePrecision')[0]).toMatch(/^“fortnight” is not a date precision\./);
    });

    const badDates = ['2025-02-30', '2025-13-01', '2025-00-10', '2025-04-31', 'last Tuesday', '13/03/2025', '2025-3-13', ''];

    it.each(badDates)('refuses the incident date %p', (date) => {
      expect(refusedAt(incident({ date, datePrecision: 'day' }), 'incident.date')).toEqual(['Write the date as YYYY-MM-DD, YYYY-MM or YYYY, and make it a real date.']);
    });

    it.each(badDates)('refuses the quote date %p', (saidAt) => {
      refusedAt(briefing({ quotes: [{ text: 'We will continue.', saidAt }] }), 'quotes.0.saidAt');
    });

    it.each(badDates)('refuses the correction time %p', (correctedAt) => {
      expect(refusedAt(briefing({ corrections: [{ correctedAt, text: 'The toll was 3, not 4.' }] }), 'corrections.0.correctedAt')).toEqual([
        'Give the time of the correction as an ISO date and time.',
      ]);
    });

    it('accepts a leap day, and a correction time as a date or with an offset', () => {
      expect(incident({ date: '2024-02-29', datePrecision: 'day' }).ok).toBe(true);
      expect(briefing({ corrections: [{ correctedAt: '2025-03-14', text: 'x' }, { correctedAt: '2025-03-14T09:30:00+03:00', text: 'y' }] }).ok).toBe(true);
    });

    it('refuses a date that is not text', () => {
      refusedAt(incident({ date: 20250313, datePrecision: 'day' }), 'incident.date');
    });
  });

  describe('web addresses (a source’s url is the only one)', () => {
    it.each([
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      'java\tscript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://example.org/report.pdf',
      'mailto:desk@example.org',
      'example.org/report',
      '//example.org/report',
      'https://',
    ])('refuses %p', (url) => {
      expect(refusedAt(source({ url }), 'sources.0.url')).toEqual(['Give a full web address starting with http:// or https://.']);
    });

    it('accepts http and https addresses', () => {
      expect(source({ url: 'https://www.example.org/news/2025/03/anbar' }).ok).toBe(true);
      expect(source({ url: 'http://example.org' }).ok).toBe(true);
    });
  });

  describe('tolls', () => {
    describe.each([
      ['fatalitiesMin', 'deaths'],
      ['fatalitiesMax', 'deaths'],
      ['injured', 'injured'],
    ])('%s', (field, what) => {
      it('refuses a negative number', () => {
        expect(refusedAt(incident({ [field]: -1 }), `incident.${field}`)).toEqual([`The number of ${what} cannot be negative.`]);
      });
      it('refuses a fraction, and a number written as text', () => {
        expect(refusedAt(incident({ [field]: 2.5 }), `incident.${field}`)).toEqual([`Give the number of ${what} as a whole number.`]);
        expect(refusedAt(incident({ [field]: '3' }), `incident.${field}`)).toEqual([`Give the number of ${what} as a whole number.`]);
      });
      it('accepts zero', () => {
        expect(incident({ [field]: 0 }).ok).toBe(true);
      });
    });

    it('refuses a geo precision that is not 1, 2 or 3', () => {
      expect(refusedAt(incident({ geoPrecision: 0 }), 'incident.geoPrecision')).toEqual(['Give the geo precision as a number from 1 to 3.']);
      refusedAt(incident({ geoPrecision: 2.5 }), 'incident.geoPrecision');
      refusedAt(incident({ geoPrecision: '2' }), 'incident.geoPrecision');
    });
  });

  describe('actor roles', () => {
    it('refuses a role without its actor', () => {
      expect(refusedAt(actorRole({ role: 'perpetrator' }), 'actorRoles.0.actor')).toEqual(['Choose the actor.']);
      expect(refusedAt(actorRole({ actor: null, role: 'perpetrator' }), 'actorRoles.0.actor')).toEqual(['Choose the actor.']);
    });

    it('refuses a missing or unknown role', () => {
      expect(refusedAt(actorRole({ actor: 'doc-1' }), 'actorRoles.0.role')).toEqual(['Choose the role.']);
      expect(refusedAt(actorRole({ actor: 'doc-1', role: 'bystander' }), 'actorRoles.0.role')[0]).toMatch(/^“bystander” is not a role\. Choose one of: /);
    });

    it('refuses an unknown certainty', () => {
      expect(refusedAt(actorRole({ actor: 'doc-1', role: 'perpetrator', certainty: 'sure' }), 'actorRoles.0.certainty')[0]).toMatch(
        /^“sure” is not a certainty\. Choose one of: /,
      );
    });
  });

  describe('quotes', () => {
    it.each(['', ' ', '\n\t  '])('refuses the quote %p: empty once trimmed', (text) => {
      expect(refusedAt(briefing({ quotes: [{ text, speaker: 'doc-2' }] }), 'quotes.0.text')).toEqual(['Give the exact words of the quote.']);
    });

    it('refuses a quote with no text at all', () => {
      expect(refusedAt(briefing({ quotes: [{ speaker: 'doc-2' }] }), 'quotes.0.text')).toEqual(['This field is required.']);
    });
  });

  describe('other choices and formats', () => {
    it('refuses a missing kind with a question, not “undefined”', () => {
      expect(refusedAt(source({ kind: undefined }), 'sources.0.kind')).toEqual(['Choose the kind of source.']);
      expect(refusedAt(validateActor({ name: 'Abu Khadija' }), 'kind')).toEqual(['Choose the kind of actor.']);
      expect(refusedAt(validatePlace({ name: 'Anbar', kind: null }), 'kind')).toEqual(['Choose the kind of place.']);
    });

    it.each([
      ['reviewStage', 'published-ish'],
      ['slug', 'Air Strike'],
      ['slug', 'air--strike'],
    ])('refuses %s %p', (field, value) => {
      refusedAt(briefing({ [field]: value }), field);
    });

    it.each(['threatLevel', 'trend', 'likelihood', 'confidence'])('refuses an unknown assessment %s', (field) => {
      expect(refusedAt(briefing({ assessment: { [field]: 'extreme' } }), `assessment.${field}`)[0]).toMatch(/^“extreme” is not a /);
    });

    it('refuses a correction without its text, an empty title and a title that is not text', () => {
      expect(refusedAt(briefing({ corrections: [{ correctedAt: '2025-03-14', text: '  ' }] }), 'corrections.0.text')).toEqual(['Give the correction.']);
      expect(refusedAt(validateBriefing({ title: '   ' }), 'title')).toEqual(['Give the title.']);
      expect(refusedAt(validateBriefing({ title: null }), 'title')).toEqual(['This field is required.']);
      expect(refusedAt(validateBriefing({ title: 42 }), 'title')).toEqual(['Write this as text.']);
    });

    it('refuses a GeoNames id that is not a positive whole number', () => {
      for (const geonamesId of [0, -5, 1.5, '99062']) {
        expect(refusedAt(validatePlace({ name: 'Anbar', kind: 'admin1', geonamesId }), 'geonamesId')).toEqual(['A GeoNames id is a positive whole number.']);
      }
    });

    it('refuses an alias without its value', () => {
      expect(refusedAt(validateActor({ name: 'Abu Khadija', kind: 'person', aliases: [{ value: ' ' }] }), 'aliases.0.value')).toEqual(['Give the alias.']);
    });
  });

  describe('maximum lengths: at the limit passes, one over fails', () => {
    const cases: [string, number, (value: string) => Validation<unknown>][] = [
      ['title', 255, (title) => validateBriefing({ title })],
      ['summary', 2000, (summary) => briefing({ summary })],
      ['incident.dateAsWritten', 200, (dateAsWritten) => incident({ dateAsWritten })],
      ['incident.fatalitiesAsWritten', 200, (fatalitiesAsWritten) => incident({ fatalitiesAsWritten })],
      ['actorRoles.0.note', 500, (note) => actorRole({ actor: 'doc-1', role: 'perpetrator', note })],
      ['quotes.0.text', 5000, (text) => briefing({ quotes: [{ text }] })],
      ['quotes.0.medium', 200, (medium) => briefing({ quotes: [{ text: 'We will continue.', medium }] })],
      ['sources.0.name', 200, (name) => source({ name })],
      ['sources.0.descriptor', 200, (descriptor) => source({ anonymous: true, descriptor })],
      ['assessment.judgement', 5000, (judgement) => briefing({ assessment: { judgement } })],
      ['corrections.0.text', 2000, (text) => briefing({ corrections: [{ correctedAt: '2025-03-14', text }] })],
      ['name', 200, (name) => validateActor({ name, kind: 'person' })],
      ['title', 200, (title) => validateActor({ name: 'Abu Khadija', kind: 'person', title })],
      ['description', 2000, (description) => validateActor({ name: 'Abu Khadija', kind: 'person', description })],
      ['aliases.0.value', 200, (value) => validateActor({ name: 'Abu Khadija', kind: 'person', aliases: [{ value }] })],
      ['name', 200, (name) => validatePlace({ name, kind: 'city' })],
      ['admin1', 200, (admin1) => validatePlace({ name: 'Ramadi', kind: 'city', admin1 })],
      ['aliases.0.value', 200, (value) => validatePlace({ name: 'Ramadi', kind: 'city', aliases: [{ value }] })],
    ];

    it.each(cases)('%s: %d characters', (field, max, validate) => {
      expect(validate('a'.repeat(max)).ok).toBe(true);
      // Surrounding spaces are trimmed before counting.
      expect(validate(` ${'a'.repeat(max)} `).ok).toBe(true);
      expect(refusedAt(validate('a'.repeat(max + 1)), field)).toEqual([`Keep it to ${max} characters or fewer.`]);
    });

    it('wikidataId: 20 characters, as the content model stores it', () => {
      expect(validateActor({ name: 'X', kind: 'person', wikidataId: `Q${'1'.repeat(19)}` }).ok).toBe(true);
      expect(refusedAt(validateActor({ name: 'X', kind: 'person', wikidataId: `Q${'1'.repeat(20)}` }), 'wikidataId')).toEqual(['A Wikidata id has at most 20 characters.']);
    });
  });

  describe('partial updates still refuse invalid values', () => {
    const partial = { partial: true };
    it.each([
      [{ title: '' }, 'title'],
      [{ title: null }, 'title'],
      [{ title: 'a'.repeat(301) }, 'title'],
      [{ marking: 'blue' }, 'marking'],
      [{ slug: 'Not A Slug' }, 'slug'],
      [{ incident: { subEventType: 'armed-clash' } }, 'incident.eventType'],
      [{ incident: { date: '2025-02-30', datePrecision: 'day' } }, 'incident.date'],
      [{ incident: { fatalitiesMin: -1 } }, 'incident.fatalitiesMin'],
      [{ actorRoles: [{ role: 'perpetrator' }] }, 'actorRoles.0.actor'],
      [{ quotes: [{ text: ' ' }] }, 'quotes.0.text'],
      [{ sources: [{ kind: 'media', name: 'AFP', url: 'javascript:alert(1)' }] }, 'sources.0.url'],
      [{ headline: 'not a field' }, 'headline'],
    ])('briefing %j', (update, field) => {
      refusedAt(validateBriefing(update, partial), field);
    });

    it('actors and places too', () => {
      refusedAt(validateActor({ kind: 'militia' }, partial), 'kind');
      refusedAt(validateActor({ name: '' }, partial), 'name');
      refusedAt(validateActor({ wikidataId: '12' }, partial), 'wikidataId');
      refusedAt(validatePlace({ latitude: 91 }, partial), 'latitude');
      refusedAt(validatePlace({ countryCode: 'XX' }, partial), 'countryCode');
      refusedAt(validatePlace({ name: 'a'.repeat(201) }, partial), 'name');
    });
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
    // A named error, so the plugin can answer it as a 404 rather than a 500.
    expect(() => toPublicRecord({ ...briefing, marking: 'red' })).toThrow(NotPublicError);
  });
});

describe('what the fuzzed writes found (issue 10): refused here, with the field, before the database', () => {
  const briefing = { title: 'Air strike in Anbar' };
  const problemAt = (result: Validation<unknown>, field: string) => result.problems.find((p) => p.field === field)?.message;

  it('refuses a link that is not a documentId, a row id, a record or a { connect, disconnect, set } change', () => {
    for (const place of [true, { a: [1] }, { documentId: 12 }, { id: 'x' }, '', -1, 1.5, { connect: 'nope' }, { connect: [null] }, { set: [{ id: -1 }] }, { foo: 1 }]) {
      expect(problemAt(validateBriefing({ ...briefing, incident: { place } }), 'incident.place')).toMatch(/Link a record by its documentId/);
    }
    expect(problemAt(validateBriefing({ ...briefing, places: [true, { a: [1] }] }), 'places')).toMatch(/Link a record/);
    for (const place of ['doc-1', 7, { documentId: 'doc-1', name: 'Anbar' }, { id: 7 }, { connect: [{ documentId: 'doc-1', position: { end: true } }], disconnect: [] }, null]) {
      const places = place === null || (typeof place === 'object' && 'connect' in place) ? place : [place];
      expect(validateBriefing({ ...briefing, incident: { place }, places }).problems).toEqual([]);
    }
  });

  it('refuses text a database would not keep as written: NUL and half of a surrogate pair', () => {
    for (const title of ['a\u0000b', 'a\ud800b', '\udfff', 'end\ud83d']) {
      expect(problemAt(validateBriefing({ title }), 'title')).toMatch(/broken or invisible character/);
    }
    expect(problemAt(validateBriefing({ ...briefing, body: 'x\u0000' }), 'body')).toMatch(/broken or invisible character/);
    expect(validateBriefing({ title: 'Abu Khadija 👩‍👩‍👧 🇮🇶 الأنبار ‏مصدر‎' }).ok).toBe(true);
  });

  it('keeps whole numbers within what the database stores (PostgreSQL integer)', () => {
    expect(problemAt(validateBriefing({ ...briefing, incident: { fatalitiesMin: 2 ** 31 } }), 'incident.fatalitiesMin')).toMatch(/too large/);
    expect(problemAt(validatePlace({ name: 'Gao', kind: 'city', geonamesId: 2 ** 40 }), 'geonamesId')).toMatch(/GeoNames id/);
    expect(validateBriefing({ ...briefing, incident: { fatalitiesMin: 2 ** 31 - 1 } }).ok).toBe(true);
  });

  it('keeps a title within its column (255 characters)', () => {
    expect(problemAt(validateBriefing({ title: 'x'.repeat(256) }), 'title')).toMatch(/255 characters or fewer/);
    expect(validateBriefing({ title: 'x'.repeat(255) }).ok).toBe(true);
  });

  it('asks for a full day when a quote was said, and refuses year 0', () => {
    const quote = (saidAt: string) => validateBriefing({ ...briefing, quotes: [{ text: 'We will continue.', saidAt }] });
    expect(problemAt(quote('2025-03'), 'quotes.0.saidAt')).toMatch(/YYYY-MM-DD/);
    expect(problemAt(quote('2025-02-30'), 'quotes.0.saidAt')).toMatch(/real date/);
    expect(quote('2025-03-14').ok).toBe(true);
    expect(problemAt(validateBriefing({ ...briefing, incident: { date: '0000', datePrecision: 'year' } }), 'incident.date')).toMatch(/real date/);
  });
});
