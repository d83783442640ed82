import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import type { RequestedAction } from '../../callbacks/act-on-callback';
import { unsavedOutcome } from '../../shared/errors';
import { callbackCardMessages } from '../../shared/messages/callback-cards';
import { guideMessages } from '../../shared/messages/guides';
import type { BotDeps } from '../bot-deps';
import { errorResponse, textResponse } from '../invoke-responses';
import { actOnCallbackCard, refreshCallbackCard } from './act-on-callback-card';
import { adoptUnrecordedCard } from './adopt-card';
import { bookCallbackCard } from './book-callback-card';
import { callbackActionData, referredData, solvedData } from './card-action-payload';
import { referred } from './referred';
import { solvedOnCall } from './solved-on-call';

const unsaved = callbackCardMessages.unsaved;

/** Routes an Action.Execute by its verb, after checking its data at the edge. */
export function cardActionRouter(deps: BotDeps) {
  const act = actOnCallbackCard(deps);
  const refresh = refreshCallbackCard(deps);
  const book = bookCallbackCard(deps);
  const solved = solvedOnCall(deps);
  const refer = referred(deps);

  const route = async (
    context: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> => {
    const verb = value.action?.verb ?? '';
    const data: Record<string, unknown> = (value.action?.data as Record<string, unknown>) ?? {};
    const invalid = (reason: string) => {
      deps.logger.warn('teams.card_action_invalid', { verb, reason });
      return errorResponse(400, 'BadRequest', guideMessages.badInput);
    };

    if (verb === 'callback.book') return book(context, data);
    if (verb === 'inquiry.solved') {
      const parsed = solvedData.safeParse(data);
      return parsed.success ? solved(context, parsed.data.guideId) : invalid(parsed.error.issues[0]!.message);
    }
    if (verb === 'inquiry.referred') {
      const parsed = referredData.safeParse(data);
      return parsed.success
        ? refer(context, parsed.data.referralId)
        : invalid(parsed.error.issues[0]!.message);
    }
    if (verb in callbackActionData) {
      const parsed = callbackActionData[verb as keyof typeof callbackActionData].safeParse(data);
      if (!parsed.success) return invalid(parsed.error.issues[0]!.message);
      const { callbackId } = parsed.data;
      await adoptUnrecordedCard(deps.store, context.activity, callbackId);
      if (verb === 'callback.refresh') return refresh(context, callbackId);
      return act(context, callbackId, requestedAction(verb, parsed.data));
    }
    return invalid('unknown verb');
  };

  // A failure must reach the user as a Danish answer with the card unchanged, never as botbuilder's
  // empty 501: "not saved" when the database refused before committing, else "unknown" (the
  // outbox updates the card if the change was saved).
  return async (
    context: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> => {
    try {
      return await route(context, value);
    } catch (error) {
      const saved = unsavedOutcome(error);
      deps.logger.error('teams.card_action_failed', { verb: value.action?.verb, saved, error });
      return textResponse(saved === 'no' ? unsaved.action : unsaved.actionUncertain);
    }
  };
}

function requestedAction(verb: string, data: Record<string, unknown>): RequestedAction {
  switch (verb) {
    case 'callback.attempt':
      return { type: 'attempt', note: data.note as 'no_answer' | 'try_later' };
    case 'callback.close':
      return { type: 'close', outcome: data.outcome as 'resolved' | 'not_reached' | 'case_system' };
    case 'callback.move':
      return { type: 'move', toCenterCode: String(data.toCenterCode) };
    default:
      return { type: verb.replace('callback.', '') as 'claim' | 'release' | 'reopen' };
  }
}
