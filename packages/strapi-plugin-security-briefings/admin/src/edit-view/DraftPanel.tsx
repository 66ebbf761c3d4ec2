import * as React from 'react';
import { Alert, Badge, Box, Button, Checkbox, Field, Flex, Loader, Textarea, TextInput, Typography } from '@strapi/design-system';
import { unstable_useContentManagerContext as useContentManagerContext, useForm } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import type { CreateDraft } from '../../../shared/contracts/draft';
import { BRIEFING } from '../../../shared/identity';
import { useDraftService, type LinkedArticle } from '../services/draft';
import { errorMessage } from '../utils/errors';
import { getTranslation } from '../utils/translations';
import { useApplyDraft } from './use-apply-draft';
import { useVocabularyLabel } from '../labels/vocabularies';
import { SameIncidentCandidates } from './CandidatesPanel';

/** Past this many characters the panel says how much it is reading: the server needs a moment. */
export const LARGE_TEXT = 5_000;

type Phase =
  | { name: 'idle' }
  | { name: 'reading'; words: number }
  | { name: 'failed'; message: string }
  | { name: 'ready' }
  | { name: 'applying' }
  | { name: 'applied'; fields: number; created: number };

const today = () => new Date().toISOString().slice(0, 10);
const countWords = (text: string) => (text.trim() ? text.trim().split(/\s+/).length : 0);

/** Suggestions chosen at first: everything but the extra dates (the incident carries its own). */
const defaultSelection = (draft: CreateDraft.Draft) =>
  new Set<string>([
    'incident',
    ...[...draft.actorRoles, ...draft.places, ...draft.quotes, ...draft.sources].map((suggestion) => suggestion.key),
  ]);

function linkedInForm(value: unknown): { documentId: string; title: string } | null {
  const first = value && typeof value === 'object' && Array.isArray((value as any).connect) ? (value as any).connect[0] : undefined;
  return first?.documentId ? { documentId: first.documentId, title: first.label ?? first.title ?? first.documentId } : null;
}

export interface DraftFromArticleProps {
  model: string;
  documentId?: string;
  saved?: Record<string, any> | null;
  /** The model of the article type, when the briefing links to one (it has a sourceArticle field). */
  articleModel?: string | null;
}

