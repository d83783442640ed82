import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { recordReferral } from '../../inquiries/record-referral';
import { guideMessages as m } from '../../texts/guides';
import type { BotDeps } from '../bot-deps';
import { textResponse } from '../invoke-responses';
import { actorOf } from '../turn-helpers';

/** "Henvist": counted as a referral for the tab; the referral card stays. */
export const referred =
  (deps: BotDeps) =>
  async (context: TurnContext, referralId: string): Promise<AdaptiveCardInvokeResponse> => {
    const done = await recordReferral(
      { inquiries: deps.store.inquiries, catalog: deps.catalog, now: deps.now },
      referralId,
      actorOf(context.activity),
    );
    return textResponse(done ? m.referredRegistered(done.authority) : m.referralUnknown);
  };
