import { vocabulary, type ValueOf } from './vocabulary';

/** Traffic Light Protocol 2.0 (FIRST). Only CLEAR may reach the public. */
export const TLP_MARKINGS = vocabulary([
  { value: 'clear', label: 'TLP:CLEAR', description: 'Anyone may see it: publish freely, subject to copyright.' },
  { value: 'green', label: 'TLP:GREEN', description: 'Share within the community (partners and peers), not publicly.' },
  {
    value: 'amber',
    label: 'TLP:AMBER',
    description: "Share on a need-to-know basis within the recipient's organisation and its clients.",
  },
  {
    value: 'amber+strict',
    label: 'TLP:AMBER+STRICT',
    description: "Share on a need-to-know basis within the recipient's organisation only.",
  },
  { value: 'red', label: 'TLP:RED', description: 'For the named recipients only, no further sharing.' },
] as const);
export type TlpMarking = ValueOf<typeof TLP_MARKINGS.terms>;

/** STIX 2.1 marking-definition ids of the TLP 2.0 extension. */
export const TLP_STIX_MARKING_IDS: Record<TlpMarking, string> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};
export const TLP_STIX_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

/** Who may receive a briefing of each marking, from least to most restricted. */
export const PUBLIC_MARKINGS: readonly TlpMarking[] = ['clear'];
/** Markings an API token may be allowed to read for partners; AMBER+STRICT and RED never leave the admin. */
export const PARTNER_MARKINGS = ['clear', 'green', 'amber'] as const satisfies readonly TlpMarking[];
export type PartnerMarking = (typeof PARTNER_MARKINGS)[number];
export const isPartnerMarking = (marking: TlpMarking): marking is PartnerMarking => (PARTNER_MARKINGS as readonly TlpMarking[]).includes(marking);

/**
 * Whether `next` shares more narrowly than `current` (TLP 2.0 runs from CLEAR to RED in the order
 * above). No marking says nothing, so it restricts nothing.
 */
export function isMoreRestrictive(next: TlpMarking | null | undefined, current: TlpMarking | null | undefined): boolean {
  if (!next || !current) return false;
  return TLP_MARKINGS.values.indexOf(next) > TLP_MARKINGS.values.indexOf(current);
}
