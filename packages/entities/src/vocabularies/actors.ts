import { vocabulary, type ValueOf } from './vocabulary';

export const ACTOR_KINDS = vocabulary([
  { value: 'person', label: 'Person' },
  { value: 'state-force', label: 'State force', description: 'Military, police, intelligence or other armed forces of a state.' },
  { value: 'armed-group', label: 'Armed group', description: 'Rebel group, militia or other non-state armed organisation.' },
  { value: 'government', label: 'Government', description: 'A government, ministry or state body that is not an armed force.' },
  { value: 'intergovernmental', label: 'Intergovernmental organisation', description: 'UN, EU, a coalition of states and the like.' },
  { value: 'political-party', label: 'Political party' },
  { value: 'media', label: 'Media outlet' },
  { value: 'other-organization', label: 'Other organisation' },
] as const);
export type ActorKind = ValueOf<typeof ACTOR_KINDS.terms>;

/** What an actor did in the incident. */
export const ACTOR_ROLES = vocabulary([
  { value: 'perpetrator', label: 'Perpetrator', description: 'Carried out the act.' },
  { value: 'target', label: 'Target', description: 'The act was aimed at them.' },
  { value: 'victim', label: 'Victim', description: 'Harmed by the act (killed, injured, detained).' },
  { value: 'associated', label: 'Associated', description: 'Took part alongside the perpetrator or target.' },
  { value: 'claimant', label: 'Claimant', description: 'Claimed responsibility.' },
  { value: 'announcer', label: 'Announcer', description: 'Made the event public.' },
  { value: 'commentator', label: 'Commentator', description: 'Spoke about the event without taking part.' },
  // Not in DESIGN.md's list: context actors need a link to the briefing without a part in the event.
  { value: 'mentioned', label: 'Mentioned', description: 'Named in the report for context; no part in the event.' },
] as const);
export type ActorRole = ValueOf<typeof ACTOR_ROLES.terms>;

export const CERTAINTIES = vocabulary([
  { value: 'confirmed', label: 'Confirmed', description: 'Established by independent reporting or official record.' },
  { value: 'claimed', label: 'Claimed', description: 'Said by the actor or a party to the event, not independently confirmed.' },
  { value: 'suspected', label: 'Suspected', description: 'Alleged or inferred by others.' },
] as const);
export type Certainty = ValueOf<typeof CERTAINTIES.terms>;

export const ALIAS_KINDS = vocabulary([
  { value: 'kunya', label: 'Kunya', description: 'An Arabic teknonym such as "Abu Khadija".' },
  { value: 'acronym', label: 'Acronym', description: 'Such as ISIS or HTS.' },
  { value: 'transliteration', label: 'Transliteration', description: 'Another spelling of the same name.' },
  { value: 'short-form', label: 'Short form', description: 'Surname, "al-Surname" or a shortened name.' },
] as const);
export type AliasKind = ValueOf<typeof ALIAS_KINDS.terms>;
