/**
 * The leak suite's fixture: briefings of every marking and state, the actors, places and articles
 * they link to, and a register of canaries (unique strings and documentIds) with, for each, the
 * audiences that must never see it.
 */
import type { Core } from '@strapi/strapi';
import { ACTOR, BRIEFING, PLACE, PLUGIN_ID, pluginAction, type Demo } from '../demo-app';

export const ARTICLE = 'api::article.article';
const PLUGIN = `plugin::${PLUGIN_ID}`;

/**
 * Who is asking: anonymous callers (`public`; `publicTicked` after the Public role was given
 * marking.amber and marking.red), a read-only API token (no marking granted: the public's view), a
 * custom API token granted marking.green, a full-access API token and a Users & Permissions user
 * whose role has marking.amber.
 */
export type Audience = 'public' | 'readOnly' | 'green' | 'fullAccess' | 'upAmber' | 'publicTicked';
export const AUDIENCES: Audience[] = ['public', 'readOnly', 'green', 'fullAccess', 'upAmber', 'publicTicked'];

/** The markings each audience may read (a full-access API token counts as cleared to AMBER). */
export const MARKINGS_OF: Record<Audience, string[]> = {
  public: ['clear'],
  publicTicked: ['clear'],
  readOnly: ['clear'],
  green: ['clear', 'green'],
  fullAccess: ['clear', 'green', 'amber'],
  // Markings are granted one by one: a role with marking.amber alone does not open GREEN (as partner-access.test.ts has it).
  upAmber: ['clear', 'amber'],
};
/** Whether the audience gets the public's view (no partner marking granted). */
export const isPublic = (audience: Audience) => audience === 'public' || audience === 'publicTicked' || audience === 'readOnly';

/**
 * How far a canary may travel: `green` and `amber` strings belong to briefings of that marking and
 * reach only callers granted it; `partner` strings (a CLEAR briefing's source descriptors and an
 * anonymous source's identity) may reach any partner but never the public; `never` strings
 * (AMBER+STRICT, RED, drafts, records linked only from them) stay in the admin.
 */
export type Level = 'green' | 'amber' | 'partner' | 'never';
export function forbiddenLevels(audience: Audience): Level[] {
  const levels: Level[] = ['never'];
  if (isPublic(audience)) levels.push('partner');
  if (!MARKINGS_OF[audience].includes('green')) levels.push('green');
  if (!MARKINGS_OF[audience].includes('amber')) levels.push('amber');
  return levels;
}

export interface Canary {
  /** What it is, for failure messages: "RED briefing title", "id of the RED-only actor". */
  what: string;
  value: string;
  level: Level;
}

const SUFFIX = '7f3a';

/** A published briefing as the listing filters see it, straight from the database. */
export interface PublishedModel {
  documentId: string;
  marking: string;
  eventType: string | null;
  countryCode: string | null;
  incidentDate: string | null;
  actorIds: string[];
  actorNames: string[];
}

export interface Fixture {
  canaries: Canary[];
  /** documentIds by key: briefings (`b.red`), actors (`a.red`), places (`p.red`), articles (`art.red`). */
  ids: Record<string, string>;
  /** Article slugs by key. */
  slugs: Record<string, string>;
  /** Names worth asking for by name (actor filter). */
  names: Record<string, string>;
  /** Titles of the briefings as created (the first version, for the redrafted one). */
  titles: Record<string, string>;
  /** Every published briefing (seed included), for expected totals. */
  published: PublishedModel[];
  /** Actors and places each audience may see (linked from a published briefing it may read). */
  visibleActors: Record<Audience, Set<string>>;
  visiblePlaces: Record<Audience, Set<string>>;
  /** Briefing keys and whether each audience may open them. */
  briefingKeys: string[];
  visibleBriefing(audience: Audience, key: string): boolean;
  articleCount: number;
  forbiddenFor(audience: Audience): Canary[];
}

