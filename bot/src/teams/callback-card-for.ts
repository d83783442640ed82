import { callbackChannelCard, callbackHolderCard } from '../cards/callback-cards';
import { callbackCardView, callbackHolderView, type CallbackCardContext } from '../cards/callback-view';
import type { AdaptiveCard } from '../cards/render-card';
import type { Callback } from '../callbacks/callback';
import type { BotDeps } from './bot-deps';

/** What a callback card needs besides the callback: centers, the holder's Teams id, where it moved. */
export async function cardContext(
  deps: Pick<BotDeps, 'store' | 'centers'>,
  callback: Callback,
): Promise<CallbackCardContext> {
  const holder =
    callback.status === 'claimed' && callback.holder
      ? await deps.store.users.userConversation(callback.holder.id)
      : null;
  const successor = callback.movedTo ? await deps.store.callbacks.getByReference(callback.movedTo) : null;
  const posts = await deps.store.cardPosts.cardPostsOf(callback.id);
  return {
    centers: deps.centers(),
    holderTeamsId: holder?.teamsUserId ?? null,
    movedToCenterCode: successor?.centerCode ?? null,
    resent: posts.some((p) => p.resent),
  };
}

/** The card everybody in the channel sees. */
export async function channelCardFor(
  deps: Pick<BotDeps, 'store' | 'centers'>,
  callback: Callback,
  overrides: Pick<CallbackCardContext, 'resent'> = {},
): Promise<AdaptiveCard> {
  const context = { ...(await cardContext(deps, callback)), ...overrides };
  return callbackChannelCard(callbackCardView(callback, context));
}

/** The holder's card with the citizen's data; callers log the access (see viewCallback). */
export async function holderCardFor(
  deps: Pick<BotDeps, 'store' | 'centers'>,
  callback: Callback,
): Promise<AdaptiveCard> {
  return callbackHolderCard(callbackHolderView(callback, await cardContext(deps, callback)));
}
