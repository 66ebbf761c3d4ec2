import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { EVENT_TYPES } from '@security-briefings/entities';
import type { GetOverview } from '../../../shared/contracts/overview';
import { getTranslation } from '../utils/translations';
import { NO_EVENT_TYPE_COLOUR, colourOf } from './eventTypeColours';
import { Swatch } from './Filters';
import type { Labels } from './labels';

export interface LegendProps {
  points: GetOverview.Point[];
  labels: Labels;
}

/** What each colour of the map and the timeline means, with how many incidents have it. */
export const Legend = ({ points, labels }: LegendProps) => {
  const { formatMessage, formatNumber } = useIntl();
  const counts = new Map<string | null, number>();
  for (const point of points) counts.set(point.eventType, (counts.get(point.eventType) ?? 0) + 1);
  const entries = [
    ...EVENT_TYPES.map((term) => ({ key: term.value, label: labels.eventType(term.value), colour: colourOf(term.value), count: counts.get(term.value) ?? 0 })),
    ...(counts.has(null) ? [{ key: 'none', label: labels.eventType(null), colour: NO_EVENT_TYPE_COLOUR, count: counts.get(null)! }] : []),
  ];
  const title = formatMessage({ id: getTranslation('overview.legend.title'), defaultMessage: 'Event types (ACLED)' });

  return (
    <Flex direction="column" alignItems="stretch" gap={2} tag="figure" aria-label={title} margin={0}>
      <Typography variant="sigma" textColor="neutral600" tag="figcaption">
        {title}
      </Typography>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={3} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {entries.map((entry) => (
          <Flex tag="li" key={entry.key} gap={2} alignItems="center" data-event-type={entry.key}>
            <Swatch colour={entry.colour} size={12} />
            <Typography textColor={entry.count ? 'neutral800' : 'neutral600'} style={{ flex: 1 }}>
              {entry.label}
            </Typography>
            <Typography variant="pi" textColor="neutral600" fontWeight="bold">
              {formatNumber(entry.count)}
            </Typography>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
};
