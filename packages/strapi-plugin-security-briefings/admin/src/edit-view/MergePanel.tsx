import * as React from 'react';
import { Box, Button, Dialog, Field, Flex, Link, Loader, Textarea, TextInput, Typography } from '@strapi/design-system';
import { unstable_useDocument as useDocument, useQueryParams } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { TLP_MARKINGS } from '@security-briefings/entities';
import { MergeBriefings, type MergeBriefingRef, type MergeState } from '../../../shared/contracts/merge';
import { BRIEFING } from '../../../shared/identity';
import { reasonText } from './CandidatesPanel';
import { editPath } from '../overview/BriefingsTable';
import { useMergeService } from '../services/merge';
import { errorMessage } from '../utils/errors';
import { getTranslation } from '../utils/translations';

/** The longest reason the merge route takes (its body's schema says so). */
const REASON_MAX_LENGTH = MergeBriefings.body.shape.reason.unwrap().maxLength ?? 500;
/** The design system resets lists: the consequences and counts read as a bulleted list again. */
const BULLETS: React.CSSProperties = { listStyleType: 'disc' };
/** Typing pauses this long before the briefings are searched. */
const SEARCH_DELAY_MS = 300;

/**
 * Why the server refused the merge: each problem its ValidationError lists (`error.details.errors`,
 * without the field name its one-line message starts with), else the server's message as for any request.
 */
export function refusalText(error: unknown): string {
  const listed = (error as { response?: { data?: { error?: { details?: { errors?: unknown } } } } } | null)?.response?.data?.error
    ?.details?.errors;
  const messages = Array.isArray(listed)
    ? listed
        .map((problem) => (problem as { message?: unknown } | null)?.message)
        .filter((message): message is string => typeof message === 'string' && message !== '')
    : [];
  return messages.length > 0 ? messages.join(' ') : errorMessage(error);
}

/** The marking as the desk reads it, or that there is none. */
function useMarkingText() {
  const { formatMessage } = useIntl();
  return (marking: MergeBriefingRef['marking']) =>
    marking
      ? TLP_MARKINGS.label(marking)
      : formatMessage({ id: getTranslation('merge.no-marking'), defaultMessage: 'No marking' });
}

/** A briefing's title, linked to its edit view. */
function BriefingLink({ briefing, id }: { briefing: MergeBriefingRef; id?: string }) {
  return (
    <Link tag={RouterLink} to={editPath(briefing.documentId)} id={id}>
      {briefing.title}
    </Link>
  );
}

