import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import {
  TLP_MARKINGS,
  VERIFICATION_LEVELS,
  publishingVerification,
  type Source,
  type TlpMarking,
  type Verification,
  type VerificationOptions,
} from '@security-briefings/entities';
import { BRIEFING } from '../../../shared/identity';
import { VERIFICATION_LABELS, useVocabularyLabel, verificationDescription } from '../labels/vocabularies';
import { useVerificationRule } from '../services/verification';
import { getTranslation } from '../utils/translations';

/** Why the sources give this level, in the editor's words (the entities rule counted them). */
function useReason(verification: Verification): string {
  const { formatMessage } = useIntl();
  const said = useVocabularyLabel();
  const { confirmedBy, independentSources, anonymousSources } = verification;
  if (confirmedBy) {
    return formatMessage(
      { id: getTranslation('edit-view.verification.confirmed-by'), defaultMessage: '{kind} source graded {grade}: {name}.' },
      { kind: said('source-kind', confirmedBy.kind), grade: confirmedBy.reliability, name: confirmedBy.name },
    );
  }
  if (independentSources === 0 && anonymousSources === 0) {
    return formatMessage({ id: getTranslation('edit-view.verification.none'), defaultMessage: 'No sources yet.' });
  }
  return formatMessage(
    {
      id: getTranslation('edit-view.verification.counted'),
      defaultMessage:
        '{independent, plural, =0 {No named source} one {# independent source} other {# independent sources}}{anonymous, plural, =0 {} one { and # anonymous source (anonymous sources never corroborate)} other { and # anonymous sources (anonymous sources never corroborate)}}.',
    },
    { independent: independentSources, anonymous: anonymousSources },
  );
}

/** The verification level as the form stands (not as last saved), why, and whether it is enough to publish at this marking. */
export function BriefingVerification({ options }: { options: VerificationOptions }) {
  const { formatMessage } = useIntl();
  const values = useForm('BriefingVerification', (state) => state.values) as { sources?: Source[]; marking?: TlpMarking | null };
  const { verification, required, enough } = React.useMemo(
    () => publishingVerification({ marking: values.marking, sources: values.sources }, options),
    [values.marking, values.sources, options],
  );
  const reason = useReason(verification);
  const label = (level: Verification['level']) => formatMessage(VERIFICATION_LABELS.label(VERIFICATION_LEVELS.term(level)));

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%" aria-live="polite">
      <Typography variant="omega" fontWeight="bold" data-level={verification.level}>
        {label(verification.level)}
      </Typography>
      <Typography variant="pi" textColor="neutral800">
        {reason}
      </Typography>
      {required && values.marking && (
        <Typography variant="pi" textColor={enough ? 'neutral800' : 'danger600'}>
          {enough
            ? formatMessage(
                { id: getTranslation('edit-view.verification.enough'), defaultMessage: 'Enough to publish as {marking}, which needs {required}.' },
                { marking: TLP_MARKINGS.label(values.marking), required: label(required).toLowerCase() },
              )
            : formatMessage(
                { id: getTranslation('edit-view.verification.not-enough'), defaultMessage: '{marking} needs {required} to be published: {description}' },
                { marking: TLP_MARKINGS.label(values.marking), required: label(required).toLowerCase(), description: formatMessage(verificationDescription(required)!) },
              )}
        </Typography>
      )}
    </Flex>
  );
}

function VerificationContent() {
  const options = useVerificationRule();
  return <BriefingVerification options={options} />;
}

/** Side panel of the briefing edit view: how well the facts are established, derived from the sources. */
export const VerificationPanel: PanelComponent = ({ model }) => {
  const { formatMessage } = useIntl();
  if (model !== BRIEFING) return null;
  return {
    title: formatMessage({ id: getTranslation('edit-view.verification.title'), defaultMessage: 'Verification' }),
    content: <VerificationContent />,
  };
};
