import type { SubEventTypeTerm } from '@security-briefings/entities';
import type { Choice, ChoiceGroup } from './VocabularySelect';
import { FIELD_VOCABULARIES, fieldChoice } from './field-vocabularies';

/** ACLED event types, labelled with ACLED's own names ("Explosions/Remote violence"). */
export const eventTypeChoices: Choice[] = FIELD_VOCABULARIES['acled-event-type'].map((term) => fieldChoice('acled-event-type', term));

/** Each event type as the heading its sub-event types are listed under. */
const eventTypeGroups = new Map<string, ChoiceGroup>(eventTypeChoices.map((choice) => [choice.value, { key: choice.value, label: choice.label }]));

export const eventTypeGroup = (eventType: string) => eventTypeGroups.get(eventType)!;

/** A sub-event type ("Air/drone strike"), under its event type's heading when `grouped`. */
export const subEventTypeChoice = (term: SubEventTypeTerm, grouped: boolean): Choice => ({
  ...fieldChoice('acled-sub-event-type', term),
  ...(grouped ? { group: eventTypeGroup(term.eventType) } : {}),
});
