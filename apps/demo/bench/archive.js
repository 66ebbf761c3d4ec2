// A newsroom's archive for the API benchmark, made up but shaped like the real thing: places from the
// entities package's gazetteer, actors named after them, briefings whose controlled fields come from
// the entities vocabularies. Pure data (no Strapi); the same seed gives the same archive.
const {
  ACTOR_KINDS,
  CERTAINTIES,
  CONFIDENCE_LEVELS,
  COUNTRY_CODES,
  LIKELIHOODS,
  SOURCE_KINDS,
  SOURCE_RELIABILITY,
  INFORMATION_CREDIBILITY,
  SUB_EVENT_TYPES,
  THREAT_LEVELS,
  TLP_MARKINGS,
  TRENDS,
  countryName,
  eventTypeTerm,
  formatPartialDate,
  placeKey,
  loadPlaces,
} = require('@security-briefings/entities');

/** Small, fast, seedable PRNG (mulberry32), so a run can be repeated. */
function randomness(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  /** A pick from [value, weight] pairs. */
  const weighted = (pairs) => {
    let roll = next() * pairs.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of pairs) if ((roll -= w) < 0) return value;
    return pairs[pairs.length - 1][0];
  };
  /** Early entries far more often than late ones: a few actors and places are in the news all the time. */
  const popular = (list) => list[Math.floor(list.length * next() ** 2.5)];
  return { next, int, pick, chance, weighted, popular };
}

// Where a newsroom's security desk reports most; the rest of the world appears now and then.
const HOTSPOTS = ['IQ', 'SY', 'UA', 'SD', 'YE', 'AF', 'ML', 'BF', 'NG', 'SO', 'CD', 'MM', 'LB', 'PS', 'IL', 'LY', 'ET', 'PK', 'CO', 'MX', 'HT', 'NE', 'MZ', 'CM', 'TR'];

// TLP markings in an archive, CLEAR to RED as the vocabulary orders them: about half public.
const MARKING_SHARE = TLP_MARKINGS.values.map((marking, i) => [marking, [50, 20, 15, 8, 7][i]]);
const PRECISION_SHARE = [['day', 75], ['week', 8], ['month', 10], ['year', 7]];
const ROLE_PLAN = ['perpetrator', 'target', 'victim', 'associated', 'claimant', 'announcer', 'commentator', 'mentioned'];

// Only person names and a few words of headline are made up here; every choice field comes from the vocabularies.
const GIVEN_NAMES = ['Ahmed', 'Fatima', 'Olena', 'Mamadou', 'Aisha', 'Ivan', 'Maria', 'Hassan', 'Nadia', 'Ibrahim', 'Chen', 'Amina', 'Yusuf', 'Sofia', 'Kofi', 'Leila', 'Tomas', 'Zainab', 'Omar', 'Ana', 'Dmytro', 'Moussa', 'Farah', 'Juan', 'Hamid', 'Grace', 'Karim', 'Mariam'];
const FAMILY_NAMES = ['al-Hashimi', 'Kovalenko', 'Traoré', 'Okafor', 'Haddad', 'Petrenko', 'Diallo', 'Mansour', 'García', 'Yilmaz', 'Abdullahi', 'Rahimi', 'Nasser', 'Mensah', 'Shevchenko', 'Keita', 'Osman', 'Mendoza', 'Farouk', 'Hussaini', 'Tkachenko', 'Coulibaly', 'Saleh', 'Ochieng', 'Karimi', 'Bakr', 'Ndiaye', 'Rossi'];
const ORG_FORMS = {
  'state-force': ['{country} Armed Forces', '{country} National Police', '{region} Border Guard', '{country} Intelligence Service', '{region} Security Command', '{town} Garrison'],
  'armed-group': ['{region} Liberation Front', '{town} Defence Brigades', 'Popular Resistance of {region}', '{town} Martyrs Battalion', 'Army of {region}', '{region} Self-Defence Militia'],
  government: ['Government of {country}', 'Ministry of the Interior of {country}', 'Governorate of {region}', 'Municipality of {town}', 'Ministry of Defence of {country}'],
  'political-party': ['{region} Democratic Union', 'National Front of {country}', '{town} Workers Party', 'Movement for {region}'],
  media: ['{town} Tribune', 'Radio {town}', '{country} News Agency', '{region} Television'],
  intergovernmental: ['United Nations Mission in {country}', 'Regional Monitoring Mission for {region}', 'Ceasefire Commission for {country}'],
  'other-organization': ['{town} Human Rights Centre', '{country} Red Crescent', '{region} Displaced People Committee', '{town} Chamber of Commerce'],
};
const PERSON_TITLES = ['Spokesperson for {org}', 'Commander of {org}', 'Leader of {org}', 'Governor of {region}', 'Minister, {country}', 'Mayor of {town}'];
const ANONYMOUS = ['security officials', 'a local official', 'a resident', 'a humanitarian worker', 'a diplomat', 'a member of the group'];
const ACTOR_KIND_SHARE = [['person', 45], ['state-force', 12], ['armed-group', 15], ['government', 10], ['political-party', 5], ['media', 6], ['intergovernmental', 2], ['other-organization', 5]];

