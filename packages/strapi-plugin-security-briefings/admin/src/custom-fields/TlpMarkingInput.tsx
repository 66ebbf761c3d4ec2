import { TLP_MARKINGS, type TlpMarking } from '@security-briefings/entities';
import { Swatch, VocabularySelect, type Choice } from './VocabularySelect';
import { FIELD_VOCABULARIES, fieldChoice } from './field-vocabularies';
import type { CustomFieldInputProps } from './types';

/** TLP 2.0 colours (FIRST), as the standard prints its labels. */
export const TLP_COLOURS: Record<TlpMarking, string> = {
  clear: '#FFFFFF',
  green: '#33FF00',
  amber: '#FFC000',
  'amber+strict': '#FFC000',
  red: '#FF2B2B',
};

const choices: Choice[] = FIELD_VOCABULARIES['tlp-marking'].map((term) => ({
  ...fieldChoice('tlp-marking', term),
  swatch: <Swatch colour={TLP_COLOURS[term.value]} />,
}));

/** The briefing's TLP 2.0 marking: a colour-coded choice that says who may see it. */
export function TlpMarkingInput({ name, value, onChange, ...field }: CustomFieldInputProps) {
  return (
    <VocabularySelect
      {...field}
      name={name}
      value={TLP_MARKINGS.has(value) ? value : null}
      choices={choices}
      onChange={(chosen) => onChange(name, chosen)}
    />
  );
}

export default TlpMarkingInput;
