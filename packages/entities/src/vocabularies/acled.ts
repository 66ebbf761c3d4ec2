import { slugify } from './vocabulary';

/**
 * ACLED event types and sub-event types (ACLED codebook), each sub-type tied to its type.
 * Stored as slugs of ACLED's names; the names themselves are kept for CSV export.
 */
const ACLED_TAXONOMY = [
  {
    name: 'Battles',
    disorderType: 'Political violence',
    subEventTypes: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  },
  {
    name: 'Explosions/Remote violence',
    disorderType: 'Political violence',
    subEventTypes: [
      'Chemical weapon',
      'Air/drone strike',
      'Suicide bomb',
      'Shelling/artillery/missile attack',
      'Remote explosive/landmine/IED',
      'Grenade',
    ],
  },
  {
    name: 'Violence against civilians',
    disorderType: 'Political violence',
    subEventTypes: ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  },
  {
    name: 'Protests',
    disorderType: 'Demonstrations',
    subEventTypes: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  },
  {
    name: 'Riots',
    disorderType: 'Demonstrations',
    subEventTypes: ['Violent demonstration', 'Mob violence'],
  },
  {
    name: 'Strategic developments',
    disorderType: 'Strategic developments',
    subEventTypes: [
      'Agreement',
      'Arrests',
      'Change to group/activity',
      'Disrupted weapons use',
      'Headquarters or base established',
      'Looting/property destruction',
      'Non-violent transfer of territory',
      'Other',
    ],
  },
] as const;

type Taxonomy = typeof ACLED_TAXONOMY;
type Slug<S extends string> = S extends `${infer A}/${infer B}`
  ? `${Slug<A>}-${Slug<B>}`
  : S extends `${infer A} ${infer B}`
    ? `${Slug<A>}-${Slug<B>}`
    : Lowercase<S>;

export type EventType = Slug<Taxonomy[number]['name']>;
export type SubEventType = Slug<Taxonomy[number]['subEventTypes'][number]>;

export interface EventTypeTerm {
  value: EventType;
  label: string;
  /** ACLED's own name, as written in its data. */
  acledName: string;
  disorderType: string;
}

export interface SubEventTypeTerm {
  value: SubEventType;
  label: string;
  acledName: string;
  eventType: EventType;
}

export const EVENT_TYPES: readonly EventTypeTerm[] = ACLED_TAXONOMY.map((t) => ({
  value: slugify(t.name) as EventType,
  label: t.name,
  acledName: t.name,
  // Excessive force against protesters is both; ACLED records it under its sub-type.
  disorderType: t.disorderType,
}));

export const SUB_EVENT_TYPES: readonly SubEventTypeTerm[] = ACLED_TAXONOMY.flatMap((t) =>
  t.subEventTypes.map((name) => ({
    value: slugify(name) as SubEventType,
    label: name,
    acledName: name,
    eventType: slugify(t.name) as EventType,
  })),
);

export const EVENT_TYPE_VALUES = EVENT_TYPES.map((t) => t.value) as [EventType, ...EventType[]];
export const SUB_EVENT_TYPE_VALUES = SUB_EVENT_TYPES.map((t) => t.value) as [SubEventType, ...SubEventType[]];

export const eventTypeOf = (subEventType: string): EventType | undefined =>
  SUB_EVENT_TYPES.find((s) => s.value === subEventType)?.eventType;

export const subEventTypesOf = (eventType: string): SubEventTypeTerm[] =>
  SUB_EVENT_TYPES.filter((s) => s.eventType === eventType);

export const eventTypeTerm = (value: string): EventTypeTerm | undefined => EVENT_TYPES.find((t) => t.value === value);
export const subEventTypeTerm = (value: string): SubEventTypeTerm | undefined =>
  SUB_EVENT_TYPES.find((t) => t.value === value);

/**
 * Sub-event types that by ACLED's definitions kill no one: a protest that turns deadly is excessive force, and a deal,
 * an arrest or a seizure is not itself violent. Deaths their articles report belong to another event (the fighting a
 * ceasefire ends, the killing the arrests follow).
 */
const WITHOUT_DEATHS: ReadonlySet<string> = new Set<SubEventType>([
  'peaceful-protest',
  'protest-with-intervention',
  'agreement',
  'arrests',
  'change-to-group-activity',
  'disrupted-weapons-use',
  'headquarters-or-base-established',
  'non-violent-transfer-of-territory',
]);

/** Whether an event of this sub-type can have deaths of its own. */
export const subEventTypeKills = (subEventType: string): boolean => !WITHOUT_DEATHS.has(subEventType);

/** ACLED's disorder type for an event, refined by sub-type where ACLED does. */
export function disorderTypeOf(eventType: string, subEventType?: string): string | undefined {
  if (subEventType === 'excessive-force-against-protesters') return 'Political violence; Demonstrations';
  if (subEventType === 'mob-violence') return 'Political violence';
  return eventTypeTerm(eventType)?.disorderType;
}
