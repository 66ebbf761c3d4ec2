#!/usr/bin/env node
// Prints the scores of a folder of gold articles against the extractor's current source (bundled on
// the fly with esbuild, no build needed), with every false positive and miss.
//   node tests/extraction/report.js [folder ...] [--quiet] [--src DIR | --dist DIR] [--lists FILE]
// --lists FILE: a newsroom's own lists, { actors: KnownActor[], places: OwnPlace[] }, passed as the plugin passes them.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { bundleExtractor } = require('./bundle-extractor');
const { scoreDraft, scoreAll, describeScore, loadArticles, ALL_CATEGORIES } = require('./scorer');

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
// --src DIR: another copy of src/extraction (say, an older commit's) to compare with.
const srcAt = args.indexOf('--src');
const src = srcAt >= 0 ? path.resolve(args.splice(srcAt, 2)[1]) : path.join(__dirname, '../../src/extraction');
// --dist DIR: a built copy of the package (say, a snapshot taken before a change) instead of the source.
const distAt = args.indexOf('--dist');
const dist = distAt >= 0 ? path.resolve(args.splice(distAt, 2)[1]) : null;
const listsAt = args.indexOf('--lists');
const lists = listsAt >= 0 ? JSON.parse(fs.readFileSync(path.resolve(args.splice(listsAt, 2)[1]), 'utf8')) : null;
const dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length === 0) dirs.push(path.join(__dirname, 'fixtures', 'blind'));

const { extractBriefing, extendGazetteer } = dist ? require(dist) : bundleExtractor(src);
const own = lists ? { actors: lists.actors ?? [], gazetteer: extendGazetteer(lists.places ?? []) } : {};

for (const dir of dirs) {
  const scores = [];
  for (const article of loadArticles(path.resolve(dir))) {
    const draft = extractBriefing(article.text, {
      publishedAt: article.publishedAt,
      ...own,
    });
    const score = scoreDraft(draft, article.gold);
    scores.push(score);
    console.log(`${article.name.padEnd(24)} ${describeScore(score)}`);
    if (quiet) continue;
    for (const c of ALL_CATEGORIES) {
      const { falsePositives, missed } = score.counts[c];
      if (falsePositives.length) console.log(`    ${c} FP: ${falsePositives.map((x) => JSON.stringify(x)).join(', ')}`);
      if (missed.length) console.log(`    ${c} missed: ${missed.map((x) => JSON.stringify(x)).join(', ')}`);
    }
  }
  const total = scoreAll(scores);
  console.log(`${dir} (${scores.length} articles): ${describeScore(total)}\n`);
}