const initials = (name) => name.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
const fill = (form, words) => form.replace(/\{(\w+)\}/g, (_, key) => words[key]);
/** A URL-safe slug (the plugin's rule: lower-case letters and digits joined by hyphens). */
const slug = (text) => placeKey(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');

/**
 * The gazetteer's data file, read as its generator (entities src/extraction/gazetteer/generate.mjs)
 * describes it: kind (N country, A first-level division, C capital, T town), name, country code,
 * division number, lat, lon, population.
 */
function readGazetteer() {
  const byCountry = new Map();
  let division = 0;
  for (const line of loadPlaces().toString('utf8').split('\n')) {
    const [kind, name, country, divisionNo, lat, lon, population] = line.split('\t');
    if (!byCountry.has(country)) byCountry.set(country, { regions: [], towns: [] });
    const entry = byCountry.get(country);
    if (kind === 'A') entry.regions.push({ no: division++, name, latitude: Number(lat), longitude: Number(lon) });
    if (kind === 'C' || kind === 'T') entry.towns.push({ name, division: divisionNo === '' ? null : Number(divisionNo), latitude: Number(lat), longitude: Number(lon), population: Number(population) || 0 });
  }
  return byCountry;
}

/** The countries the archive covers: the hotspots, heavily, and a spread of others. */
function chooseCountries(random, gazetteer, count) {
  const usable = (code) => countryName(code) && gazetteer.get(code)?.regions.length && gazetteer.get(code)?.towns.length;
  const chosen = HOTSPOTS.filter(usable).map((code, i) => [code, 40 - i]);
  const others = COUNTRY_CODES.filter((code) => usable(code) && !HOTSPOTS.includes(code));
  while (chosen.length < count && others.length) chosen.push([others.splice(random.int(0, others.length - 1), 1)[0], random.int(1, 4)]);
  return chosen;
}

/**
 * The places: each country, some of its provinces and towns (the most populous first), towns under
 * their province. Keys are local; the seeder turns them into documentIds.
 */
function makePlaces(random, gazetteer, countries, total) {
  const places = [];
  const byCountry = new Map();
  const weightSum = countries.reduce((sum, [, w]) => sum + w, 0);
  for (const [code, weight] of countries) {
    const { regions, towns } = gazetteer.get(code);
    const budget = Math.max(3, Math.round((total * weight) / weightSum));
    const country = { key: places.length, name: countryName(code), kind: 'country', countryCode: code };
    places.push(country);
    const local = { country, regions: [], towns: [] };
    const regionsByNo = new Map();
    for (const region of regions.slice(0, Math.max(1, Math.round(budget / 3)))) {
      const place = { key: places.length, name: region.name, kind: 'admin1', countryCode: code, admin1: region.name, latitude: region.latitude, longitude: region.longitude, parent: country.key };
      places.push(place);
      local.regions.push(place);
      regionsByNo.set(region.no, place);
    }
    const biggest = [...towns].sort((a, b) => b.population - a.population).slice(0, Math.max(1, budget - local.regions.length - 1));
    for (const town of biggest) {
      const region = regionsByNo.get(town.division);
      const place = { key: places.length, name: town.name, kind: 'city', countryCode: code, admin1: region?.name, latitude: town.latitude, longitude: town.longitude, parent: region ? region.key : country.key };
      places.push(place);
      local.towns.push(place);
    }
    byCountry.set(code, local);
  }
  for (const place of places) {
    const plain = placeKey(place.name);
    // Names written with accents are also searched without them.
    if (plain !== place.name.toLowerCase() && random.chance(0.7)) place.aliases = [{ value: plain.replace(/\b\w/g, (c) => c.toUpperCase()), kind: 'transliteration' }];
  }
  return { places, byCountry };
}

/** The actors: organisations named after the places they work in, and people, most of them affiliated. */
function makeActors(random, countries, placesByCountry, total) {
  const actors = [];
  const names = new Set();
  const byCountry = new Map(countries.map(([code]) => [code, []]));
  const weightSum = countries.reduce((sum, [, w]) => sum + w, 0);
  const add = (actor) => {
    if (names.has(actor.name)) return null;
    names.add(actor.name);
    actor.key = actors.length;
    actors.push(actor);
    byCountry.get(actor.countryCode ?? countries[0][0])?.push(actor);
    return actor;
  };
  for (let attempt = 0; actors.length < total && attempt < total * 20; attempt++) {
    const code = random.weighted(countries.map(([c, w]) => [c, w + weightSum / 100]));
    const local = placesByCountry.get(code);
    const words = { country: countryName(code), region: random.pick(local.regions).name, town: random.pick(local.towns).name };
    const kind = random.weighted(ACTOR_KIND_SHARE);
    if (kind !== 'person') {
      const name = fill(random.pick(ORG_FORMS[kind]), words);
      const short = initials(name);
      add({ name, kind, countryCode: kind === 'intergovernmental' ? undefined : code, aliases: short.length > 2 ? [{ value: short, kind: 'acronym' }] : undefined });
      continue;
    }
    const organisations = byCountry.get(code).filter((a) => a.kind !== 'person');
    const org = organisations.length && random.chance(0.7) ? random.pick(organisations) : null;
    const family = random.pick(FAMILY_NAMES);
    const name = `${random.pick(GIVEN_NAMES)} ${random.pick(GIVEN_NAMES)} ${family}`;
    const aliases = [{ value: family, kind: 'short-form' }];
    if (random.chance(0.15)) aliases.push({ value: `Abu ${random.pick(GIVEN_NAMES)}`, kind: 'kunya' });
    const title = fill(random.pick(PERSON_TITLES.filter((t) => org || !t.includes('{org}'))), { ...words, org: org?.name });
    add({ name, kind: 'person', title, countryCode: code, affiliation: org ? org.key : undefined, aliases });
  }
  for (const list of byCountry.values()) list.sort(() => random.next() - 0.5);
  return { actors, byCountry };
}

const pad = (n) => String(n).padStart(2, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How far back incidents go: their dates spread evenly over the last ten years. */
const INCIDENT_DAYS = 3650;

/** An incident date within the last INCIDENT_DAYS, as precise as the reporting allowed. */
function incidentDate(random, today) {
  const day = new Date(today.getTime() - random.int(0, INCIDENT_DAYS) * 86400000);
  const precision = random.weighted(PRECISION_SHARE);
  if (precision === 'week') day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7)); // the Monday of that week
  const parts = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
  const date = formatPartialDate(parts, precision);
  const month = MONTHS[parts.month - 1];
  const asWritten = { day: `on ${parts.day} ${month}`, week: `in the week of ${parts.day} ${month}`, month: `in ${month} ${parts.year}`, year: `in ${parts.year}` }[precision];
  // A date column holds a whole day: a month or a year is stored as its first day.
  const stored = { day: parts, week: parts, month: { ...parts, day: 1 }, year: { ...parts, month: 1, day: 1 } }[precision];
  return { date, precision, asWritten, calendar: `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`, stored: `${stored.year}-${pad(stored.month)}-${pad(stored.day)}` };
}

