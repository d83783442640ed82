import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { actOnCallback, type RequestedAction } from '../../callbacks/act-on-callback';
import { describeRefusal } from '../../callbacks/refusal-text';
import { isAppError } from '../../shared/errors';
import { viewCallback, viewLoadedCallback } from '../../callbacks/view-callback';
import { callbackCardMessages as m } from '../../texts/callback-cards';
import type { BotDeps } from '../bot-deps';
import { channelCardFor, holderCardFor } from '../callback-card-for';
import { cardResponse, textResponse } from '../invoke-responses';
import { actorOf } from '../turn-helpers';

/**
 * A button on a callback card. The clicker gets the new card in the invoke response (with the
 * citizen's data when they now hold it); everybody else sees the change when the dispatcher
 * updates the posted card from storage.
 */
export const actOnCallbackCard =
  (deps: BotDeps) =>
  async (
    context: TurnContext,
    callbackId: string,
    action: RequestedAction,
    budget: AbortSignal,
  ): Promise<AdaptiveCardInvokeResponse> => {
    const actor = { ...actorOf(context.activity), teamsUserId: context.activity.from?.id };
    const outcome = await actOnCallback(deps.callbacks, callbackId, action, actor, {
      showsResult: true,
      signal: budget,
    });
    switch (outcome.kind) {
      case 'not_found':
        return textResponse(m.action.notFound);
      case 'not_member':
        return textResponse(m.action.notMember(outcome.callback.centerCode));
      case 'unknown_center':
        return textResponse(
          m.unknownCenter(
            outcome.centerCode,
            deps.centers().map((c) => c.code),
          ),
        );
      case 'refused':
        return textResponse(describeRefusal(outcome.refusal));
      case 'done': {
        // A change decided (and logged) the view with the save; otherwise decide it on the
        // callback just loaded instead of loading it again.
        const view = outcome.view ?? (await viewLoadedCallback(deps.callbacks, outcome.callback, actor)).kind;
        if (view === 'holder') return cardResponse(await holderCardFor(deps, outcome.callback));
        return cardResponse(await channelCardFor(deps, outcome.callback));
      }
    }
  };

/**
 * Teams refreshes a card by itself for the users in refresh.userIds (and, in small channels,
 * for everybody), and a card can be opened from any chat. Answer with the view this user may
 * see; never update the shared message here, or Teams would refresh again in a loop.
 */
export const refreshCallbackCard =
  (deps: BotDeps) =>
  async (
    context: TurnContext,
    callbackId: string,
    budget: AbortSignal,
  ): Promise<AdaptiveCardInvokeResponse> => {
    const viewer = { ...actorOf(context.activity), teamsUserId: context.activity.from?.id };
    const view = await viewCallback(deps.callbacks, callbackId, viewer, budget).catch(
      async (error: unknown) => {
        // Teams could not confirm the holder is still a member: the shared card, saying why,
        // rather than a message where Teams expects a card (decision 0043).
        const notice = unconfirmedNotice(error, deps.config.botName);
        const callback = notice ? await deps.store.callbacks.getCallback(callbackId) : null;
        if (!notice || !callback) throw error;
        return { kind: 'unconfirmed' as const, callback, notice: notice(callback.centerCode) };
      },
    );
    switch (view.kind) {
      case 'unconfirmed':
        return cardResponse(await channelCardFor(deps, view.callback, { notice: view.notice }));
      case 'not_found':
        return textResponse(m.action.notFound);
      case 'holder':
        return cardResponse(await holderCardFor(deps, view.callback));
      case 'shared':
        return cardResponse(await channelCardFor(deps, view.callback));
      case 'not_member':
        // A card, not a message: it replaces the holder's view Teams keeps on their screen.
        return cardResponse(
          await channelCardFor(deps, view.callback, {
            notice: m.action.noLongerMember(view.callback.centerCode),
          }),
        );
    }
  };

function unconfirmedNotice(error: unknown, botName: string): ((center: string) => string) | null {
  if (isAppError(error, 'TEAMS_UNAVAILABLE')) return () => m.action.holderViewUnavailable;
  if (isAppError(error, 'BOT_NOT_IN_TEAM')) return (center) => m.action.holderViewBotRemoved(center, botName);
  return null;
}