/** Keys of the briefings the suite creates, plus the seed's. */
export const BRIEFING_KEYS = ['green', 'amber', 'strict', 'red', 'clearDraft', 'redraft', 'remarked', 'withheld', 'unpublished', 'clearLinks', 'formula', 'seed'];
export const ACTOR_KEYS = ['green', 'amber', 'strict', 'redOrg', 'red', 'redSpeaker', 'affilOrg', 'speakerOrg', 'member', 'speaker', 'formulaAt', 'formulaPlus', 'draft', 'redraft'];
export const PLACE_KEYS = ['green', 'amber', 'strict', 'redParent', 'red', 'redOther', 'parentOfClear', 'parentOfOther', 'clearChild', 'clearOther', 'clear', 'draft'];
export const ARTICLE_KEYS = ['red', 'amber', 'clearDraft', 'redraft', 'seed'];

export async function createFixture(strapi: Core.Strapi): Promise<Fixture> {
  const canaries: Canary[] = [];
  const ids: Record<string, string> = {};
  const names: Record<string, string> = {};
  const canary = (level: Level, what: string, tag: string) => {
    const value = `CANARY-${tag}-${SUFFIX}`;
    canaries.push({ what, value, level });
    return value;
  };
  const secretId = (level: Level, what: string, key: string, documentId: string) => {
    ids[key] = documentId;
    canaries.push({ what: `documentId of ${what}`, value: documentId, level });
    return documentId;
  };
  const docs = strapi.documents;

  // ---- places ------------------------------------------------------------------------------
  const place = async (key: string, level: Level | null, data: Record<string, unknown>) => {
    const created = await docs(PLACE).create({ data: data as any });
    if (level) secretId(level, `place ${key}`, `p.${key}`, created.documentId);
    else ids[`p.${key}`] = created.documentId;
    return created.documentId;
  };
  await place('green', 'green', { name: canary('green', 'GREEN-only place name', 'GREEN-PLACE'), kind: 'city', countryCode: 'SY', latitude: 35.1, longitude: 36.7 });
  await place('amber', 'amber', { name: canary('amber', 'AMBER-only place name', 'AMBER-PLACE'), kind: 'city', countryCode: 'YE', latitude: 15.35, longitude: 44.2, aliases: [{ value: canary('amber', 'AMBER-only place alias', 'AMBER-PLACE-ALIAS'), kind: 'short-form' }] });
  await place('strict', 'never', { name: canary('never', 'AMBER+STRICT-only place name', 'STRICT-PLACE'), kind: 'city', countryCode: 'LY', latitude: 32.9, longitude: 13.2 });
  await place('redParent', 'never', {
    name: canary('never', 'parent of the RED-only places', 'RED-PARENT-PLACE'),
    kind: 'admin1',
    countryCode: 'IQ',
    admin1: canary('never', 'RED parent place admin1', 'RED-PARENT-ADMIN1'),
    aliases: [{ value: canary('never', 'RED parent place alias', 'RED-PARENT-ALIAS'), kind: 'transliteration' }],
  });
  await place('red', 'never', {
    name: canary('never', 'RED-only incident place name', 'RED-PLACE'),
    kind: 'city',
    countryCode: 'IQ',
    latitude: 34.01,
    longitude: 43.02,
    geonamesId: 987654321,
    parent: ids['p.redParent'],
    aliases: [{ value: canary('never', 'RED-only place alias', 'RED-PLACE-ALIAS'), kind: 'short-form' }],
  });
  await place('redOther', 'never', { name: canary('never', 'RED-only other place name', 'RED-OTHER-PLACE'), kind: 'site', countryCode: 'IQ', parent: ids['p.redParent'] });
  await place('parentOfClear', 'never', {
    name: canary('never', 'RED-only parent of a CLEAR briefing place', 'RED-PARENT-OF-CLEAR-PLACE'),
    kind: 'admin1',
    countryCode: 'IQ',
  });
  await place('parentOfOther', 'never', { name: canary('never', "RED-only parent of a CLEAR briefing's other place", 'RED-PARENT-OF-OTHER-PLACE'), kind: 'region', countryCode: 'IQ' });
  await place('clearOther', null, { name: 'Leak suite hamlet', kind: 'site', countryCode: 'IQ', parent: ids['p.parentOfOther'] });
  await place('clearChild', null, { name: 'Leak suite village', kind: 'city', countryCode: 'IQ', latitude: 33.7, longitude: 44.1, parent: ids['p.parentOfClear'] });
  await place('clear', null, { name: 'Leak suite town', kind: 'city', countryCode: 'IQ', latitude: 33.4, longitude: 44.3 });
  await place('draft', 'never', { name: canary('never', 'place linked only from a never-published draft', 'DRAFT-PLACE'), kind: 'city', countryCode: 'IQ', latitude: 33.2, longitude: 44.2 });

  // ---- actors ------------------------------------------------------------------------------
  const actor = async (key: string, level: Level | null, data: Record<string, unknown>) => {
    const created = await docs(ACTOR).create({ data: data as any });
    if (level) secretId(level, `actor ${key}`, `a.${key}`, created.documentId);
    else ids[`a.${key}`] = created.documentId;
    names[`a.${key}`] = data.name as string;
    return created.documentId;
  };
  await actor('green', 'green', { name: canary('green', 'GREEN-only actor name', 'GREEN-ACTOR'), kind: 'armed-group', countryCode: 'SY' });
  await actor('amber', 'amber', { name: canary('amber', 'AMBER-only actor name', 'AMBER-ACTOR'), kind: 'armed-group', countryCode: 'YE', aliases: [{ value: canary('amber', 'AMBER-only actor alias', 'AMBER-ACTOR-ALIAS'), kind: 'acronym' }] });
  await actor('strict', 'never', { name: canary('never', 'AMBER+STRICT-only actor name', 'STRICT-ACTOR'), kind: 'state-force', countryCode: 'LY' });
  await actor('redOrg', 'never', {
    name: canary('never', 'RED-only organisation name', 'RED-ORG'),
    kind: 'armed-group',
    aliases: [{ value: canary('never', 'RED-only organisation alias', 'RED-ORG-ALIAS'), kind: 'acronym' }],
    description: canary('never', 'RED-only organisation description', 'RED-ORG-DESCRIPTION'),
  });
  await actor('red', 'never', {
    name: canary('never', 'RED-only actor name', 'RED-ACTOR'),
    kind: 'person',
    title: canary('never', 'RED-only actor title', 'RED-ACTOR-TITLE'),
    affiliation: ids['a.redOrg'],
    countryCode: 'IQ',
    aliases: [{ value: canary('never', 'RED-only actor kunya', 'RED-ACTOR-KUNYA'), kind: 'kunya' }],
  });
  await actor('redSpeaker', 'never', { name: canary('never', 'RED-only quoted speaker', 'RED-SPEAKER'), kind: 'person' });
  await actor('affilOrg', 'never', { name: canary('never', 'RED-only organisation that a CLEAR actor belongs to', 'RED-AFFIL-ORG'), kind: 'armed-group' });
  await actor('speakerOrg', 'never', { name: canary('never', 'RED-only organisation that a CLEAR quote speaker belongs to', 'RED-SPEAKER-ORG'), kind: 'government' });
  await actor('speaker', null, { name: 'Leak suite spokesperson', kind: 'person', affiliation: ids['a.speakerOrg'] });
  await actor('member', null, { name: 'Leak suite member', kind: 'person', affiliation: ids['a.affilOrg'], countryCode: 'IQ' });
  await actor('formulaAt', null, { name: '@Leak suite at group', kind: 'armed-group' });
  await actor('formulaPlus', null, { name: '+Leak suite plus group', kind: 'armed-group' });
  await actor('draft', 'never', { name: canary('never', 'actor linked only from a never-published draft', 'DRAFT-ACTOR'), kind: 'armed-group' });
  await actor('redraft', 'never', { name: canary('never', 'actor added only in the new draft of a published briefing', 'REDRAFT-ACTOR'), kind: 'armed-group' });

  // ---- articles ----------------------------------------------------------------------------
  const slugs: Record<string, string> = {};
  const article = async (key: string, title: string) => {
    const slug = `leak-suite-article-${key.toLowerCase()}`;
    const created = await docs(ARTICLE as any).create({ data: { title, slug, body: 'Leak suite article body.', publishedDate: '2025-06-01', outlet: 'Leak suite outlet' } as any });
    ids[`art.${key}`] = created.documentId;
    slugs[`art.${key}`] = slug;
  };
  await article('red', 'Leak suite article behind a RED briefing');
  await article('amber', 'Leak suite article behind an AMBER briefing');
  await article('clearDraft', 'Leak suite article behind an unpublished briefing');
  await article('redraft', 'Leak suite article behind a redrafted briefing');
  const seedArticle = await docs(ARTICLE as any).findFirst({ filters: { slug: 'head-of-isis-in-iraq-and-syria-killed-in-targeted-operation' } });
  ids['art.seed'] = seedArticle!.documentId;
  slugs['art.seed'] = 'head-of-isis-in-iraq-and-syria-killed-in-targeted-operation';

  // ---- briefings ---------------------------------------------------------------------------
  const titles: Record<string, string> = {};
  const briefing = async (key: string, level: Level | null, data: Record<string, unknown>, publish = true) => {
    titles[key] = data.title as string;
    const created = await docs(BRIEFING).create({ data: data as any });
    if (level) secretId(level, `briefing ${key}`, `b.${key}`, created.documentId);
    else ids[`b.${key}`] = created.documentId;
    if (publish) await docs(BRIEFING).publish({ documentId: created.documentId });
    return created.documentId;
  };
  const incident = (eventType: string, subEventType: string, date: string, place: string, extra: Record<string, unknown> = {}) => ({
    eventType,
    subEventType,
    date,
    datePrecision: 'day',
    place,
    geoPrecision: 1,
    ...extra,
  });

  await briefing('green', 'green', {
    title: canary('green', 'GREEN briefing title', 'GREEN-TITLE'),
    summary: canary('green', 'GREEN briefing summary', 'GREEN-SUMMARY'),
    marking: 'green',
    reviewStage: 'approved',
    incident: incident('battles', 'armed-clash', '2025-05-01', ids['p.green']!),
    actorRoles: [{ actor: ids['a.green'], role: 'perpetrator', certainty: 'confirmed' }],
    sources: [{ kind: 'witness', anonymous: true, descriptor: canary('green', 'GREEN anonymous source descriptor', 'GREEN-ANON-DESC'), reliability: 'C', credibility: 3 }],
    assessment: { threatLevel: 'moderate', judgement: canary('green', 'GREEN assessment judgement', 'GREEN-JUDGEMENT') },
  });
  await briefing('amber', 'amber', {
    title: canary('amber', 'AMBER briefing title', 'AMBER-TITLE'),
    summary: canary('amber', 'AMBER briefing summary', 'AMBER-SUMMARY'),
    body: canary('amber', 'AMBER briefing body', 'AMBER-BODY'),
    marking: 'amber',
    incident: incident('violence-against-civilians', 'attack', '2025-06-02', ids['p.amber']!),
    actorRoles: [{ actor: ids['a.amber'], role: 'perpetrator', note: canary('amber', 'AMBER actor role note', 'AMBER-ROLE-NOTE') }],
    sources: [{ kind: 'official', anonymous: true, descriptor: canary('amber', 'AMBER anonymous source descriptor', 'AMBER-ANON-DESC'), reliability: 'B', credibility: 2 }],
    sourceArticle: ids['art.amber'],
  });
  await briefing('strict', 'never', {
    title: canary('never', 'AMBER+STRICT briefing title', 'STRICT-TITLE'),
    summary: canary('never', 'AMBER+STRICT briefing summary', 'STRICT-SUMMARY'),
    marking: 'amber+strict',
    incident: incident('strategic-developments', 'arrests', '2025-07-03', ids['p.strict']!),
    actorRoles: [{ actor: ids['a.strict'], role: 'perpetrator' }],
    sources: [{ kind: 'official', anonymous: true, descriptor: canary('never', 'AMBER+STRICT anonymous source descriptor', 'STRICT-ANON-DESC'), reliability: 'A', credibility: 1 }],
    // The seed article's newest briefing: its JSON-LD must still be the seed briefing's.
    sourceArticle: ids['art.seed'],
  });
  // RED shares the seed's date, country and event type, so filter combinations that select the seed would select it too.
  await briefing('red', 'never', {
    title: canary('never', 'RED briefing title', 'RED-TITLE'),
    summary: canary('never', 'RED briefing summary', 'RED-SUMMARY'),
    body: canary('never', 'RED briefing body', 'RED-BODY'),
    marking: 'red',
    reviewStage: 'approved',
    incident: incident('explosions-remote-violence', 'air-drone-strike', '2025-03-13', ids['p.red']!, {
      dateAsWritten: canary('never', 'RED date as written', 'RED-DATE-WRITTEN'),
      fatalitiesMin: 7,
      fatalitiesMax: 9,
      fatalitiesAsWritten: canary('never', 'RED deaths as written', 'RED-DEATHS-WRITTEN'),
    }),
    places: [ids['p.redOther'], ids['p.parentOfClear'], ids['p.parentOfOther']],
    actorRoles: [
      { actor: ids['a.red'], role: 'perpetrator', certainty: 'claimed', note: canary('never', 'RED actor role note', 'RED-ROLE-NOTE') },
      { actor: ids['a.redOrg'], role: 'associated' },
      { actor: ids['a.affilOrg'], role: 'claimant' },
      { actor: ids['a.speakerOrg'], role: 'commentator' },
    ],
    quotes: [{ text: canary('never', 'RED quote', 'RED-QUOTE'), speaker: ids['a.redSpeaker'], medium: canary('never', 'RED quote medium', 'RED-QUOTE-MEDIUM'), saidAt: '2025-03-14' }],
    sources: [
      { kind: 'official', name: canary('never', 'RED named source', 'RED-SOURCE-NAME'), url: `https://canary-red-source-url-${SUFFIX}.example/report` },
      { kind: 'official', anonymous: true, descriptor: canary('never', 'RED anonymous source descriptor', 'RED-ANON-DESC'), reliability: 'A', credibility: 1 },
    ],
    assessment: { threatLevel: 'critical', trend: 'escalating', likelihood: 'almost-certain', confidence: 'high', judgement: canary('never', 'RED assessment judgement', 'RED-JUDGEMENT') },
    corrections: [{ correctedAt: '2025-03-15T10:00:00.000Z', text: canary('never', 'RED correction', 'RED-CORRECTION') }],
    sourceArticle: ids['art.red'],
  });
  canaries.push({ what: 'RED named source URL', value: `canary-red-source-url-${SUFFIX}`, level: 'never' });

  // A CLEAR briefing that was never published.
  await briefing(
    'clearDraft',
    'never',
    {
      title: canary('never', 'never-published CLEAR draft title', 'DRAFT-TITLE'),
      summary: canary('never', 'never-published CLEAR draft summary', 'DRAFT-SUMMARY'),
      marking: 'clear',
      incident: incident('battles', 'armed-clash', '2025-03-13', ids['p.draft']!),
      actorRoles: [{ actor: ids['a.draft'], role: 'perpetrator' }],
      sources: [{ kind: 'media', name: canary('never', 'never-published draft source', 'DRAFT-SOURCE-NAME') }],
      sourceArticle: ids['art.clearDraft'],
    },
    false,
  );

  // A CLEAR briefing published, then given a new draft: only the published version may be seen.
  const redraftSources = [{ kind: 'media', name: 'Leak suite wire' }];
  const redraft = await briefing('redraft', null, {
    title: 'Leak suite briefing published before its redraft',
    summary: 'The published version of a briefing that now has a newer draft.',
    marking: 'clear',
    incident: incident('protests', 'peaceful-protest', '2025-04-10', ids['p.clear']!),
    sources: redraftSources,
    sourceArticle: ids['art.redraft'],
  });
  await docs(BRIEFING).update({
    documentId: redraft,
    data: {
      title: canary('never', 'title of the unpublished new draft', 'REDRAFT-TITLE'),
      summary: canary('never', 'summary of the unpublished new draft', 'REDRAFT-SUMMARY'),
      body: canary('never', 'body of the unpublished new draft', 'REDRAFT-BODY'),
      actorRoles: [{ actor: ids['a.redraft'], role: 'perpetrator' }],
      sources: redraftSources,
    } as any,
  });

  // A CLEAR briefing published, then re-marked RED in a new draft: the stricter marking applies to the published version at once.
  const remarkedData = {
    title: canary('never', 'title of a CLEAR briefing re-marked RED in its draft', 'REMARKED-TITLE'),
    summary: canary('never', 'summary of a CLEAR briefing re-marked RED in its draft', 'REMARKED-SUMMARY'),
    marking: 'clear',
    incident: incident('riots', 'mob-violence', '2025-10-06', ids['p.clear']!),
    sources: [{ kind: 'media', name: canary('never', 'source of a CLEAR briefing re-marked RED', 'REMARKED-SOURCE') }],
  };
  const remarked = await briefing('remarked', 'never', remarkedData);
  await docs(BRIEFING).update({ documentId: remarked, data: { ...remarkedData, marking: 'red' } as any });

  // A CLEAR briefing published with a named source, then the source made anonymous in a new draft: the published name goes.
  const withheldData = {
    title: 'Leak suite briefing whose source was withheld',
    summary: 'A public briefing whose named source was later made anonymous.',
    marking: 'clear',
    incident: incident('riots', 'violent-demonstration', '2025-11-07', ids['p.clear']!),
  };
  const withheld = await briefing('withheld', null, {
    ...withheldData,
    sources: [{ kind: 'witness', name: canary('never', 'name of a source made anonymous after publication', 'WITHHELD-NAME'), url: `https://canary-withheld-url-${SUFFIX}.example/` }],
  });
  canaries.push({ what: 'URL of a source made anonymous after publication', value: `canary-withheld-url-${SUFFIX}`, level: 'never' });
  await docs(BRIEFING).update({
    documentId: withheld,
    data: { ...withheldData, sources: [{ kind: 'witness', anonymous: true, descriptor: canary('partner', 'descriptor of a source made anonymous after publication', 'WITHHELD-DESC') }] } as any,
  });

  // A CLEAR briefing published, then unpublished.
  const unpublished = await briefing('unpublished', 'never', {
    title: canary('never', 'title of an unpublished CLEAR briefing', 'UNPUBLISHED-TITLE'),
    summary: canary('never', 'summary of an unpublished CLEAR briefing', 'UNPUBLISHED-SUMMARY'),
    marking: 'clear',
    incident: incident('battles', 'armed-clash', '2025-03-13', ids['p.clear']!),
    sources: [{ kind: 'media', name: 'Leak suite wire' }],
  });
  await docs(BRIEFING).unpublish({ documentId: unpublished });

  // A CLEAR briefing whose actor belongs to a RED-only organisation and whose place lies in a RED-only place;
  // a named source with a descriptor and a grade, and an anonymous source with a name, a URL, a descriptor and a grade.
  await briefing('clearLinks', null, {
    title: 'Leak suite member of a restricted organisation arrested',
    summary: 'A public briefing whose links point at restricted records.',
    marking: 'clear',
    incident: incident('strategic-developments', 'arrests', '2025-08-04', ids['p.clearChild']!),
    places: [ids['p.clearOther']],
    actorRoles: [{ actor: ids['a.member'], role: 'victim' }],
    quotes: [{ text: 'Leak suite quoted words.', speaker: ids['a.speaker'], medium: 'statement' }],
    sources: [
      {
        kind: 'media',
        name: 'Leak suite named outlet',
        url: 'https://outlet.example/leak-suite',
        descriptor: canary('partner', 'named source descriptor in a CLEAR briefing', 'NAMED-DESC'),
        reliability: 'B',
        credibility: 2,
      },
      {
        kind: 'official',
        anonymous: true,
        name: canary('partner', 'anonymous source name in a CLEAR briefing', 'ANON-NAME'),
        url: `https://canary-anon-url-${SUFFIX}.example/x`,
        descriptor: canary('partner', 'anonymous source descriptor in a CLEAR briefing', 'ANON-DESC'),
        reliability: 'E',
        credibility: 5,
      },
    ],
  });
  canaries.push({ what: 'anonymous source URL in a CLEAR briefing', value: `canary-anon-url-${SUFFIX}`, level: 'partner' });

  // A CLEAR briefing whose text cells would start spreadsheet formulas.
  await briefing('formula', null, {
    title: 'Leak suite formula briefing',
    summary: '=HYPERLINK("http://x","y")',
    marking: 'clear',
    incident: incident('battles', 'armed-clash', '2025-09-05', ids['p.clear']!, { dateAsWritten: '-1 day', fatalitiesAsWritten: '@dawn' }),
    actorRoles: [
      { actor: ids['a.formulaAt'], role: 'perpetrator', note: '=1+1' },
      { actor: ids['a.formulaPlus'], role: 'target' },
    ],
    sources: [{ kind: 'media', name: '-Leak suite minus source' }],
  });

  const seed = await docs(BRIEFING).findFirst({ status: 'published', filters: { marking: 'clear', sourceArticle: { documentId: ids['art.seed'] } } } as any);
  ids['b.seed'] = seed!.documentId;
  titles.seed = seed!.title;

  // ---- ground truth from the database ------------------------------------------------------
  const rows = (await docs(BRIEFING).findMany({
    status: 'published',
    populate: {
      actorRoles: { populate: { actor: { fields: ['documentId', 'name'] } } },
      quotes: { populate: { speaker: { fields: ['documentId'] } } },
      incident: { populate: { place: { fields: ['documentId'] } } },
      places: { fields: ['documentId'] },
    },
    limit: 1000,
  } as any)) as any[];
  const published: PublishedModel[] = rows.map((row) => ({
    documentId: row.documentId,
    marking: row.marking,
    eventType: row.eventType ?? null,
    countryCode: row.countryCode ?? null,
    incidentDate: row.incidentDate ? String(row.incidentDate).slice(0, 10) : null,
    actorIds: (row.actorRoles ?? []).map((r: any) => r.actor?.documentId).filter(Boolean),
    actorNames: (row.actorRoles ?? []).map((r: any) => r.actor?.name).filter(Boolean),
  }));
  const visibleActors = {} as Record<Audience, Set<string>>;
  const visiblePlaces = {} as Record<Audience, Set<string>>;
  for (const audience of AUDIENCES) {
    const actors = new Set<string>();
    const places = new Set<string>();
    for (const row of rows.filter((r) => MARKINGS_OF[audience].includes(r.marking))) {
      for (const role of row.actorRoles ?? []) if (role.actor) actors.add(role.actor.documentId);
      for (const quote of row.quotes ?? []) if (quote.speaker) actors.add(quote.speaker.documentId);
      if (row.incident?.place) places.add(row.incident.place.documentId);
      for (const p of row.places ?? []) places.add(p.documentId);
    }
    visibleActors[audience] = actors;
    visiblePlaces[audience] = places;
  }
  const publishedIds = new Set(published.map((b) => b.documentId));
  const articleCount = await docs(ARTICLE as any).count({});

  return {
    canaries,
    ids,
    slugs,
    names,
    titles,
    published,
    visibleActors,
    visiblePlaces,
    briefingKeys: BRIEFING_KEYS,
    visibleBriefing(audience, key) {
      const documentId = ids[`b.${key}`]!;
      const model = published.find((b) => b.documentId === documentId);
      return publishedIds.has(documentId) && !!model && MARKINGS_OF[audience].includes(model.marking);
    },
    articleCount,
    forbiddenFor(audience) {
      return canaries.filter((c) => forbiddenLevels(audience).includes(c.level));
    },
  };
}