const VIOLENT = new Set(['battles', 'explosions-remote-violence', 'violence-against-civilians', 'riots']);

/** Where an incident in this country happened: mostly a town, sometimes only the province is known. */
const incidentPlace = (random, local) => (random.chance(0.8) ? random.popular(local.towns) : random.popular(local.regions));

/** An ACLED sub-event type, violent ones three times as often, among those `allowed` keeps. */
const subEventType = (random, allowed = () => true) =>
  random.weighted(SUB_EVENT_TYPES.filter(allowed).map((s) => [s, VIOLENT.has(s.eventType) ? 3 : 1]));

/** 3-8 places a briefing mentions: the incident's, its province and country, and others nearby or abroad. */
function mentionedPlaces(random, places, local, where) {
  const mentioned = new Set([where.key, where.parent, local.country.key].filter((key) => key !== undefined));
  const placeCount = random.int(3, 8);
  for (let tries = 0; mentioned.size < placeCount && tries < 40; tries++) {
    mentioned.add(random.chance(0.7) ? random.popular([...local.towns, ...local.regions]).key : random.pick(places).key);
  }
  return [...mentioned];
}

const headline = (sub, where, code, killed) => {
  const label = `${sub.label} in ${where.name}, ${countryName(code)}`;
  return killed ? `${label}: ${killed} killed` : label;
};
const summaryOf = (sub, where, when, killed, perpetrator) =>
  `${sub.label} (${eventTypeTerm(sub.eventType).label}) in ${where.name}${when ? ` ${when.asWritten}` : ''}${killed ? `, with at least ${killed} dead` : ''}. ${perpetrator} is named as perpetrator.`;