/** What the briefing kept received, one line per kind that moved. */
function MovedLines({ moved }: { moved: MergeBriefings.Moved }) {
  const { formatMessage } = useIntl();
  const lines = [
    formatMessage(
      {
        id: getTranslation('merge.moved.actor-roles'),
        defaultMessage: '{count, plural, one {# actor role} other {# actor roles}}',
      },
      { count: moved.actorRoles },
    ),
    formatMessage(
      { id: getTranslation('merge.moved.quotes'), defaultMessage: '{count, plural, one {# quote} other {# quotes}}' },
      { count: moved.quotes },
    ),
    formatMessage(
      { id: getTranslation('merge.moved.sources'), defaultMessage: '{count, plural, one {# source} other {# sources}}' },
      { count: moved.sources },
    ),
    formatMessage(
      { id: getTranslation('merge.moved.places'), defaultMessage: '{count, plural, one {# place} other {# places}}' },
      { count: moved.places },
    ),
    formatMessage(
      { id: getTranslation('merge.moved.articles'), defaultMessage: '{count, plural, one {# article} other {# articles}}' },
      { count: moved.articles },
    ),
  ];
  const total = moved.actorRoles + moved.quotes + moved.sources + moved.places + moved.articles;
  if (total === 0) {
    return (
      <Typography variant="pi" tag="p">
        {formatMessage({
          id: getTranslation('merge.moved.none'),
          defaultMessage: 'Nothing moved: the briefing kept already had all of it.',
        })}
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="pi" tag="p">
        {formatMessage({
          id: getTranslation('merge.moved'),
          defaultMessage: 'Moved to the briefing kept (what it already had is not counted):',
        })}
      </Typography>
      <Box tag="ul" paddingLeft={5} style={BULLETS}>
        {lines.map((line) => (
          <Typography key={line} variant="pi" tag="li">
            {line}
          </Typography>
        ))}
      </Box>
    </>
  );
}

interface MergeActionProps {
  /** The briefing being edited, the duplicate. */
  duplicateTitle: string;
  target: MergeBriefingRef;
  /** The id of the element that names the target, for the button's description. */
  describedBy: string;
  disabled: boolean;
  onMerge(target: MergeBriefingRef, reason: string | undefined): Promise<boolean>;
  /** Where focus goes once the merge is done (the dialog's button is gone then). */
  focusAfterMerge(): boolean;
}

/** "Merge into this briefing…", and the dialog that says plainly what merging does before it is done. */
function MergeAction({ duplicateTitle, target, describedBy, disabled, onMerge, focusAfterMerge }: MergeActionProps) {
  const { formatMessage } = useIntl();
  const [open, setOpen] = React.useState(false);
  const [reason, setReason] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const names = { duplicate: duplicateTitle, target: target.title };

  const confirm = async () => {
    setBusy(true);
    try {
      await onMerge(target, reason.trim() || undefined);
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };

  const consequences = [
    formatMessage(
      {
        id: getTranslation('merge.confirm.moves'),
        defaultMessage:
          'The actor roles, quotes, sources, places and articles of “{duplicate}” move to “{target}”; what “{target}” already has is not added twice.',
      },
      names,
    ),
    formatMessage(
      {
        id: getTranslation('merge.confirm.pointer'),
        defaultMessage: '“{duplicate}” is unpublished and kept as a record that points to “{target}”.',
      },
      names,
    ),
    formatMessage(
      {
        id: getTranslation('merge.confirm.redirect'),
        defaultMessage: 'The public address of “{duplicate}” will redirect to “{target}”.',
      },
      names,
    ),
    formatMessage(
      {
        id: getTranslation('merge.confirm.draft'),
        defaultMessage: '“{target}” changes as a draft: review it and publish it as any change.',
      },
      names,
    ),
  ];

  return (
    <Dialog.Root open={open} onOpenChange={(next) => !busy && setOpen(next)}>
      <Dialog.Trigger>
        <Button variant="secondary" size="S" disabled={disabled} aria-describedby={describedBy}>
          {formatMessage({ id: getTranslation('merge.action'), defaultMessage: 'Merge into this briefing…' })}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content
        onCloseAutoFocus={(event) => {
          if (focusAfterMerge()) event.preventDefault();
        }}
      >
        <Dialog.Header>
          {formatMessage({ id: getTranslation('merge.confirm.title'), defaultMessage: 'Merge into “{target}”?' }, names)}
        </Dialog.Header>
        <Dialog.Body>
          <Flex direction="column" alignItems="stretch" gap={3} width="100%">
            <Dialog.Description>
              {formatMessage(
                { id: getTranslation('merge.confirm.description'), defaultMessage: 'Merging “{duplicate}” into “{target}”:' },
                names,
              )}
            </Dialog.Description>
            <Box tag="ul" paddingLeft={5} style={BULLETS}>
              {consequences.map((line) => (
                <Box key={line} tag="li" paddingBottom={2}>
                  <Typography variant="omega">{line}</Typography>
                </Box>
              ))}
            </Box>
            <Field.Root
              name="security-briefings-merge-reason"
              hint={formatMessage({
                id: getTranslation('merge.reason.hint'),
                defaultMessage: 'Optional. Kept in the revision log of both briefings.',
              })}
            >
              <Field.Label>
                {formatMessage({ id: getTranslation('merge.reason.label'), defaultMessage: 'Reason for the merge' })}
              </Field.Label>
              <Textarea
                value={reason}
                maxLength={REASON_MAX_LENGTH}
                disabled={busy}
                onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReason(event.target.value)}
              />
              <Field.Hint />
            </Field.Root>
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary" disabled={busy}>
              {formatMessage({ id: getTranslation('merge.confirm.cancel'), defaultMessage: 'Cancel' })}
            </Button>
          </Dialog.Cancel>
          <Button fullWidth variant="danger-light" loading={busy} disabled={busy} onClick={confirm}>
            {formatMessage({ id: getTranslation('merge.confirm.merge'), defaultMessage: 'Merge' })}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
}

type TargetListProps = Omit<MergeActionProps, 'target' | 'describedBy'> & {
  targets: Array<MergeBriefingRef & { reasons?: MergeState.Suggestion['reasons'] }>;
  label: string;
  idPrefix: string;
};

/** Briefings the editor may merge this one into, each with its marking, why it was suggested, and the action. */
function TargetList({ targets, label, idPrefix, ...action }: TargetListProps) {
  const markingText = useMarkingText();
  const intl = useIntl();
  return (
    <Flex tag="ul" aria-label={label} direction="column" alignItems="stretch" gap={2}>
      {targets.map((target, index) => {
        const titleId = `${idPrefix}-${index}`;
        return (
          <Box
            tag="li"
            key={target.documentId}
            padding={2}
            hasRadius
            borderColor="neutral200"
            borderStyle="solid"
            borderWidth="1px"
          >
            <BriefingLink briefing={target} id={titleId} />
            <Typography variant="pi" textColor="neutral600" tag="p">
              {markingText(target.marking)}
            </Typography>
            {target.reasons?.length ? (
              <Typography variant="pi" tag="p">
                {target.reasons.map((reason) => reasonText(reason, intl)).join('; ')}
              </Typography>
            ) : null}
            <Box paddingTop={2}>
              <MergeAction {...action} target={target} describedBy={titleId} />
            </Box>
          </Box>
        );
      })}
    </Flex>
  );
}

type Search =
  | { name: 'idle' }
  | { name: 'searching' }
  | { name: 'failed'; message: string }
  | { name: 'found'; briefings: MergeBriefingRef[] };

/** Any other briefing, found by its title through the Content Manager's own list. */
function useBriefingSearch(text: string, exclude: string[]): Search {
  const service = useMergeService();
  const [search, setSearch] = React.useState<Search>({ name: 'idle' });
  const excluded = exclude.join('\n');
  React.useEffect(() => {
    const query = text.trim();
    if (query.length < 2) {
      setSearch({ name: 'idle' });
      return;
    }
    let current = true;
    setSearch({ name: 'searching' });
    const timer = setTimeout(() => {
      service.find(query).then(
        (briefings) =>
          current &&
          setSearch({
            name: 'found',
            briefings: briefings.filter((briefing) => !excluded.split('\n').includes(briefing.documentId)),
          }),
        (error) => current && setSearch({ name: 'failed', message: errorMessage(error) }),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [service, text, excluded]);
  return search;
}

interface MergeContentProps {
  documentId: string;
  title: string;
  /** Read again when it changes (after a save, a publish…). */
  savedAt: unknown;
  /** Called once a merge is done, for the edit view to read the briefing again. */
  onMerged?(): void;
}

type Read = { name: 'loading' } | { name: 'failed'; message: string } | { name: 'read'; state: MergeState.State };

/** The briefing's merges, and merging it into another briefing of the same incident. */
export function MergeContent({ documentId, title, savedAt, onMerged }: MergeContentProps) {
  const { formatMessage, formatDate } = useIntl();
  const service = useMergeService();
  const [read, setRead] = React.useState<Read>({ name: 'loading' });
  const [reads, setReads] = React.useState(0);
  const [merged, setMerged] = React.useState<{ result: MergeBriefings.Result; target: MergeBriefingRef } | null>(null);
  const [failed, setFailed] = React.useState<string | null>(null);
  const [query, setQuery] = React.useState('');
  const resultRef = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => {
    let current = true;
    service.state(documentId).then(
      (state) => current && setRead({ name: 'read', state }),
      (error) => current && setRead({ name: 'failed', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [service, documentId, savedAt, reads]);

  const state = read.name === 'read' ? read.state : null;
  const excluded = [documentId, ...(state?.duplicates.map((duplicate) => duplicate.documentId) ?? [])];
  const search = useBriefingSearch(query, excluded);

  const onMerge = async (target: MergeBriefingRef, reason: string | undefined) => {
    setFailed(null);
    try {
      const result = await service.merge({
        duplicateDocumentId: documentId,
        intoDocumentId: target.documentId,
        ...(reason ? { reason } : {}),
      });
      setMerged({ result, target });
      setReads((n) => n + 1);
      onMerged?.();
      return true;
    } catch (error) {
      setFailed(refusalText(error));
      return false;
    }
  };
  const focusAfterMerge = () => {
    if (!resultRef.current) return false;
    resultRef.current.focus();
    return true;
  };
  // The dialog may be gone with its section before it can hand focus back: the result takes it.
  React.useEffect(() => {
    if (merged) setTimeout(() => resultRef.current?.focus(), 0);
  }, [merged]);

  const date = (at: string | null) => (at ? formatDate(at, { dateStyle: 'medium' }) : null);

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="merge-panel">
      {read.name === 'loading' ? (
        <Loader small>
          {formatMessage({ id: getTranslation('merge.loading'), defaultMessage: 'Reading the briefing’s merges…' })}
        </Loader>
      ) : null}
      {read.name === 'failed' ? (
        <Typography variant="pi" textColor="danger600" tag="p" role="alert">
          {formatMessage(
            { id: getTranslation('merge.failed'), defaultMessage: 'Could not read the briefing’s merges: {message}' },
            { message: read.message },
          )}
        </Typography>
      ) : null}

      {merged ? (
        <Box ref={resultRef} tabIndex={-1} role="status" background="success100" hasRadius padding={3}>
          <Typography variant="omega" fontWeight="bold" tag="p">
            {formatMessage(
              { id: getTranslation('merge.done'), defaultMessage: 'Merged into “{target}”.' },
              { target: merged.target.title },
            )}
          </Typography>
          <MovedLines moved={merged.result.moved} />
          {merged.result.unpublished ? (
            <Typography variant="pi" tag="p">
              {formatMessage({
                id: getTranslation('merge.done.unpublished'),
                defaultMessage: 'This briefing’s published version was withdrawn.',
              })}
            </Typography>
          ) : null}
          <Box paddingTop={2}>
            <Link tag={RouterLink} to={editPath(merged.result.intoDocumentId)}>
              {formatMessage(
                { id: getTranslation('merge.done.open'), defaultMessage: 'Review and publish “{target}”' },
                { target: merged.target.title },
              )}
            </Link>
          </Box>
        </Box>
      ) : null}

      {state?.mergedInto ? (
        <Typography variant="omega" tag="p">
          {formatMessage(
            { id: getTranslation('merge.merged-into'), defaultMessage: 'Merged into {briefing} on {date}.' },
            {
              briefing: <BriefingLink key="briefing" briefing={state.mergedInto} />,
              date: state.mergedAt ? (
                <time key="date" dateTime={state.mergedAt}>
                  {date(state.mergedAt)}
                </time>
              ) : (
                '–'
              ),
            },
          )}
        </Typography>
      ) : null}

      {state && state.duplicates.length > 0 ? (
        <Box tag="section" aria-labelledby="security-briefings-merge-duplicates">
          <Typography id="security-briefings-merge-duplicates" variant="sigma" textColor="neutral600" tag="h3">
            {formatMessage({ id: getTranslation('merge.duplicates'), defaultMessage: 'Merged into this briefing' })}
          </Typography>
          <Box tag="ul" paddingTop={1}>
            {state.duplicates.map((duplicate) => (
              <Typography key={duplicate.documentId} variant="pi" tag="li">
                <BriefingLink briefing={duplicate} />
                {duplicate.mergedAt ? (
                  <>
                    {' '}
                    {formatMessage(
                      { id: getTranslation('merge.duplicates.on'), defaultMessage: '(on {date})' },
                      { date: date(duplicate.mergedAt) },
                    )}
                  </>
                ) : null}
              </Typography>
            ))}
          </Box>
        </Box>
      ) : null}

      {state && !state.mergedInto && !merged ? (
        <Box tag="section" aria-labelledby="security-briefings-merge-question">
          <Typography id="security-briefings-merge-question" variant="sigma" textColor="neutral600" tag="h3">
            {formatMessage({ id: getTranslation('merge.question'), defaultMessage: 'Is this briefing a duplicate?' })}
          </Typography>
          <Typography variant="pi" tag="p" textColor="neutral700">
            {formatMessage({
              id: getTranslation('merge.question.hint'),
              defaultMessage:
                'Merge it into the briefing to keep: everything of this one moves there, and this one stays as a pointer.',
            })}
          </Typography>
          <Flex direction="column" alignItems="stretch" gap={3} paddingTop={2}>
            {state.suggestions.length > 0 ? (
              <TargetList
                targets={state.suggestions}
                label={formatMessage({
                  id: getTranslation('merge.suggestions'),
                  defaultMessage: 'Briefings of the same incident',
                })}
                idPrefix="security-briefings-merge-suggestion"
                duplicateTitle={title}
                disabled={false}
                onMerge={onMerge}
                focusAfterMerge={focusAfterMerge}
              />
            ) : (
              <Typography variant="pi" textColor="neutral600" tag="p">
                {formatMessage({
                  id: getTranslation('merge.suggestions.none'),
                  defaultMessage: 'No other briefing seems to report this incident.',
                })}
              </Typography>
            )}
            <Field.Root
              name="security-briefings-merge-search"
              hint={formatMessage({
                id: getTranslation('merge.search.hint'),
                defaultMessage: 'Type at least two letters of its title.',
              })}
            >
              <Field.Label>
                {formatMessage({ id: getTranslation('merge.search.label'), defaultMessage: 'Find another briefing' })}
              </Field.Label>
              <TextInput
                type="search"
                value={query}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => setQuery(event.target.value)}
              />
              <Field.Hint />
            </Field.Root>
            <Box aria-live="polite">
              {search.name === 'searching' ? (
                <Loader small>
                  {formatMessage({ id: getTranslation('merge.search.searching'), defaultMessage: 'Searching…' })}
                </Loader>
              ) : null}
              {search.name === 'failed' ? (
                <Typography variant="pi" textColor="danger600" tag="p">
                  {formatMessage(
                    { id: getTranslation('merge.search.failed'), defaultMessage: 'Could not search the briefings: {message}' },
                    { message: search.message },
                  )}
                </Typography>
              ) : null}
              {search.name === 'found' && search.briefings.length === 0 ? (
                <Typography variant="pi" textColor="neutral600" tag="p">
                  {formatMessage({
                    id: getTranslation('merge.search.none'),
                    defaultMessage: 'No other briefing has that in its title.',
                  })}
                </Typography>
              ) : null}
            </Box>
            {search.name === 'found' && search.briefings.length > 0 ? (
              <TargetList
                targets={search.briefings}
                label={formatMessage({ id: getTranslation('merge.search.results'), defaultMessage: 'Briefings found' })}
                idPrefix="security-briefings-merge-found"
                duplicateTitle={title}
                disabled={false}
                onMerge={onMerge}
                focusAfterMerge={focusAfterMerge}
              />
            ) : null}
          </Flex>
        </Box>
      ) : null}

      {failed ? (
        <Typography variant="pi" textColor="danger700" tag="p" role="alert">
          {formatMessage({ id: getTranslation('merge.refused'), defaultMessage: 'Not merged: {message}' }, { message: failed })}
        </Typography>
      ) : null}
    </Flex>
  );
}

/**
 * The Content Manager's query parameters of the edit view's own document request (as its useDoc reads
 * them: the plugins' options spread out), so that reading the briefing again after a merge refreshes
 * the document the edit view shows.
 */
function documentParams(query: Record<string, unknown> | undefined) {
  if (!query) return query;
  const { plugins, ...rest } = query as { plugins?: Record<string, unknown> };
  return Object.assign(
    rest,
    ...Object.values(plugins ?? {}).filter((options) => typeof options === 'object' && options !== null),
  ) as Record<string, unknown>;
}

function MergeLoader(props: Omit<MergeContentProps, 'onMerged'>) {
  const [{ query }] = useQueryParams();
  const params = React.useMemo(() => documentParams(query as Record<string, unknown>), [query]);
  // The merge unpublishes this briefing: the edit view's status and values are read again.
  const { refetch } = useDocument({ collectionType: 'collection-types', model: BRIEFING, documentId: props.documentId, params });
  return <MergeContent {...props} onMerged={refetch} />;
}

/** Side panel of a saved briefing's edit view: the briefings merged into it, or merging it into the briefing of its incident to keep. */
export const MergePanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  if (model !== BRIEFING || !documentId) return null;
  const record = document as { title?: unknown; updatedAt?: unknown; publishedAt?: unknown } | undefined;
  return {
    title: formatMessage({ id: getTranslation('merge.title'), defaultMessage: 'Duplicates' }),
    content: (
      <MergeLoader
        documentId={documentId}
        title={typeof record?.title === 'string' && record.title ? record.title : documentId}
        savedAt={JSON.stringify([record?.updatedAt, record?.publishedAt])}
      />
    ),
  };
};
