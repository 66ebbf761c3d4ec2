import * as React from 'react';
import { Box, Button, Flex, Link, Loader, Typography } from '@strapi/design-system';
import { useIntl, type IntlShape } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { TLP_MARKINGS, type SameIncidentReason } from '@security-briefings/entities';
import { useVocabularyLabel } from '../labels/vocabularies';
import type { FindCandidates, LinkArticle } from '../../../shared/contracts/candidates';
import { editPath } from '../overview/BriefingsTable';
import { useCandidatesService } from '../services/candidates';
import { errorMessage } from '../utils/errors';
import { getTranslation } from '../utils/translations';

/** One reason a briefing matched, in the editor's language (the server's `why` is English). */
export function reasonText(reason: SameIncidentReason, { formatMessage, formatList }: Pick<IntlShape, 'formatMessage' | 'formatList'>): string {
  switch (reason.kind) {
    case 'event-type':
      return formatMessage({ id: getTranslation('candidates.reason.event-type'), defaultMessage: 'same event type' });
    case 'date':
      return formatMessage({ id: getTranslation('candidates.reason.date'), defaultMessage: '{days, plural, =0 {same day} one {# day apart} other {# days apart}}' }, { days: reason.daysApart });
    case 'distance':
      return formatMessage({ id: getTranslation('candidates.reason.distance'), defaultMessage: '{kilometres, plural, =0 {at {place}} other {# km from {place}}}' }, { kilometres: reason.kilometres, place: reason.place });
    case 'admin1':
      return formatMessage({ id: getTranslation('candidates.reason.admin1'), defaultMessage: 'both in {admin1}' }, { admin1: reason.admin1 });
    case 'actors':
      return formatMessage({ id: getTranslation('candidates.reason.actors'), defaultMessage: 'shares {actors}' }, { actors: formatList(reason.actors, { type: 'conjunction' }) });
  }
}

/** What adding the article offers, in a few words per kind; nothing is applied. */
function Offers({ result }: { result: LinkArticle.Result }) {
  const { formatMessage, formatList } = useIntl();
  const { actors, quotes, sources, toll } = result.changes;
  const lines = [
    actors.length
      ? formatMessage({ id: getTranslation('candidates.offer.actors'), defaultMessage: 'New actors: {names}' }, { names: formatList(actors.map(({ actor }) => actor.name), { type: 'conjunction' }) })
      : null,
    quotes.length ? formatMessage({ id: getTranslation('candidates.offer.quotes'), defaultMessage: '{count, plural, one {# new quote} other {# new quotes}}' }, { count: quotes.length }) : null,
    sources.length
      ? formatMessage({ id: getTranslation('candidates.offer.sources'), defaultMessage: 'New sources: {names}' }, { names: formatList(sources.map((source) => source.name ?? source.descriptor ?? ''), { type: 'conjunction' }) })
      : null,
    toll
      ? formatMessage(
          { id: getTranslation('candidates.offer.toll'), defaultMessage: '{direction, select, higher {A higher} other {A lower}} death toll: {article} (the briefing has {briefing})' },
          { direction: toll.direction, article: toll.article, briefing: toll.briefing.max != null && toll.briefing.max !== toll.briefing.min ? `${toll.briefing.min ?? 0}–${toll.briefing.max}` : String(toll.briefing.min ?? toll.briefing.max ?? '–') },
        )
      : null,
  ].filter((line): line is string => Boolean(line));
  return (
    <Box paddingTop={2} role="status">
      <Typography variant="pi" fontWeight="bold" tag="p">
        {result.linked === 'already'
          ? formatMessage({ id: getTranslation('candidates.linked.already'), defaultMessage: 'The briefing already links this article.' })
          : formatMessage({ id: getTranslation('candidates.linked'), defaultMessage: 'Article added to the briefing; nothing else was changed. To apply what it adds, open the briefing and read the article in its “Draft from an article” panel.' })}
      </Typography>
      {lines.length ? (
        <Box tag="ul" paddingLeft={4}>
          {lines.map((line) => (
            <Typography key={line} tag="li" variant="pi">
              {line}
            </Typography>
          ))}
        </Box>
      ) : (
        <Typography variant="pi" tag="p">
          {formatMessage({ id: getTranslation('candidates.offer.none'), defaultMessage: 'The article adds nothing the briefing lacks.' })}
        </Typography>
      )}
    </Box>
  );
}

