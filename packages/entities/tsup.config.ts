import { readFileSync, writeFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { defineConfig, type Options } from 'tsup';
import { GAZETTEER_FILES, unpackedName } from './src/extraction/gazetteer/places';

// Published maps point at the sources by file and line but do not carry them (they tripled the package).
const withoutSources: Options['esbuildOptions'] = (options) => {
  options.sourcesContent = false;
};

// The gazetteer's data and its index ship once, beside the bundles, where src/extraction/gazetteer/places.ts looks for
// them: unpacked (8.7 MB), since unpacking the Brotli files took about 160 ms of every cold start of the command line.
const copyGazetteer = async () => {
  for (const file of GAZETTEER_FILES) {
    writeFileSync(`dist/${unpackedName(file)}`, brotliDecompressSync(readFileSync(`src/extraction/gazetteer/${file}`)));
  }
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs', 'esm'],
    dts: true,
    sourcemap: true,
    esbuildOptions: withoutSources,
    // The ESM build needs __dirname to find the gazetteer's data file.
    shims: true,
    target: 'node20',
    onSuccess: copyGazetteer,
  },
  {
    // The browser entry (see src/browser.ts): ESM only, typed by index.d.ts.
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    sourcemap: true,
    esbuildOptions: withoutSources,
    target: 'es2020',
  },
  {
    // The `security-briefings` command; CommonJS so it starts fast without a loader.
    entry: { cli: 'src/cli.ts' },
    format: ['cjs'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
    esbuildOptions: withoutSources,
    target: 'node20',
    onSuccess: copyGazetteer,
  },
]);
