import { ACTOR_KINDS, ACTOR_ROLES, CERTAINTIES, DATE_PRECISIONS, PLACE_KINDS, SOURCE_KINDS, type Term } from '@security-briefings/entities';
import { VocabularySelect, type Choice } from './VocabularySelect';
import { termMessages } from './messages';
import type { CustomFieldInputProps } from './types';

interface VocabularyLike {
  readonly terms: readonly Term[];
  has(value: unknown): boolean;
}

/** A labelled picker over one of the entities' vocabularies; the stored value is the term's value. */
function vocabularyInput(field: string, vocabulary: VocabularyLike) {
  const choices: Choice[] = vocabulary.terms.map((term) => ({ value: term.value, ...termMessages(field, term) }));
  function Input({ name, value, onChange, ...props }: CustomFieldInputProps) {
    return (
      <VocabularySelect
        {...props}
        name={name}
        value={typeof value === 'string' && vocabulary.has(value) ? value : null}
        choices={choices}
        onChange={(chosen) => onChange(name, chosen)}
      />
    );
  }
  Input.displayName = `VocabularyInput(${field})`;
  return Input;
}

export const ActorRoleInput = vocabularyInput('actor-role', ACTOR_ROLES);
export const CertaintyInput = vocabularyInput('certainty', CERTAINTIES);
export const ActorKindInput = vocabularyInput('actor-kind', ACTOR_KINDS);
export const PlaceKindInput = vocabularyInput('place-kind', PLACE_KINDS);
export const SourceKindInput = vocabularyInput('source-kind', SOURCE_KINDS);
export const DatePrecisionInput = vocabularyInput('date-precision', DATE_PRECISIONS);
