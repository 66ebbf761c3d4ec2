/**
 * Generated writes for the fuzz: valid briefings, actors and places shaped as the seed and the
 * other suites write them, then mutated the ways a careless client, a broken form or an attacker
 * would. Links to other records are placeholders (Link, RowId) that the runner resolves against
 * what is in the database when the write is sent, so a run replays from its seed alone.
 */
import fc from 'fast-check';
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  ALIAS_KINDS,
  CERTAINTIES,
  CONFIDENCE_LEVELS,
  DATE_PRECISIONS,
  EVENT_TYPE_VALUES,
  GEO_PRECISIONS,
  INFORMATION_CREDIBILITY,
  LIKELIHOODS,
  PLACE_KINDS,
  REVIEW_STAGES,
  SOURCE_KINDS,
  SOURCE_RELIABILITY,
  THREAT_LEVELS,
  TLP_MARKINGS,
  TRENDS,
  subEventTypesOf,
} from '@security-briefings/entities';

export type Kind = 'briefing' | 'actor' | 'place';

/** A link to a record of `target`, resolved when the write is sent, in one of the forms Strapi takes. */
export class Link {
  constructor(
    readonly target: 'actor' | 'place' | 'briefing',
    readonly pick: number,
    readonly form: 'documentId' | 'object' | 'connect' | 'set',
  ) {}
  toString() {
    return `Link(${this.target}#${this.pick} as ${this.form})`;
  }
}

/** The row id of an existing component of the same kind (maybe another document's), resolved when sent. */
export class RowId {
  constructor(readonly pick: number) {}
  toString() {
    return `RowId(#${this.pick})`;
  }
}

// ---------------------------------------------------------------------------------------------
// Text: ordinary, unicode, right-to-left, and the awkward characters a database may choke on.

const words = fc.constantFrom(
  'Anbar', 'Gao', 'air strike', 'security officials', 'القائم', 'الأنبار', 'אבו כדיג׳ה', 'Türkiye', 'Đà Nẵng',
  '北京', 'Кременчук', 'ابو خديجة', '‏مصدر أمني‎', 'e\u0301', '👩‍👩‍👧', '🇮🇶', 'Z͑ͫ̓ͪ̂ͫ̽͏̴̙̤̞͉͚̯̞̠͍', '\u202Eevil\u202C', '\u200B',
  "O'Brien", '"quoted"', '<script>alert(1)</script>', "'; DROP TABLE security_briefings; --", '%s%n', '${jndi}', '\\', '\n', '\t',
);
/** Text an editor could type: words in many scripts, emoji, bidi controls, markup and quotes. */
export const prose = (maxWords = 8) => fc.array(words, { minLength: 1, maxLength: maxWords }).map((parts) => parts.join(' '));
/** Characters that are not text in a database: NUL, a lone surrogate, control characters. */
const oddCharacter = fc.constantFrom('\u0000', '\ud800', '\udfff', '\u0007', '\uffff', '\ufeff');
const withOddCharacter = fc.tuple(prose(3), oddCharacter, prose(2)).map(([a, c, b]) => `${a}${c}${b}`);
const huge = fc.tuple(fc.constantFrom('x', 'é', 'ب', '𝔘', ' '), fc.integer({ min: 201, max: 60_000 })).map(([c, n]) => c.repeat(n));
const emptyish = fc.constantFrom('', ' ', '   \n\t', '\u200B');

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
/** Drops the keys whose value is undefined, so absent fields are absent, as a form leaves them. */
const defined = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) => fc.record(shape).map(defined);

const linkForm = fc.constantFrom('documentId', 'documentId', 'object', 'connect', 'set') as fc.Arbitrary<Link['form']>;
const link = (target: Link['target']) => fc.tuple(fc.nat(), linkForm).map(([pick, form]) => new Link(target, pick, form));
/** Countries editors use, with the seed's. */
const country = fc.constantFrom('IQ', 'SY', 'JO', 'LB', 'TR', 'ML', 'UA', 'IL', 'PS', 'FR', 'GB', 'US');
const realDay = fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

