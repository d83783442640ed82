import type { Activity } from 'botbuilder';
import type { UserConversationStore } from '../shared/store-ports';

/**
 * Remembers how to reach a user later: the 1:1 conversation (agents are told when a callback
 * closes) and the Teams user id (29:…), which a card's refresh.userIds needs. A user seen only in
 * a channel is stored without a conversation; one is created when the bot first writes to them.
 */
export async function rememberUser(users: UserConversationStore, activity: Activity): Promise<void> {
  const userId = activity.from?.aadObjectId;
  const tenantId = activity.conversation?.tenantId ?? activity.channelData?.tenant?.id;
  if (!userId || !activity.from?.id || !tenantId || !activity.serviceUrl) return;
  const personal = activity.conversation?.conversationType === 'personal';
  if (!personal && (await users.userConversation(userId))) return;
  await users.saveUserConversation({
    userId,
    teamsUserId: activity.from.id,
    conversationId: personal ? activity.conversation.id : '',
    serviceUrl: activity.serviceUrl,
    tenantId,
  });
}
