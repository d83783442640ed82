import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import type { RequestedAction } from '../../callbacks/act-on-callback';
import { isAppError, unsavedOutcome } from '../../shared/errors';
import { callbackCardMessages } from '../../texts/callback-cards';
import { guideMessages } from '../../texts/guides';
import { cardVerbNamed, cardVerbs, type CardVerbData, type ExecuteVerbName } from '../../cards/card-verbs';
import type { BotDeps } from '../bot-deps';
import { errorResponse, textResponse } from '../invoke-responses';
import { actOnCallbackCard, refreshCallbackCard } from './act-on-callback-card';
import { adoptUnrecordedCard } from './adopt-card';
import { bookCallbackCard } from './book-callback-card';
import { referred } from './referred';
import { solvedOnCall } from './solved-on-call';

const unsaved = callbackCardMessages.unsaved;

type Respond<N extends ExecuteVerbName> = (
  context: TurnContext,
  data: CardVerbData<N>,
  budget: AbortSignal,
) => Promise<AdaptiveCardInvokeResponse>;

/** Routes an Action.Execute by its verb, after checking its data against the card-verb registry. */
export function cardActionRouter(deps: BotDeps) {
  const act = actOnCallbackCard(deps);
  const refresh = refreshCallbackCard(deps);
  const book = bookCallbackCard(deps);
  const solved = solvedOnCall(deps);
  const refer = referred(deps);
  const onCallback =
    (
      action: (
        data: CardVerbData<'attempt'> & CardVerbData<'close'> & CardVerbData<'move'>,
      ) => RequestedAction,
    ) =>
    async (context: TurnContext, data: { callbackId: string }, budget: AbortSignal) => {
      await adoptUnrecordedCard(deps.store, context.activity, data.callbackId);
      return act(context, data.callbackId, action(data as never), budget);
    };

  // One answer for every Action.Execute verb of the registry: a verb without one does not compile.
  const respond: { [N in ExecuteVerbName]: Respond<N> } = {
    claim: onCallback(() => ({ type: 'claim' })),
    release: onCallback(() => ({ type: 'release' })),
    reopen: onCallback(() => ({ type: 'reopen' })),
    attempt: onCallback((d) => ({ type: 'attempt', note: d.note })),
    close: onCallback((d) => ({ type: 'close', outcome: d.outcome })),
    move: onCallback((d) => ({ type: 'move', toCenterCode: d.toCenterCode })),
    refresh: async (context, { callbackId }, budget) => {
      await adoptUnrecordedCard(deps.store, context.activity, callbackId);
      return refresh(context, callbackId, budget);
    },
    book: (context, data, budget) => book(context, data, budget),
    solved: (context, { guideId }) => solved(context, guideId),
    referred: (context, { referralId }) => refer(context, referralId),
  };

  const route = async (
    context: TurnContext,
    value: AdaptiveCardInvokeValue,
    budget: AbortSignal,
  ): Promise<AdaptiveCardInvokeResponse> => {
    const verb = value.action?.verb ?? '';
    const invalid = (reason: string) => {
      deps.logger.warn('teams.card_action_invalid', { verb, reason });
      return errorResponse(400, 'BadRequest', guideMessages.badInput);
    };
    const name = cardVerbNamed(verb);
    if (!name || cardVerbs[name].kind !== 'execute') return invalid('unknown verb');
    const parsed = cardVerbs[name].data.safeParse(value.action?.data ?? {});
    if (!parsed.success) return invalid(parsed.error.issues[0]?.message ?? 'invalid data');
    return (respond[name as ExecuteVerbName] as Respond<ExecuteVerbName>)(
      context,
      parsed.data as never,
      budget,
    );
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
