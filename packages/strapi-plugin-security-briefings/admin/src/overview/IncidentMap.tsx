import * as React from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useTheme } from 'styled-components';
import { Box, Flex, Loader, TextButton, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPoint } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GetOverview } from '../../../shared/contracts/overview';
import { PLUGIN_ID } from '../pluginId';
import { editPath } from './BriefingsTable';
import { colourOf } from './eventTypeColours';
import type { Labels } from './labels';

const WIDTH = 960;
const HEIGHT = 500;
const PADDING = 24;

/** Natural Earth's countries at 1:110m, shipped by world-atlas: drawn offline, fetched only when the map opens. */
async function loadCountries(): Promise<FeatureCollection> {
  const { default: topology } = (await import('world-atlas/countries-110m.json')) as unknown as { default: Topology<{ countries: GeometryCollection }> };
  return feature(topology, topology.objects.countries) as FeatureCollection;
}

type Located = GetOverview.Point & { place: { name: string; latitude: number; longitude: number } };
const isLocated = (p: GetOverview.Point): p is Located => p.place?.latitude != null && p.place?.longitude != null;

/** The incidents' bounding box with a margin, as points so the projection fits it without polygon winding rules. */
function incidentsExtent(points: Located[]): Feature<MultiPoint> {
  const lons = points.map((p) => p.place.longitude);
  const lats = points.map((p) => p.place.latitude);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const margin = Math.max(8, (east - west) * 0.2, (north - south) * 0.2);
  const clampLon = (v: number) => Math.max(-180, Math.min(180, v));
  const clampLat = (v: number) => Math.max(-80, Math.min(84, v));
  const [w, e, s, n] = [clampLon(west - margin), clampLon(east + margin), clampLat(south - margin), clampLat(north + margin)];
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[w, s], [e, s], [e, n], [w, n], [(w + e) / 2, s], [(w + e) / 2, n]] } };
}

/** Incidents at the same spot are spread on a small spiral so each can be reached. */
function spread(points: Located[]) {
  const seen = new Map<string, number>();
  return points.map((point) => {
    const key = `${point.place.latitude.toFixed(2)},${point.place.longitude.toFixed(2)}`;
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    const angle = index * 2.4;
    const radius = index === 0 ? 0 : 5 * Math.sqrt(index);
    return { point, dx: radius * Math.cos(angle), dy: radius * Math.sin(angle) };
  });
}

export interface IncidentMapProps {
  points: GetOverview.Point[];
  labels: Labels;
}

/** A world map of the incidents, coloured by event type; each one opens its briefing in the Content Manager. */
const IncidentMap = ({ points, labels }: IncidentMapProps) => {
  const { formatMessage } = useIntl();
  const t = (key: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: `${PLUGIN_ID}.overview.map.${key}`, defaultMessage }, values);
  const theme = useTheme() as unknown as { colors?: Record<string, string> };
  const colour = (name: string, fallback: string) => theme.colors?.[name] ?? fallback;
  const [countries, setCountries] = React.useState<FeatureCollection | null>(null);
  const [failed, setFailed] = React.useState(false);
  const [wholeWorld, setWholeWorld] = React.useState(false);

  React.useEffect(() => {
    let live = true;
    loadCountries()
      .then((loaded) => live && setCountries(loaded))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);

  const located = React.useMemo(() => points.filter(isLocated), [points]);
  const unlocated = points.length - located.length;

  const path = React.useMemo(() => {
    const projection = geoEqualEarth();
    const extent: [[number, number], [number, number]] = [[PADDING, PADDING], [WIDTH - PADDING, HEIGHT - PADDING]];
    if (wholeWorld || located.length === 0) projection.fitExtent(extent, { type: 'Sphere' });
    else projection.fitExtent(extent, incidentsExtent(located));
    return geoPath(projection);
  }, [located, wholeWorld]);
  const projection = path.projection() as ReturnType<typeof geoEqualEarth>;

  if (failed) {
    return <Typography textColor="danger600">{t('failed', 'The map could not be drawn.')}</Typography>;
  }
  if (!countries) {
    return (
      <Flex justifyContent="center" padding={8}>
        <Loader small>{t('loading', 'Drawing the map…')}</Loader>
      </Flex>
    );
  }

  const description = t('description', '{count, plural, =0 {No incident} one {# incident} other {# incidents}} on the map.', { count: located.length });
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Box borderColor="neutral200" hasRadius overflow="hidden" background="neutral100">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="group" aria-label={description} style={{ display: 'block' }}>
          <defs>
            <clipPath id="overview-map-frame">
              <rect width={WIDTH} height={HEIGHT} />
            </clipPath>
          </defs>
          <g clipPath="url(#overview-map-frame)">
            <path d={path({ type: 'Sphere' }) ?? undefined} fill={colour('neutral100', '#F6F6F9')} />
            <path d={path(geoGraticule10()) ?? undefined} fill="none" stroke={colour('neutral200', '#DCDCE4')} strokeWidth={0.5} />
            {countries.features.map((country, i) => (
              <path
                key={String(country.id ?? i)}
                d={path(country) ?? undefined}
                fill={colour('neutral200', '#DCDCE4')}
                stroke={colour('neutral0', '#FFFFFF')}
                strokeWidth={0.6}
              >
                <title>{String(country.properties?.name ?? '')}</title>
              </path>
            ))}
            {spread(located).map(({ point, dx, dy }) => {
              const xy = projection([point.place.longitude, point.place.latitude]);
              if (!xy) return null;
              const name = [point.title, point.place.name, labels.eventType(point.eventType), point.incidentDate].filter(Boolean).join(' · ');
              return (
                <RouterLink key={point.documentId} to={editPath(point.documentId)} aria-label={name} data-document-id={point.documentId}>
                  <circle
                    cx={xy[0] + dx}
                    cy={xy[1] + dy}
                    r={6}
                    fill={colourOf(point.eventType)}
                    stroke={colour('neutral0', '#FFFFFF')}
                    strokeWidth={1.5}
                    style={{ cursor: 'pointer' }}
                  >
                    <title>{name}</title>
                  </circle>
                </RouterLink>
              );
            })}
          </g>
        </svg>
      </Box>
      <Flex justifyContent="space-between" gap={4} wrap="wrap">
        <Typography variant="pi" textColor="neutral600">
          {unlocated > 0
            ? t('unlocated', '{count, plural, one {# briefing has no place with coordinates and is not} other {# briefings have no place with coordinates and are not}} on the map.', { count: unlocated })
            : t('source', 'Countries: Natural Earth, via world-atlas.')}
        </Typography>
        {located.length > 0 ? (
          <TextButton onClick={() => setWholeWorld((value) => !value)}>
            {wholeWorld ? t('zoom.incidents', 'Zoom to the incidents') : t('zoom.world', 'Show the whole world')}
          </TextButton>
        ) : null}
      </Flex>
    </Flex>
  );
};

export default IncidentMap;
