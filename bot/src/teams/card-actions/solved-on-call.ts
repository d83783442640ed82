import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { recordSolvedOnCall } from '../../inquiries/record-solved-on-call';
import { callbackCardMessages as m } from '../../texts/callback-cards';
import { guideMessages } from '../../texts/guides';
import type { BotDeps } from '../bot-deps';
import { textResponse } from '../invoke-responses';
import { learningFrom } from '../guide-use';
import { actorOf } from '../turn-helpers';

/** "Løst på opkaldet": counted for the solved-on-the-spot rate; the results card stays. */
export const solvedOnCall =
  (deps: BotDeps) =>
  async (context: TurnContext, guideId: string): Promise<AdaptiveCardInvokeResponse> => {
    const solved = await recordSolvedOnCall(
      { inquiries: deps.store.inquiries, catalog: deps.catalog, now: deps.now },
      guideId,
      actorOf(context.activity),
    );
    if (solved) await learningFrom(deps, context).used(guideId, 'solved');
    return textResponse(solved ? guideMessages.solvedRegistered(solved.title) : m.action.solvedUnknownGuide);
  };
