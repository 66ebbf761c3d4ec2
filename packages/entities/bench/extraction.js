#!/usr/bin/env node
// Benchmark of the article -> briefing draft extractor, on the built package (`npm run bench` builds it first).
//   warm: in-process extraction over the test articles, after one warm-up pass
//   cold: the CLI from process start to JSON printed (node dist/cli.js extract ...)
// Also prints the F1 scores of every set of gold articles, from the tests' scorer.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { extractBriefing } = require('../dist');
const { scoreDraft, scoreAll, describeScore, loadArticles } = require('../tests/extraction/scorer');

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const seedDir = path.resolve(__dirname, '../../../../shared/fixtures');
const fixtures = path.resolve(__dirname, '../tests/extraction/fixtures');
const articles = [...(require('node:fs').existsSync(seedDir) ? loadArticles(seedDir) : []), ...loadArticles(fixtures)];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const words = (text) => text.split(/\s+/).filter(Boolean).length;

// Quality first, on the first pass (which also warms the gazetteer and the date parser): every set of
// gold articles, the one the rules were written from and each held-out or blind one.
const fs = require('node:fs');
const sets = [
  ['test articles (the rules were written from these)', fixtures],
  ...fs
    .readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => [entry.name, path.join(fixtures, entry.name)]),
];
for (const [label, dir] of sets) {
  const scores = loadArticles(dir).map((a) => scoreDraft(extractBriefing(a.text, { publishedAt: a.publishedAt }), a.gold));
  console.log(`${label} (${scores.length}): ${describeScore(scoreAll(scores))}`);
}
if (articles[0]?.name === 'seed-article') {
  console.log(
    `seed article: ${describeScore(scoreDraft(extractBriefing(articles[0].text, { publishedAt: articles[0].publishedAt }), articles[0].gold))}`,
  );
}
console.log(
  `(${words(articles.find((a) => a.name !== 'seed-article')?.text ?? '')} words in the first test article; timing below runs the seed and the test articles)`,
);

// Warm timing, with the longest article's own figure (the target is set for a 700-word article).
const times = [];
const longest = articles.reduce((a, b) => (words(b.text) > words(a.text) ? b : a));
const longestTimes = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const article of articles) {
    const start = process.hrtime.bigint();
    extractBriefing(article.text, { publishedAt: article.publishedAt });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    times.push(ms);
    if (article === longest) longestTimes.push(ms);
  }
}
longestTimes.sort((a, b) => a - b);
console.log(`longest article (${longest.name}, ${words(longest.text)} words): median ${percentile(longestTimes, 50).toFixed(2)} ms warm`);
times.sort((a, b) => a - b);
const totalMs = times.reduce((s, t) => s + t, 0);
console.log(
  `warm extraction: median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms per article, ` +
    `${((times.length / totalMs) * 1000).toFixed(0)} articles/s (${times.length} runs)`,
);

// Cold start of the CLI.
const cli = path.resolve(__dirname, '../dist/cli.js');
const seed = articles[0];
const file = seed.name === 'seed-article' ? path.join(seedDir, 'seed-article.txt') : path.join(fixtures, `${seed.name}.txt`);
const cold = [];
for (let run = 0; run < COLD_RUNS; run++) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, 'extract', file, '--published-at', seed.publishedAt], { encoding: 'utf8' });
  cold.push(Number(process.hrtime.bigint() - start) / 1e6);
  if (result.status !== 0 || !result.stdout.startsWith('{')) {
    console.error(`CLI failed: ${result.stderr}`);
    process.exitCode = 1;
    break;
  }
}
cold.sort((a, b) => a - b);
console.log(
  `CLI cold start (spawn to JSON printed): median ${percentile(cold, 50).toFixed(0)} ms, max ${cold[cold.length - 1].toFixed(0)} ms (${cold.length} runs)`,
);
