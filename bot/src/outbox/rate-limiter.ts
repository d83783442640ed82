/**
 * Per-conversation sliding windows, the way the Bot Framework limits a bot in one conversation
 * (design §4). Sends are booked in order per conversation: a booking never goes before an
 * earlier one, so only the past of each booking has to be checked. Pure given the times passed.
 */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

export const teamsConversationLimits: readonly RateWindow[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 60 * 60_000 },
];

export interface RateLimiter {
  /**
   * Books the earliest send allowed at or after `now` (epoch ms) and returns how long to wait
   * for it. When the wait exceeds `maxWaitMs`, no send is booked (the caller will come back);
   * the caller is promised a later time instead, in line behind the callers sent away before it.
   */
  reserve(conversationKey: string, now: number, maxWaitMs?: number): number;
  /** Teams answered 429: no bookings in this conversation before `until` (epoch ms). */
  hold(conversationKey: string, until: number): void;
}

export function createRateLimiter(windows: readonly RateWindow[] = teamsConversationLimits): RateLimiter {
  const longestMs = Math.max(...windows.map((w) => w.windowMs));
  const booked = new Map<string, number[]>();
  const heldUntil = new Map<string, number>();
  /**
   * Times given to callers sent away, still ahead. Without them every caller sent away would be
   * told the same time, come back together, and all but a few be sent away again, each time
   * after reading and rendering what it was to send. They only space out the returns: a caller
   * that comes back books a real send like any other, so the limits hold whatever comes back.
   */
  const promised = new Map<string, number[]>();

  const earliestSlot = (times: readonly number[], from: number): number => {
    let at = Math.max(from, times.at(-1) ?? from);
    for (let moved = true; moved;) {
      moved = false;
      for (const { limit, windowMs } of windows) {
        const inWindow = times.length - firstAfter(times, at - windowMs);
        if (inWindow >= limit) {
          // The send `limit` places back must leave the window first.
          at = times[times.length - limit]! + windowMs;
          moved = true;
        }
      }
    }
    return at;
  };

  return {
    reserve(key, now, maxWaitMs = Infinity) {
      const times = (booked.get(key) ?? []).filter((t) => t > now - longestMs);
      const held = heldUntil.get(key);
      if (held !== undefined && held <= now) heldUntil.delete(key);
      const from = Math.max(now, held ?? now);
      const ahead = (promised.get(key) ?? []).filter((t) => t > now);
      if (ahead.length === 0) promised.delete(key);
      const at = earliestSlot(times, from);
      if (at - now <= maxWaitMs) {
        times.push(at);
        booked.set(key, times);
        return at - now;
      }
      if (times.length > 0) booked.set(key, times);
      else booked.delete(key);
      const later = earliestSlot(mergeSorted(times, ahead), from);
      ahead.push(later);
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
