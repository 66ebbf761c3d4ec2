import * as React from 'react';
import { Alert, Box, Flex, Grid, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { GetOverview } from '../../../shared/contracts/overview';
import { useOverview } from '../services/overview';
import { serverMessage } from '../utils/errors';
import { getTranslation } from '../utils/translations';
import { BriefingsTable } from './BriefingsTable';
import { Filters } from './Filters';
import { Legend } from './Legend';
import { Pager } from './Pager';
import { Timeline } from './Timeline';
import { useLabels } from './labels';
import { toSearch, useOverviewQuery } from './useOverviewQuery';

// d3-geo, topojson-client and the world's outlines load with the map, not with the admin.
const IncidentMap = React.lazy(() => import('./IncidentMap'));

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box tag="section" aria-label={title} background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);

/** The overview's body: filters, map, timeline and table, for one query held in the address. */
export const Overview = () => {
  const { formatMessage, formatNumber } = useIntl();
  const t = (key: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(key), defaultMessage }, values);
  const labels = useLabels();
  const { query, filters, setFilters, clearFilters, setPageSize } = useOverviewQuery();
  const { data, error, isLoading } = useOverview(query);
  const searchFor = React.useCallback((page: number) => `?${toSearch({ ...query, page }).toString()}`, [query]);

  const points: GetOverview.Point[] = data?.points ?? [];
  const meta = data?.meta;

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Filters filters={filters} countries={meta?.countries ?? []} labels={labels} onChange={setFilters} onClear={clearFilters} />

      {error ? (
        <Alert variant="danger" closeLabel={t('overview.error.close', 'Close')} title={t('overview.error.title', 'The briefings could not be loaded.')}>
          {serverMessage(error) ?? t('overview.error.retry', 'Check your connection and try again.')}
        </Alert>
      ) : null}

      {!data && isLoading ? (
        <Flex justifyContent="center" padding={10}>
          <Loader>{t('overview.loading', 'Loading the briefings…')}</Loader>
        </Flex>
      ) : null}

      {data ? (
        <>
          {meta?.points.truncated ? (
            <Alert variant="default" closeLabel={t('overview.error.close', 'Close')} title={t('overview.truncated.title', 'Most recent incidents only')}>
              {t('overview.truncated', 'The map and the timeline show the {returned} most recent of {total} incidents; narrow the filters to see the others.', {
                returned: formatNumber(meta.points.returned),
                total: formatNumber(meta.points.total),
              })}
            </Alert>
          ) : null}
          <Section title={t('overview.map.title', 'Map of incidents')}>
            <Grid.Root gap={6}>
              <Grid.Item col={9} s={12} direction="column" alignItems="stretch">
                <React.Suspense
                  fallback={
                    <Flex justifyContent="center" padding={8}>
                      <Loader small>{t('overview.map.loading', 'Drawing the map…')}</Loader>
                    </Flex>
                  }
                >
                  <IncidentMap points={points} labels={labels} />
                </React.Suspense>
              </Grid.Item>
              <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
                <Legend points={points} labels={labels} />
              </Grid.Item>
            </Grid.Root>
          </Section>
          <Section title={t('overview.timeline.title', 'Incidents over time')}>
            <Timeline points={points} labels={labels} />
          </Section>
          <Section
            title={t('overview.table.heading', '{total, plural, =0 {No briefing} one {# briefing} other {# briefings}}', { total: meta!.pagination.total })}
          >
            <BriefingsTable rows={data.data} labels={labels} isLoading={isLoading} />
            <Pager pagination={meta!.pagination} searchFor={searchFor} onPageSizeChange={setPageSize} />
          </Section>
        </>
      ) : null}
    </Flex>
  );
};
