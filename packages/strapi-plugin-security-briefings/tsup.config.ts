import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

const peers = [/^@strapi\//, /^react/, /^styled-components/, /^@security-briefings\//, /^zod/];

export default defineConfig([
  {
    entry: { index: 'server/src/index.ts' },
    outDir: 'dist/server',
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
    format: ['cjs', 'esm'],
    dts: { entry: { index: 'admin/src/index.ts' } },
    tsconfig: 'admin/tsconfig.json',
    target: 'es2020',
    sourcemap: true,
    // The domain package is bundled from its source, so that only what the admin uses reaches the
    // browser: its full build also carries the exporters, whose CSV writer needs Node's Buffer.
    external: peers.filter((peer) => !peer.test('@security-briefings/entities')),
    noExternal: [/^@security-briefings\//],
    esbuildOptions(options) {
      options.jsx = 'automatic';
      options.alias = { '@security-briefings/entities': fileURLToPath(new URL('../entities/src/index.ts', import.meta.url)) };
    },
  },
]);
