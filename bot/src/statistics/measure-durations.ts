import type { StatsDeps } from './stats-deps';
import { measure, workingClock } from './working-clock';

/** More than a busy day of claims and closes; anything beyond waits for the next request. */
const batch = 2_000;

const clocks = new WeakMap<StatsDeps['calendar'], ReturnType<typeof workingClock>>();

/**
 * Measures the working-hour durations of callbacks claimed or closed since the last time (also
 * after a release, reopen or reclaim, which changes the time measured). Runs before the overview
 * is computed, so its medians include the claim made a second ago; usually a handful of rows.
 */
export async function measurePendingDurations(deps: StatsDeps): Promise<number> {
  const pending = await deps.stats.unmeasuredCallbacks(batch);
  if (pending.length === 0) return 0;
  let clock = clocks.get(deps.calendar);
  if (!clock) {
    clock = workingClock(deps.calendar);
    clocks.set(deps.calendar, clock);
  }
  await deps.stats.saveDurations(pending.map((c) => measure(c, clock)));
  if (pending.length >= batch) {
    deps.logger.warn('stats.durations_backlog', { measured: pending.length });
  }
  return pending.length;
}