// ---------------------------------------------------------------------------------------------
// Valid documents.

const alias = record({ value: prose(3), kind: maybe(fc.constantFrom(...ALIAS_KINDS.values)) });

export const validActor = record({
  name: prose(4),
  kind: fc.constantFrom(...ACTOR_KINDS.values),
  aliases: maybe(fc.array(alias, { maxLength: 3 })),
  title: maybe(prose(4)),
  affiliation: maybe(link('actor')),
  countryCode: maybe(country),
  wikidataId: maybe(fc.integer({ min: 1, max: 99_999_999 }).map((n) => `Q${n}`)),
  description: maybe(prose(20)),
});

export const validPlace = record({
  name: prose(3),
  kind: fc.constantFrom(...PLACE_KINDS.values),
  countryCode: maybe(country),
  admin1: maybe(prose(2)),
  latitude: maybe(fc.double({ min: -90, max: 90, noNaN: true, noDefaultInfinity: true })),
  longitude: maybe(fc.double({ min: -180, max: 180, noNaN: true, noDefaultInfinity: true })),
  geonamesId: maybe(fc.integer({ min: 1, max: 12_000_000 })),
  parent: maybe(link('place')),
  aliases: maybe(fc.array(alias, { maxLength: 3 })),
});

/** An incident that agrees with itself: sub-event type of its event type, a date as precise as it says, deaths min <= max. */
const incident = fc
  .record({
    eventType: fc.constantFrom(...EVENT_TYPE_VALUES),
    sub: fc.nat(),
    day: realDay,
    datePrecision: fc.constantFrom(...DATE_PRECISIONS.values),
    dateAsWritten: maybe(prose(4)),
    place: maybe(link('place')),
    geoPrecision: maybe(fc.constantFrom(...GEO_PRECISIONS.values).map(Number)),
    deaths: maybe(fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }))),
    fatalitiesAsWritten: maybe(prose(3)),
    injured: maybe(fc.integer({ min: 0, max: 100_000 })),
  })
  .map(({ eventType, sub, day, datePrecision, deaths, ...rest }) => {
    const subTypes = subEventTypesOf(eventType);
    const date = datePrecision === 'year' ? day.slice(0, 4) : datePrecision === 'month' ? day.slice(0, 7) : day;
    return defined({
      eventType,
      subEventType: subTypes.length ? subTypes[sub % subTypes.length]!.value : undefined,
      date,
      datePrecision,
      ...rest,
      fatalitiesMin: deaths ? Math.min(...deaths) : undefined,
      fatalitiesMax: deaths ? Math.max(...deaths) : undefined,
    });
  });

const actorRole = record({
  actor: link('actor'),
  role: fc.constantFrom(...ACTOR_ROLES.values),
  certainty: maybe(fc.constantFrom(...CERTAINTIES.values)),
  note: maybe(prose(6)),
});

const quote = record({ text: prose(20), speaker: maybe(link('actor')), medium: maybe(prose(3)), saidAt: maybe(realDay) });

const source = fc.oneof(
  record({
    kind: fc.constantFrom(...SOURCE_KINDS.values),
    name: prose(4),
    url: maybe(fc.webUrl({ validSchemes: ['https', 'http'] }).filter((u) => u.length <= 200)),
    anonymous: maybe(fc.constant(false)),
    reliability: maybe(fc.constantFrom(...SOURCE_RELIABILITY.values)),
    credibility: maybe(fc.constantFrom(...INFORMATION_CREDIBILITY.values).map(Number)),
  }),
  record({
    kind: fc.constantFrom(...SOURCE_KINDS.values),
    anonymous: fc.constant(true),
    descriptor: prose(3),
    reliability: maybe(fc.constantFrom(...SOURCE_RELIABILITY.values)),
    credibility: maybe(fc.constantFrom(...INFORMATION_CREDIBILITY.values).map(Number)),
  }),
);

const assessment = record({
  threatLevel: maybe(fc.constantFrom(...THREAT_LEVELS.values)),
  trend: maybe(fc.constantFrom(...TRENDS.values)),
  likelihood: maybe(fc.constantFrom(...LIKELIHOODS.values)),
  confidence: maybe(fc.constantFrom(...CONFIDENCE_LEVELS.values)),
  judgement: maybe(prose(30)),
});

