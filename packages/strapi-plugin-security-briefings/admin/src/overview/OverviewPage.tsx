import * as React from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/translations';
import { OVERVIEW_PERMISSIONS } from './permissions';
import { Overview } from './Overview';

/** The page behind the menu link: Strapi's page frame around the overview, for editors with the permission. */
export const OverviewPage = () => {
  const { formatMessage } = useIntl();
  const title = formatMessage({ id: getTranslation('overview.title'), defaultMessage: 'Briefings overview' });
  return (
    <Page.Protect permissions={OVERVIEW_PERMISSIONS}>
      <Page.Main>
        <Page.Title>{title}</Page.Title>
        <Layouts.Header
          title={title}
          subtitle={formatMessage({
            id: getTranslation('overview.subtitle'),
            defaultMessage: 'Every briefing, drafts and all TLP markings included: where and when incidents happened, and what kind.',
          })}
        />
        <Layouts.Content>
          <Overview />
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};
