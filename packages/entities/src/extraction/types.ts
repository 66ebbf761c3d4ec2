import type { ActorKind, ActorRole, AliasKind, Certainty, DatePrecision, EventType, PlaceKind, SourceKind, SubEventType } from '../vocabularies';

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

/** A place across borders or in no one country ("the Sahel", "Lake Chad"): named, with no country of its own. */
export interface CrossBorderPlace {
  name: string;
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

// ---------------------------------------------------------------- the draft, in the briefing's fields

/** The sentence a suggestion came from, as the article reader split it (offsets into the input text). */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Where a suggestion stands in the input text (UTF-16 offsets, end exclusive) and its sentence. */
export interface Evidence {
  start: number;
  end: number;
  sentence: SentenceSpan;
}

/** A link from one suggestion to another of the same draft (a quote's speaker, the incident's place). */
export interface SuggestionLink {
  key: string;
  name: string;
}

/** Another name of an actor or place, as the record keeps it; the kind when the form says it (acronym, kunya, short form). */
export interface Alias {
  value: string;
  kind: AliasKind | null;
}

/** An actor as the actor record has it (name, kind, aliases, title), with every place the text names it. */
export interface ActorFields {
  name: string;
  kind: ActorKind;
  aliases: Alias[];
  title: string | null;
  mentions: Mention[];
}

/** One actor of the incident: the actor, and the part the text gives it (null when it gives none). */
export interface ActorRoleSuggestion extends Evidence {
  /** "actor-1", "actor-2"... in the order the text names them. */
  key: string;
  actor: ActorFields;
  role: ActorRole | null;
  certainty: Certainty | null;
}

/** A place as the place record has it, with every place the text names it. */
export interface PlaceSuggestion extends Evidence {
  key: string;
  name: string;
  kind: PlaceKind;
  /** None for a place across borders ("the Sahel"), which has no coordinates either. */
  countryCode: string | null;
  admin1: string | null;
  latitude: number | null;
  longitude: number | null;
  aliases: Alias[];
  mentions: Mention[];
}

export interface QuoteSuggestion extends Evidence {
  key: string;
  /** The words inside the quotation marks; the span is theirs. */
  text: string;
  speaker: SuggestionLink | null;
}

/**
 * A source of the report, as the briefing's source component has it (valid against sourceSchema).
 * The outlet given with the article may not be named in the text: its span and sentence are then null.
 */
export interface SourceSuggestion {
  key: string;
  kind: SourceKind;
  name: string | null;
  url: string | null;
  anonymous: boolean;
  descriptor: string | null;
  /** The actor suggestion the source is, when it is one (a minister quoted, the army's statement). */
  actor: SuggestionLink | null;
  start: number | null;
  end: number | null;
  sentence: SentenceSpan | null;
}

/** A date the text gives, resolved against the publication date: the incident's, or another for the editor to choose. */
export interface DateSuggestion extends Evidence {
  key: string;
  /** As written ("late Thursday, March 13" reads as "Thursday, March 13"). */
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY, as precise as the text allows. */
  date: string;
  precision: DatePrecision;
}

/**
 * The incident as the incident component has it. Its span is the date as written, or else the
 * incident place's first mention, or else the first sentence of the story.
 */
export interface IncidentSuggestion extends Evidence {
  eventType: EventType;
  subEventType: SubEventType;
  date: string;
  datePrecision: DatePrecision;
  dateAsWritten: string | null;
  place: SuggestionLink | null;
  /** The incident's country: its place's, or the article's when no place is named. */
  countryCode: string | null;
  /** The lowest death toll the text reports, or null when it reports none. */
  fatalitiesMin: number | null;
  fatalitiesAsWritten: string | null;
}

/** A briefing draft: suggestions in the briefing's own fields, each with where the text says it. */
export interface BriefingDraft {
  incident: IncidentSuggestion;
  actorRoles: ActorRoleSuggestion[];
  places: PlaceSuggestion[];
  quotes: QuoteSuggestion[];
  sources: SourceSuggestion[];
  /** Every date the text gives, the incident's among them. */
  dates: DateSuggestion[];
}
