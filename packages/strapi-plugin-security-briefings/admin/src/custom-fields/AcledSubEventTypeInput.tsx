import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { SUB_EVENT_TYPES, eventTypeTerm, subEventTypeTerm } from '@security-briefings/entities';
import { Meaning, VocabularySelect } from './VocabularySelect';
import { eventTypeGroup, subEventTypeChoice } from './acled-choices';
import { getTranslation } from '../utils/translations';
import type { CustomFieldInputProps } from './types';

/** The attribute the sub-type follows: the event type beside it, in the same component or document. */
export const EVENT_TYPE_SIBLING = 'eventType';

/** `incident.subEventType` -> `incident.eventType`; `incidents.2.subEventType` -> `incidents.2.eventType`. */
export const siblingPath = (name: string) => [...name.split('.').slice(0, -1), EVENT_TYPE_SIBLING];

const valueAt = (values: unknown, path: string[]) =>
  path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), values);

/**
 * The incident's ACLED sub-event type. Once the event type beside it is chosen, only that type's
 * sub-types are offered; before, all of them, under their event types. Outside a Content Manager
 * form (no sibling to read) it behaves as before the choice. Whether the pair fits is judged by the
 * server with the entities' rules, as for every other field.
 */
export function AcledSubEventTypeInput({ name, value, onChange, ...field }: CustomFieldInputProps) {
  const { formatMessage } = useIntl();
  const sibling = useForm('AcledSubEventTypeInput', (state) => valueAt(state.values, siblingPath(name)));
  const eventType = typeof sibling === 'string' ? eventTypeTerm(sibling)?.value : undefined;
  const chosen = typeof value === 'string' ? subEventTypeTerm(value) : undefined;

  const offered = eventType ? SUB_EVENT_TYPES.filter((term) => term.eventType === eventType) : [...SUB_EVENT_TYPES];
  // A sub-type saved under another event type stays visible (under its own heading) until the editor changes it.
  const stray = chosen && !offered.includes(chosen) ? [chosen] : [];
  const grouped = !eventType || stray.length > 0;
  const choices = [...offered, ...stray].map((term) => subEventTypeChoice(term, grouped));

  return (
    <VocabularySelect
      {...field}
      name={name}
      value={chosen?.value ?? null}
      choices={choices}
      onChange={(next) => onChange(name, next)}
      meaning={
        chosen && chosen.eventType !== eventType ? (
          <Meaning>
            {formatMessage(
              { id: getTranslation('custom-fields.acled-sub-event-type.kind-of'), defaultMessage: 'A kind of “{eventType}”.' },
              { eventType: formatMessage(eventTypeGroup(chosen.eventType).label) },
            )}
          </Meaning>
        ) : null
      }
    />
  );
}

export default AcledSubEventTypeInput;
