import type { StrapiApp } from '@strapi/strapi/admin';
import { ChecklistPanel } from './ChecklistPanel';
import { DraftPanel } from './DraftPanel';
import { ProtectionPanel } from './ProtectionPanel';
import { HistoryPanel } from './HistoryPanel';
import { MergePanel } from './MergePanel';
import { ReviewPanel } from './ReviewPanel';
import { VerificationPanel } from './VerificationPanel';
import { BriefingFromArticleAction } from './ArticleAction';

interface ContentManagerApis {
  addEditViewSidePanel(panels: unknown[]): void;
  addDocumentHeaderAction(actions: unknown[]): void;
}

/** The briefing edit view's panels (publish checklist, draft from an article) and the article's "Create a briefing" action. */
export function registerEditView(app: Pick<StrapiApp, 'getPlugin'>) {
  const contentManager = app.getPlugin('content-manager') as unknown as { apis: ContentManagerApis } | undefined;
  if (!contentManager) return;
  contentManager.apis.addEditViewSidePanel([ProtectionPanel, ReviewPanel, VerificationPanel, ChecklistPanel, DraftPanel, HistoryPanel, MergePanel]);
  contentManager.apis.addDocumentHeaderAction([BriefingFromArticleAction]);
}
