import type { Callback } from '../../../bot/src/callbacks/callback';
import { addLocalDays, copenhagenDate, fromCopenhagen } from '../../../bot/src/centers/copenhagen-time';
import { workingMillisBetween } from '../../../bot/src/centers/working-days';
import type { Inquiry } from '../../../bot/src/inquiries/inquiry-store';
import { calendar } from './dataset';
import type { Stats } from '../../../bot/src/coordinator/overview';

/**
 * What the overview should say, computed here from the stored callbacks with plain array code:
 * no SQL, no time-zone offsets, and the working-day rule itself (workingMillisBetween) for the
 * durations. The API computes the same numbers in the database.
 */
export interface Period {
  from: Date;
  to: Date;
}

const within = (at: Date | null, p: Period): at is Date => at !== null && at >= p.from && at < p.to;

/** percentile_cont: linear interpolation between the two closest ranks. */
function percentile(values: readonly number[], p: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (h - low);
}

const minutes = (ms: number | null) => (ms === null ? null : ms / 60_000);

/** The overview's numbers, as the test computes them on its own. */
export type ExpectedStats = Stats;

export function expectedStats(
  callbacks: readonly Callback[],
  inquiries: readonly Inquiry[],
  centerCodes: readonly string[],
  period: Period,
  now: Date,
): ExpectedStats {
  const mine = callbacks.filter((c) => centerCodes.includes(c.centerCode));
  const booked = mine.filter((c) => c.movedFrom === null && within(c.bookedAt, period)).length;
  const claimMs = mine
    .filter((c) => within(c.claimedAt, period))
    .map((c) => workingMillisBetween(c.bookedAt, c.claimedAt!, calendar));
  const closedInPeriod = mine.filter((c) => c.status === 'closed' && within(c.closedAt, period));
  const closeMs = closedInPeriod.map((c) => workingMillisBetween(c.bookedAt, c.closedAt!, calendar));
  const solvedOnCall = inquiries.filter(
    (i) => i.kind === 'solved_on_call' && centerCodes.includes(i.centerCode ?? '') && within(i.at, period),
  ).length;
  const waiting = mine.filter((c) => c.status === 'open' || c.status === 'claimed');
  return {
    booked,
    open: mine.filter((c) => c.status === 'open').length,
    claimed: mine.filter((c) => c.status === 'claimed').length,
    closed: closedInPeriod.length,
    overdue: waiting.filter((c) => c.deadline < now).length,
    medianClaimMinutes: minutes(percentile(claimMs, 0.5)),
    p90ClaimMinutes: minutes(percentile(claimMs, 0.9)),
    medianCloseMinutes: minutes(percentile(closeMs, 0.5)),
    p90CloseMinutes: minutes(percentile(closeMs, 0.9)),
    solvedOnCall,
    solvedRate: solvedOnCall + booked === 0 ? null : solvedOnCall / (solvedOnCall + booked),
  };
}

/** Per Copenhagen calendar day of the period, by asking Intl for each instant's local date. */
export function expectedTrend(
  callbacks: readonly Callback[],
  inquiries: readonly Inquiry[],
  centerCodes: readonly string[],
  period: Period,
) {
  const days: string[] = [];
  const last = copenhagenDate(new Date(period.to.getTime() - 1));
  for (let d = copenhagenDate(period.from); d <= last; d = addLocalDays(d, 1)) days.push(d);
  const mine = callbacks.filter((c) => centerCodes.includes(c.centerCode));
  const on = (day: string) => (at: Date | null) => within(at, period) && copenhagenDate(at) === day;
  return days.map((day) => ({
    start: fromCopenhagen(day, '00:00').toISOString(),
    booked: mine.filter((c) => c.movedFrom === null && on(day)(c.bookedAt)).length,
    closed: mine.filter((c) => c.status === 'closed' && on(day)(c.closedAt)).length,
    solvedOnCall: inquiries.filter(
      (i) => i.kind === 'solved_on_call' && centerCodes.includes(i.centerCode ?? '') && on(day)(i.at),
    ).length,
  }));
}

/**
 * The API rounds minutes to one decimal: compare within that rounding, so a wrong median still
 * fails by far more than 0.05 minutes.
 */
export function expectStatsMatch(actual: Record<string, unknown>, expected: ExpectedStats): void {
  const { medianClaimMinutes, p90ClaimMinutes, medianCloseMinutes, p90CloseMinutes, solvedRate, ...counts } =
    expected;
  expect(actual).toMatchObject(counts);
  const close = (name: string, value: number | null) => {
    const got = actual[name];
    if (value === null) expect({ [name]: got }).toEqual({ [name]: null });
    else expect({ [name]: Math.abs(Number(got) - value) <= 0.051 }).toEqual({ [name]: true });
  };
  close('medianClaimMinutes', medianClaimMinutes);
  close('p90ClaimMinutes', p90ClaimMinutes);
  close('medianCloseMinutes', medianCloseMinutes);
  close('p90CloseMinutes', p90CloseMinutes);
  if (solvedRate === null) expect(actual.solvedRate).toBeNull();
  else expect(actual.solvedRate).toBeCloseTo(solvedRate, 10);
}
