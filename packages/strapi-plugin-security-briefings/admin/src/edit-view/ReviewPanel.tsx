import * as React from 'react';
import { Box, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { REVIEW_MOVES, REVIEW_STAGES, type ReviewActor, type ReviewMove } from '@security-briefings/entities';
import { REVIEW_NOTE_MAX_LENGTH, type ReviewState } from '../../../shared/contracts/review';
import { BRIEFING } from '../../../shared/identity';
import { REVIEW_STAGE_LABELS } from '../labels/vocabularies';
import { useReview, type Review } from '../services/review';
import { getTranslation } from '../utils/translations';
import { useWriterName } from '../labels/writers';

const MOVE_MESSAGES: Record<ReviewMove, { id: string; defaultMessage: string }> = {
  'send-to-review': { id: getTranslation('review.move.send-to-review'), defaultMessage: 'Send to review' },
  approve: { id: getTranslation('review.move.approve'), defaultMessage: 'Approve' },
  'send-back': { id: getTranslation('review.move.send-back'), defaultMessage: 'Send back' },
};

/** Who and when, as the desk reads it: "Omar Haddad, 2 Dec 2026, 14:05". */
function useActorAndTime() {
  const { formatDate } = useIntl();
  const writerName = useWriterName();
  return (actor: ReviewActor | null, at: string | null) => {
    const who = writerName(actor);
    return at ? `${who}, ${formatDate(at, { dateStyle: 'medium', timeStyle: 'short' })}` : who;
  };
}

/** The stage, who moved it and when, who approved it, the last change, and the moves this editor may make. */
export function ReviewContent({ review }: { review: Review & { state: ReviewState } }) {
  const { formatMessage } = useIntl();
  const actorAndTime = useActorAndTime();
  const [note, setNote] = React.useState('');
  const { state, moving, error, move } = review;
  const offered = (Object.keys(REVIEW_MOVES) as ReviewMove[]).filter((m) => REVIEW_MOVES[m].from.includes(state.stage));
  const reasons = offered.filter((m) => !state.moves[m].allowed).map((m) => state.moves[m].reason);
  const reasonsId = 'security-briefings-review-reasons';

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Typography variant="omega" fontWeight="bold" tag="p">
        {formatMessage({ id: getTranslation('review.stage'), defaultMessage: 'Stage: {stage}' }, { stage: formatMessage(REVIEW_STAGE_LABELS.label(REVIEW_STAGES.term(state.stage))) })}
      </Typography>
      {state.movedAt && (
        <Typography variant="pi" textColor="neutral700" tag="p">
          {formatMessage({ id: getTranslation('review.moved'), defaultMessage: 'Moved by {who}' }, { who: actorAndTime(state.movedBy, state.movedAt) })}
        </Typography>
      )}
      {state.approvedBy && (
        <Typography variant="pi" textColor="neutral700" tag="p">
          {formatMessage({ id: getTranslation('review.approved'), defaultMessage: 'Approved by {who}' }, { who: actorAndTime(state.approvedBy, state.approvedAt) })}
        </Typography>
      )}
      {state.lastEditor && (
        <Typography variant="pi" textColor="neutral700" tag="p">
          {formatMessage({ id: getTranslation('review.last-change'), defaultMessage: 'Last change by {who}' }, { who: actorAndTime(state.lastEditor, state.lastEditedAt) })}
        </Typography>
      )}
      {state.note && state.stage === 'drafting' && (
        <Box background="neutral100" hasRadius padding={2}>
          <Typography variant="pi" tag="p">
            {formatMessage({ id: getTranslation('review.note'), defaultMessage: 'Sent back: “{note}”' }, { note: state.note })}
          </Typography>
        </Box>
      )}
      {state.fourEyes && state.stage !== 'approved' && (
        <Typography variant="pi" textColor="neutral700" tag="p">
          {formatMessage({
            id: getTranslation('review.four-eyes'),
            defaultMessage: 'Publishing needs the approval of an editor other than the one who made the last change.',
          })}
        </Typography>
      )}
      {offered.includes('send-back') && state.moves['send-back'].allowed && (
        <Field.Root name="review-note" hint={formatMessage({ id: getTranslation('review.note.hint'), defaultMessage: 'Optional, shown to the desk when you send it back.' })}>
          <Field.Label>{formatMessage({ id: getTranslation('review.note.label'), defaultMessage: 'Note for the desk' })}</Field.Label>
          <Textarea value={note} maxLength={REVIEW_NOTE_MAX_LENGTH} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)} />
          <Field.Hint />
        </Field.Root>
      )}
      <Flex gap={2} wrap="wrap">
        {offered.map((m) => (
          <Button
            key={m}
            variant={m === 'send-back' ? 'tertiary' : 'secondary'}
            disabled={!state.moves[m].allowed || moving !== null}
            loading={moving === m}
            aria-describedby={state.moves[m].allowed ? undefined : reasonsId}
            onClick={() => move(m, m === 'send-back' ? note.trim() || undefined : undefined).then(() => setNote(''))}
          >
            {formatMessage(MOVE_MESSAGES[m])}
          </Button>
        ))}
      </Flex>
      {reasons.length > 0 && (
        <Typography id={reasonsId} variant="pi" textColor="neutral700" tag="p">
          {reasons.join(' ')}
        </Typography>
      )}
      {error && (
        <Typography variant="pi" textColor="danger700" tag="p" role="alert">
          {error}
        </Typography>
      )}
    </Flex>
  );
}

/**
 * The form's own copy of the stage follows the moves: a later save sends the form's values back, and
 * without four-eyes (which ignores a stage sent with a save) a stale copy would undo the move.
 */
function useStageInForm(stage: string | undefined) {
  const inForm = useForm('ReviewPanel', (state) => (state.values as Record<string, unknown>).reviewStage);
  const onChange = useForm('ReviewPanel', (state) => state.onChange);
  const moved = React.useRef(stage);
  React.useEffect(() => {
    const previous = moved.current;
    moved.current = stage;
    // Only a move made here, not the first read.
    if (stage && previous && stage !== previous && inForm !== stage) onChange('reviewStage', stage);
  }, [stage, inForm, onChange]);
}

function ReviewLoader({ documentId, savedAt }: { documentId: string; savedAt: unknown }) {
  const review = useReview(documentId, savedAt);
  useStageInForm(review.state?.stage);
  if (!review.state) return null;
  return <ReviewContent review={review as Review & { state: ReviewState }} />;
}

/** Side panel of a saved briefing's edit view: its review stage and the moves through review. */
export const ReviewPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  if (model !== BRIEFING || !documentId) return null;
  return {
    title: formatMessage({ id: getTranslation('review.title'), defaultMessage: 'Review' }),
    content: <ReviewLoader documentId={documentId} savedAt={(document as { updatedAt?: unknown } | undefined)?.updatedAt} />,
  };
};
