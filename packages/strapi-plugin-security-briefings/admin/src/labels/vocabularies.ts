import { useIntl, type MessageDescriptor } from 'react-intl';
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  ALIAS_KINDS,
  CERTAINTIES,
  CONFIDENCE_LEVELS,
  DATE_PRECISIONS,
  EVENT_TYPES,
  LIKELIHOODS,
  PLACE_KINDS,
  REVIEW_STAGES,
  SOURCE_KINDS,
  SOURCE_RELIABILITY,
  SUB_EVENT_TYPES,
  THREAT_LEVELS,
  TLP_MARKINGS,
  TRENDS,
  VERIFICATION_LEVELS,
  type Term,
} from '@security-briefings/entities';
import { PLUGIN_ID, type CustomFieldName } from '../../../shared/identity';
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

/**
 * The vocabulary behind each of the plugin's custom fields. A source grade ("B2") is Admiralty's own
 * notation, what editors read already, so it has none.
 */
const CUSTOM_FIELD_VOCABULARIES: Record<Exclude<CustomFieldName, 'source-grade'>, LabelledVocabulary> = {
  'tlp-marking': asPicker('tlp-marking', TLP_MARKINGS.terms),
  'threat-level': asPicker('threat-level', THREAT_LEVELS.terms),
  'acled-event-type': asPicker('acled-event-type', EVENT_TYPES),
  'acled-sub-event-type': asPicker('acled-sub-event-type', SUB_EVENT_TYPES),
  'actor-role': asPicker('actor-role', ACTOR_ROLES.terms),
  certainty: asPicker('certainty', CERTAINTIES.terms),
  'actor-kind': asPicker('actor-kind', ACTOR_KINDS.terms),
  'place-kind': asPicker('place-kind', PLACE_KINDS.terms),
  'source-kind': asPicker('source-kind', SOURCE_KINDS.terms),
  'date-precision': asPicker('date-precision', DATE_PRECISIONS.terms),
};

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
    return CUSTOM_FIELD_VOCABULARIES[attribute.customField.slice(CUSTOM_FIELD_PREFIX.length) as keyof typeof CUSTOM_FIELD_VOCABULARIES];
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
  return (field: keyof typeof CUSTOM_FIELD_VOCABULARIES, value: string | null | undefined): string => {
    const message = value ? labelOf(CUSTOM_FIELD_VOCABULARIES[field], value) : undefined;
    return message ? formatMessage(message) : (value ?? '');
  };
}

/** A verification level's meaning in the editor's language. */
export const verificationDescription = (level: string): MessageDescriptor | undefined => {
  const term = VERIFICATION_LEVELS.terms.find((t) => t.value === level);
  return term?.description ? { id: getTranslation(`labels.verification.${level}.description`), defaultMessage: term.description } : undefined;
};
