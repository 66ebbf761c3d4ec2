import * as React from 'react';
import { Box, Flex, TextButton, Typography } from '@strapi/design-system';
import { CheckCircle, WarningCircle } from '@strapi/icons';
import { useForm } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { briefingChecklist, type ChecklistItem } from '@security-briefings/entities';
import { BRIEFING } from '../../../shared/identity';
import { getTranslation } from '../utils/translations';
import { withSavedLinks } from './saved-links';
import { focusField } from './focus-field';

/** The checklist for the briefing being edited, as it stands in the form (not as last saved). */
export function BriefingChecklist({ saved, onFocusField = focusField }: { saved?: unknown; onFocusField?: (path: ChecklistItem['path']) => void }) {
  const { formatMessage } = useIntl();
  const values = useForm('BriefingChecklist', (state) => state.values);
  const items = React.useMemo(() => briefingChecklist(withSavedLinks(values, saved)), [values, saved]);
  const missing = items.filter((item) => !item.done);

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Typography variant="pi" textColor={missing.length ? 'neutral600' : 'success600'} aria-live="polite">
        {missing.length
          ? formatMessage(
              { id: getTranslation('edit-view.checklist.missing'), defaultMessage: '{count, plural, one {# thing} other {# things}} to do before publishing.' },
              { count: missing.length },
            )
          : formatMessage({ id: getTranslation('edit-view.checklist.complete'), defaultMessage: 'Ready to publish: everything the checklist asks for is there.' })}
      </Typography>
      <Box tag="ul">
        {items.map((item) => (
          <Box tag="li" key={item.key} paddingBottom={1}>
            <Flex gap={2} alignItems="flex-start">
              <Box paddingTop={1} color={item.done ? 'success600' : 'warning600'}>
                {item.done ? (
                  <CheckCircle aria-hidden width="1.2rem" height="1.2rem" fill="success600" />
                ) : (
                  <WarningCircle aria-hidden width="1.2rem" height="1.2rem" fill="warning600" />
                )}
              </Box>
              {item.done ? (
                <Typography variant="omega" textColor="neutral600" data-done="true">
                  {formatMessage({ id: getTranslation(`edit-view.checklist.${item.key}.done`), defaultMessage: DONE_MESSAGES[item.key] })}
                </Typography>
              ) : (
                <TextButton onClick={() => onFocusField(item.path)} data-field={item.field}>
                  {formatMessage({ id: getTranslation(`edit-view.checklist.${item.key}`), defaultMessage: item.message })}
                </TextButton>
              )}
            </Flex>
          </Box>
        ))}
      </Box>
    </Flex>
  );
}

const DONE_MESSAGES: Record<ChecklistItem['key'], string> = {
  marking: 'TLP marking chosen.',
  'incident-date': 'Incident date and precision given.',
  place: 'Place of the incident chosen.',
  'quotes-attributed': 'Every quote has its speaker.',
  source: 'At least one source.',
};

/** Side panel of the briefing edit view: what is still missing before the server will publish it. */
export const ChecklistPanel: PanelComponent = ({ model, document }) => {
  const { formatMessage } = useIntl();
  if (model !== BRIEFING) return null;
  return {
    title: formatMessage({ id: getTranslation('edit-view.checklist.title'), defaultMessage: 'Before publishing' }),
    content: <BriefingChecklist saved={document} />,
  };
};
