import type { TurnContext } from 'botbuilder';
import { guideDetailCard } from '../../cards/guide-cards';
import { guideView } from '../../cards/guide-view';
import { guideMessages as m } from '../../texts/guides';
import type { BotDeps } from '../bot-deps';
import { learningFrom } from '../guide-use';
import { sendCard } from '../turn-helpers';

export const showGuide =
  (deps: BotDeps) =>
  async (context: TurnContext, guideId: string, part = 1) => {
    const guide = deps.catalog().get(guideId);
    if (!guide) {
      deps.logger.info('guides.show_unknown', { guideId });
      await context.sendActivity(m.guideNotFound(guideId));
      return;
    }
    await sendCard(context, guideDetailCard(guideView(guide, deps.centers(), deps.now()), part));
    await learningFrom(deps, context).used(guide.id, 'opened');
  };
