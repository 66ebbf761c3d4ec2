// Writes place-keys.tsv.br, the gazetteer's index, from places.tsv.br: every key a place is found by
// (keys.ts, bundled here so the rule stays written once), a line each, "key<TAB>byte offset of the
// place's line in places.tsv", sorted. Looking a name up is then a binary search: the gazetteer is not indexed
// at run time, which took most of the command line's cold start.
// Run from packages/entities after generate.mjs: node src/extraction/gazetteer/index-keys.mjs
import { createRequire } from 'node:module';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { writePacked } from './pack.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const temp = mkdtempSync(path.join(os.tmpdir(), 'place-keys-'));
buildSync({ entryPoints: [path.join(here, 'keys.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: path.join(temp, 'keys.js'), logLevel: 'error' });
const { placeKeys } = require(path.join(temp, 'keys.js'));
rmSync(temp, { recursive: true, force: true });

// A division or town is also filed under the other names the press gives it (divisions.mjs), the 8th column.
// Offsets are in bytes: the run time reads the places as bytes and decodes only the lines it looks up.
const data = brotliDecompressSync(readFileSync(path.join(here, 'places.tsv.br')));
const entries = [];
let offset = 0;
while (offset < data.length) {
  let end = data.indexOf(0x0a, offset);
  if (end === -1) end = data.length;
  const kind = String.fromCharCode(data[offset]);
  // Country names (N lines) are filed at run time, beside countries-list's own names.
  if (kind !== 'N') {
    const [, name, , , , , , otherNames] = data.toString('utf8', offset, end).split('\t');
    const names = [name, ...(otherNames ? otherNames.split('|') : [])];
    const keys = new Set(names.flatMap((each) => placeKeys(each, kind === 'A' ? 'admin1' : 'city')));
    for (const key of keys) entries.push([key, offset]);
  }
  offset = end + 1;
}
// By key, then in the data's order: namesakes come back in the order they always did.
entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));

const out = path.join(here, 'place-keys.tsv.br');
const { raw, packed } = writePacked(out, entries.map(([key, at]) => `${key}\t${at}`));
console.log(`wrote ${entries.length} keys to ${out} (${(raw / 1e6).toFixed(1)} MB, ${(packed / 1e6).toFixed(1)} MB compressed)`);
