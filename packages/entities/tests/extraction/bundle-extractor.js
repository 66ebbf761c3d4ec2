// The extractor bundled from a source folder with esbuild (no build needed), for report.js and the
// typing model's training scripts. Bundled beside a copy of the gazetteer's data files, which the
// extractor reads from its own folder on first use; the folder goes when the process ends.
'use strict';
const path = require('node:path');
const os = require('node:os');
const fs = require('node:fs');
const esbuild = require('esbuild');

/** `src`: a copy of src/extraction; `entry`: what the bundle exports, from that folder. */
function bundleExtractor(src, entry = "export * from './index';") {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'extractor-'));
  for (const file of ['places.tsv.br', 'place-keys.tsv.br']) {
    // An older source tree (report.js --src) may have no index yet.
    if (fs.existsSync(path.join(src, 'gazetteer', file))) fs.copyFileSync(path.join(src, 'gazetteer', file), path.join(folder, file));
  }
  const out = path.join(folder, 'extractor.js');
  esbuild.buildSync({
    stdin: { contents: entry, resolveDir: src, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: out,
    logLevel: 'error',
    nodePaths: [path.join(__dirname, '../../node_modules'), path.join(__dirname, '../../../../node_modules')],
  });
  process.on('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
  return require(out);
}

module.exports = { bundleExtractor };
