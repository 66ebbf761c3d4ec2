#!/usr/bin/env node
/**
 * What the plugin adds to a Strapi admin bundle, gzipped: its built admin code (dist/admin) bundled
 * the way the admin build does it (Vite, tree-shaken), with its own dependencies (the entities
 * package, zod, d3-geo...) inside and what the admin already ships (@strapi/*, React, react-intl,
 * styled-components) outside. The world map's outlines are counted apart: they load only when the
 * overview's map opens.
 *
 * Usage: npm run size (after npm run build). Exits 1 above the budget.
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { pathToFileURL } = require('node:url');

const BUDGET_KB = 150;
const root = path.join(__dirname, '..');
const entry = path.join(root, 'dist/admin/index.mjs');
const PROVIDED_BY_ADMIN = [/^@strapi\//, /^react($|\/)/, /^react-dom($|\/)/, /^react-router(-dom)?($|\/)/, /^react-intl($|\/)/, /^styled-components($|\/)/];
const isMapData = (id) => /[\\/]world-atlas[\\/]/.test(id);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const gzip = (code) => zlib.gzipSync(Buffer.from(code), { level: 9 }).length;

async function main() {
  if (!fs.existsSync(entry)) {
    console.error(`No ${path.relative(root, entry)}: run npm run build first.`);
    process.exit(1);
  }
  // Vite comes with @strapi/strapi; resolving it from there uses the version the admin build uses.
  const vite = path.dirname(require.resolve('vite/package.json', { paths: [path.dirname(require.resolve('@strapi/strapi/package.json'))] }));
  const { build } = await import(pathToFileURL(path.join(vite, 'dist/node/index.js')).href);
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      lib: { entry, formats: ['es'], fileName: 'admin' },
      rollupOptions: { external: (id) => PROVIDED_BY_ADMIN.some((re) => re.test(id)) },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');

  // Loaded with the admin: the entry and what it imports statically; the rest waits for a page or a field.
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const eager = new Set();
  const visit = (name) => {
    if (eager.has(name)) return;
    eager.add(name);
    for (const imported of byName.get(name)?.imports ?? []) visit(imported);
  };
  chunks.filter((c) => c.isEntry).forEach((c) => visit(c.fileName));

  let code = 0;
  let mapData = 0;
  let withAdmin = 0;
  const rows = [];
  for (const chunk of chunks) {
    const size = gzip(chunk.code);
    const ids = Object.keys(chunk.modules);
    const map = ids.length > 0 && ids.every(isMapData);
    if (map) mapData += size;
    else code += size;
    if (eager.has(chunk.fileName)) withAdmin += size;
    const loads = eager.has(chunk.fileName) ? 'with the admin' : map ? 'with the map (data)' : 'on demand';
    rows.push({ chunk: chunk.fileName, loads, gzip: kb(size) });
  }
  console.table(rows);
  console.log(`Plugin admin code, gzip: ${kb(code)} (budget ${BUDGET_KB} kB), of which ${kb(withAdmin)} loads with the admin; map data apart: ${kb(mapData)}.`);
  if (code > BUDGET_KB * 1024) {
    console.error(`Over budget by ${kb(code - BUDGET_KB * 1024)}.`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
