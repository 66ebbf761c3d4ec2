import {
  INFORMATION_CREDIBILITY,
  SOURCE_RELIABILITY,
  TLP_MARKINGS,
  UNDISCLOSED_SOURCE,
  type InformationCredibility,
  type TlpMarking,
} from '../vocabularies';
import type { Source } from '../briefing/schemas';
import type { BriefingRecord } from '../briefing/records';
import { forAudience, isPublicMarking, type Audience } from '../briefing/audience';

/**
 * Exports follow the audience rule of `briefing/audience`: public output (the article page,
 * syndication, open data) never carries an anonymous source's descriptor nor a source grade, and
 * only published TLP:CLEAR briefings reach it; partner output may carry both.
 */

export interface ExportOptions {
  /** Defaults to 'public', the safe choice. */
  audience?: Audience;
  /** The newsroom's name: publisher in JSON-LD and ninjs, creator of STIX objects, author when the source article names none. */
  publisher?: string;
  /** Public address under which briefings are read, e.g. "https://news.example/briefings"; a briefing's URL is this + "/" + its slug or documentId. */
  briefingsUrl?: string;
  /** BCP 47 language of the briefings' text, e.g. "en". */
  language?: string;
  /** How STIX marks TLP, for importers that read it differently (see STIX_PROFILES); defaults to 'oasis'. */
  stixProfile?: StixProfile;
}

/** STIX flavours: the OASIS TLP 2.0 marking definitions, OpenCTI's, or MISP's (TLP 1.0 names). */
export const STIX_PROFILE_VALUES = ['oasis', 'opencti', 'misp'] as const;
export type StixProfile = (typeof STIX_PROFILE_VALUES)[number];

/** Thrown when an export would put a restricted or unpublished briefing in front of the public. */
export class ExportRefusedError extends Error {
  override readonly name = 'ExportRefusedError';
  readonly code = 'EXPORT_REFUSED';

  constructor(
    readonly documentId: string,
    readonly marking: TlpMarking | null,
    readonly published: boolean,
  ) {
    const why = !isPublicMarking(marking)
      ? `is ${marking ? TLP_MARKINGS.label(marking) : 'not marked'}, and only TLP:CLEAR briefings`
      : 'is not published, and only published briefings';
    super(`Briefing ${documentId} ${why} may be exported for the public.`);
  }
}

export const audienceOf = (options: ExportOptions = {}): Audience => options.audience ?? 'public';

/**
 * The safety net behind the plugin's own filter, at the door of every exporter: a public export
 * of anything but a published CLEAR briefing stops here (a briefing with no marking counts as
 * restricted). What passes is the briefing as this audience may see it.
 */
export function exportable(briefing: BriefingRecord, audience: Audience): BriefingRecord {
  if (audience === 'public' && (!isPublicMarking(briefing.marking) || !briefing.publishedAt)) {
    throw new ExportRefusedError(briefing.documentId, briefing.marking ?? null, Boolean(briefing.publishedAt));
  }
  return forAudience(briefing, audience);
}

/** How a source is named to this audience: an anonymous one is "Undisclosed Source" in public. */
export function sourceName(source: Source, audience: Audience): string {
  if (source.anonymous) {
    return audience === 'partner' && source.descriptor ? source.descriptor : UNDISCLOSED_SOURCE;
  }
  return source.name ?? UNDISCLOSED_SOURCE;
}

export interface SourceGrade {
  reliability?: string;
  credibility?: string;
  /** Two-part Admiralty grade such as "B2", when both parts are known. */
  grade?: string;
  /** The grade in words, for readers who do not know the scale. */
  meaning?: string;
}

/** A source's Admiralty grading, for partners only; undefined in public or when ungraded. */
export function sourceGrade(source: Source, audience: Audience): SourceGrade | undefined {
  if (audience !== 'partner') return undefined;
  const reliability = source.reliability ?? undefined;
  const credibility = source.credibility != null ? (String(source.credibility) as InformationCredibility) : undefined;
  if (!reliability && !credibility) return undefined;
  const meaning = [
    reliability && SOURCE_RELIABILITY.label(reliability),
    credibility && INFORMATION_CREDIBILITY.label(credibility),
  ].filter(Boolean);
  return {
    reliability,
    credibility,
    grade: reliability && credibility ? `${reliability}${credibility}` : undefined,
    meaning: meaning.join('; '),
  };
}
