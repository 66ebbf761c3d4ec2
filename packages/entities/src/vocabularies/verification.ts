import { vocabulary, type ValueOf } from './vocabulary';

/**
 * How well a briefing's facts are established, derived from its sources (briefing/verification.ts),
 * from least to most: the order is the scale a publish rule compares against.
 */
export const VERIFICATION_LEVELS = vocabulary([
  { value: 'unconfirmed', label: 'Unconfirmed', description: 'One source, or only anonymous ones.' },
  { value: 'corroborated', label: 'Corroborated', description: 'Two or more independent named sources.' },
  { value: 'confirmed', label: 'Confirmed', description: 'A named official or first-hand (witness) source the desk rates highly (A or B).' },
] as const);
export type VerificationLevel = ValueOf<typeof VERIFICATION_LEVELS.terms>;

/** Whether `level` is `required` or better. */
export const meetsVerification = (level: VerificationLevel, required: VerificationLevel): boolean =>
  VERIFICATION_LEVELS.values.indexOf(level) >= VERIFICATION_LEVELS.values.indexOf(required);
