import { unstable_useContentManagerContext as useContentManagerContext, useNotification } from '@strapi/strapi/admin';
import type { HeaderActionComponent } from '@strapi/content-manager/strapi-admin';
import { Feather } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import { BRIEFING } from '../../../shared/identity';
import { useDraftService } from '../services/draft';
import { errorMessage } from '../utils/errors';
import { getTranslation } from '../utils/translations';

/**
 * On the host app's article (the type briefings link to as their source article): creates a draft
 * briefing linked to it and opens it, where the draft panel reads the article.
 */
export const BriefingFromArticleAction: HeaderActionComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const { contentType } = useContentManagerContext();
  const drafts = useDraftService();
  const navigate = useNavigate();
  const { toggleNotification } = useNotification();
  const attributes = (contentType?.attributes ?? {}) as Record<string, { target?: string; mappedBy?: string }>;
  const isArticle = model !== BRIEFING && Object.values(attributes).some((a) => a.target === BRIEFING && a.mappedBy === 'sourceArticle');
  if (!isArticle) return null;

  return {
    type: 'default',
    icon: <Feather />,
    label: formatMessage({ id: getTranslation('edit-view.article.create-briefing'), defaultMessage: 'Create a briefing' }),
    disabled: !documentId,
    onClick: async () => {
      try {
        const title = typeof document?.title === 'string' && document.title.trim() ? document.title : formatMessage({ id: getTranslation('edit-view.article.untitled'), defaultMessage: 'Briefing from an article' });
        const created = await drafts.createBriefing(BRIEFING, { title, sourceArticle: { connect: [{ documentId }] } });
        navigate(`/content-manager/collection-types/${BRIEFING}/${created}`);
      } catch (error) {
        toggleNotification({ type: 'danger', message: errorMessage(error) });
      }
    },
  };
};
