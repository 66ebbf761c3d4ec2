import { eventTypeTerm, subEventTypeTerm } from '../vocabularies';
import { countryName } from '../briefing/countries';
import type { BriefingRecord } from '../briefing/records';
import { exportable, audienceOf, type ExportOptions } from './audience';
import { hasCoordinates, incidentDate } from './facts';

/** GeoJSON of incidents for maps: one Point feature per briefing at the incident's place. */

export interface IncidentProperties {
  documentId: string;
  title: string;
  slug: string | null;
  eventType: string | null;
  /** ACLED's name of the event type, for legends. */
  eventTypeLabel: string | null;
  subEventType: string | null;
  subEventTypeLabel: string | null;
  /** As precisely as known: "2025-03-13", "2025-03" or "2025". */
  date: string | null;
  datePrecision: string | null;
  fatalities: number | null;
  fatalitiesMax: number | null;
  place: string | null;
  countryCode: string | null;
  country: string | null;
  geoPrecision: number | null;
}

export interface IncidentFeature {
  type: 'Feature';
  id: string;
  /** Null when the place has no coordinates yet: GeoJSON's way to keep a feature without a location. */
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: IncidentProperties;
}

export interface IncidentCollection {
  type: 'FeatureCollection';
  features: IncidentFeature[];
}

/** The briefing's incident as a feature; undefined when the briefing records no incident. */
export function toGeoJsonFeature(record: BriefingRecord, options: ExportOptions = {}): IncidentFeature | undefined {
  const briefing = exportable(record, audienceOf(options));
  const incident = briefing.incident;
  if (!incident) return undefined;
  const place = incident.place;
  const country = place?.countryCode ?? null;
  return {
    type: 'Feature',
    id: briefing.documentId,
    // GeoJSON is longitude first.
    geometry: hasCoordinates(place) ? { type: 'Point', coordinates: [place.longitude, place.latitude] } : null,
    properties: {
      documentId: briefing.documentId,
      title: briefing.title,
      slug: briefing.slug ?? null,
      eventType: incident.eventType ?? null,
      eventTypeLabel: (incident.eventType && eventTypeTerm(incident.eventType)?.acledName) || null,
      subEventType: incident.subEventType ?? null,
      subEventTypeLabel: (incident.subEventType && subEventTypeTerm(incident.subEventType)?.acledName) || null,
      date: incidentDate(briefing) ?? null,
      datePrecision: incident.datePrecision ?? null,
      fatalities: incident.fatalitiesMin ?? incident.fatalitiesMax ?? null,
      fatalitiesMax: incident.fatalitiesMax ?? null,
      place: place?.name ?? null,
      countryCode: country,
      country: (country && countryName(country)) || null,
      geoPrecision: incident.geoPrecision ?? null,
    },
  };
}

export function toGeoJson(briefing: BriefingRecord, options: ExportOptions = {}): IncidentCollection {
  const feature = toGeoJsonFeature(briefing, options);
  return { type: 'FeatureCollection', features: feature ? [feature] : [] };
}

/** A FeatureCollection written feature by feature. */
export async function* writeGeoJson(
  briefings: AsyncIterable<BriefingRecord> | Iterable<BriefingRecord>,
  options: ExportOptions = {},
): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const briefing of briefings) {
    const feature = toGeoJsonFeature(briefing, options);
    if (!feature) continue;
    yield (first ? '\n' : ',\n') + JSON.stringify(feature);
    first = false;
  }
  yield '\n]}\n';
}
