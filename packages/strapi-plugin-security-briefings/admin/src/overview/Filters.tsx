import * as React from 'react';
import { Button, DatePicker, Field, Flex, Grid, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { EVENT_TYPES, TLP_MARKINGS, VERIFICATION_LEVELS } from '@security-briefings/entities';
import { BRIEFING_STATUSES, type GetOverview } from '../../../shared/contracts/overview';
import { getTranslation } from '../utils/translations';
import { colourOf } from './eventTypeColours';
import type { Labels } from './labels';

const pad = (n: number) => String(n).padStart(2, '0');
/** The picker works in the editor's local time; the filter is a calendar date. */
const toCalendarDate = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const fromCalendarDate = (value: string | undefined) => {
  if (!value) return undefined;
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  return new Date(year!, month - 1, day);
};

export interface FiltersProps {
  filters: GetOverview.Filters;
  /** Country codes the country filter offers. */
  countries: string[];
  labels: Labels;
  onChange: (next: Partial<GetOverview.Filters>) => void;
  onClear: () => void;
}

export const Filters = ({ filters, countries, labels, onChange, onClear }: FiltersProps) => {
  const { formatMessage, locale } = useIntl();
  const t = (key: string, defaultMessage: string) => formatMessage({ id: getTranslation(key), defaultMessage });
  const clearLabel = t('overview.filters.clear-one', 'Clear');
  const any = Object.values(filters).some((value) => value !== undefined);

  const countryOptions = React.useMemo(() => {
    const codes = filters.country && !countries.includes(filters.country) ? [...countries, filters.country] : countries;
    return codes.map((code) => ({ code, name: labels.country(code) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [countries, filters.country, labels, locale]);

  const select = <K extends 'eventType' | 'country' | 'marking' | 'verification' | 'status'>(
    key: K,
    label: string,
    placeholder: string,
    options: Array<{ value: string; label: string; colour?: string }>,
  ) => (
    <Grid.Item col={2} s={4} xs={12} direction="column" alignItems="stretch">
      <Field.Root name={key} id={`overview-filter-${key}`} width="100%">
        <Field.Label>{label}</Field.Label>
        <SingleSelect
          value={filters[key] ?? ''}
          placeholder={placeholder}
          onChange={(value) => onChange({ [key]: String(value) } as Partial<GetOverview.Filters>)}
          onClear={filters[key] ? () => onChange({ [key]: undefined } as Partial<GetOverview.Filters>) : undefined}
          clearLabel={clearLabel}
        >
          {options.map((option) => (
            <SingleSelectOption
              key={option.value}
              value={option.value}
              startIcon={option.colour ? <Swatch colour={option.colour} /> : undefined}
            >
              {option.label}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    </Grid.Item>
  );

  const date = (key: 'from' | 'to', label: string) => (
    <Grid.Item col={2} s={4} xs={12} direction="column" alignItems="stretch">
      <Field.Root name={key} id={`overview-filter-${key}`} width="100%">
        <Field.Label>{label}</Field.Label>
        <DatePicker
          locale={locale}
          value={fromCalendarDate(filters[key])}
          onChange={(value) => onChange({ [key]: value ? toCalendarDate(value) : undefined })}
          onClear={() => onChange({ [key]: undefined })}
          clearLabel={clearLabel}
          minDate={key === 'to' ? fromCalendarDate(filters.from) : undefined}
          maxDate={key === 'from' ? fromCalendarDate(filters.to) : undefined}
        />
      </Field.Root>
    </Grid.Item>
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={3} role="search" aria-label={t('overview.filters.label', 'Filter briefings')}>
      <Grid.Root gap={4}>
        {select(
          'eventType',
          t('overview.filters.eventType', 'Event type'),
          t('overview.filters.eventType.all', 'All event types'),
          EVENT_TYPES.map((term) => ({ value: term.value, label: labels.eventType(term.value), colour: colourOf(term.value) })),
        )}
        {select(
          'country',
          t('overview.filters.country', 'Country'),
          t('overview.filters.country.all', 'All countries'),
          countryOptions.map(({ code, name }) => ({ value: code, label: name })),
        )}
        {select(
          'marking',
          t('overview.filters.marking', 'TLP marking'),
          t('overview.filters.marking.all', 'All markings'),
          TLP_MARKINGS.terms.map((term) => ({ value: term.value, label: term.label })),
        )}
        {select(
          'verification',
          t('overview.filters.verification', 'Verification'),
          t('overview.filters.verification.all', 'Any verification'),
          VERIFICATION_LEVELS.terms.map((term) => ({ value: term.value, label: labels.verification(term.value) })),
        )}
        {select(
          'status',
          t('overview.filters.status', 'Status'),
          t('overview.filters.status.all', 'Drafts and published'),
          BRIEFING_STATUSES.map((status) => ({ value: status, label: labels.status(status) })),
        )}
        {date('from', t('overview.filters.from', 'Incidents from'))}
        {date('to', t('overview.filters.to', 'Incidents until'))}
      </Grid.Root>
      {any ? (
        <Flex justifyContent="flex-end">
          <Button variant="tertiary" size="S" startIcon={<Cross />} onClick={onClear}>
            {t('overview.filters.clear', 'Clear all filters')}
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
};

/** A colour dot beside an event type. */
export const Swatch = ({ colour, size = 10 }: { colour: string; size?: number }) => (
  <svg width={size} height={size} aria-hidden="true" focusable="false" style={{ flexShrink: 0 }}>
    <circle cx={size / 2} cy={size / 2} r={size / 2} fill={colour} />
  </svg>
);
