import { z } from 'zod';
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  ALIAS_KINDS,
  CERTAINTIES,
  CONFIDENCE_LEVELS,
  CORRECTION_KINDS,
  DATE_PRECISIONS,
  EVENT_TYPE_VALUES,
  GEO_PRECISIONS,
  INFORMATION_CREDIBILITY,
  LIKELIHOODS,
  PLACE_KINDS,
  REVIEW_STAGES,
  SOURCE_KINDS,
  SOURCE_RELIABILITY,
  SUB_EVENT_TYPE_VALUES,
  THREAT_LEVELS,
  TLP_MARKINGS,
  TRENDS,
  eventTypeOf,
  eventTypeTerm,
  subEventTypeTerm,
} from '../vocabularies';
import { dateMatchesPrecision, parsePartialDate } from './dates';
import { isCountryCode } from './countries';

/**
 * The briefing as editors and the API write it. Field names are the content model's; a link to
 * another record (actor, place, article) is a `reference` in one of the forms Strapi takes: the
 * record's documentId or row id, the record itself ({ documentId, ... }), or a change to the links
 * ({ connect, disconnect, set }). Whether the record exists is the server's to check.
 */
const LINK = 'Link a record by its documentId (or choose one from the list).';
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isFilled = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const isRowId = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v > 0;
/** One record: its documentId, its row id, or the record ({ documentId, ... } or { id, ... }). */
const isLinkedRecord = (v: unknown) => isFilled(v) || isRowId(v) || (isObject(v) && (isFilled(v.documentId) || isRowId(v.id)));
/** A change to the links, as the Content Manager sends it: { connect, disconnect, set } lists of records. */
const isLinkChange = (v: unknown) =>
  isObject(v) &&
  Object.keys(v).every((key) => ['connect', 'disconnect', 'set', 'options'].includes(key)) &&
  ['connect', 'disconnect', 'set'].every((key) => v[key] === undefined || (Array.isArray(v[key]) && v[key].every(isLinkedRecord)));
export const reference = z.unknown().refine((v) => v == null || isLinkedRecord(v) || isLinkChange(v), LINK);
/** A list of links (a many-to-many field): records, or a change to them. */
const references = z.unknown().refine((v) => v == null || (Array.isArray(v) && v.every(isLinkedRecord)) || isLinkChange(v), LINK);

// A missing choice is asked for, not quoted back as “undefined”.
const choice = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: (issue) => (issue.input == null ? `Choose the ${what}.` : `“${String(issue.input)}” is not a ${what}. Choose one of: ${values.join(', ')}.`) });

/** A numbered scale (ACLED geo precision, Admiralty credibility) is stored as a whole number. */
const scale = (values: readonly string[], what: string) =>
  z
    .number({ error: `Give the ${what} as a number from ${values[0]} to ${values[values.length - 1]}.` })
    .refine((n) => values.includes(String(n)), `Give the ${what} as a number from ${values[0]} to ${values[values.length - 1]}.`);

/** NUL (PostgreSQL refuses it) and a lone half of a surrogate pair (stored as “�”) are not text a database keeps as written. */
const STORABLE = 'Remove the broken or invisible character (NUL or half of an emoji) from this text.';
const isStorable = (value: string) => !/\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);
const text = (max: number) =>
  z.string({ error: 'Write this as text.' }).refine(isStorable, STORABLE).trim().max(max, `Keep it to ${max} characters or fewer.`);
const requiredText = (max: number, what: string) => text(max).min(1, `Give the ${what}.`);
const optional = <T extends z.ZodType>(schema: T) => schema.nullish();
/** Repeatable components and components carry the CMS's own row id on update. */
const rowId = { id: z.union([z.number(), z.string()]).optional() };

const DATE_FORMAT = 'Write the date as YYYY-MM-DD, YYYY-MM or YYYY, and make it a real date.';
export const partialDate = z.string({ error: DATE_FORMAT }).refine((v) => parsePartialDate(v) !== undefined, DATE_FORMAT);
/** A day, for fields stored as a date with no precision beside them (when a quote was said). */
const DAY_FORMAT = 'Write the date as YYYY-MM-DD, and make it a real date.';
const calendarDate = z.string({ error: DAY_FORMAT }).refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && parsePartialDate(v) !== undefined, DAY_FORMAT);

