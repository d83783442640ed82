import type { UserConversationStore } from '../teams/user-conversation-store';
import type { SqlContext } from './sql-context';
import { toMs } from './values';

/** Agents' 1:1 conversations with the bot, kept so the bot can tell them when a callback closes. */
export function userConversationRepository(ctx: SqlContext): UserConversationStore {
  return {
    async saveUserConversation(c) {
      const row = {
        user_id: c.userId,
        teams_user_id: c.teamsUserId,
        conversation_id: c.conversationId,
        service_url: c.serviceUrl,
        tenant_id: c.tenantId,
        updated_at: toMs(c.at ?? new Date()),
      };
      await ctx.run((db) =>
        db
          .insertInto('user_conversations')
          .values(row)
          .onConflict((oc) => oc.column('user_id').doUpdateSet(row))
          .execute(),
      );
    },

    async userConversation(userId) {
      const r = await ctx.db
        .selectFrom('user_conversations')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return r
        ? {
            userId: r.user_id,
            teamsUserId: r.teams_user_id,
            conversationId: r.conversation_id,
            serviceUrl: r.service_url,
            tenantId: r.tenant_id,
          }
        : null;
    },
  };
}
