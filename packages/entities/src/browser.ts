/**
 * What the admin panel needs in a browser: vocabularies, the briefing rules and the export format
 * table. Bundlers pick this file through the package's "browser" condition; the exporters and the
 * extractor (CSV, gazetteer, Node-only code) stay on the server and the command line.
 */
export * from './vocabularies';
export * from './briefing';
export * from './exports/format-table';
