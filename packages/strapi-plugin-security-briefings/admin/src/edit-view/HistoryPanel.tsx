import * as React from 'react';
import { Box, Button, Field, Flex, Textarea, TextButton, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { ACTOR, BRIEFING, PLACE } from '../../../shared/identity';
import { REASON_MAX_LENGTH, describeValue, rowsChanged, type Revision, type RevisionAction, type RevisionChange } from '../../../shared/contracts/revision-log';
import { usePendingReason, useRevisionExport, useRevisionHistory } from '../services/revision-log';
import { errorMessage } from '../utils/errors';
import { getTranslation } from '../utils/translations';
import { useWriterName } from '../labels/writers';
import { saveDownload } from '../utils/download';

const LOGGED_TYPES: string[] = [BRIEFING, ACTOR, PLACE];

const ACTION_MESSAGES: Record<RevisionAction, string> = {
  create: 'Created',
  update: 'Saved',
  publish: 'Published',
  unpublish: 'Unpublished',
  discardDraft: 'Draft discarded',
  delete: 'Deleted',
};

/** One changed field: its label, then old -> new; for rows (sources, aliases, links) the rows taken out and put in. */
function ChangeLine({ change }: { change: RevisionChange }) {
  const { formatMessage } = useIntl();
  const empty = formatMessage({ id: getTranslation('history.empty-value'), defaultMessage: '(empty)' });
  const rows = rowsChanged(change);
  return (
    <Box tag="li" paddingTop={1}>
      <Typography variant="pi" fontWeight="bold" tag="p">
        {change.label}
      </Typography>
      {rows ? (
        <>
          {rows.removed.map((row, i) => (
            <Typography key={`removed-${i}`} variant="pi" tag="p" textColor="danger700">
              {formatMessage({ id: getTranslation('history.removed'), defaultMessage: '− {row}' }, { row })}
            </Typography>
          ))}
          {rows.added.map((row, i) => (
            <Typography key={`added-${i}`} variant="pi" tag="p" textColor="success700">
              {formatMessage({ id: getTranslation('history.added'), defaultMessage: '+ {row}' }, { row })}
            </Typography>
          ))}
          {rows.removed.length + rows.added.length === 0 && (
            <Typography variant="pi" tag="p" textColor="neutral700">
              {formatMessage({ id: getTranslation('history.reordered'), defaultMessage: 'Order changed' })}
            </Typography>
          )}
        </>
      ) : (
        <Typography variant="pi" tag="p" textColor="neutral700">
          {formatMessage(
            { id: getTranslation('history.old-new'), defaultMessage: '{old} → {new}' },
            { old: describeValue(change.old) || empty, new: describeValue(change.new) || empty },
          )}
        </Typography>
      )}
    </Box>
  );
}

/** One entry of the log: what was done, by whom and when, the reason, and each change. */
export function HistoryEntry({ revision }: { revision: Revision }) {
  const { formatMessage, formatDate } = useIntl();
  const writerName = useWriterName();
  const by = writerName(revision.by);
  return (
    <Box tag="li" paddingTop={2} paddingBottom={2} borderColor="neutral200" style={{ borderWidth: '0 0 1px 0', borderStyle: 'solid' }}>
      <Typography variant="omega" fontWeight="semiBold" tag="p">
        {formatMessage(
          { id: getTranslation(`history.action.${revision.action}`), defaultMessage: `${ACTION_MESSAGES[revision.action]} by {by}` },
          { by },
        )}
      </Typography>
      <Typography variant="pi" textColor="neutral600" tag="p">
        <time dateTime={revision.at}>{formatDate(revision.at, { dateStyle: 'medium', timeStyle: 'short' })}</time>
      </Typography>
      {revision.reason && (
        <Typography variant="pi" tag="p" textColor="neutral800">
          {formatMessage({ id: getTranslation('history.reason'), defaultMessage: 'Reason: {reason}' }, { reason: revision.reason })}
        </Typography>
      )}
      {revision.changes.length > 0 && <Box tag="ul">{revision.changes.map((change) => <ChangeLine key={change.field} change={change} />)}</Box>}
    </Box>
  );
}

/** The reason the editor gives for their next save, kept on the server until that save (the Content Manager's save cannot carry it). */
function NextSaveReason({ uid, documentId, savedAt }: { uid: string; documentId: string; savedAt: unknown }) {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const { pending, allowed, keep } = usePendingReason(uid, documentId, savedAt);
  const [text, setText] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  if (!allowed) return null;

  const submit = async (reason: string) => {
    setBusy(true);
    try {
      await keep(reason);
      setText('');
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  if (pending?.reason) {
    return (
      <Box background="neutral100" hasRadius padding={3} role="status">
        <Typography variant="pi" tag="p">
          {formatMessage({ id: getTranslation('history.pending'), defaultMessage: 'Your next save will carry the reason: {reason}' }, { reason: pending.reason })}
        </Typography>
        <TextButton onClick={() => submit('')} disabled={busy}>
          {formatMessage({ id: getTranslation('history.pending.take-back'), defaultMessage: 'Take the reason back' })}
        </TextButton>
      </Box>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Field.Root
        name="security-briefings-revision-reason"
        hint={formatMessage({ id: getTranslation('history.reason.hint'), defaultMessage: 'Optional. Kept with your next save in the revision log, for the legal desk.' })}
      >
        <Field.Label>{formatMessage({ id: getTranslation('history.reason.label'), defaultMessage: 'Reason for your next save' })}</Field.Label>
        <Textarea value={text} maxLength={REASON_MAX_LENGTH} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)} disabled={busy} />
        <Field.Hint />
      </Field.Root>
      <Button variant="secondary" size="S" onClick={() => submit(text)} disabled={busy || !text.trim()} loading={busy}>
        {formatMessage({ id: getTranslation('history.reason.keep'), defaultMessage: 'Attach to my next save' })}
      </Button>
    </Flex>
  );
}

function History({ uid, documentId, savedAt }: { uid: string; documentId: string; savedAt: unknown }) {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const history = useRevisionHistory(uid, documentId, savedAt);
  const download = useRevisionExport();
  const [exporting, setExporting] = React.useState(false);

  const exportCsv = async () => {
    setExporting(true);
    try {
      saveDownload(await download({ contentType: uid, documentId }), `revision-log-${documentId}.csv`);
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <NextSaveReason uid={uid} documentId={documentId} savedAt={savedAt} />
      {history.allowed && (
        <>
          {history.revisions.length === 0 && !history.loading && (
            <Typography variant="pi" textColor="neutral600">
              {formatMessage({ id: getTranslation('history.none'), defaultMessage: 'No change recorded yet.' })}
            </Typography>
          )}
          <Box tag="ol" aria-label={formatMessage({ id: getTranslation('history.list'), defaultMessage: 'Changes, newest first' })}>
            {history.revisions.map((revision) => (
              <HistoryEntry key={revision.id} revision={revision} />
            ))}
          </Box>
          {history.hasMore && (
            <TextButton onClick={history.loadMore} disabled={history.loading}>
              {formatMessage({ id: getTranslation('history.more'), defaultMessage: 'Show older changes' })}
            </TextButton>
          )}
          <Button variant="tertiary" startIcon={<Download />} onClick={exportCsv} loading={exporting} disabled={exporting} fullWidth>
            {formatMessage({ id: getTranslation('history.export'), defaultMessage: 'Export the log as CSV' })}
          </Button>
        </>
      )}
    </Flex>
  );
}

/** Side panel of the briefing, actor and place edit views: the record's revision log, newest first, and the reason for the next save. */
export const HistoryPanel: PanelComponent = ({ model, documentId, document, meta }) => {
  const { formatMessage } = useIntl();
  if (!LOGGED_TYPES.includes(model) || !documentId) return null;
  // Read again after a save, a publish, an unpublish or a discard: each moves one of these.
  const record = document as { updatedAt?: unknown; publishedAt?: unknown; status?: unknown } | undefined;
  const savedAt = JSON.stringify([record?.updatedAt, record?.publishedAt, record?.status, meta?.availableStatus?.map((version) => version.updatedAt)]);
  return {
    title: formatMessage({ id: getTranslation('history.title'), defaultMessage: 'History' }),
    content: <History uid={model} documentId={documentId} savedAt={savedAt} />,
  };
};
