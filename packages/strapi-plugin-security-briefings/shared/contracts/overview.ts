import { z } from 'zod';
import {
  EVENT_TYPE_VALUES,
  TLP_MARKINGS,
  VERIFICATION_LEVELS,
  countryCode,
  partialDate,
  lastDayOf,
  toCalendarDate,
  type DatePrecision,
  type EventType,
  type SubEventType,
  type TlpMarking,
  type VerificationLevel,
} from '@security-briefings/entities';

/** Where a briefing stands in the Content Manager: never published, published, or published with newer draft edits. */
export const BRIEFING_STATUSES = ['draft', 'published', 'modified'] as const;
export type BriefingStatus = (typeof BRIEFING_STATUSES)[number];

/** The map and the timeline show at most this many incidents, the most recent first. */
export const OVERVIEW_MAX_POINTS = 2000;
export const OVERVIEW_PAGE_SIZES = [10, 20, 50, 100] as const;

/**
 * GET /security-briefings/overview (admin API): every briefing the editor's newsroom holds, drafts
 * and every marking included, for the overview page's table, map and timeline.
 */
export namespace GetOverview {
  export const query = z
    .strictObject({
      eventType: z.enum(EVENT_TYPE_VALUES).optional(),
      country: countryCode.optional(),
      marking: z.enum(TLP_MARKINGS.values).optional(),
      verification: z.enum(VERIFICATION_LEVELS.values).optional(),
      status: z.enum(BRIEFING_STATUSES).optional(),
      /** Incident date range, inclusive: YYYY, YYYY-MM or YYYY-MM-DD. */
      from: partialDate.optional(),
      to: partialDate.optional(),
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(100).default(20),
    })
    .refine((q) => !q.from || !q.to || toCalendarDate(q.from)! <= lastDayOf(q.to)!, {
      path: ['to'],
      message: 'The end of the date range comes before its start.',
    });
  export type Query = z.infer<typeof query>;
  /** The filters as the page keeps them: every one optional, paging included. */
  export type Filters = Partial<Omit<Query, 'page' | 'pageSize'>>;

  /** One row of the table. */
  export interface Briefing {
    documentId: string;
    title: string;
    status: BriefingStatus;
    marking: TlpMarking | null;
    /** The draft's verification level, derived from its sources. */
    verification: VerificationLevel | null;
    eventType: EventType | null;
    subEventType: SubEventType | null;
    incidentDate: string | null;
    datePrecision: DatePrecision | null;
    countryCode: string | null;
    place: Place | null;
    fatalities: { min: number | null; max: number | null };
    updatedAt: string;
  }

  export interface Place {
    name: string;
    latitude: number | null;
    longitude: number | null;
  }

  /** One incident on the map and the timeline. */
  export interface Point {
    documentId: string;
    title: string;
    eventType: EventType | null;
    incidentDate: string | null;
    countryCode: string | null;
    place: Place | null;
  }

  export interface Response {
    data: Briefing[];
    points: Point[];
    meta: {
      pagination: { page: number; pageSize: number; pageCount: number; total: number };
      /** Points returned, out of every briefing the filters select; the rest are older. */
      points: { returned: number; total: number; truncated: boolean };
      /** Countries of every briefing, whatever the filters, for the country filter's options. */
      countries: string[];
    };
  }
}
