#!/usr/bin/env node
// Benchmark of the bulk STIX writer alone: milliseconds to write 10,000 briefings as one bundle,
// per profile (wall clock, and the process's CPU time, which other work on a shared machine
// disturbs less), from seed briefings varied the way real ones vary (markings, missing places,
// coordinates, actors, dates). Reads the built package: run `npm run build` first.
//
//   node bench/stix.js               10,000 briefings, every profile, best of 3 runs
//   node bench/stix.js 2000 oasis    another count, one profile
//   node --cpu-prof bench/stix.js    the same, with a CPU profile to open in Chrome DevTools
'use strict';

const { readFileSync } = require('node:fs');
const path = require('node:path');

const seed = JSON.parse(readFileSync(path.join(__dirname, '..', 'tests', 'exports', 'fixtures', 'seed-briefing.json'), 'utf8'));
const MARKINGS = ['clear', 'green', 'amber', 'amber+strict', 'red', null];

/** The seed briefing, changed in one of several ways by its number. */
function variant(n) {
  const briefing = structuredClone(seed);
  briefing.documentId = `benchbriefing${String(n).padStart(11, '0')}`;
  briefing.slug = `bench-briefing-${n}`;
  briefing.marking = MARKINGS[n % MARKINGS.length];
  if (n % 7 === 1) briefing.actorRoles = [];
  if (n % 5 === 2) briefing.incident = { ...briefing.incident, date: null, datePrecision: null };
  if (n % 4 === 3) {
    briefing.places = briefing.places.map((p) => ({ ...p, latitude: null, longitude: null, countryCode: null, documentId: `${p.documentId}x` }));
  }
  if (n % 11 === 4) briefing.quotes = [];
  return briefing;
}

async function main() {
  const { writeStixBundle } = require('../dist/index.js');
  const count = Number(process.argv[2] ?? 10000);
  const profiles = process.argv[3] ? [process.argv[3]] : ['oasis', 'opencti', 'misp'];
  // Made before the clock starts: the bench times the writer, not the making of records.
  const briefings = Array.from({ length: count }, (_, n) => variant(n + 1));
  console.log(`writeStixBundle, ${count} briefings, partner audience (Node ${process.version}); best of 3`);
  for (const stixProfile of profiles) {
    const options = { audience: 'partner', publisher: 'Bench Desk', briefingsUrl: 'https://news.example/briefings', stixProfile };
    let best = Infinity;
    let bestCpu = Infinity;
    let bytes = 0;
    for (let run = 0; run < 3; run++) {
      bytes = 0;
      const started = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      for await (const chunk of writeStixBundle(briefings, options)) bytes += chunk.length;
      const used = process.cpuUsage(cpu);
      best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
      bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
    }
    console.log(`${stixProfile.padEnd(8)} ${best.toFixed(0).padStart(6)} ms wall  ${bestCpu.toFixed(0).padStart(6)} ms CPU  ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
