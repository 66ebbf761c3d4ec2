// Writes place-keys.tsv.br, the gazetteer's index, from places.tsv.br: every key a place is found by
// (keys.ts, bundled here so the rule stays written once), a line each, "key<TAB>offset of the place's
// line in places.tsv", sorted. Looking a name up is then a binary search: the gazetteer is not indexed
// at run time, which took most of the command line's cold start.
// Run from packages/entities after generate.mjs: node src/extraction/gazetteer/index-keys.mjs
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const temp = mkdtempSync(path.join(os.tmpdir(), 'place-keys-'));
buildSync({ entryPoints: [path.join(here, 'keys.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: path.join(temp, 'keys.js'), logLevel: 'error' });
const { placeKeys } = require(path.join(temp, 'keys.js'));
rmSync(temp, { recursive: true, force: true });

const data = brotliDecompressSync(readFileSync(path.join(here, 'places.tsv.br'))).toString('utf8');
const entries = [];
let offset = 0;
while (offset < data.length) {
  let end = data.indexOf('\n', offset);
  if (end === -1) end = data.length;
  const kind = data[offset];
  // Country names (N lines) are filed at run time, beside countries-list's own names.
  if (kind !== 'N') {
    const name = data.slice(offset + 2, data.indexOf('\t', offset + 2));
    for (const key of placeKeys(name, kind === 'A' ? 'admin1' : 'city')) entries.push([key, offset]);
  }
  offset = end + 1;
}
// By key, then in the data's order: namesakes come back in the order they always did.
entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));

const body = Buffer.from(entries.map(([key, at]) => `${key}\t${at}`).join('\n'), 'utf8');
const packed = brotliCompressSync(body, {
  params: {
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
    [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
  },
});
const out = path.join(here, 'place-keys.tsv.br');
writeFileSync(out, packed);
console.log(`wrote ${entries.length} keys to ${out} (${(body.length / 1e6).toFixed(1)} MB, ${(packed.length / 1e6).toFixed(1)} MB compressed)`);
