import { z } from 'zod';
import {
  SOURCE_KINDS,
  SOURCE_RELIABILITY,
  TLP_MARKINGS,
  VERIFICATION_LEVELS,
  meetsVerification,
  type SourceKind,
  type SourceReliability,
  type TlpMarking,
  type VerificationLevel,
} from '../vocabularies';
import { nameKey } from './same-incident';
import type { Source } from './schemas';
import type { Problem } from './validation';

/**
 * What makes a briefing unconfirmed, corroborated or confirmed, written once: the server stores the
 * level on every write, the admin explains it, the exports carry it.
 *
 * - Independence: each named source counts once by its name, compared without case, accents,
 *   punctuation or a leading "the" ("Reuters" twice, or "The Guardian" and "guardian", is one
 *   source). Anonymous sources never add independence: two "security officials" may be one person.
 * - confirmed: a named source of a first-hand kind (official, witness) graded A or B for reliability.
 * - corroborated: two or more independent named sources.
 * - unconfirmed: anything less (one source, only anonymous ones, or none).
 */
export interface VerificationRule {
  /** Source kinds that speak first-hand. */
  firstHandKinds: SourceKind[];
  /** Reliability grades with which a first-hand source confirms on its own. */
  confirmingReliability: SourceReliability[];
  /** Independent named sources needed to corroborate. */
  corroboratingSources: number;
}

export const DEFAULT_VERIFICATION_RULE: VerificationRule = {
  firstHandKinds: ['official', 'witness'],
  confirmingReliability: ['A', 'B'],
  corroboratingSources: 2,
};

/** Why a briefing has its level: what the rule counted. */
export interface Verification {
  level: VerificationLevel;
  /** Named sources, each counted once. */
  independentSources: number;
  anonymousSources: number;
  /** The first-hand source that confirms it, when one does. */
  confirmedBy: { name: string; kind: SourceKind; reliability: SourceReliability } | null;
}

type SourceLike = Pick<Source, 'kind' | 'name' | 'anonymous' | 'reliability'>;

/** The name a source is told apart by; null for an anonymous (or unnamed) one. */
export function sourceIdentity(source: { name?: string | null; anonymous?: boolean | null }): string | null {
  if (source.anonymous || !source.name) return null;
  const identity = source.name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
  return identity || null;
}

/** When two sources are the same one: named ones by who they are, anonymous ones by what the text calls them ("security officials"). */
export const sourceKey = (source: { name?: string | null; anonymous?: boolean | null; descriptor?: string | null }): string =>
  sourceIdentity(source) ?? `anonymous: ${nameKey(source.descriptor ?? '')}`;

