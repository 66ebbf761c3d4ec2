import { CORRECTION_KINDS, type CorrectionKind } from '../vocabularies/corrections';
import type { Correction } from './schemas';

/** A correction's kind: rows written before kinds existed were corrections. */
export const correctionKindOf = (correction: Pick<Correction, 'kind'>): CorrectionKind => correction.kind ?? 'correction';

/** A retracted briefing no longer stands: it stays readable with its retraction, and feeds withdraw it. */
export const isRetracted = (briefing: { corrections?: Array<Pick<Correction, 'kind'>> | null }): boolean =>
  (briefing.corrections ?? []).some((correction) => correctionKindOf(correction) === 'retraction');

/** The public line of one correction: "Correction (2025-03-20): …". */
export const correctionLine = (correction: Pick<Correction, 'kind' | 'correctedAt' | 'text'>): string =>
  `${CORRECTION_KINDS.label(correctionKindOf(correction))} (${correction.correctedAt.slice(0, 10)}): ${correction.text}`;
