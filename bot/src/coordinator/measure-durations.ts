import { localDateLookup } from './local-calendar';
import type { StatsDeps } from './stats-deps';
import { measure, workingClock } from './working-clock';

/** More than a busy day of claims and closes; anything beyond waits for the next round. */
const batch = 2_000;
/** Rounds per run of the background job: 20,000 callbacks a minute clears a large backlog soon. */
const jobRounds = 10;

/**
 * Measures the working-hour durations of callbacks claimed or closed since the last time (also
 * after a release, reopen or reclaim, which changes the time measured). Runs before the overview
 * is computed, so its medians include the claim made a second ago; usually a handful of rows.
 */
export async function measurePendingDurations(deps: StatsDeps): Promise<number> {
  const pending = await deps.stats.unmeasuredCallbacks(batch);
  if (pending.length === 0) return 0;
  const clock = workingClock(deps.calendar);
  await deps.stats.saveDurations(pending.map((c) => measure(c, clock)));
  return pending.length;
}

/**
 * Before the numbers are read: measures what was claimed or closed since the last time, then
 * folds it, and what else was written, into the daily rollups (a callback is folded once its
 * durations are measured). Usually a handful of rows, as the periodic job keeps up.
 */
export async function catchUpStatistics(deps: StatsDeps): Promise<void> {
  await measurePendingDurations(deps);
  await deps.stats.rollUp(localDateLookup());
}

/**
 * The periodic job: works off a backlog (callbacks from before migration 002 or 004, or written
 * by an older version) and keeps the daily rollups current in the background, so that no request
 * has to.
 */
export async function keepStatisticsCurrent(deps: StatsDeps): Promise<number> {
  let total = 0;
  for (let round = 0; round < jobRounds; round++) {
    const measured = await measurePendingDurations(deps);
    total += measured;
    if (measured < batch) break;
  }
  if (total > 0) deps.logger.info('stats.durations_measured', { callbacks: total });
  const folded = await deps.stats.rollUp(localDateLookup());
  if (folded > 0) deps.logger.info('stats.rolled_up', { rows: folded });
  return total;
}
