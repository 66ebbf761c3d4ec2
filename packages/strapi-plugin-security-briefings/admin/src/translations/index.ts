// One file per feature and locale, so each feature's strings live beside the others of its kind.
import enPlugin from './en/plugin.json';
import enCustomFields from './en/custom-fields.json';
import enEditView from './en/edit-view.json';
import enOverview from './en/overview.json';
import enExports from './en/exports.json';
import enRevisionLog from './en/revision-log.json';
import enReview from './en/review.json';
import enCandidates from './en/candidates.json';
import enLabels from './en/labels.json';
import enMerge from './en/merge.json';
import frPlugin from './fr/plugin.json';
import frCustomFields from './fr/custom-fields.json';
import frEditView from './fr/edit-view.json';
import frOverview from './fr/overview.json';
import frExports from './fr/exports.json';
import frRevisionLog from './fr/revision-log.json';
import frReview from './fr/review.json';
import frCandidates from './fr/candidates.json';
import frLabels from './fr/labels.json';
import frMerge from './fr/merge.json';

export const translations: Record<string, Record<string, string>> = {
  en: { ...enPlugin, ...enCustomFields, ...enEditView, ...enOverview, ...enExports, ...enRevisionLog, ...enReview, ...enCandidates, ...enLabels, ...enMerge },
  fr: { ...frPlugin, ...frCustomFields, ...frEditView, ...frOverview, ...frExports, ...frRevisionLog, ...frReview, ...frCandidates, ...frLabels, ...frMerge },
};