const ARTICLE_ENDINGS = ['officials say', 'witnesses report', 'reports say', 'a statement says'];

/** One briefing and its source article, linking actors and places by key. */
function makeBriefing(random, i, world, today) {
  const { places, byCountry: placesByCountry, actors, actorsByCountry, countries } = world;
  const code = random.weighted(countries);
  const local = placesByCountry.get(code);
  const where = incidentPlace(random, local);
  const sub = subEventType(random);
  const when = incidentDate(random, today);
  const violent = VIOLENT.has(sub.eventType);
  const killed = violent && random.chance(0.7) ? Math.floor(random.next() ** 3 * 80) : 0;
  const killedMax = killed + (random.chance(0.3) ? random.int(1, 10) : 0);

  // 5-11 actor roles, mostly actors of the country, a few from anywhere.
  const cast = [];
  const roleCount = random.int(5, 11);
  for (let k = 0; k < roleCount; k++) {
    const pool = random.chance(0.85) && actorsByCountry.get(code).length ? actorsByCountry.get(code) : actors;
    const actor = random.popular(pool);
    cast.push({ actor: actor.key, role: k < ROLE_PLAN.length ? ROLE_PLAN[k] : random.pick(ROLE_PLAN), certainty: random.pick(CERTAINTIES.values), note: random.chance(0.2) ? `Named in ${random.int(1, 4)} of the reports.` : undefined });
  }
  const speakers = cast.map((role) => actors[role.actor]).filter((actor) => actor.kind === 'person');
  const quotes = Array.from({ length: random.int(speakers.length ? 1 : 0, Math.min(4, speakers.length)) }, () => {
    const speaker = random.pick(speakers);
    return {
      text: `What happened in ${where.name} ${when.asWritten} ${random.pick(['must not go unanswered', 'was a tragedy for every family there', 'shows the situation is under control', 'will be investigated in full'])}.`,
      speaker: speaker.key,
      medium: random.pick(['press conference', 'statement on X', 'interview', 'televised address', 'communiqué']),
      saidAt: when.precision === 'day' ? when.date : undefined,
    };
  });

  const mentioned = mentionedPlaces(random, places, local, where);

  const sources = Array.from({ length: random.int(1, 4) }, (_, k) => {
    const kind = random.pick(SOURCE_KINDS.values);
    const grade = { reliability: random.pick(SOURCE_RELIABILITY.values), credibility: Number(random.pick(INFORMATION_CREDIBILITY.values)) };
    if (random.chance(0.25)) return { kind, anonymous: true, descriptor: random.pick(ANONYMOUS), ...grade };
    const name = kind === 'media' ? `${random.pick(local.towns).name} Tribune` : `${countryName(code)} ${SOURCE_KINDS.label(kind)} source ${k + 1}`;
    return { kind, anonymous: false, name, url: kind === 'media' ? `https://news.example/${slug(name)}/${i}` : undefined, ...grade };
  });

  const title = headline(sub, where, code, killed);
  const summary = summaryOf(sub, where, when, killed, actors[cast[0].actor].name);
  const briefing = {
    title,
    slug: `${slug(title)}-${i}`,
    summary,
    body: random.chance(0.3) ? `${summary}\n\n## Background\n\n${actors[cast[1].actor].name} and ${actors[cast[2].actor].name} have clashed in ${local.country.name} before.` : undefined,
    marking: random.weighted(MARKING_SHARE),
    reviewStage: 'approved',
    incident: {
      eventType: sub.eventType,
      subEventType: sub.value,
      date: when.date,
      datePrecision: when.precision,
      dateAsWritten: when.asWritten,
      place: where.key,
      geoPrecision: where.kind === 'city' ? random.weighted([[1, 4], [2, 1]]) : 3,
      fatalitiesMin: violent ? killed : undefined,
      fatalitiesMax: violent ? killedMax : undefined,
      fatalitiesAsWritten: killed ? `at least ${killed} killed` : undefined,
      injured: violent && random.chance(0.5) ? random.int(0, 120) : undefined,
    },
    actorRoles: cast,
    places: mentioned,
    quotes,
    sources,
    assessment: {
      threatLevel: random.pick(THREAT_LEVELS.values),
      trend: random.pick(TRENDS.values),
      likelihood: random.pick(LIKELIHOODS.values),
      confidence: random.pick(CONFIDENCE_LEVELS.values),
      judgement: `Further ${sub.label.toLowerCase()} events in ${local.country.name} are ${LIKELIHOODS.label(random.pick(LIKELIHOODS.values)).toLowerCase()}.`,
    },
    corrections: random.chance(0.05) ? [{ correctedAt: `${when.calendar}T12:00:00.000Z`, text: 'An earlier version misspelt a place name.' }] : undefined,
  };
  const paragraphs = [summary, ...quotes.map((q) => `“${q.text}” said ${actors[q.speaker].name} in a ${q.medium}.`), briefing.assessment.judgement];
  while (paragraphs.join('\n').length < 1500) paragraphs.push(`${local.country.name}: ${random.pick(places).name} and ${where.name} have seen ${random.int(2, 40)} such events this year, according to ${random.pick(actors).name}.`);
  const article = {
    title: `${title}, ${random.pick(ARTICLE_ENDINGS)}`,
    slug: `${slug(title)}-article-${i}`,
    body: paragraphs.join('\n'),
    publishedDate: when.calendar,
    outlet: 'Demo Newsroom',
  };
  return { briefing, article };
}

