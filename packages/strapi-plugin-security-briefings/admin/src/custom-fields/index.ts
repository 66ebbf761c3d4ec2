import { Briefcase, Calendar, CheckCircle, Discuss, Lightning, PinMap, SealCheck, Shield, Stack, User, WarningCircle } from '@strapi/icons';
import type { ComponentType } from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import type { CustomFieldInputProps } from './types';
import { PLUGIN_ID, type CustomFieldName } from '../../../shared/identity';
import { getTranslation } from '../utils/translations';

/** Loads an input on demand; the Content Manager gives it the field's props and form state. */
const lazyInput = (load: () => Promise<{ default: ComponentType<CustomFieldInputProps> }>) => async () => ({
  default: (await load()).default as ComponentType,
});

/** Options every field offers in the Content-Type Builder's advanced settings. */
const advanced = [
  {
    sectionTitle: { id: 'global.settings', defaultMessage: 'Settings' },
    items: [
      {
        name: 'required' as const,
        type: 'checkbox' as const,
        intlLabel: { id: getTranslation('custom-fields.options.required'), defaultMessage: 'Required field' },
        description: { id: getTranslation('custom-fields.options.required.description'), defaultMessage: "You won't be able to create an entry if this field is empty" },
      },
      {
        name: 'private' as const,
        type: 'checkbox' as const,
        intlLabel: { id: getTranslation('custom-fields.options.private'), defaultMessage: 'Private field' },
        description: { id: getTranslation('custom-fields.options.private.description'), defaultMessage: 'This field will not show up in the API response' },
      },
    ],
  },
];

interface FieldDefinition<Name extends CustomFieldName> {
  name: Name;
  label: string;
  description: string;
  icon: ComponentType;
  load: () => Promise<{ default: ComponentType<CustomFieldInputProps> }>;
}

/** A string custom field of the plugin, with the Content-Type Builder's usual settings. */
const customField = <Name extends CustomFieldName>({ name, label, description, icon, load }: FieldDefinition<Name>) => ({
  name,
  pluginId: PLUGIN_ID,
  type: 'string' as const,
  intlLabel: { id: getTranslation(`custom-fields.${name}.label`), defaultMessage: label },
  intlDescription: { id: getTranslation(`custom-fields.${name}.description`), defaultMessage: description },
  icon,
  components: { Input: lazyInput(load) },
  options: { advanced },
});

/** The plain vocabulary pickers share one chunk; each field takes its input from it. */
const vocabularyInput = (input: keyof typeof import('./VocabularyInputs')) => async () => ({ default: (await import('./VocabularyInputs'))[input] });

/**
 * The plugin's custom fields, for its own content model and for any content type a host app builds.
 * Stored as strings (their values are the entities package's vocabularies); inputs load on demand.
 */
const customFields = [
  customField({
    name: 'tlp-marking',
    label: 'TLP marking',
    description: 'Traffic Light Protocol 2.0: who may see the content',
    icon: Shield,
    load: () => import('./TlpMarkingInput'),
  }),
  customField({
    name: 'source-grade',
    label: 'Source grade',
    description: 'Admiralty grade such as B2: reliability of the source, credibility of the information',
    icon: SealCheck,
    load: () => import('./SourceGradeInput'),
  }),
  customField({
    name: 'threat-level',
    label: 'Threat level',
    description: 'UK threat levels, from low to critical',
    icon: WarningCircle,
    load: () => import('./ThreatLevelInput'),
  }),
  customField({
    name: 'acled-event-type',
    label: 'ACLED event type',
    description: 'Battles, explosions/remote violence, violence against civilians, protests, riots, strategic developments',
    icon: Lightning,
    load: () => import('./AcledEventTypeInput'),
  }),
  customField({
    name: 'acled-sub-event-type',
    label: 'ACLED sub-event type',
    description: 'Narrowed to the event type chosen in a field named eventType beside it',
    icon: Stack,
    load: () => import('./AcledSubEventTypeInput'),
  }),
  customField({ name: 'actor-role', label: 'Actor role', description: 'What an actor did in the incident: perpetrator, target, victim…', icon: User, load: vocabularyInput('ActorRoleInput') }),
  customField({ name: 'certainty', label: 'Certainty', description: 'Confirmed, claimed or suspected', icon: CheckCircle, load: vocabularyInput('CertaintyInput') }),
  customField({ name: 'actor-kind', label: 'Kind of actor', description: 'Person, state force, armed group, government…', icon: Briefcase, load: vocabularyInput('ActorKindInput') }),
  customField({ name: 'place-kind', label: 'Kind of place', description: 'Country, province, district, city, site or region', icon: PinMap, load: vocabularyInput('PlaceKindInput') }),
  customField({ name: 'source-kind', label: 'Kind of source', description: 'Official, news media, social media, armed group, NGO, witness…', icon: Discuss, load: vocabularyInput('SourceKindInput') }),
  customField({ name: 'date-precision', label: 'Date precision', description: 'How exactly a date is known: day, week, month or year', icon: Calendar, load: vocabularyInput('DatePrecisionInput') }),
];

// Every custom field the server registers (shared/identity.ts) has its input here: a missing one fails the typecheck.
const everyFieldHasAnInput: Record<Exclude<CustomFieldName, (typeof customFields)[number]['name']>, never> = {};
void everyFieldHasAnInput;

export function registerCustomFields(app: Pick<StrapiApp, 'customFields'>) {
  app.customFields.register(customFields);
}
