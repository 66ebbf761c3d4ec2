import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { EVENT_TYPES, type EventType } from '@security-briefings/entities';
import type { GetOverview } from '../../../shared/contracts/overview';
import { getTranslation } from '../utils/translations';
import { colourOf } from './eventTypeColours';
import type { Labels } from './labels';

const WIDTH = 1100;
const HEIGHT = 160;
const AXIS = 22;
const TOP = 14;
/** Beyond four years of months, bars become years. */
const MAX_MONTHS = 48;

type Stack = Array<{ eventType: EventType | null; count: number }>;
interface Bucket {
  key: string;
  start: Date;
  total: number;
  stack: Stack;
}

const ORDER: Array<EventType | null> = [...EVENT_TYPES.map((t) => t.value), null];

/** Incidents counted per month (or per year over a long span), from the first incident to the last. */
export function bucketIncidents(points: GetOverview.Point[]): { unit: 'month' | 'year'; buckets: Bucket[] } {
  const dated = points.filter((p) => p.incidentDate);
  if (dated.length === 0) return { unit: 'month', buckets: [] };
  const months = dated.map((p) => p.incidentDate!.slice(0, 7)).sort();
  const [firstYear, firstMonth] = months[0]!.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = months[months.length - 1]!.split('-').map(Number) as [number, number];
  const span = (lastYear - firstYear) * 12 + (lastMonth - firstMonth) + 1;
  const unit = span > MAX_MONTHS ? 'year' : 'month';
  const keyOf = (date: string) => (unit === 'year' ? date.slice(0, 4) : date.slice(0, 7));

  const buckets: Bucket[] = [];
  const byKey = new Map<string, Map<EventType | null, number>>();
  if (unit === 'year') {
    for (let y = firstYear; y <= lastYear; y += 1) buckets.push({ key: String(y), start: new Date(Date.UTC(y, 0, 1)), total: 0, stack: [] });
  } else {
    for (let i = 0; i < span; i += 1) {
      const start = new Date(Date.UTC(firstYear, firstMonth - 1 + i, 1));
      buckets.push({ key: start.toISOString().slice(0, 7), start, total: 0, stack: [] });
    }
  }
  for (const point of dated) {
    const key = keyOf(point.incidentDate!);
    const counts = byKey.get(key) ?? new Map();
    counts.set(point.eventType, (counts.get(point.eventType) ?? 0) + 1);
    byKey.set(key, counts);
  }
  for (const bucket of buckets) {
    const counts = byKey.get(bucket.key);
    if (!counts) continue;
    bucket.stack = ORDER.filter((e) => counts.has(e)).map((eventType) => ({ eventType, count: counts.get(eventType)! }));
    bucket.total = bucket.stack.reduce((sum, s) => sum + s.count, 0);
  }
  return { unit, buckets };
}

export interface TimelineProps {
  points: GetOverview.Point[];
  labels: Labels;
}

/** Incidents over time, stacked by event type in the legend's colours. */
export const Timeline = ({ points, labels }: TimelineProps) => {
  const { formatMessage, formatDate, formatNumber } = useIntl();
  const t = (key: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(key), defaultMessage }, values);
  const { unit, buckets } = React.useMemo(() => bucketIncidents(points), [points]);
  const undated = points.filter((p) => !p.incidentDate).length;

  if (buckets.length === 0) {
    return (
      <Typography textColor="neutral600" tag="p">
        {t('overview.timeline.empty', 'No dated incident to show on the timeline.')}
      </Typography>
    );
  }

  const period = (date: Date) =>
    unit === 'year' ? formatDate(date, { year: 'numeric', timeZone: 'UTC' }) : formatDate(date, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const max = Math.max(...buckets.map((b) => b.total));
  const slot = WIDTH / buckets.length;
  const barWidth = Math.max(2, Math.min(48, slot * 0.7));
  const scale = (HEIGHT - AXIS - TOP) / max;
  // Label every bucket when there is room, else the first of each year.
  const labelled = (bucket: Bucket, i: number) => slot >= 60 || (unit === 'month' ? bucket.start.getUTCMonth() === 0 || i === 0 : i % Math.ceil(60 / slot) === 0);
  const summary = t('overview.timeline.summary', 'Incidents per {unit, select, year {year} other {month}}, from {first} to {last}; at most {max} in one {unit, select, year {year} other {month}}.', {
    unit,
    first: period(buckets[0]!.start),
    last: period(buckets[buckets.length - 1]!.start),
    max,
  });

  return (
    <Box>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={summary} style={{ display: 'block', overflow: 'visible' }}>
        <title>{summary}</title>
        <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} stroke="#C0C0CF" />
        <text x={0} y={TOP - 4} fontSize={11} fill="#666687">
          {formatNumber(max)}
        </text>
        {buckets.map((bucket, i) => {
          const x = i * slot + (slot - barWidth) / 2;
          let y = HEIGHT - AXIS;
          return (
            <g key={bucket.key} data-period={bucket.key}>
              {bucket.stack.map((segment) => {
                const height = segment.count * scale;
                y -= height;
                return (
                  <rect key={segment.eventType ?? 'none'} x={x} y={y} width={barWidth} height={height} fill={colourOf(segment.eventType)}>
                    <title>{`${period(bucket.start)} · ${labels.eventType(segment.eventType)}: ${formatNumber(segment.count)}`}</title>
                  </rect>
                );
              })}
              {labelled(bucket, i) ? (
                <text x={i * slot + slot / 2} y={HEIGHT - 6} fontSize={11} textAnchor="middle" fill="#666687">
                  {period(bucket.start)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      {undated > 0 ? (
        <Typography variant="pi" textColor="neutral600" tag="p">
          {t('overview.timeline.undated', '{count, plural, one {# briefing has} other {# briefings have}} no incident date yet.', { count: undated })}
        </Typography>
      ) : null}
    </Box>
  );
};