/** The level of a briefing with these sources, and why. */
export function verificationOf(sources: readonly SourceLike[] | null | undefined, rule: VerificationRule = DEFAULT_VERIFICATION_RULE): Verification {
  const list = sources ?? [];
  const named = new Set(list.map(sourceIdentity).filter((identity): identity is string => identity !== null));
  const confirming = list.find(
    (source) =>
      sourceIdentity(source) !== null &&
      rule.firstHandKinds.includes(source.kind) &&
      !!source.reliability &&
      rule.confirmingReliability.includes(source.reliability),
  );
  const level: VerificationLevel = confirming ? 'confirmed' : named.size >= rule.corroboratingSources ? 'corroborated' : 'unconfirmed';
  return {
    level,
    independentSources: named.size,
    anonymousSources: list.filter((source) => sourceIdentity(source) === null).length,
    confirmedBy: confirming ? { name: confirming.name!, kind: confirming.kind, reliability: confirming.reliability! } : null,
  };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Why, in an editor's words: "2 independent sources", "an official source graded B (…)". */
function verificationReason(verification: Verification): string {
  const { confirmedBy, independentSources, anonymousSources } = verification;
  if (confirmedBy) {
    const kind = SOURCE_KINDS.label(confirmedBy.kind).toLowerCase();
    return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} source graded ${confirmedBy.reliability} (${confirmedBy.name})`;
  }
  if (independentSources === 0) return anonymousSources === 0 ? 'no sources' : `only anonymous sources (${anonymousSources})`;
  const anonymous = anonymousSources > 0 ? ` and ${plural(anonymousSources, 'anonymous source', 'anonymous sources')}` : '';
  return `${plural(independentSources, 'independent source', 'independent sources')}${anonymous}`;
}

/** The level and why, in one line: "Corroborated: 2 independent sources." */
export const describeVerification = (verification: Verification): string =>
  `${VERIFICATION_LEVELS.label(verification.level)}: ${verificationReason(verification)}.`;

const LEVEL = z.enum(VERIFICATION_LEVELS.values, { error: `Choose a verification level: ${VERIFICATION_LEVELS.values.join(', ')}.` });

/**
 * The organisation's verification options (the plugin's `verification` option): the rule, and the
 * level each marking needs before it is published ({ requireToPublish: { clear: 'corroborated' } }).
 */
export const verificationOptionsSchema = z.strictObject({
  rule: z
    .strictObject({
      firstHandKinds: z.array(z.enum(SOURCE_KINDS.values, { error: `Choose source kinds among: ${SOURCE_KINDS.values.join(', ')}.` })).optional(),
      confirmingReliability: z.array(z.enum(SOURCE_RELIABILITY.values, { error: 'Choose reliability grades among A-F.' })).optional(),
      corroboratingSources: z.number().int().min(2, 'Corroboration needs at least 2 sources.').max(20).optional(),
    })
    .default({})
    .transform((rule): VerificationRule => ({ ...DEFAULT_VERIFICATION_RULE, ...rule })),
  requireToPublish: z.strictObject(Object.fromEntries(TLP_MARKINGS.values.map((marking) => [marking, LEVEL.optional()]))).default({}),
});
export type VerificationOptions = { rule: VerificationRule; requireToPublish: Partial<Record<TlpMarking, VerificationLevel>> };
export type VerificationOptionsInput = z.input<typeof verificationOptionsSchema>;

/** The options with their defaults (no publish requirement, the default rule). */
export const verificationOptions = (input: unknown = {}): VerificationOptions => verificationOptionsSchema.parse(input ?? {}) as VerificationOptions;

/**
 * A briefing's standing against the publish rule: the level its sources give, the level its marking
 * needs (none when the organisation asks none of it) and whether that is enough. The server's
 * refusal and the edit view's panel both read it.
 */
export function publishingVerification(
  briefing: { marking?: TlpMarking | null; sources?: readonly SourceLike[] | null },
  options: VerificationOptions,
): { verification: Verification; required?: VerificationLevel; enough: boolean } {
  const verification = verificationOf(briefing.sources, options.rule);
  const required = briefing.marking ? options.requireToPublish[briefing.marking] : undefined;
  return { verification, required, enough: !required || meetsVerification(verification.level, required) };
}

/**
 * What stops a briefing of this marking from being published for want of verification: one problem
 * on the `verification` field, saying what is needed and what the sources give.
 */
export function verificationProblems(
  briefing: { marking?: TlpMarking | null; sources?: readonly SourceLike[] | null },
  options: VerificationOptions,
): Problem[] {
  const { verification, required, enough } = publishingVerification(briefing, options);
  if (enough || !required) return [];
  const message =
    `A ${TLP_MARKINGS.label(briefing.marking!)} briefing must be ${VERIFICATION_LEVELS.label(required).toLowerCase()} or better before it is published; ` +
    `this one is ${VERIFICATION_LEVELS.label(verification.level).toLowerCase()} (${verificationReason(verification)}). ` +
    `${VERIFICATION_LEVELS.label(required)}: ${VERIFICATION_LEVELS.term(required).description}`;
  return [{ path: ['verification'], field: 'verification', message }];
}

/**
 * A record's level for the exports: the one the server stored (derived under the organisation's rule,
 * from sources a public record no longer shows in full), else derived from the record's sources.
 */
export const verificationLevelOf = (briefing: { verification?: VerificationLevel | null; sources?: readonly SourceLike[] | null }): VerificationLevel =>
  briefing.verification ?? verificationOf(briefing.sources).level;

/** The level in words for a reader: "Corroborated: Two or more independent named sources." */
export const verificationStatement = (level: VerificationLevel): string =>
  `${VERIFICATION_LEVELS.label(level)}: ${VERIFICATION_LEVELS.term(level).description}`;
