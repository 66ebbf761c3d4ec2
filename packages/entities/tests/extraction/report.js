#!/usr/bin/env node
// Prints the scores of a folder of gold articles against the extractor's current source (bundled on
// the fly with esbuild, no build needed), with every false positive and miss.
//   node tests/extraction/report.js [folder ...] [--quiet]
'use strict';
const path = require('node:path');
const os = require('node:os');
const fs = require('node:fs');
const esbuild = require('esbuild');
const { scoreDraft, scoreAll, loadArticles, CATEGORIES } = require('./scorer');

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
// --src DIR: another copy of src/extraction (say, an older commit's) to compare with.
const srcAt = args.indexOf('--src');
const src = srcAt >= 0 ? path.resolve(args.splice(srcAt, 2)[1]) : path.join(__dirname, '../../src/extraction');
const dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length === 0) dirs.push(path.join(__dirname, 'fixtures', 'blind'));

const out = path.join(os.tmpdir(), `extraction-report-${process.pid}.js`);
esbuild.buildSync({
  entryPoints: [path.join(src, 'index.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: out,
  logLevel: 'error',
  nodePaths: [path.join(__dirname, '../../node_modules'), path.join(__dirname, '../../../../node_modules')],
});
const { extractBriefing } = require(out);
fs.rmSync(out, { force: true });

for (const dir of dirs) {
  const scores = [];
  for (const article of loadArticles(path.resolve(dir))) {
    const draft = extractBriefing(article.text, { publishedAt: article.publishedAt });
    const score = scoreDraft(draft, article.gold);
    scores.push(score);
    console.log(`${article.name.padEnd(22)} macro-F1 ${score.macroF1.toFixed(3)}  (${CATEGORIES.map((c) => `${c} ${score.f1[c].toFixed(2)}`).join(', ')})`);
    if (quiet) continue;
    for (const c of CATEGORIES) {
      const { falsePositives, missed } = score.counts[c];
      if (falsePositives.length) console.log(`    ${c} FP: ${falsePositives.map((x) => JSON.stringify(x)).join(', ')}`);
      if (missed.length) console.log(`    ${c} missed: ${missed.map((x) => JSON.stringify(x)).join(', ')}`);
    }
  }
  const total = scoreAll(scores);
  console.log(`${dir}: macro-F1 ${total.macroF1.toFixed(3)} (${CATEGORIES.map((c) => `${c} ${total.f1[c].toFixed(3)}`).join(', ')})\n`);
}
