// The built-in gazetteer: its index (place-keys.tsv.br, sorted keys) must find what the data holds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { defaultGazetteer } from '../../src/extraction/gazetteer';

const folder = path.join(__dirname, '../../src/extraction/gazetteer');
const lines = brotliDecompressSync(readFileSync(path.join(folder, 'places.tsv.br'))).toString('utf8').split('\n');

describe('the built-in gazetteer', () => {
  it('finds every 40th town and division of its data by its own name, in its own country', () => {
    const gazetteer = defaultGazetteer();
    const missing: string[] = [];
    lines.forEach((line, i) => {
      const [kind, name = '', code] = line.split('\t');
      if (kind === 'N' || i % 40 !== 0) return;
      if (!gazetteer.lookup(name).some((p) => p.name === name && p.countryCode === code)) missing.push(`${name} (${code})`);
    });
    expect(missing).toEqual([]);
  });

  it('finds the shorter and transliterated forms: no "Governorate", no "Al", doubled letters and digraphs, -a for -ah', () => {
    const gazetteer = defaultGazetteer();
    const codes = (name: string) => gazetteer.lookup(name).map((p) => `${p.kind}:${p.countryCode}`);
    expect(codes('Anbar')).toContain('admin1:IQ');
    expect(codes('Al Anbar Governorate')).toContain('admin1:IQ');
    expect(codes('Afgooye')).toContain('city:SO');
    expect(codes('Raqqah')).toContain('city:SY');
    expect(codes('Zaporizhzhia')).toContain('city:UA');
    expect(codes('Burma')).toContain('country:MM');
    expect(gazetteer.lookup('Nowhereville Qqq')).toEqual([]);
    // A country stands at its capital (the data's first capital line for its code).
    const iraq = gazetteer.lookup('Iraq').find((p) => p.kind === 'country')!;
    expect([Math.round(iraq.lat), Math.round(iraq.lon)]).toEqual([33, 44]);
  });
});
