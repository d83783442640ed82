import type { GuideCatalog } from '../guides/guide-catalog';
import type { AdminLogStore } from '../admin-log/admin-log-store';
import { AppError } from '../shared/errors';
import type { Logger } from '../shared/logger';
import type { Viewer } from '../coordinator/stats-deps';
import { isCoordinator, visibleCenters } from '../coordinator/viewer-scope';
import type { Center } from '../centers/center';
import type { KeywordDecisionKind, KeywordSuggestion, LearnedKeyword } from './keyword-learning';
import type { LearningStore } from './learning-store';
import { learnedFrom, suggestionsFrom } from './suggestion-rule';
import { keywordsLine } from './with-learned-keywords';

export interface KeywordSuggestionDeps {
  learning: LearningStore;
  adminLog: Pick<AdminLogStore, 'recordAdminChange'>;
  catalog: () => GuideCatalog;
  centers: () => readonly Center[];
  now: () => Date;
  logger: Logger;
  /** Rebuilds this instance's index with the keywords in force (others follow within seconds). */
  refreshLearned: () => Promise<void>;
}

export interface LearnedKeywordView extends LearnedKeyword {
  title: string;
  centerCode: string;
  /** The guide's front-matter line with the learned keywords, to paste into its Markdown file. */
  keywordsLine: string;
}

/** Suggestions for the coordinators; center staff see those for their own centers' guides. */
export async function listSuggestions(
  deps: KeywordSuggestionDeps,
  viewer: Viewer,
): Promise<KeywordSuggestion[]> {
  const [pairs, decisions] = await Promise.all([deps.learning.pairs(), deps.learning.decisions()]);
  const visible = visibleGuide(deps, viewer);
  return suggestionsFrom(pairs, decisions, visible);
}

/** The keywords in force, each with its guide, for the coordinators and the owning centers. */
export async function listLearnedKeywords(
  deps: KeywordSuggestionDeps,
  viewer: Viewer,
): Promise<LearnedKeywordView[]> {
  const learned = learnedFrom(await deps.learning.decisions());
  const visible = visibleGuide(deps, viewer);
  const catalog = deps.catalog();
  return learned.flatMap((k) => {
    const guide = catalog.get(k.guideId);
    if (!guide || !visible(k.guideId)) return [];
    const forGuide = learned.filter((l) => l.guideId === k.guideId);
    return [
      { ...k, title: guide.title, centerCode: guide.center, keywordsLine: keywordsLine(guide, forGuide) },
    ];
  });
}

/**
 * A coordinator accepts or rejects a suggestion, or removes a learned keyword. Recorded in the
 * log of administrative changes; an acceptance or a removal takes effect in this instance's index
 * before the answer, and in the others' within seconds.
 */
export async function decideKeyword(
  deps: KeywordSuggestionDeps,
  viewer: Viewer,
  id: string,
  decision: KeywordDecisionKind,
): Promise<{ id: string; decision: KeywordDecisionKind; guideId: string; words: string }> {
  if (!isCoordinator(viewer)) {
    throw new AppError('FORBIDDEN', 'keyword decisions are for coordinators', { reason: 'keywords' });
  }
  const target =
    decision === 'removed'
      ? learnedFrom(await deps.learning.decisions()).find((k) => k.id === id)
      : (await listSuggestions(deps, viewer)).find((s) => s.id === id);
  if (!target) {
    throw new AppError(
      'SUGGESTION_NOT_FOUND',
      `no ${decision === 'removed' ? 'learned keyword' : 'suggestion'} ${id}`,
    );
  }
  const words = 'query' in target ? target.query : target.words;
  const guide = deps.catalog().get(target.guideId);
  const at = deps.now();
  const by = { id: viewer.id, name: viewer.name };
  await deps.learning.recordDecision({ id, words, guideId: target.guideId, decision, by, at });
  await deps.adminLog.recordAdminChange({
    at,
    actor: by,
    action: `keyword.${decision}`,
    centerCode: guide?.center ?? '',
    details: {
      from: null,
      to: null,
      displacedCenter: null,
      mention: null,
      reason: null,
      keyword: { words, guideId: target.guideId },
    },
  });
  deps.logger.info('learning.keyword_decided', { id, decision, guideId: target.guideId, by: by.id });
  if (decision !== 'rejected') await deps.refreshLearned();
  return { id, decision, guideId: target.guideId, words };
}

function visibleGuide(deps: KeywordSuggestionDeps, viewer: Viewer): (guideId: string) => boolean {
  const catalog = deps.catalog();
  const codes = new Set(visibleCenters(viewer, deps.centers()).map((c) => c.code));
  return (guideId) => {
    const guide = catalog.get(guideId);
    return guide !== undefined && codes.has(guide.center);
  };
}
