import * as React from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { EXPORT_FORMATS, TLP_MARKINGS, exportFileName, isPartnerMarking, type ExportFormat, type TlpMarking } from '@security-briefings/entities';
import { BRIEFING } from '../../../shared/identity';
import { useExportDownload } from '../services/exports';
import { errorMessage } from '../utils/errors';
import { getTranslation } from '../utils/translations';
import { saveDownload } from '../utils/download';

interface ExportButtonsProps {
  documentId: string;
  status: 'draft' | 'published';
  marking: TlpMarking | null | undefined;
  name: string;
}

export const ExportButtons = ({ documentId, status, marking, name }: ExportButtonsProps) => {
  const { formatMessage } = useIntl();
  const downloadExport = useExportDownload();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState<ExportFormat | null>(null);

  if (!marking) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: getTranslation('exports.no-marking'), defaultMessage: 'Choose a TLP marking to export this briefing.' })}
      </Typography>
    );
  }
  if (!isPartnerMarking(marking)) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(
          { id: getTranslation('exports.restricted'), defaultMessage: '{marking} briefings never leave the admin.' },
          { marking: TLP_MARKINGS.label(marking) },
        )}
      </Typography>
    );
  }

  const download = async (format: ExportFormat) => {
    setBusy(format);
    try {
      saveDownload(await downloadExport(documentId, format, status), exportFileName(format, name));
    } catch (error) {
      toggleNotification({
        type: 'danger',
        message: formatMessage(
          { id: getTranslation('exports.failed'), defaultMessage: 'The {format} export failed: {reason}' },
          { format: EXPORT_FORMATS[format].label, reason: errorMessage(error) },
        ),
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      {Object.values(EXPORT_FORMATS).map((format) => (
        <Button
          key={format.value}
          variant="tertiary"
          startIcon={<Download />}
          loading={busy === format.value}
          disabled={busy !== null}
          onClick={() => download(format.value)}
          fullWidth
        >
          {formatMessage({ id: getTranslation(`exports.format.${format.value}`), defaultMessage: format.label })}
        </Button>
      ))}
    </Flex>
  );
};

/** Edit-view side panel: the briefing's exports as downloads, with the same TLP rules as the API. */
export const ExportsPanel: PanelComponent = ({ model, documentId, document, activeTab }) => {
  const { formatMessage } = useIntl();
  if (model !== BRIEFING || !documentId) return null;
  return {
    title: formatMessage({ id: getTranslation('exports.title'), defaultMessage: 'Export' }),
    content: (
      <ExportButtons
        documentId={documentId}
        status={activeTab === 'published' ? 'published' : 'draft'}
        marking={(document as { marking?: TlpMarking } | undefined)?.marking}
        name={(document as { slug?: string } | undefined)?.slug || documentId}
      />
    ),
  };
};
