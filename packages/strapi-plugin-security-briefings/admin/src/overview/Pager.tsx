import * as React from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Dots, Flex, NextLink, PageLink, Pagination, PreviousLink, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { OVERVIEW_PAGE_SIZES, type GetOverview } from '../../../shared/contracts/overview';
import { getTranslation } from '../utils/translations';

export interface PagerProps {
  pagination: GetOverview.Response['meta']['pagination'];
  /** The address of a page, with the current filters. */
  searchFor: (page: number) => string;
  onPageSizeChange: (pageSize: number) => void;
}

/** Pages to show: the first, the last, and the current one with its neighbours. */
function pageNumbers(page: number, pageCount: number): Array<number | 'dots'> {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1]! > 1 ? (['dots', n] as const) : ([n] as const)));
}

export const Pager = ({ pagination, searchFor, onPageSizeChange }: PagerProps) => {
  const { formatMessage } = useIntl();
  const t = (key: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(key), defaultMessage }, values);
  const { page, pageCount, pageSize } = pagination;

  return (
    <Flex justifyContent="space-between" alignItems="center" gap={4} wrap="wrap">
      <Flex gap={2} alignItems="center">
        <SingleSelect
          size="S"
          aria-label={t('overview.pager.page-size', 'Briefings per page')}
          value={String(pageSize)}
          onChange={(value) => onPageSizeChange(Number(value))}
        >
          {OVERVIEW_PAGE_SIZES.map((size) => (
            <SingleSelectOption key={size} value={String(size)}>
              {String(size)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Typography textColor="neutral600" tag="span">
          {t('overview.pager.per-page', 'briefings per page')}
        </Typography>
      </Flex>
      {pageCount > 1 ? (
        <Pagination activePage={page} pageCount={pageCount} label={t('overview.pager.label', 'Pages of briefings')}>
          <PreviousLink tag={RouterLink} to={{ search: searchFor(Math.max(1, page - 1)) }}>
            {t('overview.pager.previous', 'Previous page')}
          </PreviousLink>
          {pageNumbers(page, pageCount).map((n, i) =>
            n === 'dots' ? (
              <Dots key={`dots-${i}`}>{t('overview.pager.dots', 'More pages')}</Dots>
            ) : (
              <PageLink key={n} number={n} tag={RouterLink} to={{ search: searchFor(n) }}>
                {t('overview.pager.page', 'Page {number}', { number: n })}
              </PageLink>
            ),
          )}
          <NextLink tag={RouterLink} to={{ search: searchFor(Math.min(pageCount, page + 1)) }}>
            {t('overview.pager.next', 'Next page')}
          </NextLink>
        </Pagination>
      ) : null}
    </Flex>
  );
};
