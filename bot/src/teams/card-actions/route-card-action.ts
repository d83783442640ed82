import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import type { RequestedAction } from '../../callbacks/act-on-callback';
import { isAppError, unsavedOutcome } from '../../shared/errors';
import { callbackCardMessages } from '../../texts/callback-cards';
import { guideMessages } from '../../texts/guides';
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
    budget: AbortSignal,
  ): Promise<AdaptiveCardInvokeResponse> => {
    const verb = value.action?.verb ?? '';
    const data: Record<string, unknown> = (value.action?.data as Record<string, unknown>) ?? {};
    const invalid = (reason: string) => {
      deps.logger.warn('teams.card_action_invalid', { verb, reason });
      return errorResponse(400, 'BadRequest', guideMessages.badInput);
    };

    if (verb === 'callback.book') return book(context, data, budget);
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
      if (verb === 'callback.refresh') return refresh(context, callbackId, budget);
      return act(context, callbackId, requestedAction(verb, parsed.data), budget);
    }
    return invalid('unknown verb');
  };

  // A failure must reach the user as a Danish answer with the card unchanged, never as botbuilder's
  // empty 501. Teams is asked before anything is saved, so when it cannot say who may act, nothing
  // changed. The database: "not saved" when it refused before committing, else "unknown" (the
  // outbox updates the card if the change was saved).
  return async (
    context: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> => {
    // Every call to Teams on this turn gives up when the budget runs out, so the answer reaches
    // Teams well inside its 10-15 s window (decision 0043).
    const budget = AbortSignal.timeout(deps.config.turn.budgetMs);
    const verb = value.action?.verb;
    try {
      return await route(context, value, budget);
    } catch (error) {
      if (isAppError(error, 'TEAMS_UNAVAILABLE')) {
        deps.logger.warn('teams.card_action_unanswered', { verb, ...error.details });
        return textResponse(callbackCardMessages.action.teamsUnavailable);
      }
      if (isAppError(error, 'BOT_NOT_IN_TEAM')) {
        const center = String(error.details.centerCode);
        return textResponse(callbackCardMessages.action.botNotInTeam(center, deps.config.botName));
      }
      const saved = unsavedOutcome(error);
      deps.logger.error('teams.card_action_failed', { verb, saved, error });
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
