// Writes neighbours.ts, which countries share a land border, from npm packages:
//   world-atlas     (ISC; Natural Earth's 1:50m countries as TopoJSON, keyed by ISO 3166-1 numeric codes)
//   topojson-client (ISC; two countries are neighbours when their shapes share an arc)
// A small town known only across the border from a country the story names is the story's town
// (places.ts), which a capital's distance cannot tell: Kasese is 1,716 km from Kinshasa.
// Run from packages/entities: node src/extraction/gazetteer/generate-neighbours.mjs
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { neighbors } = require('topojson-client');
const { numericToAlpha2 } = require('i18n-iso-countries');
const atlas = require('world-atlas/countries-50m.json');

// Shapes Natural Earth draws apart and gives no ISO number: their borders are their country's.
const WITHOUT_NUMBER = { Kosovo: 'XK', Somaliland: 'SO', 'N. Cyprus': 'CY' };

const shapes = atlas.objects.countries.geometries;
const codeOf = (shape) => (shape.id ? numericToAlpha2(shape.id) : WITHOUT_NUMBER[shape.properties.name]);
const table = new Map();
neighbors(shapes).forEach((others, i) => {
  const code = codeOf(shapes[i]);
  if (!code) return;
  const set = table.get(code) ?? new Set();
  for (const j of others) {
    const other = codeOf(shapes[j]);
    if (other && other !== code) set.add(other);
  }
  table.set(code, set);
});

const rows = [...table].filter(([, set]) => set.size > 0).sort(([a], [b]) => a.localeCompare(b));
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'neighbours.ts');
writeFileSync(
  out,
  [
    '// Written by generate-neighbours.mjs from world-atlas (Natural Earth 1:50m); do not edit by hand.',
    '/** The countries each country shares a land border with, by ISO 3166-1 alpha-2 code. */',
    'export const NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {',
    ...rows.map(([code, set]) => `  ${code}: [${[...set].sort().map((c) => `'${c}'`).join(', ')}],`),
    '};',
    '',
  ].join('\n'),
);
console.log(`wrote ${rows.length} countries' neighbours to ${out}`);
