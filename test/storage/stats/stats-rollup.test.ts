import { fromCopenhagen } from '../../../bot/src/centers/copenhagen-time';
import type { Period } from '../../../bot/src/coordinator/stats-store';
import type { Store } from '../../../bot/src/storage/store';
import { localDateLookup, statsRangeOf } from '../../../bot/src/coordinator/local-calendar';
import { measurePendingDurations } from '../../../bot/src/coordinator/measure-durations';
import type { StatsDeps } from '../../../bot/src/coordinator/stats-deps';
import { calendar, centers, play, playOn, record } from '../../tab-api/support/dataset';
import { byKey, expectRollupsMatchRows } from './rollup-compare';
import { storeTargets } from '../store-targets';
import { useStore } from '../use-store';

/**
 * The overview's daily rollups (migration 004) against the rows they summarise: the same numbers
 * read from the rollups (whole local days) and counted from the rows (a range with no whole day
 * is read from the rows alone), after every kind of change and with several instances folding.
 */
const codes = centers.map((c) => c.code);
const october: Period = {
  from: fromCopenhagen('2026-10-01', '00:00'),
  to: fromCopenhagen('2026-11-01', '00:00'),
};
const matches = (store: Store) => expectRollupsMatchRows(store.stats, october, codes);

async function catchUp(store: Store): Promise<number> {
  await measurePendingDurations({ stats: store.stats, calendar } as unknown as StatsDeps);
  return store.stats.rollUp(localDateLookup());
}

