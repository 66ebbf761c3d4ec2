import { vocabulary, type ValueOf } from './vocabulary';

/** Admiralty (NATO) source reliability. */
export const SOURCE_RELIABILITY = vocabulary([
  { value: 'A', label: 'A: Completely reliable', description: 'No doubt of authenticity, trustworthiness or competency; a history of complete reliability.' },
  { value: 'B', label: 'B: Usually reliable', description: 'Minor doubt about authenticity, trustworthiness or competency; a history of valid information most of the time.' },
  { value: 'C', label: 'C: Fairly reliable', description: 'Doubt of authenticity, trustworthiness or competency, but has provided valid information in the past.' },
  { value: 'D', label: 'D: Not usually reliable', description: 'Significant doubt about authenticity, trustworthiness or competency, but has provided valid information in the past.' },
  { value: 'E', label: 'E: Unreliable', description: 'Lacking in authenticity, trustworthiness and competency; a history of invalid information.' },
  { value: 'F', label: 'F: Reliability cannot be judged', description: 'No basis exists for evaluating the reliability of the source.' },
] as const);
export type SourceReliability = ValueOf<typeof SOURCE_RELIABILITY.terms>;

/** Admiralty (NATO) information credibility. Stored as strings "1".."6" so they are enumerations everywhere. */
export const INFORMATION_CREDIBILITY = vocabulary([
  { value: '1', label: '1: Confirmed by other sources', description: 'Confirmed by other independent sources; logical in itself; consistent with other information on the subject.' },
  { value: '2', label: '2: Probably true', description: 'Not confirmed; logical in itself; consistent with other information on the subject.' },
  { value: '3', label: '3: Possibly true', description: 'Not confirmed; reasonably logical in itself; agrees with some other information on the subject.' },
  { value: '4', label: '4: Doubtful', description: 'Not confirmed; possible but not logical; no other information on the subject.' },
  { value: '5', label: '5: Improbable', description: 'Not confirmed; not logical in itself; contradicted by other information on the subject.' },
  { value: '6', label: '6: Truth cannot be judged', description: 'No basis exists for evaluating the validity of the information.' },
] as const);
export type InformationCredibility = ValueOf<typeof INFORMATION_CREDIBILITY.terms>;

/** A two-part Admiralty grade such as "B2". */
export const ADMIRALTY_GRADE_PATTERN = /^[A-F][1-6]$/;

export function describeGrade(grade: string): string | undefined {
  if (!ADMIRALTY_GRADE_PATTERN.test(grade)) return undefined;
  const reliability = SOURCE_RELIABILITY.term(grade[0] as SourceReliability);
  const credibility = INFORMATION_CREDIBILITY.term(grade[1] as InformationCredibility);
  return `${reliability.label}; ${credibility.label}`;
}
