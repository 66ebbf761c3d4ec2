import { EVENT_TYPE_VALUES } from '@security-briefings/entities';
import { VocabularySelect } from './VocabularySelect';
import { eventTypeChoices } from './acled-choices';
import type { CustomFieldInputProps } from './types';

const isEventType = (value: unknown): value is string => typeof value === 'string' && (EVENT_TYPE_VALUES as readonly string[]).includes(value);

/** The incident's ACLED event type, by ACLED's name; the slug is what is stored. */
export function AcledEventTypeInput({ name, value, onChange, ...field }: CustomFieldInputProps) {
  return (
    <VocabularySelect
      {...field}
      name={name}
      value={isEventType(value) ? value : null}
      choices={eventTypeChoices}
      onChange={(chosen) => onChange(name, chosen)}
    />
  );
}

export default AcledEventTypeInput;
