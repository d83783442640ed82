import type { CardPostStore } from '../teams/card-post-store';
import type { SqlContext } from './sql-context';
import { fromMs, toMs } from './values';

/** Where each callback's card was posted, so the dispatcher can update it in place later. */
export function cardPostRepository(ctx: SqlContext): CardPostStore {
  return {
    async recordCardPost(post) {
      await ctx.run((db) =>
        db
          .insertInto('card_posts')
          .values({
            callback_id: post.callbackId,
            center_code: post.centerCode,
            service_url: post.serviceUrl,
            tenant_id: post.tenantId,
            channel_id: post.channelId,
            conversation_id: post.conversationId,
            activity_id: post.activityId,
            posted_at: toMs(post.postedAt ?? new Date()),
            resent: post.resent ? 1 : 0,
          })
          .onConflict((oc) => oc.columns(['callback_id', 'conversation_id', 'activity_id']).doNothing())
          .execute(),
      );
    },

    async cardPostsOf(callbackId) {
      const rows = await ctx.db
        .selectFrom('card_posts')
        .selectAll()
        .where('callback_id', '=', callbackId)
        .orderBy('posted_at')
        .execute();
      return rows.map((r) => ({
        callbackId: r.callback_id,
        centerCode: r.center_code,
        serviceUrl: r.service_url,
        tenantId: r.tenant_id,
        channelId: r.channel_id,
        conversationId: r.conversation_id,
        activityId: r.activity_id,
        postedAt: fromMs(r.posted_at),
        resent: r.resent === 1,
      }));
    },
  };
}
