import { Shield, SealCheck, WarningCircle } from '@strapi/icons';
import type { ComponentType } from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import type { CustomFieldInputProps } from './types';
import { PLUGIN_ID } from '../pluginId';
import { fieldMessageId } from './messages';

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
        intlLabel: { id: fieldMessageId('options.required'), defaultMessage: 'Required field' },
        description: { id: fieldMessageId('options.required.description'), defaultMessage: "You won't be able to create an entry if this field is empty" },
      },
      {
        name: 'private' as const,
        type: 'checkbox' as const,
        intlLabel: { id: fieldMessageId('options.private'), defaultMessage: 'Private field' },
        description: { id: fieldMessageId('options.private.description'), defaultMessage: 'This field will not show up in the API response' },
      },
    ],
  },
];

/**
 * The plugin's custom fields, for its own content model and for any content type a host app builds.
 * Stored as strings (their values are the entities package's vocabularies); inputs load on demand.
 */
const customFields = [
  {
    name: 'tlp-marking',
    pluginId: PLUGIN_ID,
    type: 'string' as const,
    intlLabel: { id: fieldMessageId('tlp-marking.label'), defaultMessage: 'TLP marking' },
    intlDescription: { id: fieldMessageId('tlp-marking.description'), defaultMessage: 'Traffic Light Protocol 2.0: who may see the content' },
    icon: Shield,
    components: { Input: lazyInput(() => import('./TlpMarkingInput')) },
    options: { advanced },
  },
  {
    name: 'source-grade',
    pluginId: PLUGIN_ID,
    type: 'string' as const,
    intlLabel: { id: fieldMessageId('source-grade.label'), defaultMessage: 'Source grade' },
    intlDescription: { id: fieldMessageId('source-grade.description'), defaultMessage: 'Admiralty grade such as B2: reliability of the source, credibility of the information' },
    icon: SealCheck,
    components: { Input: lazyInput(() => import('./SourceGradeInput')) },
    options: { advanced },
  },
  {
    name: 'threat-level',
    pluginId: PLUGIN_ID,
    type: 'string' as const,
    intlLabel: { id: fieldMessageId('threat-level.label'), defaultMessage: 'Threat level' },
    intlDescription: { id: fieldMessageId('threat-level.description'), defaultMessage: 'UK threat levels, from low to critical' },
    icon: WarningCircle,
    components: { Input: lazyInput(() => import('./ThreatLevelInput')) },
    options: { advanced },
  },
];

export function registerCustomFields(app: Pick<StrapiApp, 'customFields'>) {
  app.customFields.register(customFields);
}
