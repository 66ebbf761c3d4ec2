import { VocabularySelect } from './VocabularySelect';
import { FIELD_VOCABULARIES, fieldChoice, type VocabularyField } from './field-vocabularies';
import type { CustomFieldInputProps } from './types';

/** A labelled picker over the field's vocabulary; the stored value is the term's value. */
function vocabularyInput(field: VocabularyField) {
  const choices = FIELD_VOCABULARIES[field].map((term) => fieldChoice(field, term));
  const offered = new Set(choices.map((choice) => choice.value));
  function Input({ name, value, onChange, ...props }: CustomFieldInputProps) {
    return (
      <VocabularySelect
        {...props}
        name={name}
        value={typeof value === 'string' && offered.has(value) ? value : null}
        choices={choices}
        onChange={(chosen) => onChange(name, chosen)}
      />
    );
  }
  Input.displayName = `VocabularyInput(${field})`;
  return Input;
}

export const ActorRoleInput = vocabularyInput('actor-role');
export const CertaintyInput = vocabularyInput('certainty');
export const ActorKindInput = vocabularyInput('actor-kind');
export const PlaceKindInput = vocabularyInput('place-kind');
export const SourceKindInput = vocabularyInput('source-kind');
export const DatePrecisionInput = vocabularyInput('date-precision');