const correction = record({ correctedAt: fc.oneof(realDay, realDay.map((d) => `${d}T10:15:00.000Z`)), text: prose(10) });

const slug = fc.array(fc.constantFrom('anbar', 'strike', '2025', 'gao', 'clash', 'x'), { minLength: 1, maxLength: 4 }).map((p) => p.join('-'));

export const validBriefing = record({
  title: prose(8),
  slug: maybe(slug),
  summary: maybe(prose(30)),
  body: maybe(prose(60)),
  marking: maybe(fc.constantFrom(...TLP_MARKINGS.values)),
  reviewStage: maybe(fc.constantFrom(...REVIEW_STAGES.values)),
  incident: maybe(incident),
  actorRoles: maybe(fc.array(actorRole, { maxLength: 4 })),
  places: maybe(fc.array(link('place'), { maxLength: 3 })),
  quotes: maybe(fc.array(quote, { maxLength: 3 })),
  sources: maybe(fc.array(source, { maxLength: 3 })),
  assessment: maybe(assessment),
  corrections: maybe(fc.array(correction, { maxLength: 2 })),
});

export const validDocument: Record<Kind, fc.Arbitrary<Record<string, unknown>>> = {
  briefing: validBriefing,
  actor: validActor,
  place: validPlace,
};

// ---------------------------------------------------------------------------------------------
// Mutations: each picks a spot in the document (by `at`, modulo the spots there are) and breaks it.

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];
/** Keys the CMS manages or a client might slip in. */
const SNEAKY_KEYS = ['id', 'documentId', 'locale', 'status', 'publishedAt', 'createdAt', 'updatedBy', 'localizations', '__component', '__temp_key__', 'verification', 'heading'];

const deep = fc.integer({ min: 20, max: 400 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { nested: value };
  return value;
});

const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 31, 2 ** 53, -(2 ** 40), 1e308, '', [], {}, [[]], { $ne: null }, 'null', 'undefined', 'NaN'),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string(),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }),
  fc.anything({ maxDepth: 3 }),
  huge,
  emptyish,
  withOddCharacter,
  prose(12),
  deep,
);

const badDate = fc.constantFrom(
  '2025-02-30', '2025-02-29', '2024-02-30', '2025-13-01', '2025-00-10', '2025-04-31', '0000-01-01', '0000', '0001-01-01', '9999-12-31',
  '10000-01-01', '2025-1-1', '25-03-13', '2025/03/13', '13/03/2025', 'March 13, 2025', '2025-03-13T25:00:00Z', '2025-03-13T10:00:00',
  '2025-03-13T10:00:00+99:00', '', ' ', '-2025-03-13', '+002025-03-13', '2025-W11', '2025-03-13 junk',
);

const badEnumeration = fc.constantFrom(
  'purple', 'TLP:CLEAR', 'CLEAR', 'Clear', 'amber strict', 'amber+strict ', 'battle', 'Battles', 'perpetrator;victim', 'G', 'a', '7', '0',
  '', 'constructor', '__proto__', 'toString', 'hasOwnProperty',
);

