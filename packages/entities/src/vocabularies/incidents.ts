import { vocabulary, type ValueOf } from './vocabulary';

/** How exactly the incident's date is known (ACLED time_precision 1-3, plus year). */
export const DATE_PRECISIONS = vocabulary([
  { value: 'day', label: 'Day', description: 'The exact day is known.' },
  { value: 'week', label: 'Week', description: 'Known to within a week; the date is the first day of that week.' },
  { value: 'month', label: 'Month', description: 'Only the month is known.' },
  { value: 'year', label: 'Year', description: 'Only the year is known.' },
] as const);
export type DatePrecision = ValueOf<typeof DATE_PRECISIONS.terms>;

/** ACLED's time_precision code for each of our precisions (ACLED has no year-only code; 3 is its widest). */
export const ACLED_TIME_PRECISION: Record<DatePrecision, 1 | 2 | 3> = { day: 1, week: 2, month: 3, year: 3 };
