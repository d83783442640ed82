/**
 * An agent's 1:1 conversation with the bot, to tell them proactively when a callback closes. A
 * port: plain objects, so that the Teams adapter never sees a database driver.
 */
interface UserConversation {
  /** The Entra object id (aadObjectId). */
  userId: string;
  /** The Teams user id (29:...). */
  teamsUserId: string;
  conversationId: string;
  serviceUrl: string;
  tenantId: string;
}

export interface UserConversationStore {
  saveUserConversation(conversation: UserConversation & { at?: Date }): Promise<void>;
  userConversation(userId: string): Promise<UserConversation | null>;
}