const brokenLink: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('nope', 'zzzzzzzzzzzzzzzzzzzzzzzz', '', '0', '-1', 'null'),
  fc.string({ minLength: 24, maxLength: 24, unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789') }),
  fc.integer({ min: -5, max: 1_000_000 }),
  fc.constantFrom(
    { documentId: 12 },
    { documentId: null },
    { documentId: 'nope' },
    { id: 'x' },
    { id: 999_999 },
    { connect: [{ documentId: 'nope' }] },
    { connect: 'nope' },
    { connect: [null] },
    { connect: [{ documentId: 'x', position: { before: 'y' } }] },
    { disconnect: [{ documentId: 'nope' }] },
    { set: [{ id: -1 }] },
    { set: 'x' },
    [true, { a: [1] }],
    [null],
    { foo: 1 },
  ),
  // A record of the wrong type: a briefing linked where an actor or place belongs.
  fc.tuple(fc.nat(), linkForm).map(([pick, form]) => new Link('briefing', pick, form)),
);

export type Mutation =
  | { op: 'set'; at: number; value: unknown } // any spot, any wrong value
  | { op: 'date'; at: number; value: string }
  | { op: 'enumeration'; at: number; value: string }
  | { op: 'link'; at: number; value: unknown }
  | { op: 'remove'; at: number }
  | { op: 'unknownKey'; at: number; key: string; value: unknown }
  | { op: 'rowId'; at: number; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: wrongValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('date' as const), at: fc.nat(), value: badDate }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('enumeration' as const), at: fc.nat(), value: badEnumeration }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('link' as const), at: fc.nat(), value: brokenLink }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), at: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('unknownKey' as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom(...SNEAKY_KEYS), fc.string({ minLength: 1, maxLength: 12 }), prose(1)),
      value: fc.oneof(wrongValue, fc.constant({ polluted: 'yes' }), fc.constant({ prototype: { polluted: 'yes' } })),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('rowId' as const),
      at: fc.nat(),
      value: fc.oneof(fc.nat().map((n) => new RowId(n)), fc.constantFrom(999_999, -1, 'x', null, 1.5)),
    }),
  },
);

const DATE_FIELDS = ['date', 'saidAt', 'correctedAt'];
const ENUM_FIELDS = ['kind', 'marking', 'reviewStage', 'eventType', 'subEventType', 'datePrecision', 'role', 'certainty', 'reliability', 'threatLevel', 'trend', 'likelihood', 'confidence'];
const LINK_FIELDS = ['affiliation', 'parent', 'place', 'places', 'actor', 'speaker'];
const COMPONENT_LIST_FIELDS = ['aliases', 'actorRoles', 'quotes', 'sources', 'corrections'];

type Spot = { parent: Record<string, unknown> | unknown[]; key: string | number };
const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Link) && !(v instanceof RowId);

/** Every (container, key) in the document, depth first: the spots a mutation may pick. */
function spots(value: unknown, out: Spot[] = []): Spot[] {
  if (Array.isArray(value)) value.forEach((item, i) => (out.push({ parent: value, key: i }), spots(item, out)));
  else if (isPlainObject(value)) for (const [key, item] of Object.entries(value)) out.push({ parent: value, key }), spots(item, out);
  return out;
}
/** The objects in the document (itself included): where a key may be added. */
function objects(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((item) => objects(item, out));
  else if (isPlainObject(value)) {
    out.push(value);
    Object.values(value).forEach((item) => objects(item, out));
  }
  return out;
}
/** Component entries (the objects inside repeatable components, and single components): where a row id goes. */
function componentEntries(doc: Record<string, unknown>): Record<string, unknown>[] {
  const entries: Record<string, unknown>[] = [];
  for (const [key, value] of Object.entries(doc)) {
    if (COMPONENT_LIST_FIELDS.includes(key) && Array.isArray(value)) entries.push(...value.filter(isPlainObject));
    if ((key === 'incident' || key === 'assessment') && isPlainObject(value)) entries.push(value);
  }
  return entries;
}

/** Sets a key as an own, enumerable property, even `__proto__`, as JSON.parse would. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

/** A deep copy that keeps placeholders and own `__proto__` keys. */
export function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) setOwn(out, key, copy(item));
    return out as T;
  }
  return value;
}

