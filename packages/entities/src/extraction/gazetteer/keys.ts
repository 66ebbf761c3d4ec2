/**
 * How the gazetteer files names: the keys a place is found by. Written once, for the generator (which
 * writes every place's keys into place-keys.tsv.br, sorted) and for lookups at run time.
 */
import type { PlaceKind } from '../../vocabularies';

/** Lower case, no accents, no punctuation: "Khān Yūnis" and "Khan Yunis" meet. */
export function placeKey(name: string): string {
  // Most names are plain ASCII letters: skip the costly normalisation for them.
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(name)) return name.toLowerCase();
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’'`ʿʾ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Doubled letters made single: transliterations differ in them ("Afgoye", "Afgooye"). */
export function squeeze(key: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < key.length; i++) {
    if (i > 0 && key.charCodeAt(i) === key.charCodeAt(i - 1) && key[i] !== ' ') changed = true;
    else out += key[i];
  }
  return changed ? out : key;
}

/** The key of a squeezed form: a leading space keeps it apart from the names written that way. */
export const squeezedKey = (key: string) => ` ${squeeze(key)}`;

// Words that follow a division's name in its official form ("Al Anbar Governorate").
const DIVISION_SUFFIX = / (governorate|province|region|oblast|state|department|prefecture|district|municipality|territory|county|division|autonomous republic|autonomous region|autonomous province|autonomous oblast|autonomous okrug|special region|krai|kray|republic of)$/;

/** A division's name without its division word ("gorno badakhshan autonomous region" -> "gorno badakhshan"), or undefined. */
export function bareDivisionKey(key: string): string | undefined {
  const bare = key.replace(DIVISION_SUFFIX, '');
  return bare !== key && bare.length > 2 ? bare : undefined;
}

/** The shorter keys a place is also known by: without "Governorate", without a leading "Al". */
export function keyVariants(key: string, kind: PlaceKind): string[] {
  const keys = [key];
  const bare = kind === 'admin1' ? bareDivisionKey(key) : undefined;
  if (bare) keys.push(bare);
  const first = key.charCodeAt(0);
  // Only names that start with "al", "el", "ad"... can drop an article.
  if (first !== 97 && first !== 101) return keys;
  for (const k of [...keys]) {
    const withoutArticle = k.replace(/^(al|el|ad|ar|as|an|at|az) /, '');
    if (withoutArticle !== k && withoutArticle.length > 3) keys.push(withoutArticle);
  }
  return keys;
}

/** Every key a place of the gazetteer's data is filed under: its name's, their shorter forms, and its squeezed form's. */
export function placeKeys(name: string, kind: PlaceKind): string[] {
  const key = placeKey(name);
  const keys = keyVariants(key, kind);
  const squeezed = squeeze(key);
  if (squeezed !== key) keys.push(...keyVariants(` ${squeezed}`, 'city'));
  return [...new Set(keys)];
}
