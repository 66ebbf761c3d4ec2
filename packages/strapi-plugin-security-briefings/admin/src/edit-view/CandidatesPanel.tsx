import * as React from 'react';
import { Box, Flex, Link, Loader, Typography } from '@strapi/design-system';
import { useIntl, type IntlShape } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { TLP_MARKINGS, eventTypeTerm, type SameIncidentReason } from '@security-briefings/entities';
import type { FindCandidates } from '../../../shared/contracts/candidates';
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
  const [state, setState] = React.useState<State>({ name: 'loading' });

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
                {[eventTypeTerm(candidate.eventType)?.label, candidate.incidentDate, candidate.place, candidate.marking && TLP_MARKINGS.label(candidate.marking)].filter(Boolean).join(' · ')}
              </Typography>
              <Typography variant="pi" tag="p">
                {candidate.reasons.map((reason) => reasonText(reason, intl)).join('; ')}
              </Typography>
            </Box>
          ))}
        </Flex>
      ) : null}
    </Box>
  );
}
