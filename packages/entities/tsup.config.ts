import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs', 'esm'],
    dts: true,
    sourcemap: true,
    target: 'node20',
  },
  {
    // The browser entry (see src/browser.ts): ESM only, typed by index.d.ts.
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'es2020',
  },
  {
    // The `security-briefings` command; CommonJS so it starts fast without a loader.
    entry: { cli: 'src/cli.ts' },
    format: ['cjs'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
    target: 'node20',
  },
]);
