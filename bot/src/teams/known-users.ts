import type { Activity } from 'botbuilder';
import type { Logger } from '../shared/logger';
import type { UserConversationStore } from './user-conversation-store';

/**
 * Remembers how to reach a user later: the 1:1 conversation (agents are told when a callback
 * closes) and the Teams user id (29:…), which a card's refresh.userIds needs. A user seen only in
 * a channel is stored without a conversation; one is created when the bot first writes to them.
 */
export async function rememberUser(
  users: UserConversationStore,
  activity: Activity,
  logger: Logger,
): Promise<void> {
  // Best effort: a search or a booking must not fail because this bookkeeping could not be
  // written (database down); the next activity from the user tries again.
  await remember(users, activity).catch((error: unknown) =>
    logger.warn('teams.remember_user_failed', { error }),
  );
}

async function remember(users: UserConversationStore, activity: Activity): Promise<void> {
  const userId = activity.from?.aadObjectId;
  const tenantId = activity.conversation?.tenantId ?? activity.channelData?.tenant?.id;
  if (!userId || !activity.from?.id || !tenantId || !activity.serviceUrl) return;
  const personal = activity.conversation?.conversationType === 'personal';
  // Every message of a chat would otherwise rewrite the same row; the write is idempotent, so
  // remembering what this process already stored is safe with several instances too.
  const seenKey = `${userId}|${personal ? activity.conversation.id : ''}|${activity.serviceUrl}`;
  const stored = storedBy.get(users) ?? new Set<string>();
  storedBy.set(users, stored);
  if (stored.has(seenKey)) return;
  if (!personal && (await users.userConversation(userId))) return;
  await users.saveUserConversation({
    userId,
    teamsUserId: activity.from.id,
    conversationId: personal ? activity.conversation.id : '',
    serviceUrl: activity.serviceUrl,
    tenantId,
  });
  if (stored.size > 10_000) stored.clear();
  stored.add(seenKey);
}

/** What each store (each running app) already holds, so tests with several apps stay apart. */
const storedBy = new WeakMap<UserConversationStore, Set<string>>();