/**
 * The archive: `briefings` published briefings (each with its source article), the actors and places
 * they share, and a few undated drafts (a briefing cannot be published without a date). Only the
 * first `templates` briefings (and one draft per hundred of them) are written out in full; the rest
 * are to be copies of those, made by `varyCopy` (the seeder writes them in SQL). The actors and
 * places are sized for the whole archive.
 */
function makeArchive({ briefings, templates = briefings, seed = 2025, today = new Date() }) {
  const random = randomness(seed);
  const gazetteer = readGazetteer();
  const countries = chooseCountries(random, gazetteer, 60);
  const { places, byCountry } = makePlaces(random, gazetteer, countries, Math.min(2000, Math.max(150, Math.round(briefings * 0.2))));
  const { actors, byCountry: actorsByCountry } = makeActors(random, countries, byCountry, Math.min(3000, Math.max(200, Math.round(briefings * 0.3))));
  const world = { places, byCountry, actors, actorsByCountry, countries };
  const written = Math.min(templates, briefings);
  const stories = Array.from({ length: written }, (_, i) => ({ key: i, ...makeBriefing(random, i, world, today) }));
  const drafts = Array.from({ length: Math.ceil(written / 100) }, (_, i) => {
    const { briefing, article } = makeBriefing(random, written + i, world, today);
    const { date, datePrecision, dateAsWritten, ...undated } = briefing.incident;
    return { key: written + i, briefing: { ...briefing, reviewStage: 'drafting', incident: undated }, article };
  });
  const countryOf = (story) => places[story.briefing.incident.place].countryCode;
  let nextKey = written + drafts.length;

  /**
   * What makes a copy of one of `from` (stories or drafts, seeded for real) a briefing of its own: a
   * country drawn as the archive draws them and a template reported there (so its actors are mostly
   * local), another place there and the places around it, a sub-event type of the same kind (violent
   * or not, so the template's deaths still fit), a new date (if the template has one) and marking,
   * and the headline, summary and article title that follow from them.
   */
  function varyCopy(from) {
    const code = random.weighted(countries);
    const local = byCountry.get(code);
    const sameCountry = from.filter((story) => countryOf(story) === code);
    const template = random.pick(sameCountry.length ? sameCountry : from);
    const { incident, actorRoles } = template.briefing;
    const where = incidentPlace(random, local);
    const sub = subEventType(random, (s) => VIOLENT.has(s.eventType) === VIOLENT.has(incident.eventType));
    const when = incident.date ? incidentDate(random, today) : null;
    const killed = incident.fatalitiesMin ?? 0;
    const key = nextKey++;
    const title = headline(sub, where, code, killed);
    return {
      key,
      template,
      marking: random.weighted(MARKING_SHARE),
      country: code,
      place: where.key,
      places: mentionedPlaces(random, places, local, where),
      incident: when
        ? { eventType: sub.eventType, subEventType: sub.value, date: when.stored, datePrecision: when.precision, dateAsWritten: when.asWritten }
        : { eventType: sub.eventType, subEventType: sub.value },
      // Quotes are dated only when the incident's day is known.
      saidAt: when?.precision === 'day' ? when.stored : null,
      title,
      slug: `${slug(title)}-${key}`,
      summary: summaryOf(sub, where, when, killed, actors[actorRoles[0].actor].name),
      article: {
        title: `${title}, ${random.pick(ARTICLE_ENDINGS)}`,
        slug: `${slug(title)}-article-${key}`,
        ...(when ? { publishedDate: when.calendar } : {}),
      },
    };
  }

  return {
    places,
    actors,
    stories,
    drafts,
    countries: countries.map(([code]) => code),
    // How many of each are still to be made as copies.
    copies: { briefings: briefings - stories.length, drafts: Math.ceil(briefings / 100) - drafts.length },
    varyCopy,
  };
}

module.exports = { makeArchive, INCIDENT_DAYS };
