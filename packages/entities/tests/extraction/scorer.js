// Scores a briefing draft against a gold file (the format of shared/fixtures/seed-article.gold.json).
// Plain CommonJS so that the jest tests and bench/extraction.js share it.
//
// An actor or place is found when its name or an alias matches a gold name or alias (places also
// need the right country code); matching a gold entity already matched is a duplicate and counts
// as a false positive; matching an `optional` entity counts neither way. A quote needs the right
// speaker and most of the gold words. Each incident field is its own category, scored right or wrong.
//
// CATEGORIES are the eight (their mean is the macro-F1 we report); PRECISION_CATEGORIES are
// scored and printed beside them: the incident's place (a wrong place in the right country is wrong),
// the date's precision and the fatality figure. ALL_CATEGORIES is both.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const CATEGORIES = ['people', 'organizations', 'locations', 'quotes', 'eventType', 'subEventType', 'incidentDate', 'country'];
const PRECISION_CATEGORIES = ['incidentPlace', 'datePrecision', 'fatalities'];
const ALL_CATEGORIES = [...CATEGORIES, ...PRECISION_CATEGORIES];
/** Each incident category and the field of the gold file's `incident` it compares. */
const INCIDENT_FIELDS = {
  eventType: 'type',
  subEventType: 'subType',
  incidentDate: 'date',
  country: 'countryCode',
  datePrecision: 'datePrecision',
  fatalities: 'fatalities',
};

/**
 * What the scorer reads of a draft, in the gold file's terms: actors (name, aliases, kind), places
 * (name, aliases, countryCode), quotes (speaker name, text) and the incident's fields. The one place
 * that knows the extractor's output shape.
 */
function draftView(draft) {
  const forms = (aliases) => (aliases ?? []).map((alias) => alias.value);
  const incident = draft.incident ?? {};
  return {
    actors: draft.actorRoles.map(({ actor }) => ({ name: actor.name, kind: actor.kind, aliases: forms(actor.aliases) })),
    locations: draft.places.map((place) => ({ name: place.name, countryCode: place.countryCode, aliases: forms(place.aliases) })),
    quotes: draft.quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker?.name ?? null })),
    incident: {
      type: incident.eventType,
      subType: incident.subEventType,
      date: incident.date,
      datePrecision: incident.datePrecision,
      countryCode: incident.countryCode ?? undefined,
      location: incident.place?.name,
      // No toll reported is none, as the gold files write it.
      fatalities: incident.fatalitiesMin ?? 0,
    },
  };
}

