import { THREAT_LEVELS, type ThreatLevel } from '@security-briefings/entities';
import { Swatch, VocabularySelect, type Choice } from './VocabularySelect';
import { FIELD_VOCABULARIES, fieldChoice } from './field-vocabularies';
import type { CustomFieldInputProps } from './types';

/** From calm to alarming, so the level reads at a glance. */
export const THREAT_COLOURS: Record<ThreatLevel, string> = {
  low: '#5cb176',
  moderate: '#d9c037',
  substantial: '#f29d41',
  severe: '#ee5e52',
  critical: '#9a1b13',
};

const choices: Choice[] = FIELD_VOCABULARIES['threat-level'].map((term) => ({
  ...fieldChoice('threat-level', term),
  swatch: <Swatch colour={THREAT_COLOURS[term.value]} />,
}));

/** The assessment's threat level (UK scale, low to critical), each level with what it means. */
export function ThreatLevelInput({ name, value, onChange, ...field }: CustomFieldInputProps) {
  return (
    <VocabularySelect
      {...field}
      name={name}
      value={THREAT_LEVELS.has(value) ? value : null}
      choices={choices}
      onChange={(chosen) => onChange(name, chosen)}
    />
  );
}

export default ThreatLevelInput;
