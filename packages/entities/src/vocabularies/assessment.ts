import { vocabulary, type ValueOf } from './vocabulary';

/** UK national threat levels. */
export const THREAT_LEVELS = vocabulary([
  { value: 'low', label: 'Low', description: 'An attack is highly unlikely.' },
  { value: 'moderate', label: 'Moderate', description: 'An attack is possible but not likely.' },
  { value: 'substantial', label: 'Substantial', description: 'An attack is likely.' },
  { value: 'severe', label: 'Severe', description: 'An attack is highly likely.' },
  { value: 'critical', label: 'Critical', description: 'An attack is highly likely in the near future.' },
] as const);
export type ThreatLevel = ValueOf<typeof THREAT_LEVELS.terms>;

export const TRENDS = vocabulary([
  { value: 'escalating', label: 'Escalating' },
  { value: 'stable', label: 'Stable' },
  { value: 'de-escalating', label: 'De-escalating' },
] as const);
export type Trend = ValueOf<typeof TRENDS.terms>;

/** ICD 203 expressions of likelihood, with their probability ranges. */
export const LIKELIHOODS = vocabulary([
  { value: 'almost-no-chance', label: 'Almost no chance (remote)', description: '1-5%' },
  { value: 'very-unlikely', label: 'Very unlikely (highly improbable)', description: '5-20%' },
  { value: 'unlikely', label: 'Unlikely (improbable)', description: '20-45%' },
  { value: 'roughly-even-chance', label: 'Roughly even chance (roughly even odds)', description: '45-55%' },
  { value: 'likely', label: 'Likely (probable)', description: '55-80%' },
  { value: 'very-likely', label: 'Very likely (highly probable)', description: '80-95%' },
  { value: 'almost-certain', label: 'Almost certain (nearly certain)', description: '95-99%' },
] as const);
export type Likelihood = ValueOf<typeof LIKELIHOODS.terms>;

/** ICD 203 analytic confidence. */
export const CONFIDENCE_LEVELS = vocabulary([
  { value: 'low', label: 'Low', description: 'Scant, questionable or fragmented information.' },
  { value: 'moderate', label: 'Moderate', description: 'Credibly sourced and plausible, but not enough to warrant higher confidence.' },
  { value: 'high', label: 'High', description: 'High-quality information from multiple sources.' },
] as const);
export type ConfidenceLevel = ValueOf<typeof CONFIDENCE_LEVELS.terms>;
