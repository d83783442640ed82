import { guideMessages as m } from '../shared/messages/guides';
import type { GuideView } from './guide-view';
import { renderCard, type AdaptiveCard } from './render-card';
import detailTemplate from './templates/guide-detail.json';
import resultsTemplate from './templates/guide-results.json';

const labels = {
  show: m.actionShowGuide,
  selfservice: m.actionSelfService,
  solved: m.actionSolved,
  book: m.actionBookCallback,
};

/** The answer to a search: the best guides, each with what the agent needs mid-call. */
export const guideResultsCard = (query: string, guides: GuideView[]): AdaptiveCard =>
  renderCard(resultsTemplate, { heading: m.resultsTitle(query), guides, labels });

/** One whole guide, every section. */
export const guideDetailCard = (guide: GuideView): AdaptiveCard =>
  renderCard(detailTemplate, { ...guide, labels });