// ---- callers ---------------------------------------------------------------------------------

export interface Callers {
  /** The token each audience sends as a Bearer (undefined: anonymous). */
  tokens: Record<Audience, string | undefined>;
  /** What the U&P login answered, for the report. */
  loginShape: string[];
}

export async function createCallers(demo: Demo): Promise<Callers> {
  const fullAccess = await demo.apiToken({ name: 'leak suite full access', type: 'full-access' });
  const readOnly = await demo.apiToken({ name: 'leak suite read only', type: 'read-only' });
  const green = await demo.apiToken({
    name: 'leak suite green feed',
    type: 'custom',
    permissions: [
      'briefing.find',
      'briefing.findOne',
      'briefing.exportOne',
      'briefing.exportMany',
      'actor.find',
      'actor.findOne',
      'place.find',
      'place.findOne',
      'format.csv',
      'format.geojson',
      'format.stix',
      'marking.green',
    ].map(pluginAction),
  });

  // A Users & Permissions role cleared to AMBER, with every read route and every export format.
  const { jwt, login } = await demo.usersPermissionsUser({
    role: 'Leak suite partner desk',
    actions: [
      ...['briefing.find', 'briefing.findOne', 'briefing.exportOne', 'briefing.exportMany', 'briefing.articleJsonLd'].map(pluginAction),
      ...['actor.find', 'actor.findOne', 'place.find', 'place.findOne'].map(pluginAction),
      ...['format.stix', 'format.jsonld', 'format.ninjs', 'format.csv', 'format.geojson', 'marking.amber'].map(pluginAction),
      'api::article.article.find',
      'api::article.article.findOne',
    ],
    email: 'leak-partner@example.org',
    password: 'Leak-partner-1',
  });

  return {
    tokens: { public: undefined, publicTicked: undefined, readOnly, green, fullAccess, upAmber: jwt },
    loginShape: Object.keys(login),
  };
}

/** Ticks marking.amber and marking.red (and format.stix) on the Public role, through the users-permissions services. */
export async function tickPublicRole(strapi: Core.Strapi) {
  const roles = strapi.plugin('users-permissions').service('role');
  const publicRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  const current = await roles.findOne(publicRole.id);
  const controllers = current.permissions[PLUGIN].controllers;
  controllers.marking = { ...controllers.marking, amber: { enabled: true, policy: '' }, red: { enabled: true, policy: '' } };
  controllers.format = { ...controllers.format, stix: { enabled: true, policy: '' } };
  await roles.updateRole(publicRole.id, { name: current.name, description: current.description, permissions: current.permissions });
  const granted = await strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: publicRole.id } });
  return granted.map((p: any) => p.action as string).filter((a: string) => a.startsWith(PLUGIN)).sort();
}
