import { lastDayOf, toCalendarDate, type EventType, type TlpMarking, type VerificationLevel } from '@security-briefings/entities';

/** The filters every briefing list offers, on the listing fields the server keeps in step with the incident. */
export interface ListingQuery {
  eventType?: EventType;
  country?: string;
  marking?: TlpMarking;
  verification?: VerificationLevel;
  /** Incident date range, inclusive: YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string;
  to?: string;
}

/** Document-service filters for a listing query (the public API, exports and the admin overview share them). */
export function listingFilters(query: ListingQuery): Record<string, unknown>[] {
  const and: Record<string, unknown>[] = [];
  if (query.eventType) and.push({ eventType: { $eq: query.eventType } });
  if (query.country) and.push({ countryCode: { $eq: query.country } });
  if (query.marking) and.push({ marking: { $eq: query.marking } });
  if (query.verification) and.push({ verification: { $eq: query.verification } });
  if (query.from) and.push({ incidentDate: { $gte: toCalendarDate(query.from) } });
  if (query.to) and.push({ incidentDate: { $lte: lastDayOf(query.to) } });
  return and;
}
