import type { Logger } from '../../shared/logger';
import type { ChannelBinding } from '../../centers/channel-binding-store';
import type { TeamsSender } from '../teams-sender';
import type { ChannelMessageReader } from './channel-messages';

/**
 * Did an earlier post of this callback's card reach the channel? Asked when a post's outcome is
 * unknown (the process died, or the answer was lost) before posting again (decision 0032).
 *
 * - `found`: it is there (its message id); record it instead of posting.
 * - `absent`: it is not among the channel's posts since it was sent; posting now is the only copy.
 * - `unknown`: the channel cannot be read (permission not granted, Graph away): post again with
 *   the line saying it may be there twice.
 * - `wait`: the earlier request could still be landing; ask again after `ms`.
 */
type EarlierPost =
  | { kind: 'found'; activityId: string }
  | { kind: 'absent' }
  | { kind: 'unknown'; reason: string }
  | { kind: 'wait'; ms: number };

export type FindEarlierPost = (input: {
  callbackId: string;
  binding: ChannelBinding;
  /** When the earlier send began. */
  since: Date;
  signal: AbortSignal;
}) => Promise<EarlierPost>;

/** Without ChannelMessage.Read.Group (the default, local mode, the playground). */
export const channelNotReadable: FindEarlierPost = async () => ({
  kind: 'unknown',
  reason: 'ChannelMessage.Read.Group is not granted (CHANNEL_MESSAGE_READ_GRANTED=false)',
});

export interface EarlierPostOptions {
  reader: ChannelMessageReader;
  sender: Pick<TeamsSender, 'teamGroupId'>;
  /** The bot's Microsoft app id, the author of its posts; null in local mode (any app). */
  botAppId: string | null;
  /** How long a send may still land after it began: the outbox's Teams timeout. */
  settleMs: number;
  now: () => Date;
  logger: Logger;
  /** Clocks differ between us and Teams; posts this much older than `since` still count. */
  skewMs?: number;
  /** 50 posts a page: this many pages are read at most before giving up as unknown. */
  maxPages?: number;
}

export function earlierPostInChannel(options: EarlierPostOptions): FindEarlierPost {
  const skewMs = options.skewMs ?? 5 * 60_000;
  const maxPages = options.maxPages ?? 10;
  const groups = new Map<string, string>();

  const groupIdOf = async (binding: ChannelBinding, signal: AbortSignal) => {
    let id = groups.get(binding.teamId);
    if (!id) {
      id = await options.sender.teamGroupId({
        serviceUrl: binding.serviceUrl,
        teamId: binding.teamId,
        signal,
      });
      groups.set(binding.teamId, id);
    }
    return id;
  };

  return async ({ callbackId, binding, since, signal }) => {
    const waitMs = since.getTime() + options.settleMs - options.now().getTime();
    if (waitMs > 0) return { kind: 'wait', ms: waitMs };
    const oldest = since.getTime() - skewMs;
    const ours = (fromApplicationId: string | null) =>
      fromApplicationId !== null && (options.botAppId === null || fromApplicationId === options.botAppId);
    try {
      const groupId = await groupIdOf(binding, signal);
      let pages = 0;
      for await (const page of options.reader.pages(groupId, binding.channelId, signal)) {
        const mine = page.find(
          (m) => !m.deleted && ours(m.fromApplicationId) && m.cards.some((c) => c.includes(callbackId)),
        );
        if (mine) return { kind: 'found', activityId: mine.id };
        // Newest first: a page that ends before the earlier send began holds nothing later.
        const reachedOlder = page.length === 0 || page.at(-1)!.createdAt.getTime() < oldest;
        if (reachedOlder) return { kind: 'absent' };
        if (++pages >= maxPages) return { kind: 'unknown', reason: `not within ${maxPages} pages` };
      }
      return { kind: 'absent' };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      options.logger.warn('outbox.channel_check_failed', { callbackId, center: binding.centerCode, reason });
      return { kind: 'unknown', reason };
    }
  };
}
