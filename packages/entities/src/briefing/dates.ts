import type { DatePrecision } from '../vocabularies';

/** A date as precise as it is known: "2025", "2025-03" or "2025-03-13". */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (also a full ISO timestamp); undefined when it is no real date. */
export function parsePartialDate(value: string): PartialDate | undefined {
  const match = PARTIAL_DATE_PATTERN.exec(value.length > 10 && value[10] === 'T' ? value.slice(0, 10) : value);
  if (!match) return undefined;
  const year = Number(match[1]);
  // There was no year 0 (and Strapi's date columns refuse it).
  if (year < 1) return undefined;
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month!, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return undefined;
  }
  return { year, month, day };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The most precise form a precision allows: day -> YYYY-MM-DD, month -> YYYY-MM, year -> YYYY. */
export function formatPartialDate(date: PartialDate, precision: DatePrecision): string {
  if (precision === 'year' || date.month === undefined) return String(date.year);
  if (precision === 'month' || date.day === undefined) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** A full calendar date for storage and sorting: the first day of the known period. */
export function toCalendarDate(value: string): string | undefined {
  const date = parsePartialDate(value);
  if (!date) return undefined;
  return `${date.year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

/** The last day of the known period, for the inclusive end of a range: "2025-03" -> "2025-03-31". */
export function lastDayOf(value: string): string | undefined {
  const date = parsePartialDate(value);
  if (!date) return undefined;
  if (date.day !== undefined) return toCalendarDate(value);
  const end = new Date(Date.UTC(date.year, date.month ?? 12, 0));
  return end.toISOString().slice(0, 10);
}

/** Whether a date carries the parts its precision needs ("day" needs a day, "month" a month). */
export function dateMatchesPrecision(value: string, precision: DatePrecision): boolean {
  const date = parsePartialDate(value);
  if (!date) return false;
  if (precision === 'day' || precision === 'week') return date.day !== undefined;
  if (precision === 'month') return date.month !== undefined;
  return true;
}
