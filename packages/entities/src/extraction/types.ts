import type { ActorKind, DatePrecision, EventType, PlaceKind, SubEventType } from '../vocabularies';

/** Where a name stands in the input text: UTF-16 offsets, end exclusive. */
export interface Mention {
  start: number;
  end: number;
}

export interface ExtractedActor {
  /** The fullest form the text gives. */
  name: string;
  kind: ActorKind;
  /** Every other form the text uses: surname, "al-Surname", kunya, acronym, title alone. */
  aliases: string[];
  /** Title or role as the text states it ("Iraqi Prime Minister"). */
  role?: string;
  mentions: Mention[];
}

export interface ExtractedPlace {
  name: string;
  kind: PlaceKind;
  countryCode: string;
  admin1?: string;
  lat: number;
  lon: number;
  aliases: string[];
  mentions: Mention[];
}

export interface ExtractedQuote {
  /** Canonical name of one of the extracted actors, or null when the text does not say. */
  speaker: string | null;
  /** The words inside the quotation marks. */
  text: string;
  start: number;
  end: number;
}

export interface ExtractedDate {
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY, as precise as the text allows. */
  date: string;
  precision: DatePrecision;
}

export interface ExtractedIncident {
  type: EventType;
  subType: SubEventType;
  date: string;
  datePrecision: DatePrecision;
  /** Name of the most precise place of the incident. */
  location?: string;
  countryCode?: string;
  /** The lowest fatality figure the text reports. */
  fatalities: number;
  fatalitiesText?: string;
}

export interface BriefingDraft {
  actors: ExtractedActor[];
  locations: ExtractedPlace[];
  quotes: ExtractedQuote[];
  dates: ExtractedDate[];
  incident: ExtractedIncident;
}
