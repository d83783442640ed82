/**
 * Per-conversation sliding windows, the way Teams limits a bot in one conversation (design §4,
 * decision 0044). Sends are booked in order per conversation: a booking never goes before an
 * earlier one, so only the past of each booking has to be checked. Pure given the times passed.
 */
export interface RateWindow {
  limit: number;
  windowMs: number;
  /** Counts only sends that @mention a Teams tag; other windows count every send. */
  tagMentionsOnly?: boolean;
}

/** Whether a send @mentions a tag, which Teams limits on top of the limits for every message. */
export type SendKind = 'plain' | 'tagMention';

/**
 * Teams' limits per bot per conversation (a channel and its threads count as one): every message
 * 7 per second, 8 per 2 s, 60 per 30 s, 1,800 per hour; a message that @mentions a tag also 2 per
 * 5 s and 5 per minute. Microsoft states the tag limits per thread; they are applied per channel,
 * the conservative reading.
 */
export const teamsConversationLimits: readonly RateWindow[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 60 * 60_000 },
  { limit: 2, windowMs: 5_000, tagMentionsOnly: true },
  { limit: 5, windowMs: 60_000, tagMentionsOnly: true },
];

export interface RateLimiter {
  /**
   * Books the earliest send allowed at or after `now` (epoch ms) and returns how long to wait
   * for it. When the wait exceeds `maxWaitMs`, no send is booked (the caller will come back);
   * the caller is promised a later time instead, in line behind the callers sent away before it.
   */
  reserve(conversationKey: string, now: number, maxWaitMs?: number, kind?: SendKind): number;
  /** Teams answered 429: no bookings in this conversation before `until` (epoch ms). */
  hold(conversationKey: string, until: number): void;
}

/** Times of one conversation, ascending: every send, and those of them that mention a tag. */
interface Times {
  all: number[];
  tag: number[];
}

/**
 * What may pass between booking a send and Teams counting it (the in-flight mark in the database,
 * the request on its way), and how much earlier an earlier send may have been counted than it was
 * booked: a send booked to the millisecond after a window ends could reach Teams inside it.
 */
export const countingMarginMs = 250;

export function createRateLimiter(
  windows: readonly RateWindow[] = teamsConversationLimits,
  options: { marginMs?: number } = {},
): RateLimiter {
  const marginMs = options.marginMs ?? 0;
  const longestMs = Math.max(...windows.map((w) => w.windowMs + marginMs));
  const booked = new Map<string, Times>();
  const heldUntil = new Map<string, number>();
  /**
   * Times given to callers sent away, still ahead. Without them every caller sent away would be
   * told the same time, come back together, and all but a few be sent away again, each time
   * after reading and rendering what it was to send. They only space out the returns: a caller
   * that comes back books a real send like any other, so the limits hold whatever comes back.
   */
  const promised = new Map<string, Times>();

  const earliestSlot = (times: Times, from: number, kind: SendKind): number => {
    let at = Math.max(from, times.all.at(-1) ?? from);
    for (let moved = true; moved;) {
      moved = false;
      for (const window of windows) {
        const { limit, tagMentionsOnly } = window;
        const windowMs = window.windowMs + marginMs;
        if (tagMentionsOnly && kind !== 'tagMention') continue;
        const counted = tagMentionsOnly ? times.tag : times.all;
        const inWindow = counted.length - firstAfter(counted, at - windowMs);
        if (inWindow >= limit) {
          // The send `limit` places back must leave the window first.
          at = counted[counted.length - limit]! + windowMs;
          moved = true;
        }
      }
    }
    return at;
  };

  return {
    reserve(key, now, maxWaitMs = Infinity, kind = 'plain') {
      const recent = (t: number) => t > now - longestMs;
      const past = booked.get(key);
      const times = { all: (past?.all ?? []).filter(recent), tag: (past?.tag ?? []).filter(recent) };
      const held = heldUntil.get(key);
      if (held !== undefined && held <= now) heldUntil.delete(key);
      const from = Math.max(now, held ?? now);
      const ahead = promised.get(key) ?? { all: [], tag: [] };
      ahead.all = ahead.all.filter((t) => t > now);
      ahead.tag = ahead.tag.filter((t) => t > now);
      if (ahead.all.length === 0) promised.delete(key);
      const at = earliestSlot(times, from, kind);
      if (at - now <= maxWaitMs) {
        times.all.push(at);
        if (kind === 'tagMention') times.tag.push(at);
        booked.set(key, times);
        return at - now;
      }
      if (times.all.length > 0) booked.set(key, times);
      else booked.delete(key);
      const merged = { all: mergeSorted(times.all, ahead.all), tag: mergeSorted(times.tag, ahead.tag) };
      const later = earliestSlot(merged, from, kind);
      ahead.all.push(later);
      if (kind === 'tagMention') ahead.tag.push(later);
      promised.set(key, ahead);
      return later - now;
    },
    hold(key, until) {
      heldUntil.set(key, Math.max(until, heldUntil.get(key) ?? until));
    },
  };
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return [...a];
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length)
    out.push(j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!);
  return out;
}

/** Index of the first time strictly after `t` in an ascending list. */
function firstAfter(times: readonly number[], t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
