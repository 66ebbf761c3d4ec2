// The export formats as a table, with no exporter code: safe for the admin's browser bundle.

/** The export formats, as the `format` query parameter names them. */
export const EXPORT_FORMAT_VALUES = ['stix', 'jsonld', 'ninjs', 'csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMAT_VALUES)[number];

export interface ExportFormatTerm {
  value: ExportFormat;
  label: string;
  /** The Content-Type to serve it with. */
  contentType: string;
  /** The file extension for Content-Disposition, without the dot. */
  extension: string;
  /** Whether the public (unauthenticated) routes may offer it. */
  public: boolean;
  description: string;
}

export const EXPORT_FORMATS: Record<ExportFormat, ExportFormatTerm> = {
  stix: {
    value: 'stix',
    label: 'STIX 2.1 bundle',
    // The media type TAXII 2.1 uses for STIX 2.1 content.
    contentType: 'application/stix+json;version=2.1',
    extension: 'stix.json',
    public: false,
    description: 'For intelligence partners: report, actors, places, relationships and notes under the TLP marking.',
  },
  jsonld: {
    value: 'jsonld',
    label: 'schema.org JSON-LD',
    contentType: 'application/ld+json; charset=utf-8',
    extension: 'jsonld',
    public: true,
    description: 'For the public article page and search engines: a news article about the event.',
  },
  ninjs: {
    value: 'ninjs',
    label: 'IPTC ninjs 2.2',
    // ninjs has no registered media type of its own.
    contentType: 'application/json; charset=utf-8',
    extension: 'ninjs.json',
    public: true,
    description: 'For syndication to other newsrooms.',
  },
  csv: {
    value: 'csv',
    label: 'ACLED-compatible CSV',
    contentType: 'text/csv; charset=utf-8; header=present',
    extension: 'csv',
    public: true,
    description: "For analysts: one row per incident in ACLED's columns.",
  },
  geojson: {
    value: 'geojson',
    label: 'GeoJSON',
    contentType: 'application/geo+json',
    extension: 'geojson',
    public: true,
    description: 'For maps: one point per incident.',
  },
};

export const isExportFormat = (value: unknown): value is ExportFormat =>
  typeof value === 'string' && (EXPORT_FORMAT_VALUES as readonly string[]).includes(value);

/** A file name for Content-Disposition: "briefing-abc123.stix.json". */
export const exportFileName = (format: ExportFormat, name: string): string =>
  `${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.${EXPORT_FORMATS[format].extension}`;
