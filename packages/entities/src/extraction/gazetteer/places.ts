/**
 * Reads the gazetteer's data file, places.tsv.br (written by generate.mjs; one place a line, its
 * format described there). It ships once beside the bundles in dist/, unpacked (tsup.config.ts writes
 * places.tsv), and compressed beside this file in src/, so the ESM and CJS builds, the CLI and the tests
 * all find it next to their own code.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

export const PLACES_FILE = 'places.tsv.br';
/** The index of places.tsv.br (written by index-keys.mjs): a key a line, sorted, with the byte offset of its place's line. */
export const PLACE_KEYS_FILE = 'place-keys.tsv.br';
/** Both files, as the repository keeps them; the build writes each unpacked under unpackedName (tsup.config.ts). */
export const GAZETTEER_FILES = [PLACES_FILE, PLACE_KEYS_FILE] as const;
/** A packed file's name once unpacked: "places.tsv.br" -> "places.tsv". */
export const unpackedName = (file: string) => file.replace(/\.br$/, '');

/**
 * The places as bytes, a place a line, on the first lookup. Kept as bytes (the index gives byte offsets): decoding
 * the whole file took a tenth of the command line's cold start, and a lookup decodes only the lines it reads.
 */
export function loadPlaces(): Buffer {
  return unpack(PLACES_FILE);
}

/** The gazetteer's index as one string, a key a line. */
export function loadPlaceKeys(): string {
  return unpack(PLACE_KEYS_FILE).toString('utf8');
}

function unpack(name: string): Buffer {
  // The built package holds the files unpacked (tsup.config.ts): read as they are, no Brotli to undo.
  // tsup's shims give the ESM build a __dirname too.
  const unpacked = path.join(__dirname, unpackedName(name));
  if (existsSync(unpacked)) return readFileSync(unpacked);
  const file = path.join(__dirname, name);
  let packed: Buffer;
  try {
    packed = readFileSync(file);
  } catch (error) {
    throw new Error(`The built-in gazetteer's data file is missing (${file}): was the package bundled without it?`, { cause: error });
  }
  // Megabyte chunks: the default 16 KB ones cost a third more in copying (about 20 ms of the cold start).
  return brotliDecompressSync(packed, { chunkSize: 1 << 20 });
}
