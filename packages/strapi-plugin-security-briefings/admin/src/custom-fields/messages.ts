import type { MessageDescriptor } from 'react-intl';
import { PLUGIN_ID } from '../pluginId';

/** A translation id of this feature, as registered by the plugin (`security-briefings.custom-fields.…`). */
export const fieldMessageId = (key: string) => `${PLUGIN_ID}.custom-fields.${key}`;

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
    label: { id: fieldMessageId(`${field}.${term.value}.label`), defaultMessage: term.label },
    ...(term.description ? { description: { id: fieldMessageId(`${field}.${term.value}.description`), defaultMessage: term.description } } : {}),
  };
}