export const countryCode = z.string().refine(isCountryCode, {
  error: (issue) => `“${String(issue.input)}” is not an ISO 3166-1 alpha-2 country code (such as IQ or SY).`,
});

/** The largest whole number the database's integer columns hold (PostgreSQL's integer). */
const MAX_INTEGER = 2_147_483_647;

const count = (what: string) =>
  z
    .number({ error: `Give the number of ${what} as a whole number.` })
    .int(`Give the number of ${what} as a whole number.`)
    .min(0, `The number of ${what} cannot be negative.`)
    .max(MAX_INTEGER, `The number of ${what} is too large.`);

export const aliasSchema = z.strictObject({
  ...rowId,
  value: requiredText(200, 'alias'),
  kind: optional(choice(ALIAS_KINDS.values, 'kind of alias')),
});
export type Alias = z.infer<typeof aliasSchema>;

export const actorSchema = z.strictObject({
  name: requiredText(200, "actor's name"),
  kind: choice(ACTOR_KINDS.values, 'kind of actor'),
  aliases: optional(z.array(aliasSchema)),
  title: optional(text(200)),
  affiliation: optional(reference),
  countryCode: optional(countryCode),
  // At most 20 characters, as the content model stores it.
  wikidataId: optional(z.string().regex(/^Q[1-9]\d*$/, 'A Wikidata id looks like Q12345.').max(20, 'A Wikidata id has at most 20 characters.')),
  description: optional(text(2000)),
});
export type Actor = z.infer<typeof actorSchema>;

const GEONAMES_ID = 'A GeoNames id is a positive whole number.';

export const placeSchema = z.strictObject({
  name: requiredText(200, "place's name"),
  kind: choice(PLACE_KINDS.values, 'kind of place'),
  countryCode: optional(countryCode),
  admin1: optional(text(200)),
  latitude: optional(z.number({ error: 'Give the latitude as a number.' }).min(-90, 'Latitude runs from -90 to 90.').max(90, 'Latitude runs from -90 to 90.')),
  longitude: optional(z.number({ error: 'Give the longitude as a number.' }).min(-180, 'Longitude runs from -180 to 180.').max(180, 'Longitude runs from -180 to 180.')),
  geonamesId: optional(z.number({ error: GEONAMES_ID }).int(GEONAMES_ID).positive(GEONAMES_ID).max(MAX_INTEGER, GEONAMES_ID)),
  parent: optional(reference),
  aliases: optional(z.array(aliasSchema)),
});
export type Place = z.infer<typeof placeSchema>;

export const incidentSchema = z
  .strictObject({
    ...rowId,
    eventType: optional(choice(EVENT_TYPE_VALUES, 'ACLED event type')),
    subEventType: optional(choice(SUB_EVENT_TYPE_VALUES, 'ACLED sub-event type')),
    date: optional(partialDate),
    datePrecision: optional(choice(DATE_PRECISIONS.values, 'date precision')),
    dateAsWritten: optional(text(200)),
    place: optional(reference),
    geoPrecision: optional(scale(GEO_PRECISIONS.values, 'geo precision')),
    fatalitiesMin: optional(count('deaths')),
    fatalitiesMax: optional(count('deaths')),
    fatalitiesAsWritten: optional(text(200)),
    injured: optional(count('injured')),
  })
  .superRefine((incident, ctx) => {
    const { eventType, subEventType, date, datePrecision, fatalitiesMin, fatalitiesMax } = incident;
    if (subEventType) {
      const parent = eventTypeOf(subEventType);
      if (!eventType) {
        ctx.addIssue({ code: 'custom', path: ['eventType'], message: `Choose the event type for the sub-event type “${subEventTypeTerm(subEventType)?.label}”.` });
      } else if (parent !== eventType) {
        ctx.addIssue({
          code: 'custom',
          path: ['subEventType'],
          message: `“${subEventTypeTerm(subEventType)?.label}” is not a kind of “${eventTypeTerm(eventType)?.label}”; it belongs to “${eventTypeTerm(parent!)?.label}”.`,
        });
      }
    }
    if (date && datePrecision && parsePartialDate(date) && !dateMatchesPrecision(date, datePrecision)) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: datePrecision === 'month'
          ? 'The date precision is “month” but the date has no month: write YYYY-MM.'
          : `The date precision is “${datePrecision}” but the date has no day: write YYYY-MM-DD or choose a wider precision.`,
      });
    }
    if (date && !datePrecision) {
      ctx.addIssue({ code: 'custom', path: ['datePrecision'], message: 'Say how precise the date is (day, week, month or year).' });
    }
    if (fatalitiesMin != null && fatalitiesMax != null && fatalitiesMax < fatalitiesMin) {
      ctx.addIssue({ code: 'custom', path: ['fatalitiesMax'], message: `The highest death toll (${fatalitiesMax}) is below the lowest (${fatalitiesMin}).` });
    }
  });