const normalise = (name) =>
  String(name ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();

const formsOf = (entity) => new Set([entity.name, ...(entity.aliases ?? [])].map(normalise).filter(Boolean));
const words = (text) => normalise(text).split(' ').filter(Boolean);

function sameEntity(predicted, gold, withCountry) {
  if (withCountry && predicted.countryCode !== gold.countryCode) return false;
  const golds = formsOf(gold);
  for (const form of formsOf(predicted)) if (golds.has(form)) return true;
  return false;
}

/** Speakers agree when both are null, or when the actors they name share a name or alias. */
function sameSpeaker(predictedSpeaker, goldSpeaker, draft, expected) {
  if (predictedSpeaker === null || goldSpeaker === null) return predictedSpeaker === goldSpeaker;
  const optional = expected.optional ?? {};
  const goldActors = [expected.people, expected.organizations, optional.people, optional.organizations].flat().filter(Boolean);
  const gold = goldActors.find((a) => normalise(a.name) === normalise(goldSpeaker)) ?? { name: goldSpeaker, aliases: [] };
  const predicted = draft.actors.find((a) => a.name === predictedSpeaker) ?? {
    name: predictedSpeaker,
    aliases: [],
  };
  return sameEntity(predicted, gold, false);
}

function sameQuote(predicted, gold, draft, expected) {
  if (!sameSpeaker(predicted.speaker, gold.speaker, draft, expected)) return false;
  const said = new Set(words(predicted.text));
  const goldWords = words(gold.text);
  if (goldWords.length === 0) return false;
  const shared = goldWords.filter((w) => said.has(w)).length;
  return shared / goldWords.length >= 0.6;
}

/** True positives, false positives and false negatives of one category. */
function count(predicted, gold, optional, same) {
  const matched = new Set();
  let tp = 0;
  let fp = 0;
  const falsePositives = [];
  for (const item of predicted) {
    // An unmatched gold entity first: a second match is a duplicate only when nothing else is left.
    let index = gold.findIndex((g, i) => !matched.has(i) && same(item, g));
    if (index < 0) index = gold.findIndex((g) => same(item, g));
    if (index >= 0 && !matched.has(index)) {
      matched.add(index);
      tp++;
    } else if (index < 0 && optional.some((o) => same(item, o))) {
      // optional: neither right nor wrong
    } else {
      fp++;
      falsePositives.push(item.name ?? item.text);
    }
  }
  const missed = gold.filter((_, i) => !matched.has(i)).map((g) => g.name ?? g.text);
  return { tp, fp, fn: gold.length - matched.size, falsePositives, missed };
}

function f1({ tp, fp, fn }) {
  if (tp + fp + fn === 0) return 1;
  return (2 * tp) / (2 * tp + fp + fn);
}

/** One right-or-wrong incident category as counts: a wrong answer is one false positive and one miss. */
function rightOrWrong(right, predicted, gold) {
  return right
    ? { tp: 1, fp: 0, fn: 0, falsePositives: [], missed: [] }
    : {
        tp: 0,
        fp: 1,
        fn: 1,
        falsePositives: [JSON.stringify(predicted ?? null)],
        missed: [JSON.stringify(gold)],
      };
}

const NOT_SCORED = { tp: 0, fp: 0, fn: 0, falsePositives: [], missed: [] };

/** Whether a place (name, aliases, countryCode) names the gold incident place (by any of its forms, in its country). */
function namesIncidentPlace(predicted, expected) {
  const goldName = expected.incident?.location;
  if (!goldName || !predicted?.name) return false;
  const optional = expected.optional ?? {};
  const goldPlaces = [expected.locations, optional.locations].flat().filter(Boolean);
  const gold = goldPlaces.find((p) => formsOf(p).has(normalise(goldName))) ?? {
    name: goldName,
    aliases: [],
  };
  return sameEntity(predicted, gold, false) && (!gold.countryCode || !predicted.countryCode || predicted.countryCode === gold.countryCode);
}

/** The incident's place is right when it names the gold incident place. */
function incidentPlaceCounts(view, expected) {
  const goldName = expected.incident?.location;
  if (goldName === undefined) return NOT_SCORED;
  const predictedName = view.incident.location;
  const predicted = view.locations.find((p) => p.name === predictedName) ?? {
    name: predictedName ?? '',
    aliases: [],
  };
  return rightOrWrong(namesIncidentPlace(predicted, expected), predictedName, goldName);
}

/** Scores one draft: per-category counts and F1. */
function scoreDraft(extracted, gold) {
  const draft = draftView(extracted);
  const expected = gold.expected;
  const optional = expected.optional ?? {};
  const people = draft.actors.filter((a) => a.kind === 'person');
  const organizations = draft.actors.filter((a) => a.kind !== 'person');
  const sameName = (p, g) => sameEntity(p, g, false);
  const result = {
    people: count(people, expected.people ?? [], optional.people ?? [], sameName),
    organizations: count(organizations, expected.organizations ?? [], optional.organizations ?? [], sameName),
    locations: count(draft.locations, expected.locations ?? [], optional.locations ?? [], (p, g) => sameEntity(p, g, true)),
    quotes: count(draft.quotes, expected.quotes ?? [], optional.quotes ?? [], (p, g) => sameQuote(p, g, draft, expected)),
  };
  for (const [category, field] of Object.entries(INCIDENT_FIELDS)) {
    const goldValue = expected.incident?.[field];
    result[category] =
      goldValue === undefined ? NOT_SCORED : rightOrWrong(draft.incident[field] === goldValue, draft.incident[field], goldValue);
  }
  result.incidentPlace = incidentPlaceCounts(draft, expected);
  const f1s = Object.fromEntries(ALL_CATEGORIES.map((c) => [c, f1(result[c])]));
  return {
    counts: result,
    f1: f1s,
    macroF1: mean(f1s, CATEGORIES),
    allF1: mean(f1s, ALL_CATEGORIES),
  };
}

const mean = (f1s, categories) => categories.reduce((s, c) => s + f1s[c], 0) / categories.length;

/** Scores many drafts: counts summed per category, then the mean of the category F1s. */
function scoreAll(scored) {
  const totals = Object.fromEntries(ALL_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  for (const s of scored) for (const c of ALL_CATEGORIES) for (const k of ['tp', 'fp', 'fn']) totals[c][k] += s.counts[c][k];
  const f1s = Object.fromEntries(ALL_CATEGORIES.map((c) => [c, f1(totals[c])]));
  return {
    f1: f1s,
    macroF1: mean(f1s, CATEGORIES),
    allF1: mean(f1s, ALL_CATEGORIES),
  };
}

/** One line of figures: the macro-F1, then every category (the precision ones after a bar). */
function describeScore(score) {
  const figures = (categories) => categories.map((c) => `${c} ${score.f1[c].toFixed(2)}`).join(', ');
  return `macro-F1 ${score.macroF1.toFixed(3)} (${figures(CATEGORIES)} | ${figures(PRECISION_CATEGORIES)})`;
}

/** The test articles: every *.gold.json in a folder, with its text (inline or in the sibling .txt). */
function loadArticles(dir) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((file) => {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      const txt = path.join(dir, file.replace(/\.gold\.json$/, '.txt'));
      const text = gold.article.text ?? fs.readFileSync(txt, 'utf8');
      return {
        name: file.replace(/\.gold\.json$/, ''),
        text,
        publishedAt: gold.article.publishedAt,
        gold,
      };
    });
}

module.exports = {
  namesIncidentPlace,
  CATEGORIES,
  PRECISION_CATEGORIES,
  ALL_CATEGORIES,
  draftView,
  scoreDraft,
  scoreAll,
  describeScore,
  loadArticles,
  normalise,
};