export interface SameIncidentCandidatesProps {
  /** The article the editor drafts from. */
  articleDocumentId: string;
  /** The briefing being edited, never its own candidate. */
  briefingDocumentId?: string;
}

type State = { name: 'loading' } | { name: 'failed'; message: string } | { name: 'found'; candidates: FindCandidates.Candidate[] };

/**
 * Briefings that may already report the incident of the article the editor drafts from, closest
 * first, each with why it matched: shown before the draft, so an incident is not filed twice.
 */
export function SameIncidentCandidates({ articleDocumentId, briefingDocumentId }: SameIncidentCandidatesProps) {
  const intl = useIntl();
  const { formatMessage } = intl;
  const service = useCandidatesService();
  const said = useVocabularyLabel();
  const [state, setState] = React.useState<State>({ name: 'loading' });
  const [linking, setLinking] = React.useState<string | null>(null);
  const [linked, setLinked] = React.useState<Record<string, LinkArticle.Result | { failed: string }>>({});

  const link = async (candidate: FindCandidates.Candidate) => {
    setLinking(candidate.documentId);
    try {
      const result = await service.link({ articleDocumentId, briefingDocumentId: candidate.documentId });
      setLinked((current) => ({ ...current, [candidate.documentId]: result }));
    } catch (error) {
      setLinked((current) => ({ ...current, [candidate.documentId]: { failed: errorMessage(error) } }));
    } finally {
      setLinking(null);
    }
  };

  React.useEffect(() => {
    let current = true;
    setState({ name: 'loading' });
    service.find({ articleDocumentId, ...(briefingDocumentId ? { briefingDocumentId } : {}) }).then(
      (candidates) => current && setState({ name: 'found', candidates }),
      (error) => current && setState({ name: 'failed', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [service, articleDocumentId, briefingDocumentId]);

  const heading = formatMessage({ id: getTranslation('candidates.title'), defaultMessage: 'May be the same incident' });
  return (
    <Box tag="section" aria-label={heading} data-testid="same-incident-candidates">
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {heading}
      </Typography>
      {state.name === 'loading' ? (
        <Loader small>{formatMessage({ id: getTranslation('candidates.loading'), defaultMessage: 'Looking for briefings of the same incident…' })}</Loader>
      ) : null}
      {state.name === 'failed' ? (
        <Typography variant="pi" textColor="danger600" role="alert">
          {formatMessage({ id: getTranslation('candidates.failed'), defaultMessage: 'Could not look for briefings of the same incident: {message}' }, { message: state.message })}
        </Typography>
      ) : null}
      {state.name === 'found' && state.candidates.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({ id: getTranslation('candidates.none'), defaultMessage: 'No briefing seems to report this incident yet.' })}
        </Typography>
      ) : null}
      {state.name === 'found' && state.candidates.length > 0 ? (
        <Flex tag="ol" direction="column" alignItems="stretch" gap={2} paddingTop={2}>
          {state.candidates.map((candidate) => (
            <Box tag="li" key={candidate.documentId} padding={2} hasRadius borderColor="neutral200" borderStyle="solid" borderWidth="1px">
              <Link tag={RouterLink} to={editPath(candidate.documentId)}>
                {candidate.title}
              </Link>
              <Typography variant="pi" textColor="neutral600" tag="p">
                {[said('acled-event-type', candidate.eventType), candidate.incidentDate, candidate.place, candidate.marking && TLP_MARKINGS.label(candidate.marking)].filter(Boolean).join(' · ')}
              </Typography>
              <Typography variant="pi" tag="p">
                {candidate.reasons.map((reason) => reasonText(reason, intl)).join('; ')}
              </Typography>
              {(() => {
                const outcome = linked[candidate.documentId];
                if (outcome && 'failed' in outcome) {
                  return (
                    <Typography variant="pi" textColor="danger600" tag="p" role="alert">
                      {formatMessage({ id: getTranslation('candidates.link.failed'), defaultMessage: 'The article was not added: {message}' }, { message: outcome.failed })}
                    </Typography>
                  );
                }
                if (outcome) return <Offers result={outcome} />;
                return (
                  <Box paddingTop={2}>
                    <Button variant="secondary" size="S" loading={linking === candidate.documentId} disabled={linking !== null} onClick={() => link(candidate)}>
                      {formatMessage({ id: getTranslation('candidates.link'), defaultMessage: 'Add this article to it instead' })}
                    </Button>
                  </Box>
                );
              })()}
            </Box>
          ))}
        </Flex>
      ) : null}
    </Box>
  );
}
