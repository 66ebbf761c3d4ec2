import { useIntl } from 'react-intl';
import { DATE_PRECISIONS, EVENT_TYPES, SUB_EVENT_TYPES, TLP_MARKINGS, type DatePrecision } from '@security-briefings/entities';
import type { BriefingStatus } from '../../../shared/contracts/overview';
import { labelOf, VERIFICATION_LABELS } from '../labels/vocabularies';
import { getTranslation } from '../utils/translations';

const STATUS_LABELS: Record<BriefingStatus, string> = { draft: 'Draft', published: 'Published', modified: 'Modified' };

/** Utc midnight of a stored calendar date, so that formatting never moves it to the day before. */
const utcDate = (value: string) => new Date(`${value}T00:00:00Z`);

/**
 * Labels of the vocabularies in the editor's language. The English labels come from the entities
 * package (ACLED's own names); other languages translate them by value.
 */
export function useLabels() {
  const { formatMessage, formatDate, locale } = useIntl();
  const regions = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale, 'en'], { type: 'region' }) : undefined;
  return {
    eventType: (value: string | null) => {
      if (!value) return formatMessage({ id: getTranslation('overview.eventType.none'), defaultMessage: 'No event type' });
      const term = EVENT_TYPES.find((t) => t.value === value);
      return formatMessage({ id: getTranslation(`overview.eventType.${value}`), defaultMessage: term?.label ?? value });
    },
    subEventType: (value: string) =>
      formatMessage({ id: getTranslation(`overview.subEventType.${value}`), defaultMessage: SUB_EVENT_TYPES.find((t) => t.value === value)?.label ?? value }),
    /** TLP labels are the standard's own words, the same in every language. */
    marking: (value: string) => (TLP_MARKINGS.has(value) ? TLP_MARKINGS.label(value) : value),
    verification: (value: string) => {
      const message = labelOf(VERIFICATION_LABELS, value);
      return message ? formatMessage(message) : value;
    },
    status: (value: BriefingStatus) => formatMessage({ id: getTranslation(`overview.status.${value}`), defaultMessage: STATUS_LABELS[value] }),
    country: (code: string) => {
      try {
        return regions?.of(code) ?? code;
      } catch {
        return code;
      }
    },
    /** A date written as precisely as it is known: a day, the week of a day, a month or a year. */
    incidentDate: (value: string | null, precision: DatePrecision | null) => {
      if (!value) return formatMessage({ id: getTranslation('overview.date.unknown'), defaultMessage: 'Date unknown' });
      const date = utcDate(value);
      switch (precision ?? 'day') {
        case 'year':
          return formatDate(date, { year: 'numeric', timeZone: 'UTC' });
        case 'month':
          return formatDate(date, { year: 'numeric', month: 'long', timeZone: 'UTC' });
        case 'week':
          return formatMessage(
            { id: getTranslation('overview.date.week'), defaultMessage: 'week of {date}' },
            { date: formatDate(date, { dateStyle: 'medium', timeZone: 'UTC' }) },
          );
        default:
          return formatDate(date, { dateStyle: 'medium', timeZone: 'UTC' });
      }
    },
    precision: (value: DatePrecision) =>
      formatMessage({ id: getTranslation(`overview.precision.${value}`), defaultMessage: DATE_PRECISIONS.label(value) }),
  };
}

export type Labels = ReturnType<typeof useLabels>;
