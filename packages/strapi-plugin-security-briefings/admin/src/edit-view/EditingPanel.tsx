import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { Information, WarningCircle } from '@strapi/icons';
import { useForm } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { ACTOR, BRIEFING, PLACE } from '../../../shared/identity';
import type { RecordedSave } from '../../../shared/contracts/editing';
import { useEditing } from '../services/editing';
import { getTranslation } from '../utils/translations';

const EDITED_TYPES: string[] = [BRIEFING, ACTOR, PLACE];

type FormValues = Record<string, unknown>;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** How long after a refused save the Content Manager's reload of the record is waited for. */
const RELOAD_WAIT_MS = 10_000;

/**
 * Keeps the editor's edits when a save is refused because someone else saved first. On a save the
 * Content Manager makes the form's values its new starting point, then reloads the record, refused
 * saves included, and replaces the form with it: the form would show the other editor's version and
 * drop this editor's edits. So the fields this editor had changed when they saved are put back on
 * top of the reloaded version, when the save was refused (the form then holds the server's errors);
 * the fields only the other editor changed keep their new values. Returns the fields put back.
 */
function useKeptEdits(): string[] {
  const values = useForm('EditingPanel', (state) => state.values) as FormValues;
  const initialValues = useForm('EditingPanel', (state) => state.initialValues) as FormValues;
  const errors = useForm('EditingPanel', (state) => state.errors) as Record<string, unknown>;
  const onChange = useForm('EditingPanel', (state) => state.onChange);
  const last = React.useRef({ values, initialValues });
  const saving = React.useRef<{ edits: FormValues; at: number } | null>(null);
  const [kept, setKept] = React.useState<string[]>([]);
  React.useEffect(() => {
    const before = last.current;
    last.current = { values, initialValues };
    if (before.initialValues === initialValues) return;
    const attempt = saving.current;
    if (attempt && Date.now() - attempt.at < RELOAD_WAIT_MS && Object.keys(errors).length > 0) {
      // The record was reloaded after a refused save: put the editor's edits back (again, if it is reloaded twice).
      const putBack = Object.keys(attempt.edits).filter((field) => !same(values[field], attempt.edits[field]));
      for (const field of putBack) onChange(field, attempt.edits[field]);
      if (putBack.length > 0) setKept(putBack);
      return;
    }
    if (same(initialValues, before.values)) {
      // A save: the form's values became its starting point. Remember what the editor had changed.
      const edits = Object.keys(before.values).filter((field) => !same(before.values[field], before.initialValues[field]));
      saving.current = edits.length ? { edits: Object.fromEntries(edits.map((field) => [field, before.values[field]])), at: Date.now() } : null;
    }
  }, [values, initialValues, errors, onChange]);
  return kept;
}

function Notice({ tone, children }: { tone: 'warning' | 'neutral'; children: React.ReactNode }) {
  const Icon = tone === 'warning' ? WarningCircle : Information;
  return (
    <Box background={tone === 'warning' ? 'warning100' : 'neutral100'} borderColor={tone === 'warning' ? 'warning200' : 'neutral200'} hasRadius padding={3} role="status">
      <Flex gap={2} alignItems="flex-start">
        <Icon aria-hidden width="1.2rem" height="1.2rem" fill={tone === 'warning' ? 'warning600' : 'neutral600'} />
        <Typography variant="omega">{children}</Typography>
      </Flex>
    </Box>
  );
}

/** Who else has the record open, what was saved since this form was loaded, and which of this editor's edits were kept. */
export function EditingNotices({ others, savedSince, kept }: { others: { name: string; since: string }[]; savedSince: RecordedSave[]; kept: string[] }) {
  const { formatMessage, formatTime, formatList } = useIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%" aria-live="polite">
      {others.map((other) => (
        <Notice tone="neutral" key={`${other.name}-${other.since}`}>
          {formatMessage(
            { id: getTranslation('edit-view.editing.open'), defaultMessage: '{name} has this open (since {since}).' },
            { name: other.name, since: formatTime(other.since, { hour: '2-digit', minute: '2-digit' }) },
          )}
        </Notice>
      ))}
      {savedSince.map((save) => (
        <Notice tone="warning" key={save.savedAt}>
          {formatMessage(
            {
              id: getTranslation('edit-view.editing.saved-since'),
              defaultMessage: '{name} saved changes to {fields} at {time}, after you opened this. Your next save will be refused so as not to overwrite them; the form then shows their changes with yours kept on top.',
            },
            {
              name: save.by?.name ?? formatMessage({ id: getTranslation('edit-view.editing.api-client'), defaultMessage: 'An API client' }),
              fields: save.labels.length ? formatList(save.labels, { type: 'conjunction' }) : '-',
              time: formatTime(save.savedAt, { hour: '2-digit', minute: '2-digit' }),
            },
          )}
        </Notice>
      ))}
      {kept.length > 0 && savedSince.length === 0 && (
        <Notice tone="warning">
          {formatMessage(
            {
              id: getTranslation('edit-view.editing.kept'),
              defaultMessage: 'The form now shows the latest saved version, with your unsaved changes to {fields} kept on top. Check them, then save.',
            },
            { fields: formatList(kept, { type: 'conjunction' }) },
          )}
        </Notice>
      )}
    </Flex>
  );
}

/** Side panel of a briefing's (actor's, place's) edit view: two editors on one record lose nothing. */
export const EditingPanel: PanelComponent = ({ model, documentId, document, activeTab }) => {
  const { formatMessage } = useIntl();
  // The published tab is read-only: only the draft's form saves.
  const loadedAt = activeTab === 'published' ? undefined : ((document as { updatedAt?: string } | undefined)?.updatedAt ?? undefined);
  const editing = useEditing(model, EDITED_TYPES.includes(model) ? documentId : undefined, loadedAt);
  const kept = useKeptEdits();
  if (!EDITED_TYPES.includes(model) || !documentId || !editing) return null;
  if (editing.others.length === 0 && editing.savedSince.length === 0 && kept.length === 0) return null;
  return {
    title: formatMessage({ id: getTranslation('edit-view.editing.title'), defaultMessage: 'Editing now' }),
    content: <EditingNotices others={editing.others} savedSince={editing.savedSince} kept={kept} />,
  };
};

/** Puts the panel first in the edit view's side panels of briefings, actors and places. */
export function registerEditingPanel(app: { getPlugin(id: string): unknown }) {
  const contentManager = app.getPlugin('content-manager') as { apis: { addEditViewSidePanel(panels: unknown[]): void } } | undefined;
  contentManager?.apis.addEditViewSidePanel([EditingPanel]);
}
