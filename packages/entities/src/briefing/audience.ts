import { PUBLIC_MARKINGS, type TlpMarking } from '../vocabularies';
import type { BriefingRecord } from './records';
import type { Source } from './schemas';

/** Who is reading: the public (website, anonymous API) or a partner allowed more than TLP:CLEAR. */
export type Audience = 'public' | 'partner';

export const isPublicMarking = (marking: TlpMarking | null | undefined): boolean =>
  !!marking && PUBLIC_MARKINGS.includes(marking);

/** Thrown when a briefing that is unpublished or marked beyond TLP:CLEAR would reach the public. */
export class NotPublicError extends Error {
  override readonly name = 'NotPublicError';
  readonly code = 'NOT_PUBLIC';

  constructor(readonly documentId: string) {
    super(`Briefing ${documentId} is not public (it must be published and marked TLP:CLEAR).`);
  }
}

/**
 * The briefing as the public may see it: anonymous sources keep only their kind, and no source
 * carries a descriptor or its Admiralty grade, named or not. Throws for a briefing that is not
 * public at all, as a last guard.
 */
export function toPublicRecord(briefing: BriefingRecord): BriefingRecord {
  if (!isPublicMarking(briefing.marking) || !briefing.publishedAt) {
    throw new NotPublicError(briefing.documentId);
  }
  return {
    ...briefing,
    sources: briefing.sources?.map(({ reliability: _r, credibility: _c, descriptor: _d, ...source }) =>
      source.anonymous ? { kind: source.kind, anonymous: true } : source,
    ),
  };
}

export const forAudience = (briefing: BriefingRecord, audience: Audience): BriefingRecord =>
  audience === 'public' ? toPublicRecord(briefing) : briefing;

/**
 * The published sources that a draft makes anonymous, each with its draft counterpart (by index): a
 * named source whose counterpart (same name, same address, or at the same place with its name
 * removed) is now anonymous. Raising protection must not wait for a publish, so when in doubt a
 * source is withheld.
 */
export function sourcesMadeAnonymous(published: readonly Source[], draft: readonly Source[]): { published: number; draft: number }[] {
  const same = (a?: string | null, b?: string | null) => Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase());
  return published.flatMap((source, index) => {
    if (source.anonymous) return [];
    const at = draft.findIndex(
      (other, position) =>
        other.anonymous &&
        (same(other.name, source.name) || same(other.url, source.url) || (position === index && !other.name && other.kind === source.kind)),
    );
    return at === -1 ? [] : [{ published: index, draft: at }];
  });
}
