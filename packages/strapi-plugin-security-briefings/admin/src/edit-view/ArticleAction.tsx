import { unstable_useContentManagerContext as useContentManagerContext, useNotification } from '@strapi/strapi/admin';
import type { HeaderActionComponent } from '@strapi/content-manager/strapi-admin';
import { Feather } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import { BRIEFING_UID, editViewMessageId as id } from './constants';
import { errorMessage, useDraftApi } from './api';

/**
 * On the host app's article (the type briefings link to as their source article): creates a draft
 * briefing linked to it and opens it, where the draft panel reads the article.
 */
export const BriefingFromArticleAction: HeaderActionComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const { contentType } = useContentManagerContext();
  const api = useDraftApi();
  const navigate = useNavigate();
  const { toggleNotification } = useNotification();
  const attributes = (contentType?.attributes ?? {}) as Record<string, { target?: string; mappedBy?: string }>;
  const isArticle = model !== BRIEFING_UID && Object.values(attributes).some((a) => a.target === BRIEFING_UID && a.mappedBy === 'sourceArticle');
  if (!isArticle) return null;

  return {
    type: 'default',
    icon: <Feather />,
    label: formatMessage({ id: id('article.create-briefing'), defaultMessage: 'Create a briefing' }),
    disabled: !documentId,
    onClick: async () => {
      try {
        const title = typeof document?.title === 'string' && document.title.trim() ? document.title : formatMessage({ id: id('article.untitled'), defaultMessage: 'Briefing from an article' });
        const created = await api.createBriefing(BRIEFING_UID, { title, sourceArticle: { connect: [{ documentId }] } });
        navigate(`/content-manager/collection-types/${BRIEFING_UID}/${created}`);
      } catch (error) {
        toggleNotification({ type: 'danger', message: errorMessage(error) });
      }
    },
  };
};
