import { defineConfig } from 'tsup';

const peers = [/^@strapi\//, /^react/, /^styled-components/, /^@security-briefings\//, /^zod/];

export default defineConfig([
  {
    entry: { index: 'server/src/index.ts' },
    outDir: 'dist/server',
    clean: true,
    format: ['cjs', 'esm'],
    dts: { entry: { index: 'server/src/index.ts' }, compilerOptions: { noUncheckedIndexedAccess: false } },
    tsconfig: 'server/tsconfig.json',
    target: 'node20',
    sourcemap: true,
    external: peers,
  },
  {
    entry: { index: 'admin/src/index.ts' },
    outDir: 'dist/admin',
    clean: true,
    format: ['cjs', 'esm'],
    dts: { entry: { index: 'admin/src/index.ts' } },
    tsconfig: 'admin/tsconfig.json',
    target: 'es2020',
    sourcemap: true,
    // The domain package stays external: the host's admin build resolves it through its "browser"
    // export (vocabularies, rules, format table), never the Node-only exporters and extractor.
    external: peers,
    esbuildOptions(options) {
      options.jsx = 'automatic';
    },
  },
]);
