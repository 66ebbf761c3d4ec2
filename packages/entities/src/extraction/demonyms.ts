/** Demonyms ("Iraqi", "Mozambican") read back to their country; shared by the actors step and the typing model. */
import { countries } from 'countries-list';
import { placeKey } from './gazetteer/keys';
import { COUNTRY_SHORT_FORMS, DEMONYM_SUFFIXES, IRREGULAR_DEMONYMS } from './lexicon';

const COUNTRY_KEYS: Array<[string, string]> = [
  ...Object.entries(countries).map(([code, c]) => [placeKey(c.name), code] as [string, string]),
  ...[...COUNTRY_SHORT_FORMS].map(([name, code]) => [placeKey(name), code] as [string, string]),
];
const demonymCache = new Map<string, string | undefined>();

/** The country a demonym names: "Iraqi" -> IQ, "Syrians" -> SY, "Lebanese" -> LB. */
export function countryOfDemonym(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (demonymCache.has(lower)) return demonymCache.get(lower);
  let code = IRREGULAR_DEMONYMS.get(lower) ?? IRREGULAR_DEMONYMS.get(lower.replace(/s$/, ''));
  // A country's own name ("Jordan", "Lebanon") is no demonym.
  const isCountryName = COUNTRY_KEYS.some(([name]) => name === lower);
  // "Philippine" from "Philippines": the country's name without its plural "s".
  if (!code && !isCountryName && /^\p{Lu}/u.test(word)) code = COUNTRY_KEYS.find(([name]) => name === `${lower}s`)?.[1];
  if (!code && !isCountryName && /^\p{Lu}/u.test(word)) {
    for (const suffix of DEMONYM_SUFFIXES) {
      if (!lower.endsWith(suffix)) continue;
      const stem = lower.slice(0, -suffix.length);
      if (stem.length < 4) continue;
      // "Mozambican" from Mozambique: the stem may lose the country's last letters and change one.
      // "-i" and "-is" keep the country's name whole ("Israeli", "Somalis" from Somalia): "Francis" is no Frenchman.
      const whole = suffix === 'i' || suffix === 'is';
      // The name the suffix was added to first: "Nigerian" is Nigeria's (niger + ia), not Niger's.
      const formed = [`${stem}ia`, `${stem}a`, stem].map((name) => COUNTRY_KEYS.find(([key]) => key === name)).find(Boolean);
      const hit = formed ?? COUNTRY_KEYS.find(([name]) =>
        whole
          ? name === stem || name === `${stem}a` || name === `${stem}ia`
          : (name.startsWith(stem) || (stem.length >= 6 && name.startsWith(stem.slice(0, -1)))) && name.length - stem.length <= 2 && !name.includes(' '),
      );
      if (hit) {
        code = hit[1];
        break;
      }
    }
  }
  demonymCache.set(lower, code);
  return code;
}
