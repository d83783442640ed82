import type { DurationSummaries, Period, StatsStore } from '../../../bot/src/coordinator/stats-store';
import { localClockFor, statsRangeOf } from '../../../bot/src/coordinator/local-calendar';

/**
 * The overview's numbers read two ways: from the daily rollups (whole local days) and from the
 * rows alone (a range without whole days), which must agree however the rows came about.
 */
export const byKey = <T extends { count: number }>(
  list: readonly T[],
  key: (t: T) => string,
): Record<string, number> =>
  Object.fromEntries(
    list.map((t): [string, number] => [key(t), t.count]).sort(([a], [b]) => a.localeCompare(b)),
  );

const plain = (s: DurationSummaries) => ({
  perCenter: Object.fromEntries([...s.perCenter].sort(([a], [b]) => a.localeCompare(b))),
  total: s.total,
});

/** Everything the overview reads, by way of the rollups or of the rows only. */
async function numbers(
  stats: StatsStore,
  period: Period,
  codes: readonly string[],
  from: 'rollups' | 'rows',
) {
  const whole = statsRangeOf(period);
  if (from === 'rollups') expect(whole.wholeDays).not.toBeNull();
  const range =
    from === 'rollups' ? whole : { wholeDays: null, partialDays: [{ period, clock: localClockFor(period) }] };
  const [days, guides, durations] = await Promise.all([
    stats.countsPerDay(range, codes),
    stats.countsPerGuide(range, codes),
    stats.durations(range, codes),
  ]);
  const perDay = (l: typeof days.booked) => byKey(l, (c) => `${c.centerCode} ${c.day}`);
  const perGuide = (l: typeof guides.callbacks) => byKey(l, (c) => `${c.guideId} ${c.centerCode}`);
  return {
    booked: perDay(days.booked),
    closed: perDay(days.closed),
    solvedOnCall: perDay(days.solvedOnCall),
    guideCallbacks: perGuide(guides.callbacks),
    guideSolved: perGuide(guides.solvedOnCall),
    claim: plain(durations.claim),
    close: plain(durations.close),
  };
}

export async function expectRollupsMatchRows(stats: StatsStore, period: Period, codes: readonly string[]) {
  const [rollups, rows] = await Promise.all([
    numbers(stats, period, codes, 'rollups'),
    numbers(stats, period, codes, 'rows'),
  ]);
  expect(rollups).toEqual(rows);
  return rollups;
}
