/**
 * The cards the bot posted for callbacks, so that later changes update the same message. A port:
 * plain objects and Dates, so that use cases and the Teams adapter never see a database driver.
 */

/** A card posted for a callback; the conversation id names the thread (CHANNEL;messageid=N). */
export interface CardPost {
  callbackId: string;
  centerCode: string;
  serviceUrl: string;
  tenantId: string;
  channelId: string;
  conversationId: string;
  activityId: string;
  postedAt: Date;
  /** Posted again while an earlier post's outcome was unknown: the card says it may be there twice. */
  resent: boolean;
}

export interface CardPostStore {
  /** Recording the same post twice is a no-op. */
  recordCardPost(
    post: Omit<CardPost, 'postedAt' | 'resent'> & { postedAt?: Date; resent?: boolean },
  ): Promise<void>;
  /** Oldest first. */
  cardPostsOf(callbackId: string): Promise<CardPost[]>;
}
