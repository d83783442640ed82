import type { Center } from '../../centers/center';
import type { Logger } from '../../shared/logger';
import type { Store } from '../../storage/store';
import type { FindEarlierPost } from '../graph/earlier-post';
import type { TeamsSender } from '../teams-sender';

export interface DeliveryDeps {
  store: Store;
  sender: TeamsSender;
  centers: () => readonly Center[];
  logger: Logger;
  /** Whether a post of unknown outcome reached the channel (channelNotReadable without Graph). */
  findEarlierPost: FindEarlierPost;
  /** As users @mention the bot: named in the coordinators' notices. */
  botName: string;
}

/**
 * Thrown when an entry cannot be delivered yet for a reason that will pass (no channel bound,
 * the card not posted yet): the dispatcher tries again later without giving up.
 */
export class NotYetDeliverable extends Error {
  readonly code = 'NOT_YET';
  constructor(
    reason: string,
    /** Not before this (the dispatcher's backoff may wait longer). */
    readonly retryAfterSeconds?: number,
  ) {
    super(reason);
    this.name = 'NotYetDeliverable';
  }
}
