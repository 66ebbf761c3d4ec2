import { useIntl, type MessageDescriptor } from 'react-intl';
import { ALIAS_KINDS, CONFIDENCE_LEVELS, LIKELIHOODS, REVIEW_STAGES, SOURCE_RELIABILITY, TRENDS, VERIFICATION_LEVELS, type Term } from '@security-briefings/entities';
import { PLUGIN_ID } from '../../../shared/identity';
import { FIELD_VOCABULARIES, type VocabularyField } from '../custom-fields/field-vocabularies';
import { termMessages } from '../custom-fields/messages';
import { getTranslation } from '../utils/translations';

/** A vocabulary's terms and the message each term's label is translated by. */
export interface LabelledVocabulary {
  terms: readonly Term[];
  label(term: Term): MessageDescriptor;
}

/** Labelled as the field's picker labels its choices, so the list and the picker say the same. */
const asPicker = (field: string, terms: readonly Term[]): LabelledVocabulary => ({ terms, label: (term) => termMessages(field, term).label });
/** A vocabulary only enumerations store (no picker of its own): its labels live under labels.<name>. */
const asEnumeration = (name: string, terms: readonly Term[]): LabelledVocabulary => ({
  terms,
  label: (term) => ({ id: getTranslation(`labels.${name}.${term.value}`), defaultMessage: term.label }),
});

/** Each custom field's vocabulary, labelled as its picker labels its choices. */
const CUSTOM_FIELD_VOCABULARIES = Object.fromEntries(
  Object.entries(FIELD_VOCABULARIES).map(([field, terms]) => [field, asPicker(field, terms)]),
) as Record<VocabularyField, LabelledVocabulary>;

/** The review stages and verification levels as editors read them, in the list, the edit view's panels and the overview alike. */
export const REVIEW_STAGE_LABELS = asEnumeration('review-stage', REVIEW_STAGES.terms);
export const VERIFICATION_LABELS = asEnumeration('verification', VERIFICATION_LEVELS.terms);

/** Vocabularies the models store as plain enumerations (review stage, verification, assessment terms...). */
const ENUMERATION_VOCABULARIES: LabelledVocabulary[] = [
  REVIEW_STAGE_LABELS,
  VERIFICATION_LABELS,
  asEnumeration('alias-kind', ALIAS_KINDS.terms),
  asEnumeration('trend', TRENDS.terms),
  asEnumeration('likelihood', LIKELIHOODS.terms),
  asEnumeration('confidence', CONFIDENCE_LEVELS.terms),
  asPicker('source-grade.reliability', SOURCE_RELIABILITY.terms),
];

const sameValues = (terms: readonly Term[], values: readonly string[]) => terms.length === values.length && terms.every((term, i) => term.value === values[i]);

/** What the Content Manager knows of an attribute: its type, and a custom field's uid or an enumeration's values. */
export interface AttributeLike {
  type: string;
  customField?: string;
  enum?: readonly string[];
}

const CUSTOM_FIELD_PREFIX = `plugin::${PLUGIN_ID}.`;

/**
 * The vocabulary an attribute stores values of, found the same way for every field: a custom field by
 * its name; an enumeration by its values, since the plugin's schemas build each enumeration from a
 * vocabulary's values, in order (`enum: [...REVIEW_STAGES.values]`).
 */
export function vocabularyOf(attribute: AttributeLike | undefined): LabelledVocabulary | undefined {
  if (!attribute) return undefined;
  if (attribute.customField?.startsWith(CUSTOM_FIELD_PREFIX)) {
    return CUSTOM_FIELD_VOCABULARIES[attribute.customField.slice(CUSTOM_FIELD_PREFIX.length) as VocabularyField];
  }
  if (attribute.type === 'enumeration' && attribute.enum) {
    const values = attribute.enum;
    return [...Object.values(CUSTOM_FIELD_VOCABULARIES), ...ENUMERATION_VOCABULARIES].find((vocabulary) => sameValues(vocabulary.terms, values));
  }
  return undefined;
}

/** The message for a stored value, or undefined when the value is not one of the vocabulary's (shown as stored). */
export const labelOf = (vocabulary: LabelledVocabulary, value: unknown): MessageDescriptor | undefined => {
  const term = vocabulary.terms.find((t) => t.value === value);
  return term ? vocabulary.label(term) : undefined;
};

/** A field's stored value in the editor's language (the words of its picker); an unknown value as stored. */
export function useVocabularyLabel() {
  const { formatMessage } = useIntl();
  return (field: VocabularyField, value: string | null | undefined): string => {
    const message = value ? labelOf(CUSTOM_FIELD_VOCABULARIES[field], value) : undefined;
    return message ? formatMessage(message) : (value ?? '');
  };
}

/** A verification level's meaning in the editor's language. */
export const verificationDescription = (level: string): MessageDescriptor | undefined => {
  const term = VERIFICATION_LEVELS.terms.find((t) => t.value === level);
  return term?.description ? { id: getTranslation(`labels.verification.${level}.description`), defaultMessage: term.description } : undefined;
};
