// How the gazetteer's files are written: Brotli at its best for text (about 20 s for the places,
// 50 ms to read back), shared by generate.mjs and index-keys.mjs.
import { writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

/** Writes the lines to a .br file; returns the sizes before and after, in bytes. */
export function writePacked(file, lines) {
  const body = Buffer.from(lines.join('\n'), 'utf8');
  const packed = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  writeFileSync(file, packed);
  return { raw: body.length, packed: packed.length };
}
