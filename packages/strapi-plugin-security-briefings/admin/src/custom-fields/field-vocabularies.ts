import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  CERTAINTIES,
  DATE_PRECISIONS,
  EVENT_TYPES,
  PLACE_KINDS,
  SOURCE_KINDS,
  SUB_EVENT_TYPES,
  THREAT_LEVELS,
  TLP_MARKINGS,
  type Term,
} from '@security-briefings/entities';
import type { CustomFieldName } from '../../../shared/identity';
import type { Choice } from './VocabularySelect';
import { termMessages } from './messages';

/**
 * The vocabulary behind each of the plugin's custom fields, written once: the pickers offer its terms
 * and the list view and panels label stored values with the same words. A source grade ("B2") is
 * Admiralty's own notation, what editors read already, so it has none.
 */
export const FIELD_VOCABULARIES = {
  'tlp-marking': TLP_MARKINGS.terms,
  'threat-level': THREAT_LEVELS.terms,
  'acled-event-type': EVENT_TYPES,
  'acled-sub-event-type': SUB_EVENT_TYPES,
  'actor-role': ACTOR_ROLES.terms,
  certainty: CERTAINTIES.terms,
  'actor-kind': ACTOR_KINDS.terms,
  'place-kind': PLACE_KINDS.terms,
  'source-kind': SOURCE_KINDS.terms,
  'date-precision': DATE_PRECISIONS.terms,
} as const satisfies Record<Exclude<CustomFieldName, 'source-grade'>, readonly Term[]>;

export type VocabularyField = keyof typeof FIELD_VOCABULARIES;

/** One term as the field's picker offers it: its value, label and meaning in the editor's language. */
export const fieldChoice = (field: VocabularyField, term: Term): Choice => ({ value: term.value, ...termMessages(field, term) });
