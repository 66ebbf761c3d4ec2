import { REVIEW_STAGES, type ReviewStage } from '../vocabularies/briefings';
import type { Problem } from './validation';

/**
 * Four-eyes publishing: a briefing moves drafting -> in review -> approved, and is published only
 * once approved by someone other than its last editor. The server refuses what this rule refuses,
 * and the edit view offers only the moves it allows.
 */

/** The moves an editor makes in the review panel; approving and sending back need the approval permission. */
export type ReviewMove = 'send-to-review' | 'approve' | 'send-back';

export const REVIEW_MOVES: Record<ReviewMove, { from: readonly ReviewStage[]; to: ReviewStage; needsApprover: boolean }> = {
  'send-to-review': { from: ['drafting'], to: 'in-review', needsApprover: false },
  approve: { from: ['in-review'], to: 'approved', needsApprover: true },
  'send-back': { from: ['in-review', 'approved'], to: 'drafting', needsApprover: true },
};

export const REVIEW_MOVE_VALUES = Object.keys(REVIEW_MOVES) as ReviewMove[];

/** Who wrote or moved a briefing: an admin user, an API token, a Users & Permissions user (no id: a request without credentials), or the server itself. */
export interface ReviewActor {
  kind: 'admin' | 'api-token' | 'user' | 'system';
  id: number | null;
  name: string | null;
}

const sameActor = (a: ReviewActor | null | undefined, b: ReviewActor | null | undefined) =>
  Boolean(a && b && a.kind !== 'system' && a.kind === b.kind && a.id === b.id);

const stageLabel = (stage: string | null | undefined) => (REVIEW_STAGES.has(stage) ? REVIEW_STAGES.label(stage) : REVIEW_STAGES.label('drafting'));

const reviewProblem = (message: string): Problem => ({ path: ['reviewStage'], field: 'reviewStage', message });

export interface ReviewMoveInput {
  stage: string | null | undefined;
  /** Who asks for the move. */
  by: ReviewActor;
  /** Whether they hold the approval permission. */
  mayApprove: boolean;
  /** Who made the last change to the briefing's content, when known. */
  lastEditor: ReviewActor | null;
  /** The plugin's review.fourEyes option: a self-approval is refused only then. */
  fourEyes: boolean;
}

/** Said when an editor without the approval permission tries a move that needs it. */
export const APPROVAL_NEEDED = 'Only editors allowed to approve briefings can approve them or send them back.';

/** Whether this move needs the approval permission and the editor lacks it (a 403 at the route, a reason in the panel). */
export const lacksApproval = (move: ReviewMove, mayApprove: boolean): boolean => REVIEW_MOVES[move].needsApprover && !mayApprove;

/** Why this move may not be made now (the stage named, in the editor's words), or null when it may. */
export function reviewMoveProblem(move: ReviewMove, input: ReviewMoveInput): Problem | null {
  const rule = REVIEW_MOVES[move];
  const stage = (input.stage ?? 'drafting') as ReviewStage;
  if (lacksApproval(move, input.mayApprove)) return reviewProblem(APPROVAL_NEEDED);
  if (!rule.from.includes(stage)) {
    const allowed = rule.from.map(stageLabel).join(' or ');
    return reviewProblem(`The briefing is ${stageLabel(stage).toLowerCase()}; this move is made from ${allowed.toLowerCase()}.`);
  }
  if (move === 'approve' && input.fourEyes && sameActor(input.by, input.lastEditor)) {
    return reviewProblem('You made the last change to this briefing: another editor must approve it.');
  }
  return null;
}

/**
 * What stops a publish under four-eyes: the draft must be approved. (Approval is refused to the last
 * editor, and a change after approval sends the briefing back to review, so an approved draft is
 * one a second person approved as it is.)
 */
export function reviewPublishProblems(stage: string | null | undefined, fourEyes: boolean): Problem[] {
  if (!fourEyes || stage === 'approved') return [];
  return [
    reviewProblem(
      `A briefing is published only once another editor has approved it; this one is ${stageLabel(stage).toLowerCase()}. Send it to review and have a second editor approve it.`,
    ),
  ];
}

/** The refusal of a write that changes an approved briefing and publishes it at once. */
export const CHANGED_AFTER_APPROVAL = reviewProblem(
  'These changes were made after the briefing was approved: save them, then have another editor approve the briefing before it is published.',
);
