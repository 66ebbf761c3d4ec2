import { TLP_MARKINGS, TLP_STIX_EXTENSION_ID, TLP_STIX_MARKING_IDS, type TlpMarking } from '../vocabularies';
import type { StixProfile } from './audience';

/**
 * How a STIX bundle marks TLP, per importer. Everything else in a bundle is the same for every
 * profile: only the marking-definition objects, the ids objects point to, and (for MISP) a TLP
 * label on the report change.
 *
 * - oasis: the OASIS TLP 2.0 marking definitions, with the TLP 2.0 extension.
 * - opencti: the marking definitions OpenCTI creates for itself on first start (same ids, the
 *   `TLP` definition type, its order and colour), so its importer files our objects under its own
 *   TLP:CLEAR ... TLP:RED instead of creating look-alikes. OpenCTI's importer (pycti) reads
 *   `x_opencti_definition_type` and `x_opencti_definition` first, then the order and colour.
 * - misp: the TLP 1.0 marking definitions predefined by STIX 2.1 itself, which MISP's STIX import
 *   turns into `tlp:white`-style tags; TLP 1.0 has no AMBER+STRICT, so that becomes AMBER.
 */
export type StixObject = { type: string; id: string } & Record<string, unknown>;

export interface StixMarkings {
  /** The marking-definition id that objects of this marking point to. */
  idOf(marking: TlpMarking): string;
  /** The marking-definition object behind that id. */
  definitionOf(marking: TlpMarking): StixObject;
  /** A label that the importer reads as the marking (MISP turns report labels into event tags). */
  reportLabelOf(marking: TlpMarking): string | undefined;
  /** Objects the definitions refer to, which every bundle of this profile carries once. */
  requires: readonly StixObject[];
}

/** The day FIRST published TLP 2.0, as the OASIS TLP 2.0 extension dates its definitions. */
const TLP_2_DEFINED = '2022-10-01T00:00:00.000Z';
/** The date STIX 2.1 gives its predefined TLP 1.0 definitions. */
const TLP_1_DEFINED = '2017-01-20T00:00:00.000Z';

/** CISA wrote the TLP 2.0 extension; its identity as the extension names it. */
const CISA_IDENTITY_ID = 'identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01';

/**
 * The TLP 2.0 extension-definition as OASIS publishes it (cti-stix-common-objects), so that the
 * extension id on the marking definitions resolves inside the bundle, and its author's identity.
 */
const TLP_2_EXTENSION_OBJECTS: readonly StixObject[] = [
  {
    type: 'extension-definition',
    spec_version: '2.1',
    id: TLP_STIX_EXTENSION_ID,
    created_by_ref: CISA_IDENTITY_ID,
    created: TLP_2_DEFINED,
    modified: TLP_2_DEFINED,
    name: 'TLP 2.0',
    description: 'This defines TLP 2.0 as a STIX extension',
    schema: 'https://github.com/oasis-open/cti-stix-common-objects/tree/master/extension-definition-specifications/tlp-2.0',
    version: '1.0.0',
    extension_types: ['property-extension'],
  },
  {
    type: 'identity',
    spec_version: '2.1',
    id: CISA_IDENTITY_ID,
    created: TLP_2_DEFINED,
    modified: TLP_2_DEFINED,
    name: 'Cybersecurity and Infrastructure Security Agency',
    identity_class: 'organization',
  },
];

const oasis = (marking: TlpMarking): StixObject => ({
  type: 'marking-definition',
  spec_version: '2.1',
  id: TLP_STIX_MARKING_IDS[marking],
  created: TLP_2_DEFINED,
  name: TLP_MARKINGS.label(marking),
  extensions: { [TLP_STIX_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: marking } },
});

/** OpenCTI's own TLP markings: the ids it fixes for them, and the order and colour it gives them on first start. */
const OPENCTI_TLP: Record<TlpMarking, { id: string; order: number; color: string }> = {
  clear: { id: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9', order: 1, color: '#ffffff' },
  green: { id: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da', order: 2, color: '#2e7d32' },
  amber: { id: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82', order: 3, color: '#d84315' },
  'amber+strict': { id: 'marking-definition--826578e1-40ad-459f-bc73-ede076f81f37', order: 4, color: '#d84315' },
  red: { id: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed', order: 5, color: '#c62828' },
};

const opencti = (marking: TlpMarking): StixObject => {
  const { id, order, color } = OPENCTI_TLP[marking];
  const name = TLP_MARKINGS.label(marking);
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id,
    created: TLP_2_DEFINED,
    name,
    // Upper-case `TLP`, as OpenCTI writes it: STIX reserves lower-case `tlp` for the four TLP 1.0 objects.
    definition_type: 'TLP',
    definition: { tlp: marking },
    x_opencti_definition_type: 'TLP',
    x_opencti_definition: name,
    x_opencti_order: order,
    x_opencti_color: color,
  };
};

/** TLP 1.0 as STIX 2.1 predefines it (section 7.2.1.4); CLEAR was called WHITE. */
type Tlp1 = 'white' | 'green' | 'amber' | 'red';
const TLP_1_OF: Record<TlpMarking, Tlp1> = { clear: 'white', green: 'green', amber: 'amber', 'amber+strict': 'amber', red: 'red' };
const TLP_1_IDS: Record<Tlp1, string> = {
  white: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  green: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  amber: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  red: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
};

const misp = (marking: TlpMarking): StixObject => {
  const tlp = TLP_1_OF[marking];
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP_1_IDS[tlp],
    created: TLP_1_DEFINED,
    definition_type: 'tlp',
    name: `TLP:${tlp.toUpperCase()}`,
    definition: { tlp },
  };
};

/** Built once per profile: the same frozen objects for every export. */
function markingsOf(
  definition: (marking: TlpMarking) => StixObject,
  reportLabelOf: StixMarkings['reportLabelOf'],
  requires: readonly StixObject[] = [],
): StixMarkings {
  const definitions = new Map(TLP_MARKINGS.values.map((marking) => [marking, Object.freeze(definition(marking))]));
  return {
    idOf: (marking) => definitions.get(marking)!.id,
    definitionOf: (marking) => definitions.get(marking)!,
    reportLabelOf,
    requires,
  };
}

const PROFILES: Record<StixProfile, StixMarkings> = {
  oasis: markingsOf(oasis, () => undefined, TLP_2_EXTENSION_OBJECTS),
  opencti: markingsOf(opencti, () => undefined),
  // MISP's taxonomy knows tlp:amber+strict, so the label keeps what the TLP 1.0 definition cannot say.
  misp: markingsOf(misp, (marking) => (marking === 'amber+strict' ? 'tlp:amber+strict' : `tlp:${TLP_1_OF[marking]}`)),
};

/** The one place that picks marking definitions for a profile (default 'oasis'). */
export const stixMarkingsFor = (profile: StixProfile | undefined): StixMarkings => PROFILES[profile ?? 'oasis'];