export type Incident = z.infer<typeof incidentSchema>;

export const actorRoleSchema = z.strictObject({
  ...rowId,
  actor: reference.refine((v) => v != null, 'Choose the actor.'),
  role: choice(ACTOR_ROLES.values, 'role'),
  certainty: optional(choice(CERTAINTIES.values, 'certainty')),
  note: optional(text(500)),
});
export type ActorRoleInBriefing = z.infer<typeof actorRoleSchema>;

export const quoteSchema = z.strictObject({
  ...rowId,
  text: requiredText(5000, 'exact words of the quote'),
  speaker: optional(reference),
  medium: optional(text(200)),
  saidAt: optional(calendarDate),
});
export type Quote = z.infer<typeof quoteSchema>;

export const sourceSchema = z
  .strictObject({
    ...rowId,
    kind: choice(SOURCE_KINDS.values, 'kind of source'),
    name: optional(text(200)),
    url: optional(z.url({ protocol: /^https?$/, error: 'Give a full web address starting with http:// or https://.' })),
    anonymous: optional(z.boolean()),
    descriptor: optional(text(200)),
    reliability: optional(choice(SOURCE_RELIABILITY.values, 'source reliability (A-F)')),
    credibility: optional(scale(INFORMATION_CREDIBILITY.values, 'information credibility')),
  })
  .superRefine((source, ctx) => {
    if (source.anonymous && !source.descriptor?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['descriptor'], message: 'Describe the anonymous source (for example “security officials”).' });
    }
    if (!source.anonymous && !source.name?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'Name the source (outlet, person or body), or mark it anonymous.' });
    }
  });
export type Source = z.infer<typeof sourceSchema>;

export const assessmentSchema = z.strictObject({
  ...rowId,
  threatLevel: optional(choice(THREAT_LEVELS.values, 'threat level')),
  trend: optional(choice(TRENDS.values, 'trend')),
  likelihood: optional(choice(LIKELIHOODS.values, 'likelihood')),
  confidence: optional(choice(CONFIDENCE_LEVELS.values, 'confidence level')),
  judgement: optional(text(5000)),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const correctionSchema = z.strictObject({
  ...rowId,
  kind: optional(choice(CORRECTION_KINDS.values, 'kind of correction')),
  correctedAt: z.iso.datetime({ offset: true, error: 'Give the time of the correction as an ISO date and time.' }).or(z.iso.date()),
  text: requiredText(2000, 'correction'),
});
export type Correction = z.infer<typeof correctionSchema>;

export const briefingSchema = z.strictObject({
  // 255: the title is a string column, varchar(255) on PostgreSQL.
  title: requiredText(255, 'title'),
  slug: optional(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A slug is lower-case letters and digits joined by hyphens.')),
  summary: optional(text(2000)),
  body: optional(z.string({ error: 'Write this as text.' }).refine(isStorable, STORABLE)),
  marking: optional(choice(TLP_MARKINGS.values, 'TLP 2.0 marking')),
  reviewStage: optional(choice(REVIEW_STAGES.values, 'review stage')),
  sourceArticle: optional(reference),
  // Further articles of the same incident, after the source article (a list of links or the CMS's change to them).
  furtherArticles: optional(references),
  incident: optional(incidentSchema),
  actorRoles: optional(z.array(actorRoleSchema)),
  // A list of links, or the Content Manager's change to them ({ connect, disconnect }): the CMS decides.
  places: optional(references),
  quotes: optional(z.array(quoteSchema)),
  sources: optional(z.array(sourceSchema)),
  assessment: optional(assessmentSchema),
  corrections: optional(z.array(correctionSchema)),
});
export type Briefing = z.infer<typeof briefingSchema>;
