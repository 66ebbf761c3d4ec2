import { vocabulary, type ValueOf } from './vocabulary';

/** Where a briefing is in the desk's review, independent of Strapi's draft/published status. */
export const REVIEW_STAGES = vocabulary([
  { value: 'drafting', label: 'Drafting' },
  { value: 'in-review', label: 'In review' },
  { value: 'approved', label: 'Approved' },
] as const);
export type ReviewStage = ValueOf<typeof REVIEW_STAGES.terms>;
