import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  REVIEW_MOVES,
  REVIEW_MOVE_VALUES,
  REVIEW_STAGES,
  reviewMoveProblem,
  type ReviewActor,
  type ReviewMove,
  type ReviewStage,
} from '@security-briefings/entities';
import type { ReviewState } from '../../../shared/contracts/review';
import { BRIEFING } from '../constants';
import { getConfig } from '../utils/config';
import { refuse } from '../utils/input';
import { REVIEW } from './models';
import { isoOrNull } from '../utils/dates';

type ReviewRow = {
  id: number;
  briefingDocumentId: string;
  movedBy: ReviewActor | null;
  movedAt: Date | string | null;
  approvedBy: ReviewActor | null;
  approvedAt: Date | string | null;
  note: string | null;
  lastEditor: ReviewActor | null;
  lastEditedAt: Date | string | null;
};

/** Set while the review service moves a stage: the four-eyes middleware lets that write change reviewStage. */
const moving = new AsyncLocalStorage<true>();
export const isReviewMove = () => moving.getStore() === true;

const reviews = (strapi: Core.Strapi) => strapi.db.query(REVIEW as UID.Schema);

/**
 * A briefing's review: its stage (the draft's reviewStage), the trail kept beside it (./models.ts),
 * and the moves the review panel makes. Stage moves go through the document service, so every rule
 * and the revision log see them as the updates they are.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const fourEyes = () => getConfig(strapi).review.fourEyes;

  async function rowOf(documentId: string): Promise<ReviewRow | null> {
    return (await reviews(strapi).findOne({ where: { briefingDocumentId: documentId } })) as ReviewRow | null;
  }

  /** Writes the trail's fields given (the row is made on first use). */
  async function keep(documentId: string, fields: Partial<Omit<ReviewRow, 'id' | 'briefingDocumentId'>>) {
    const row = await rowOf(documentId);
    if (row) await reviews(strapi).update({ where: { id: row.id }, data: fields });
    else await reviews(strapi).create({ data: { briefingDocumentId: documentId, ...fields } });
  }

  /** The draft's stage; null when there is no such briefing. */
  async function stageOf(documentId: string): Promise<ReviewStage | null> {
    const draft = await strapi.db.query(BRIEFING).findOne({ where: { documentId, publishedAt: null }, select: ['reviewStage'] });
    if (!draft) return null;
    return REVIEW_STAGES.has(draft.reviewStage) ? draft.reviewStage : 'drafting';
  }

  return {
    stageOf,

    /** The review as the panel shows it to `asker` (who may approve or not). */
    async stateOf(documentId: string, asker: ReviewActor, mayApprove: boolean): Promise<ReviewState> {
      const stage = await stageOf(documentId);
      if (!stage) throw new errors.NotFoundError('There is no such briefing.');
      const row = await rowOf(documentId);
      const lastEditor = row?.lastEditor ?? null;
      const moves = Object.fromEntries(
        REVIEW_MOVE_VALUES.map((move) => {
          const problem = reviewMoveProblem(move, { stage, by: asker, mayApprove, lastEditor, fourEyes: fourEyes() });
          return [move, { allowed: !problem, reason: problem?.message ?? null }];
        }),
      ) as ReviewState['moves'];
      return {
        stage,
        movedBy: row?.movedBy ?? null,
        movedAt: isoOrNull(row?.movedAt),
        approvedBy: stage === 'approved' ? (row?.approvedBy ?? null) : null,
        approvedAt: stage === 'approved' ? isoOrNull(row?.approvedAt) : null,
        note: row?.note ?? null,
        lastEditor,
        lastEditedAt: isoOrNull(row?.lastEditedAt),
        fourEyes: fourEyes(),
        moves,
      };
    },

    /** Makes a move (refused on reviewStage when the rule forbids it), through the document service. */
    async move(documentId: string, move: ReviewMove, by: ReviewActor, mayApprove: boolean, note?: string) {
      await strapi.db.transaction(async () => {
        const stage = await stageOf(documentId);
        if (!stage) throw new errors.NotFoundError('There is no such briefing.');
        const lastEditor = (await rowOf(documentId))?.lastEditor ?? null;
        const problem = reviewMoveProblem(move, { stage, by, mayApprove, lastEditor, fourEyes: fourEyes() });
        if (problem) refuse([problem]);
        const to = REVIEW_MOVES[move].to;
        await moving.run(true, () => strapi.documents(BRIEFING).update({ documentId, data: { reviewStage: to } } as never));
        const now = new Date();
        await keep(documentId, {
          movedBy: by,
          movedAt: now,
          approvedBy: move === 'approve' ? by : null,
          approvedAt: move === 'approve' ? now : null,
          note: move === 'send-back' ? note || null : null,
        });
      });
    },

    /** A content change made through a request: its author is the briefing's last editor. */
    async recordEdit(documentId: string, by: ReviewActor) {
      await keep(documentId, { lastEditor: by, lastEditedAt: new Date() });
    },

    /** A change after approval moved the briefing back to review (the middleware wrote the stage). */
    async recordBackToReview(documentId: string, by: ReviewActor) {
      await keep(documentId, { movedBy: by, movedAt: new Date(), approvedBy: null, approvedAt: null, note: null });
    },

    /** A deleted briefing's trail goes with it (the revision log keeps its history). */
    async forget(documentId: string) {
      await reviews(strapi).deleteMany({ where: { briefingDocumentId: documentId } });
    },
  };
};
