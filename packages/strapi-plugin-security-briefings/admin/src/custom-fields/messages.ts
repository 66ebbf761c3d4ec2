import { PLUGIN_ID } from '../pluginId';

/** A translation id of this feature, as registered by the plugin (`security-briefings.custom-fields.…`). */
export const fieldMessageId = (key: string) => `${PLUGIN_ID}.custom-fields.${key}`;

interface TermLike {
  readonly value: string;
  readonly label: string;
  readonly description?: string;
}

/** Message descriptors for a vocabulary term; the entities package's English is the default message. */
export const termMessages = (field: string, term: TermLike) => ({
  label: { id: fieldMessageId(`${field}.${term.value}.label`), defaultMessage: term.label },
  description: { id: fieldMessageId(`${field}.${term.value}.description`), defaultMessage: term.description ?? '' },
});
