import type { VerificationLevel } from '../vocabularies';
import type { Actor, ActorRoleInBriefing, Assessment, Briefing, Correction, Incident, Place, Quote, Source } from './schemas';

/**
 * A briefing as the plugin reads it back: relations resolved to the records they point at.
 * This is what the exporters take and what the content API returns.
 */
export interface ActorRecord extends Omit<Actor, 'affiliation'> {
  documentId: string;
  affiliation?: { documentId: string; name: string } | null;
}

export interface PlaceRecord extends Omit<Place, 'parent'> {
  documentId: string;
  parent?: { documentId: string; name: string } | null;
}

export interface ArticleRecord {
  documentId: string;
  title: string;
  slug?: string | null;
  url?: string | null;
  outlet?: string | null;
  publishedDate?: string | null;
}

/** A briefing merged into another (briefing/merge.ts): kept only as a pointer to the briefing that took its facts. */
export interface DuplicateRecord {
  documentId: string;
  createdAt?: string | null;
  mergedAt?: string | null;
}

export interface IncidentRecord extends Omit<Incident, 'place'> {
  place?: PlaceRecord | null;
}

export interface ActorRoleRecord extends Omit<ActorRoleInBriefing, 'actor'> {
  actor: ActorRecord;
}

export interface QuoteRecord extends Omit<Quote, 'speaker'> {
  speaker?: ActorRecord | null;
}

export interface BriefingRecord
  extends Omit<Briefing, 'sourceArticle' | 'furtherArticles' | 'incident' | 'actorRoles' | 'places' | 'quotes' | 'sources' | 'assessment' | 'corrections'> {
  documentId: string;
  createdAt?: string | null;
  updatedAt?: string | null;
  /** Set when the briefing is published; null for a draft. */
  publishedAt?: string | null;
  sourceArticle?: ArticleRecord | null;
  /** Further articles of the same incident, after the source article. */
  furtherArticles?: ArticleRecord[] | null;
  incident?: IncidentRecord | null;
  actorRoles?: ActorRoleRecord[] | null;
  places?: PlaceRecord[] | null;
  quotes?: QuoteRecord[] | null;
  sources?: Source[] | null;
  assessment?: Assessment | null;
  corrections?: Correction[] | null;
  /** How well the facts are established, derived from the sources by the server (briefing/verification.ts). */
  verification?: VerificationLevel | null;
  /** The briefings merged into this one: their old addresses lead here, STIX says `duplicate-of`. */
  duplicates?: DuplicateRecord[] | null;
}