describe.each(storeTargets())('daily rollups on $name', (target) => {
  beforeAll(() => target.ensureAvailable());
  afterAll(() => target.cleanup());
  const harness = useStore(target);

  test('each change to a callback moves its numbers, also on days folded before', async () => {
    const { store } = harness;
    const [booked] = await play(store, { center: 'CSO', bookedAt: '2026-10-05T08:00:00Z', guideId: 'g1' });
    await catchUp(store);
    const first = await matches(store);
    expect(first.booked).toEqual({ 'CSO 2026-10-05': 1 });
    expect(first.guideCallbacks).toEqual({ 'g1 CSO': 1 });

    let [current] = await playOn(store, booked!, [{ at: '2026-10-05T09:00:00Z', do: 'claim' }]);
    await catchUp(store);
    const claimed = await matches(store);
    expect(claimed.claim.total).toEqual({ count: 1, medianMs: 3_600_000, p90Ms: 3_600_000 });

    [current] = await playOn(store, current!, [
      { at: '2026-10-05T09:30:00Z', do: 'release' },
      { at: '2026-10-07T10:00:00Z', do: 'claim' },
      { at: '2026-10-08T10:00:00Z', do: 'close' },
    ]);
    await catchUp(store);
    const closed = await matches(store);
    expect(closed.closed).toEqual({ 'CSO 2026-10-08': 1 });
    expect(closed.claim.total.count).toBe(1);
    expect(closed.claim.total.medianMs).toBeGreaterThan(3_600_000);

    // Reopened weeks later: the day it was closed loses it, and so does the time to close.
    [current] = await playOn(store, current!, [{ at: '2026-10-29T12:00:00Z', do: 'reopen' }]);
    await catchUp(store);
    const reopened = await matches(store);
    expect(reopened.closed).toEqual({});
    expect(reopened.close.total).toEqual({ count: 0, medianMs: null, p90Ms: null });
    expect(reopened.claim.total.count).toBe(0);

    // Moved: the successor is no new booking; the moved callback is not closed.
    await playOn(store, current!, [{ at: '2026-10-30T08:00:00Z', do: 'move', to: 'CSI' }]);
    await catchUp(store);
    const moved = await matches(store);
    expect(moved.booked).toEqual({ 'CSO 2026-10-05': 1 });
    expect(moved.closed).toEqual({});
  });

  test('inquiries recorded for a day already folded are counted, once', async () => {
    const { store } = harness;
    const solved = (at: string, guideId?: string) => ({
      at: new Date(at),
      kind: 'solved_on_call' as const,
      centerCode: 'CBAK',
      ...(guideId ? { guideId } : {}),
    });
    await record(store, [solved('2026-10-10T09:00:00Z', 'folkepension')]);
    await catchUp(store);
    await record(store, [
      solved('2026-10-10T10:00:00Z', 'folkepension'),
      solved('2026-10-10T22:30:00Z'),
      { at: new Date('2026-10-10T11:00:00Z'), kind: 'search', queryNormalized: 'pension', hitCount: 2 },
    ]);
    await catchUp(store);
    expect(await catchUp(store)).toBe(0);

    const after = await matches(store);
    // 22:30 UTC is 00:30 the next day in Copenhagen (summer time).
    expect(after.solvedOnCall).toEqual({ 'CBAK 2026-10-10': 2, 'CBAK 2026-10-11': 1 });
    expect(after.guideSolved).toEqual({ 'folkepension CBAK': 2 });
  });

  test('two instances folding at once count every row once', async () => {
    const { store } = harness;
    const other = await harness.another();
    for (let i = 0; i < 40; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const [c] = await play(store, {
        center: codes[i % 3]!,
        bookedAt: `2026-10-${day}T08:00:00Z`,
        ...(i % 2 ? { guideId: `g${i % 5}` } : {}),
      });
      if (i % 3 === 0) {
        await playOn(store, c!, [
          { at: `2026-10-${day}T09:${String(i).padStart(2, '0')}:00Z`, do: 'claim' },
          { at: `2026-10-${day}T11:00:00Z`, do: 'close' },
        ]);
      }
      await record(store, [
        {
          at: new Date(`2026-10-${day}T10:00:00Z`),
          kind: 'solved_on_call',
          centerCode: codes[i % 3]!,
          guideId: 'g1',
        },
      ]);
    }
    await measurePendingDurations({ stats: store.stats, calendar } as unknown as StatsDeps);

    const folded = await Promise.all([
      store.stats.rollUp(localDateLookup()),
      other.stats.rollUp(localDateLookup()),
      store.stats.rollUp(localDateLookup()),
    ]);

    expect(folded.reduce((a, b) => a + b, 0)).toBe(80);
    const after = await matches(other);
    expect(Object.values(after.booked).reduce((a, b) => a + b, 0)).toBe(40);
    expect(Object.values(after.solvedOnCall).reduce((a, b) => a + b, 0)).toBe(40);
  });

  test('a period that starts and ends mid-day adds the partial days, counted from the rows', async () => {
    const { store } = harness;
    await play(store, { center: 'CSO', bookedAt: '2026-10-05T06:00:00Z' }); // 08:00 local: before the start
    await play(store, { center: 'CSO', bookedAt: '2026-10-05T12:00:00Z' }); // partial first day
    await play(store, { center: 'CSO', bookedAt: '2026-10-06T12:00:00Z' }); // whole day
    await play(store, { center: 'CSO', bookedAt: '2026-10-07T08:00:00Z' }); // partial last day
    await play(store, { center: 'CSO', bookedAt: '2026-10-07T13:00:00Z' }); // after the end
    await catchUp(store);
    const period = { from: fromCopenhagen('2026-10-05', '10:00'), to: fromCopenhagen('2026-10-07', '12:00') };

    const range = statsRangeOf(period);
    const { booked } = await store.stats.countsPerDay(range, codes);

    expect(range.wholeDays).toEqual({ first: '2026-10-06', last: '2026-10-06' });
    expect(range.partialDays.map((p) => p.period)).toEqual([
      { from: period.from, to: fromCopenhagen('2026-10-06', '00:00') },
      { from: fromCopenhagen('2026-10-07', '00:00'), to: period.to },
    ]);
    expect(byKey(booked, (c) => c.day)).toEqual({ '2026-10-05': 1, '2026-10-06': 1, '2026-10-07': 1 });
  });
});
