// Scores a briefing draft against a gold file (the format of shared/fixtures/seed-article.gold.json).
// Plain CommonJS so that the jest tests and bench/extraction.js share it.
//
// An actor or place is found when its name or an alias matches a gold name or alias (places also
// need the right country code); matching a gold entity already matched is a duplicate and counts
// as a false positive; matching an `optional` entity counts neither way. A quote needs the right
// speaker and most of the gold words. Incident fields are scored right or wrong.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const CATEGORIES = ['people', 'organizations', 'locations', 'quotes', 'incident'];
const INCIDENT_FIELDS = ['type', 'subType', 'date', 'countryCode', 'fatalities'];

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
  const predicted = draft.actors.find((a) => a.name === predictedSpeaker) ?? { name: predictedSpeaker, aliases: [] };
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

/** Scores one draft: per-category counts and F1, and the incident fields that were right. */
function scoreDraft(draft, gold) {
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
  const incidentRight = INCIDENT_FIELDS.filter((field) => expected.incident?.[field] !== undefined);
  const wrong = incidentRight.filter((field) => draft.incident?.[field] !== expected.incident[field]);
  result.incident = {
    tp: incidentRight.length - wrong.length,
    fp: wrong.length,
    fn: wrong.length,
    falsePositives: wrong.map((f) => `${f}: ${JSON.stringify(draft.incident?.[f])}`),
    missed: wrong.map((f) => `${f}: ${JSON.stringify(expected.incident[f])}`),
  };
  const f1s = Object.fromEntries(CATEGORIES.map((c) => [c, f1(result[c])]));
  return { counts: result, f1: f1s, macroF1: CATEGORIES.reduce((s, c) => s + f1s[c], 0) / CATEGORIES.length };
}

/** Scores many drafts: counts summed per category, then the mean of the category F1s. */
function scoreAll(scored) {
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  for (const s of scored) for (const c of CATEGORIES) for (const k of ['tp', 'fp', 'fn']) totals[c][k] += s.counts[c][k];
  const f1s = Object.fromEntries(CATEGORIES.map((c) => [c, f1(totals[c])]));
  return { f1: f1s, macroF1: CATEGORIES.reduce((s, c) => s + f1s[c], 0) / CATEGORIES.length };
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
      return { name: file.replace(/\.gold\.json$/, ''), text, publishedAt: gold.article.publishedAt, gold };
    });
}

module.exports = { CATEGORIES, scoreDraft, scoreAll, loadArticles, normalise };
