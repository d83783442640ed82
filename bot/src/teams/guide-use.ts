import type { TurnContext } from 'botbuilder';
import type { GuideUse } from '../learning/keyword-learning';
import { noticeGuideUse } from '../learning/notice-guide-use';
import { noticeSearch } from '../learning/notice-search';
import type { BotDeps } from './bot-deps';
import { actorOf } from './turn-helpers';

/**
 * What the search learns from (decision 0055): the searches an agent made in a chat and the
 * guide they then used there. Learning never costs the agent their answer: a failure is logged.
 */
export function learningFrom(deps: BotDeps, context: TurnContext) {
  const learning = { learning: deps.store.learning, now: deps.now };
  const who = () => ({
    userId: actorOf(context.activity).id,
    conversationId: String(context.activity.conversation?.id ?? ''),
  });
  const logged = (event: string) => (error: unknown) => deps.logger.warn(event, { error });
  return {
    searched: (query: string, shown: readonly string[]) =>
      noticeSearch(learning, { ...who(), query, shown }).catch(logged('learning.search_not_recorded')),
    used: (guideId: string | null | undefined, use: GuideUse) =>
      guideId
        ? noticeGuideUse(learning, { ...who(), guideId, use }).then(
            () => undefined,
            logged('learning.use_not_recorded'),
          )
        : Promise.resolve(),
  };
}
