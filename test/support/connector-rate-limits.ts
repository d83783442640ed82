import { teamsError, type ConnectorResult, type RecordedRequest } from './connector-types';
import { splitThreadId } from './teams-ids';

/** One of Teams' sliding windows per bot per conversation. */
export interface EmulatedWindow {
  limit: number;
  windowMs: number;
  /** Counts only messages that @mention a tag. */
  tagMentionsOnly?: boolean;
}

/**
 * Teams' documented limits per bot per conversation: every message 7/1 s, 8/2 s, 60/30 s,
 * 1,800/h; a message that @mentions a tag also 2/5 s and 5/60 s (Microsoft Learn, "Rate limiting
 * for bots" and "Tag mentions"). Counted per channel, threads included, as the bot counts them.
 */
const teamsRateLimits: readonly EmulatedWindow[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
  { limit: 2, windowMs: 5_000, tagMentionsOnly: true },
  { limit: 5, windowMs: 60_000, tagMentionsOnly: true },
];

const sending = new Set(['createConversation', 'sendToConversation', 'replyToActivity', 'updateActivity']);

/**
 * The emulator's rate limiting: a message that would break a window is answered 429 with
 * Retry-After (the seconds until the window lets it through) and is not counted; any other is.
 */
export class EmulatedRateLimits {
  private readonly sent = new Map<string, { at: number; tag: boolean }[]>();
  private readonly longestMs: number;

  constructor(
    private readonly windows: readonly EmulatedWindow[] = teamsRateLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.longestMs = Math.max(...windows.map((w) => w.windowMs));
  }

  /** The 429 answer for a request over a limit, or undefined when it may go (it is then counted). */
  refuse(request: RecordedRequest): { result: ConnectorResult; headers: Record<string, string> } | undefined {
    if (!request.route || !sending.has(request.route)) return undefined;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const activity = (request.route === 'createConversation' ? body.activity : body) as
      Record<string, unknown> | undefined;
    const key =
      request.route === 'createConversation'
        ? (body.channelData as { channel?: { id?: string } } | undefined)?.channel?.id
        : splitThreadId(request.conversationId ?? '').channelId;
    if (!key) return undefined;
    const tag = mentionsTag(activity);
    const now = this.now();
    const list = (this.sent.get(key) ?? []).filter((s) => s.at > now - this.longestMs);
    let waitMs = 0;
    for (const { limit, windowMs, tagMentionsOnly } of this.windows) {
      if (tagMentionsOnly && !tag) continue;
      const counted = list.filter((s) => s.at > now - windowMs && (!tagMentionsOnly || s.tag));
      if (counted.length >= limit)
        waitMs = Math.max(waitMs, counted[counted.length - limit]!.at + windowMs - now);
    }
    if (waitMs > 0) {
      return {
        result: teamsError(429, 'TooManyRequests', `Too many requests${tag ? ' mentioning a tag' : ''}.`),
        headers: { 'retry-after': String(Math.ceil(waitMs / 1000)) },
      };
    }
    list.push({ at: now, tag });
    this.sent.set(key, list);
    return undefined;
  }
}

function mentionsTag(activity: Record<string, unknown> | undefined): boolean {
  const entities = (activity?.entities ?? []) as { type?: string; mentioned?: { type?: string } }[];
  return entities.some((e) => e.type === 'mention' && e.mentioned?.type === 'tag');
}
