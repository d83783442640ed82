import type { TurnContext } from 'botbuilder';
import { myCallbackItem, myCallbacksCard } from '../../cards/callback-list-card';
import { listMyCallbacks } from '../../callbacks/list-my-callbacks';
import type { BotDeps } from '../bot-deps';
import { actorOf, sendCard } from '../turn-helpers';

/** `mine`: the callbacks this agent booked and where they stand. */
export const myCallbacks = (deps: BotDeps) => async (context: TurnContext) => {
  const callbacks = await listMyCallbacks(deps.callbacks, actorOf(context.activity));
  await sendCard(context, myCallbacksCard(callbacks.map((c) => myCallbackItem(c, deps.centers()))));
};
