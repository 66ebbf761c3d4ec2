/** A name as an editor reads it: case, accents, apostrophes and punctuation aside ("Al-Sudani’s" reads "al sudanis"). */
export function readingKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
