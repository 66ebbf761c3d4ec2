#!/usr/bin/env node
// Benchmark of the bulk export writers: time and peak memory to export 1,000 and 10,000 briefings
// in each format. Each case runs in its own child process, so one case's garbage does not count
// against the next. Run `npm run build` first: this reads the built package in ../dist.
//
//   node bench/exports.js            all formats, 1,000 and 10,000 briefings
//   node bench/exports.js stix 500   one case
'use strict';

const { fork } = require('node:child_process');
const { readFileSync } = require('node:fs');
const path = require('node:path');

const FORMATS = ['stix', 'jsonld', 'ninjs', 'csv', 'geojson'];
const COUNTS = [1000, 10000];
const MB = 1024 * 1024;

/** The seed briefing cloned under new document ids, one at a time, as a database cursor would hand them over. */
async function* briefings(count) {
  const seed = readFileSync(path.join(__dirname, '..', 'tests', 'exports', 'fixtures', 'seed-briefing.json'), 'utf8');
  for (let n = 1; n <= count; n++) {
    const briefing = JSON.parse(seed);
    briefing.documentId = `benchbriefing${String(n).padStart(11, '0')}`;
    briefing.slug = `bench-briefing-${n}`;
    yield briefing;
  }
}

async function runCase(format, count) {
  const { writeExport } = require('../dist/index.js');
  const options = { audience: format === 'stix' ? 'partner' : 'public', publisher: 'Bench Desk' };
  let bytes = 0;
  let chunks = 0;
  let peakHeap = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  for await (const chunk of writeExport(briefings(count), format, options)) {
    bytes += Buffer.byteLength(chunk);
    if (++chunks % 100 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  // maxRSS is the process's peak resident memory in kilobytes, whatever happened between samples.
  const peakRss = process.resourceUsage().maxRSS * 1024;
  return { format, count, seconds, bytes, peakRss, peakHeap };
}

function runInChild(format, count) {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--case', format, String(count)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', resolve);
    child.once('error', reject);
    child.once('exit', (code) => code && reject(new Error(`${format} x ${count} exited with ${code}`)));
  });
}

const row = (cells) => cells.map((c, i) => String(c)[i === 0 ? 'padEnd' : 'padStart'](i === 0 ? 8 : 10)).join('  ');

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--case') {
    process.send(await runCase(args[1], Number(args[2])));
    return;
  }
  try {
    require.resolve('../dist/index.js');
  } catch {
    console.error('bench/exports.js: build the package first (npm run build).');
    process.exitCode = 1;
    return;
  }
  const formats = args[0] ? [args[0]] : FORMATS;
  const counts = args[1] ? [Number(args[1])] : COUNTS;
  console.log(`Bulk export through the streaming writers (Node ${process.version})`);
  console.log(row(['format', 'briefings', 'seconds', 'per sec', 'output MB', 'peak RSS MB', 'peak heap MB']));
  // What loading the package costs before any export: the floor under every figure below.
  const floor = await runInChild('csv', 0);
  console.log(row(['(loaded)', 0, '-', '-', '-', (floor.peakRss / MB).toFixed(0), (floor.peakHeap / MB).toFixed(0)]));
  for (const format of formats) {
    for (const count of counts) {
      const r = await runInChild(format, count);
      console.log(
        row([
          r.format,
          r.count,
          r.seconds.toFixed(2),
          Math.round(r.count / r.seconds),
          (r.bytes / MB).toFixed(1),
          (r.peakRss / MB).toFixed(0),
          (r.peakHeap / MB).toFixed(0),
        ]),
      );
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
