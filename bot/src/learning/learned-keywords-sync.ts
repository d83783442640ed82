import type { Logger } from '../shared/logger';
import type { LearnedKeyword } from './keyword-learning';
import type { LearningStore } from './learning-store';
import { learnedFrom } from './suggestion-rule';

/**
 * Keeps this instance's index in step with the coordinators' decisions: a cheap version read
 * every few seconds, and a rebuild only when a decision was recorded (here or on another
 * instance). A database outage leaves the index as it was.
 */
export function learnedKeywordsSync(deps: {
  learning: Pick<LearningStore, 'decisions' | 'decisionsVersion'>;
  apply: (learned: LearnedKeyword[]) => void;
  logger: Logger;
}) {
  let applied = '0:';
  return async function refresh(): Promise<void> {
    const version = await deps.learning.decisionsVersion();
    if (version === applied) return;
    const learned = learnedFrom(await deps.learning.decisions());
    deps.apply(learned);
    applied = version;
    deps.logger.info('learning.keywords_applied', { keywords: learned.length });
  };
}
