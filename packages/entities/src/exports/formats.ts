import type { BriefingRecord } from '../briefing/records';
import type { ExportOptions } from './audience';
import { toAcledCsv, writeAcledCsv } from './acled';
import { toGeoJson, writeGeoJson } from './geojson';
import { serialiseJsonLd, toJsonLd, writeJsonLd } from './jsonld';
import { toNinjs, writeNinjs } from './ninjs';
import { toStixBundle, writeStixBundle } from './stix';

import { type ExportFormat } from './format-table';

export * from './format-table';

/** One briefing in a format, as the text to send. */
export function exportBriefing(briefing: BriefingRecord, format: ExportFormat, options: ExportOptions = {}): string {
  switch (format) {
    case 'stix':
      return JSON.stringify(toStixBundle(briefing, options));
    case 'jsonld':
      return serialiseJsonLd(toJsonLd(briefing, options));
    case 'ninjs':
      return JSON.stringify(toNinjs(briefing, options));
    case 'csv':
      return toAcledCsv(briefing, options);
    case 'geojson':
      return JSON.stringify(toGeoJson(briefing, options));
  }
}

/** Many briefings in a format, as chunks to stream (text, or UTF-8 bytes): nothing is held beyond the briefing being written. */
export function writeExport(
  briefings: AsyncIterable<BriefingRecord> | Iterable<BriefingRecord>,
  format: ExportFormat,
  options: ExportOptions = {},
): AsyncGenerator<string | Uint8Array> {
  switch (format) {
    case 'stix':
      return writeStixBundle(briefings, options);
    case 'jsonld':
      return writeJsonLd(briefings, options);
    case 'ninjs':
      return writeNinjs(briefings, options);
    case 'csv':
      return writeAcledCsv(briefings, options);
    case 'geojson':
      return writeGeoJson(briefings, options);
  }
}