/** Applies the mutations to a copy of the document, each at the spot its `at` picks among the spots that suit it. */
export function mutate(document: Record<string, unknown>, mutations: Mutation[]): Record<string, unknown> {
  const doc = copy(document);
  for (const original of mutations) {
    // Each its own copy: constants are shared between runs, and a value added twice would make a cycle.
    const m = copy(original);
    const all = spots(doc);
    const pick = <T>(list: T[]) => (list.length ? list[m.at % list.length] : undefined);
    const set = (spot: Spot | undefined, value: unknown) => {
      if (!spot) return;
      if (Array.isArray(spot.parent)) spot.parent[spot.key as number] = value;
      else setOwn(spot.parent, String(spot.key), value);
    };
    switch (m.op) {
      case 'set':
        set(pick(all) ?? { parent: doc, key: 'title' }, m.value);
        break;
      case 'date':
        set(pick(all.filter((s) => DATE_FIELDS.includes(String(s.key)))) ?? pick(all), m.value);
        break;
      case 'enumeration':
        set(pick(all.filter((s) => ENUM_FIELDS.includes(String(s.key)))) ?? pick(all), m.value);
        break;
      case 'link':
        set(pick(all.filter((s) => LINK_FIELDS.includes(String(s.key)) || s.parent instanceof Array)) ?? pick(all), m.value);
        break;
      case 'remove': {
        const spot = pick(all);
        if (spot && Array.isArray(spot.parent)) spot.parent.splice(spot.key as number, 1);
        else if (spot) delete (spot.parent as Record<string, unknown>)[spot.key];
        break;
      }
      case 'unknownKey':
        setOwn(pick(objects(doc)) ?? doc, m.key, m.value);
        break;
      case 'rowId': {
        const entry = pick(componentEntries(doc));
        if (entry) entry.id = m.value;
        break;
      }
    }
  }
  return doc;
}

// ---------------------------------------------------------------------------------------------
// Writes.

export type Door = 'content-manager' | 'document-service';
export type Action = 'create' | 'update' | 'publish' | 'create-and-publish';

export interface Write {
  door: Door;
  kind: Kind;
  action: Action;
  /** Which existing document an update or publish goes to (modulo the documents there are). */
  target: number;
  /** What is sent: the document (or the fields an update changes), mutated; absent for a bare publish. */
  data?: Record<string, unknown>;
}

/** Some fields of a valid document: what an update changes. */
const someFields = (kind: Kind) =>
  fc.tuple(validDocument[kind], fc.nat()).map(([doc, seed]) => {
    const keys = Object.keys(doc);
    // Keep each field with odds set by the seed's bits, at least one.
    const kept = keys.filter((_, i) => (seed >> i) & 1);
    return Object.fromEntries((kept.length ? kept : keys.slice(0, 1)).map((k) => [k, doc[k]]));
  });

/** A document (or part of one) with up to three mutations; half of them are left valid. */
const sent = (doc: fc.Arbitrary<Record<string, unknown>>) =>
  fc
    .tuple(doc, fc.oneof({ weight: 1, arbitrary: fc.constant([] as Mutation[]) }, { weight: 1, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) }))
    .map(([d, mutations]) => mutate(d, mutations));

const kindOf = fc.constantFrom<Kind>('briefing', 'briefing', 'briefing', 'actor', 'place');
const door = fc.constantFrom<Door>('content-manager', 'document-service');

export const write: fc.Arbitrary<Write> = kindOf.chain((kind) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ door, kind: fc.constant(kind), action: fc.constant<Action>('create'), target: fc.nat(), data: sent(validDocument[kind]) }) },
    { weight: 4, arbitrary: fc.record({ door, kind: fc.constant(kind), action: fc.constant<Action>('update'), target: fc.nat(), data: sent(someFields(kind)) }) },
    // Publishing: the draft as it is, or (the Content Manager's Publish button) with the form's changes first.
    // Actors and places have no drafts: their document service has no publish, and only the Content Manager's route can be asked.
    {
      weight: kind === 'briefing' ? 3 : 1,
      arbitrary: fc.record({ door: kind === 'briefing' ? door : fc.constant<Door>('content-manager'), kind: fc.constant(kind), action: fc.constant<Action>('publish'), target: fc.nat(), data: maybe(sent(someFields(kind))) }),
    },
    { weight: kind === 'briefing' ? 1 : 0, arbitrary: fc.record({ door, kind: fc.constant(kind), action: fc.constant<Action>('create-and-publish'), target: fc.nat(), data: sent(validDocument[kind]) }) },
  ),
);

/** A session of writes: what one property run sends, in order. */
export const writes = (length: { min: number; max: number }) => fc.array(write, { minLength: length.min, maxLength: length.max });