/** Reads an article (pasted, or the linked one) and fills the briefing form with the suggestions the editor keeps. */
export function DraftFromArticle({ model, documentId, saved, articleModel = null }: DraftFromArticleProps) {
  const { formatMessage } = useIntl();
  const said = useVocabularyLabel();
  const drafts = useDraftService();
  const applyDraft = useApplyDraft();
  const values = useForm('DraftFromArticle', (state) => state.values) as Record<string, any>;
  const onChange = useForm('DraftFromArticle', (state) => state.onChange);
  const [text, setText] = React.useState('');
  const [publishedAt, setPublishedAt] = React.useState(today);
  const [phase, setPhase] = React.useState<Phase>({ name: 'idle' });
  const [draft, setDraft] = React.useState<CreateDraft.Draft | null>(null);
  const [selected, setSelected] = React.useState<Set<string>>(new Set());
  const [replace, setReplace] = React.useState(false);
  const [savedArticle, setSavedArticle] = React.useState<{ documentId: string; title: string } | null>(null);
  const [furtherArticles, setFurtherArticles] = React.useState<LinkedArticle[]>([]);

  const hasArticleField = 'sourceArticle' in values;
  const article = linkedInForm(values.sourceArticle) ?? savedArticle;

  // The article a saved briefing links to is not in the form (it holds only changes): ask the Content Manager.
  React.useEffect(() => {
    if (!hasArticleField || !documentId) return;
    let current = true;
    drafts.linkedArticle(model, documentId).then(
      (found) => current && setSavedArticle(found),
      () => current && setSavedArticle(null),
    );
    // Further reports of the incident: their suggestions are what they add, applied only as the editor ticks them.
    drafts.furtherArticles(model, documentId).then(
      (found) => current && setFurtherArticles(found),
      () => current && setFurtherArticles([]),
    );
    return () => {
      current = false;
    };
  }, [drafts, model, documentId, hasArticleField]);

  const read = async (body: CreateDraft.Body, words: number) => {
    setPhase({ name: 'reading', words });
    try {
      const result = await drafts.readArticle(body);
      setDraft(result);
      setSelected(defaultSelection(result));
      setPhase({ name: 'ready' });
    } catch (error) {
      setPhase({ name: 'failed', message: errorMessage(error) });
    }
  };

  /** A suggestion's checkbox: ticked when chosen, and choosing or dropping it. */
  const choice = (key: string) => ({
    checked: selected.has(key),
    onChange: (on: boolean) =>
      setSelected((current) => {
        const next = new Set(current);
        if (on) next.add(key);
        else next.delete(key);
        return next;
      }),
  });

  const apply = async () => {
    if (!draft) return;
    setPhase({ name: 'applying' });
    try {
      const applied = await applyDraft(draft, { selected, replace }, { values, saved, articleModel });
      for (const change of applied.changes) onChange(change.path, change.value);
      setPhase({ name: 'applied', fields: applied.changes.length, created: applied.created });
      setDraft(applied.draft);
    } catch (error) {
      setPhase({ name: 'failed', message: errorMessage(error) });
    }
  };

  const busy = phase.name === 'reading' || phase.name === 'applying';
  const words = countWords(text);

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      {/* Before drafting, the briefings that may already report the article's incident. */}
      {article ? <SameIncidentCandidates articleDocumentId={article.documentId} briefingDocumentId={documentId} /> : null}
      {article ? (
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: getTranslation('edit-view.draft.linked-article'), defaultMessage: 'Source article: {title}' }, { title: article.title })}
          </Typography>
          <Button variant="secondary" fullWidth disabled={busy} onClick={() => read({ articleDocumentId: article.documentId }, 0)}>
            {formatMessage({ id: getTranslation('edit-view.draft.read-article'), defaultMessage: 'Read the source article' })}
          </Button>
        </Flex>
      ) : null}

      {furtherArticles.length > 0 ? (
        <Flex tag="section" direction="column" alignItems="stretch" gap={1} aria-label={formatMessage({ id: getTranslation('edit-view.draft.further-articles'), defaultMessage: 'Further articles of this incident' })}>
          <Typography variant="pi" textColor="neutral600" tag="p">
            {formatMessage({ id: getTranslation('edit-view.draft.further-articles'), defaultMessage: 'Further articles of this incident' })}
          </Typography>
          {furtherArticles.map((further) => (
            <Button
              key={further.documentId}
              variant="tertiary"
              fullWidth
              disabled={busy}
              onClick={() => read({ articleDocumentId: further.documentId }, 0)}
            >
              {formatMessage({ id: getTranslation('edit-view.draft.read-further-article'), defaultMessage: 'Read “{title}”' }, { title: further.title })}
            </Button>
          ))}
        </Flex>
      ) : null}

      <Field.Root name="security-briefings-draft-text" hint={formatMessage({ id: getTranslation('edit-view.draft.text.hint'), defaultMessage: 'Headline on the first line, then the article.' })}>
        <Field.Label>{formatMessage({ id: getTranslation('edit-view.draft.text'), defaultMessage: 'Article text' })}</Field.Label>
        <Textarea value={text} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)} disabled={busy} />
        <Field.Hint />
      </Field.Root>
      <Field.Root name="security-briefings-draft-published-at">
        <Field.Label>{formatMessage({ id: getTranslation('edit-view.draft.published-at'), defaultMessage: 'Published on (YYYY-MM-DD)' })}</Field.Label>
        <TextInput value={publishedAt} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setPublishedAt(event.target.value)} disabled={busy} />
      </Field.Root>
      <Button fullWidth disabled={busy || !text.trim()} onClick={() => read({ text, publishedAt }, words)}>
        {formatMessage({ id: getTranslation('edit-view.draft.read-text'), defaultMessage: 'Suggest from this text' })}
      </Button>

      {phase.name === 'reading' ? (
        <Flex gap={2} role="status">
          <Loader small>{formatMessage({ id: getTranslation('edit-view.draft.reading'), defaultMessage: 'Reading…' })}</Loader>
          <Typography variant="pi">
            {phase.words >= LARGE_TEXT / 6
              ? formatMessage({ id: getTranslation('edit-view.draft.reading-words'), defaultMessage: 'Reading {count, number} words; this can take a few seconds…' }, { count: phase.words })
              : formatMessage({ id: getTranslation('edit-view.draft.reading'), defaultMessage: 'Reading…' })}
          </Typography>
        </Flex>
      ) : null}
      {phase.name === 'failed' ? (
        <Alert variant="danger" closeLabel={formatMessage({ id: getTranslation('edit-view.draft.close'), defaultMessage: 'Close' })} title={formatMessage({ id: getTranslation('edit-view.draft.failed'), defaultMessage: 'No suggestions' })} onClose={() => setPhase(draft ? { name: 'ready' } : { name: 'idle' })}>
          {formatMessage({ id: getTranslation('edit-view.draft.failed.message'), defaultMessage: '{message} Nothing you typed was lost.' }, { message: phase.message })}
        </Alert>
      ) : null}
      {phase.name === 'applied' ? (
        <Alert variant="success" closeLabel={formatMessage({ id: getTranslation('edit-view.draft.close'), defaultMessage: 'Close' })} title={formatMessage({ id: getTranslation('edit-view.draft.applied'), defaultMessage: 'Form filled' })} onClose={() => setPhase({ name: 'ready' })}>
          {formatMessage(
            { id: getTranslation('edit-view.draft.applied.message'), defaultMessage: '{fields, plural, one {# field} other {# fields}} filled, {created, plural, one {# record} other {# records}} created. Actors are added as “mentioned”: give the perpetrator, target and others their roles, then save. Nothing is saved until you do.' },
            { fields: phase.fields, created: phase.created },
          )}
        </Alert>
      ) : null}

      {draft ? (
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Group title={formatMessage({ id: getTranslation('edit-view.draft.group.incident'), defaultMessage: 'Incident' })}>
            <Suggestion
              {...choice('incident')}
              label={[
                said('acled-sub-event-type', draft.incident.subEventType),
                draft.incident.date && `${draft.incident.date} (${said('date-precision', draft.incident.datePrecision)})`,
                draft.incident.place?.name,
                draft.incident.fatalitiesAsWritten,
              ]
                .filter(Boolean)
                .join(' · ')}
              sentence={draft.incident.sentence.text}
            />
          </Group>
          <Group title={formatMessage({ id: getTranslation('edit-view.draft.group.actors'), defaultMessage: 'People and organisations' })} empty={draft.actorRoles.length === 0}>
            {draft.actorRoles.map((suggestion) => (
              <Suggestion
                key={suggestion.key}
                {...choice(suggestion.key)}
                label={[suggestion.actor.name, said('actor-role', suggestion.role), said('certainty', suggestion.certainty)].filter(Boolean).join(' · ')}
                match={suggestion.match}
                sentence={suggestion.sentence.text}
              />
            ))}
          </Group>
          <Group title={formatMessage({ id: getTranslation('edit-view.draft.group.places'), defaultMessage: 'Places' })} empty={draft.places.length === 0}>
            {draft.places.map((place) => (
              <Suggestion key={place.key} {...choice(place.key)} label={place.countryCode ? `${place.name} (${place.countryCode})` : place.name} match={place.match} sentence={place.sentence.text} />
            ))}
          </Group>
          <Group title={formatMessage({ id: getTranslation('edit-view.draft.group.quotes'), defaultMessage: 'Quotes' })} empty={draft.quotes.length === 0}>
            {draft.quotes.map((quote) => (
              <Suggestion
                key={quote.key}
                {...choice(quote.key)}
                label={`“${quote.text}” ${quote.speaker ? `(${quote.speaker.name})` : formatMessage({ id: getTranslation('edit-view.draft.no-speaker'), defaultMessage: '(speaker unknown)' })}`}
                sentence={quote.sentence.text}
              />
            ))}
          </Group>
          <Group title={formatMessage({ id: getTranslation('edit-view.draft.group.sources'), defaultMessage: 'Sources' })} empty={draft.sources.length === 0}>
            {draft.sources.map((source) => (
              <Suggestion
                key={source.key}
                {...choice(source.key)}
                label={`${
                  source.anonymous
                    ? formatMessage({ id: getTranslation('edit-view.draft.source.anonymous'), defaultMessage: 'Anonymous: {descriptor}' }, { descriptor: source.descriptor })
                    : source.name
                } (${said('source-kind', source.kind)})`}
                sentence={
                  source.sentence?.text ??
                  formatMessage({ id: getTranslation('edit-view.draft.source.outlet'), defaultMessage: 'The outlet that published the article.' })
                }
              />
            ))}
          </Group>
          <Group title={formatMessage({ id: getTranslation('edit-view.draft.group.dates'), defaultMessage: 'Dates' })} empty={draft.dates.length === 0}>
            {draft.dates.map((date) => (
              <Suggestion key={date.key} {...choice(date.key)} label={`${date.text} → ${date.date} (${date.precision})`} sentence={date.sentence.text} />
            ))}
          </Group>
          <Checkbox checked={replace} onCheckedChange={(checked: boolean | 'indeterminate') => setReplace(checked === true)}>
            {formatMessage({ id: getTranslation('edit-view.draft.replace'), defaultMessage: 'Replace what is already filled in' })}
          </Checkbox>
          <Button fullWidth disabled={busy || selected.size === 0} loading={phase.name === 'applying'} onClick={apply}>
            {formatMessage({ id: getTranslation('edit-view.draft.apply'), defaultMessage: 'Fill the form with the chosen suggestions' })}
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
}

function Group({ title, empty = false, children }: { title: string; empty?: boolean; children?: React.ReactNode }) {
  const { formatMessage } = useIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={2} tag="section" aria-label={title}>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {title}
      </Typography>
      {empty ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({ id: getTranslation('edit-view.draft.none'), defaultMessage: 'Nothing found.' })}
        </Typography>
      ) : (
        children
      )}
    </Flex>
  );
}

