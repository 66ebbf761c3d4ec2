import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { TLP_MARKINGS } from '@security-briefings/entities';
import { BRIEFING } from '../../../shared/identity';
import { useProtection, type Protection } from '../services/protection';
import { getTranslation } from '../utils/translations';

/** Who the published version reaches now, and a notice when saving the draft raised its protection at once. */
export function PublishedProtection({ protection }: { protection: Protection }) {
  const { formatMessage } = useIntl();
  const marking = protection.published?.marking;
  const raised = protection.raised;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      {raised && (
        <Box background="warning100" borderColor="warning200" hasRadius padding={3} role="status">
          <Flex gap={2} alignItems="flex-start">
            <WarningCircle aria-hidden width="1.2rem" height="1.2rem" fill="warning600" />
            <Typography variant="omega">
              {raised.to &&
                formatMessage(
                  {
                    id: getTranslation('edit-view.protection.raised'),
                    defaultMessage: 'Saving raised the published version from {from} to {to}: readers {to} excludes stopped seeing it at once.',
                  },
                  { from: raised.from ? TLP_MARKINGS.label(raised.from) : '-', to: TLP_MARKINGS.label(raised.to) },
                )}{' '}
              {raised.sources > 0 &&
                formatMessage(
                  {
                    id: getTranslation('edit-view.protection.sources'),
                    defaultMessage: '{count, plural, one {# source is} other {# sources are}} now anonymous in the published version too.',
                  },
                  { count: raised.sources },
                )}
            </Typography>
          </Flex>
        </Box>
      )}
      <Typography variant="pi" textColor="neutral600">
        {marking
          ? formatMessage(
              { id: getTranslation('edit-view.protection.published'), defaultMessage: 'Published version: {marking}. {rule}' },
              { marking: TLP_MARKINGS.label(marking), rule: TLP_MARKINGS.term(marking).description },
            )
          : formatMessage({ id: getTranslation('edit-view.protection.unmarked'), defaultMessage: 'The published version has no marking: nobody outside the admin sees it.' })}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({
          id: getTranslation('edit-view.protection.rule'),
          defaultMessage: 'A stricter marking or a source made anonymous applies to the published version when you save; a looser marking waits for Publish.',
        })}
      </Typography>
    </Flex>
  );
}

function ProtectionContent({ documentId, savedAt }: { documentId: string; savedAt: unknown }) {
  const protection = useProtection(documentId, savedAt);
  if (!protection?.published) return null;
  return <PublishedProtection protection={protection} />;
}

/** Side panel of a published briefing's edit view: who sees the published version now. */
export const ProtectionPanel: PanelComponent = ({ model, documentId, document, meta }) => {
  const { formatMessage } = useIntl();
  const isPublished = Boolean(meta?.availableStatus?.some((version) => version.publishedAt) || (document as any)?.publishedAt);
  if (model !== BRIEFING || !documentId || !isPublished) return null;
  return {
    title: formatMessage({ id: getTranslation('edit-view.protection.title'), defaultMessage: 'Who sees the published version' }),
    content: <ProtectionContent documentId={documentId} savedAt={(document as any)?.updatedAt} />,
  };
};
