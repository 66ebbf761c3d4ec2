/** A database timestamp (a Date from SQLite's driver, a string from PostgreSQL's, or none) as ISO 8601, or null. */
export const isoOrNull = (value: Date | string | null | undefined): string | null => (value ? new Date(value).toISOString() : null);