function Suggestion({ checked, onChange, label, sentence, match }: { checked: boolean; onChange: (on: boolean) => void; label: string; sentence: string; match?: CreateDraft.Match }) {
  const { formatMessage } = useIntl();
  return (
    <Box>
      <Checkbox checked={checked} onCheckedChange={(value: boolean | 'indeterminate') => onChange(value === true)}>
        {label}
      </Checkbox>
      <Box paddingLeft={6}>
        {match ? (
          <Badge active={match.status === 'existing'}>
            {match.status === 'existing'
              ? formatMessage({ id: getTranslation('edit-view.draft.match.existing'), defaultMessage: 'Existing: {name}' }, { name: match.name })
              : formatMessage({ id: getTranslation('edit-view.draft.match.new'), defaultMessage: 'New' })}
          </Badge>
        ) : null}
        <Typography variant="pi" textColor="neutral600" tag="p">
          {sentence}
        </Typography>
      </Box>
    </Box>
  );
}

/** Side panel of the briefing edit view: a draft from an article, suggestion by suggestion. */
export const DraftPanel: PanelComponent = ({ model, documentId, document, activeTab }) => {
  const { formatMessage } = useIntl();
  const { contentType } = useContentManagerContext();
  if (model !== BRIEFING || activeTab === 'published') return null;
  const link = (contentType?.attributes as Record<string, { target?: string }> | undefined)?.sourceArticle;
  return {
    title: formatMessage({ id: getTranslation('edit-view.draft.title'), defaultMessage: 'Draft from an article' }),
    content: <DraftFromArticle model={model} documentId={documentId} saved={document ?? null} articleModel={link?.target ?? null} />,
  };
};
