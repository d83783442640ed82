import { callbackChannelCard, callbackHolderCard } from '../cards/callback-cards';
import { callbackCardView, callbackHolderView, type CallbackCardContext } from '../cards/callback-view';
import type { AdaptiveCard } from '../cards/render-card';
import type { Callback } from '../callbacks/callback';
import type { BotDeps } from './bot-deps';

/** What a callback card needs besides the callback: centers, the holder's Teams id, where it moved. */
async function cardContext(
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

/**
 * The card everybody in the channel sees; `notice` replaces its line on who sees the citizen;
 * `resent` marks it as posted again after a post of unknown outcome.
 */
export async function channelCardFor(
  deps: Pick<BotDeps, 'store' | 'centers'>,
  callback: Callback,
  options: { notice?: string; resent?: boolean } = {},
): Promise<AdaptiveCard> {
  const context = { ...(await cardContext(deps, callback)), ...(options.resent ? { resent: true } : {}) };
  return callbackChannelCard(callbackCardView(callback, context), options.notice);
}

/** The holder's card with the citizen's data; callers log the access (see viewCallback). */
export async function holderCardFor(
  deps: Pick<BotDeps, 'store' | 'centers'>,
  callback: Callback,
): Promise<AdaptiveCard> {
  return callbackHolderCard(callbackHolderView(callback, await cardContext(deps, callback)));
}
