import { vocabulary, type ValueOf } from './vocabulary';

/** What a note published after the briefing does to it (the kinds newsrooms' corrections policies use). */
export const CORRECTION_KINDS = vocabulary([
  { value: 'correction', label: 'Correction', description: 'A fact was wrong and is now right.' },
  { value: 'clarification', label: 'Clarification', description: 'Nothing was wrong, but it could be misread.' },
  { value: 'retraction', label: 'Retraction', description: 'The briefing should not have been published and no longer stands.' },
] as const);
export type CorrectionKind = ValueOf<typeof CORRECTION_KINDS.terms>;
