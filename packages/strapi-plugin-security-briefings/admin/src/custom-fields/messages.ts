import type { MessageDescriptor } from 'react-intl';
import { getTranslation } from '../utils/translations';

interface TermLike {
  readonly value: string;
  readonly label: string;
  readonly description?: string;
}

/**
 * Message descriptors for a vocabulary term; the entities package's English is the default message.
 * A term without a description gets none (an empty default would print the message id).
 */
export function termMessages(field: string, term: TermLike & { readonly description: string }): { label: MessageDescriptor; description: MessageDescriptor };
export function termMessages(field: string, term: TermLike): { label: MessageDescriptor; description?: MessageDescriptor };
export function termMessages(field: string, term: TermLike): { label: MessageDescriptor; description?: MessageDescriptor } {
  return {
    label: { id: getTranslation(`custom-fields.${field}.${term.value}.label`), defaultMessage: term.label },
    ...(term.description ? { description: { id: getTranslation(`custom-fields.${field}.${term.value}.description`), defaultMessage: term.description } } : {}),
  };
}
