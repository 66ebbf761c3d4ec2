import * as React from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Badge, EmptyStateLayout, Flex, Link, Status, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { BriefingStatus, GetOverview } from '../../../shared/contracts/overview';
import { BRIEFING } from '../../../shared/identity';
import { getTranslation } from '../utils/translations';
import { colourOf } from './eventTypeColours';
import { Swatch } from './Filters';
import type { Labels } from './labels';

/** Where the Content Manager edits a briefing (inside the admin's router). */
export const editPath = (documentId: string) => `/content-manager/collection-types/${BRIEFING}/${documentId}`;

const STATUS_VARIANTS = { draft: 'secondary', published: 'success', modified: 'alternative' } as const satisfies Record<BriefingStatus, string>;

/** TLP colours as the standard draws them, on the design system's badges. */
const MARKING_COLOURS: Record<string, { backgroundColor: string; textColor: string }> = {
  clear: { backgroundColor: 'neutral0', textColor: 'neutral800' },
  green: { backgroundColor: 'success100', textColor: 'success700' },
  // warning700 on warning100 is 4.0:1, under WCAG's 4.5:1 for text this small: the amber is the badge's background.
  amber: { backgroundColor: 'warning100', textColor: 'neutral800' },
  'amber+strict': { backgroundColor: 'warning100', textColor: 'neutral800' },
  red: { backgroundColor: 'danger100', textColor: 'danger700' },
};

export interface BriefingsTableProps {
  rows: GetOverview.Briefing[];
  labels: Labels;
  isLoading?: boolean;
}

export const BriefingsTable = ({ rows, labels, isLoading }: BriefingsTableProps) => {
  const { formatMessage, formatNumber } = useIntl();
  const t = (key: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(key), defaultMessage }, values);

  if (rows.length === 0 && !isLoading) {
    return <EmptyStateLayout content={t('overview.table.empty', 'No briefing matches these filters.')} hasRadius shadow="tableShadow" />;
  }

  const fatalities = ({ min, max }: GetOverview.Briefing['fatalities']) => {
    if (min === null && max === null) return '–';
    if (min === null || max === null || min === max) return formatNumber((min ?? max)!);
    return t('overview.table.fatalities.range', '{min}–{max}', { min: formatNumber(min), max: formatNumber(max) });
  };

  const columns = [
    t('overview.table.title', 'Title'),
    t('overview.table.status', 'Status'),
    t('overview.table.marking', 'Marking'),
    t('overview.table.verification', 'Verification'),
    t('overview.table.eventType', 'Event type'),
    t('overview.table.date', 'Incident date'),
    t('overview.table.place', 'Place'),
    t('overview.table.fatalities', 'Deaths'),
  ];

  return (
    <Table colCount={columns.length} rowCount={rows.length + 1} aria-busy={isLoading}>
      <Thead>
        <Tr>
          {columns.map((column) => (
            <Th key={column}>
              <Typography variant="sigma">{column}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.documentId}>
            <Td>
              <Link tag={RouterLink} to={editPath(row.documentId)}>
                <Typography fontWeight="semiBold" ellipsis style={{ maxWidth: '32rem' }}>
                  {row.title}
                </Typography>
              </Link>
            </Td>
            <Td>
              <Status variant={STATUS_VARIANTS[row.status]} size="S">
                <Typography tag="span" variant="omega" fontWeight="bold">
                  {labels.status(row.status)}
                </Typography>
              </Status>
            </Td>
            <Td>
              {row.marking ? (
                <Badge {...(MARKING_COLOURS[row.marking] as object)} borderStyle="solid" borderWidth="1px" borderColor="neutral200">
                  {labels.marking(row.marking)}
                </Badge>
              ) : (
                <Typography textColor="neutral600">{t('overview.table.marking.none', 'None')}</Typography>
              )}
            </Td>
            <Td>
              <Typography>{row.verification ? labels.verification(row.verification) : '–'}</Typography>
            </Td>
            <Td>
              <Flex gap={2} alignItems="center">
                <Swatch colour={colourOf(row.eventType)} />
                <Flex direction="column" alignItems="flex-start">
                  <Typography>{labels.eventType(row.eventType)}</Typography>
                  {row.subEventType ? (
                    <Typography variant="pi" textColor="neutral600">
                      {labels.subEventType(row.subEventType)}
                    </Typography>
                  ) : null}
                </Flex>
              </Flex>
            </Td>
            <Td>
              <Typography>{labels.incidentDate(row.incidentDate, row.datePrecision)}</Typography>
              {row.incidentDate && row.datePrecision && row.datePrecision !== 'day' ? (
                <VisuallyHidden>{labels.precision(row.datePrecision)}</VisuallyHidden>
              ) : null}
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start">
                <Typography>{row.place?.name ?? '–'}</Typography>
                {row.countryCode ? (
                  <Typography variant="pi" textColor="neutral600">
                    {labels.country(row.countryCode)}
                  </Typography>
                ) : null}
              </Flex>
            </Td>
            <Td>
              <Typography>{fatalities(row.fatalities)}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
