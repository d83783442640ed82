import { copenhagenDate, fromCopenhagen } from '../../bot/src/centers/copenhagen-time';
import { defaultCalendarConfig, workingMillisBetween } from '../../bot/src/centers/working-days';
import { toCsv } from '../../bot/src/http/tab-api/csv';
import { DurationPool, encodeDurations, percentileOf } from '../../bot/src/storage/stats/duration-lists';
import { percentileOfSorted } from '../../bot/src/storage/stats/durations';
import {
  localClockFor,
  localDatesIn,
  localDateUnder,
  mondayOf,
} from '../../bot/src/coordinator/local-calendar';
import { isStale } from '../../bot/src/coordinator/stale-guides';
import { solvedRate, toMinutes, trendOf } from '../../bot/src/coordinator/stats-math';
import { workingClock } from '../../bot/src/coordinator/working-clock';

const local = (date: string, time = '00:00') => fromCopenhagen(date, time);

describe('local days for grouping in the database', () => {
  test.each([
    ['spring forward (29 Mar 2026)', '2026-03-20', '2026-04-05'],
    ['fall back (25 Oct 2026)', '2026-10-19', '2026-11-05'],
    ['a whole year', '2026-01-01', '2027-01-01'],
    ['winter only', '2026-11-02', '2026-11-09'],
  ])('every instant of a period over %s falls on the date Intl gives it', (_case, first, end) => {
    const period = { from: local(first), to: local(end) };
    const clock = localClockFor(period);

    const wrong: string[] = [];
    for (let t = period.from.getTime(); t < period.to.getTime(); t += 17 * 60_000) {
      const at = new Date(t);
      if (localDateUnder(clock, at) !== copenhagenDate(at)) wrong.push(at.toISOString());
    }
    expect(wrong).toEqual([]);
  });

  test('a period covers each local date it touches, its end excluded', () => {
    expect(localDatesIn({ from: local('2026-10-24', '18:00'), to: local('2026-10-27') })).toEqual([
      '2026-10-24',
      '2026-10-25',
      '2026-10-26',
    ]);
  });

  test.each([
    ['2026-11-02', '2026-11-02'],
    ['2026-11-04', '2026-11-02'],
    ['2026-11-08', '2026-11-02'],
    ['2027-01-01', '2026-12-28'],
  ])('the week of %s starts Monday %s', (date, monday) => {
    expect(mondayOf(date)).toBe(monday);
  });
});

describe('working hours, remembered per day', () => {
  const clock = workingClock(defaultCalendarConfig);
  test.each([
    ['within a morning', '2026-11-02T08:00:00Z', '2026-11-02T09:30:00Z'],
    ['Friday noon to Monday 9', '2026-10-30T11:00:00Z', '2026-11-02T08:00:00Z'],
    ['booked at night', '2026-11-02T20:00:00Z', '2026-11-03T10:00:00Z'],
    ['over Christmas', '2026-12-22T10:00:00Z', '2026-12-28T10:00:00Z'],
    ['over the change to winter time', '2026-10-23T12:00:00Z', '2026-10-26T12:00:00Z'],
    ['over Easter', '2026-04-01T10:00:00Z', '2026-04-07T10:00:00Z'],
    ['backwards', '2026-11-03T10:00:00Z', '2026-11-02T10:00:00Z'],
  ])('counts %s as the working-day rule does', (_case, from, to) => {
    const [a, b] = [new Date(from), new Date(to)];
    expect(clock(a, b)).toBe(workingMillisBetween(a, b, defaultCalendarConfig));
  });
});

describe('numbers for the tab', () => {
  test.each<[number, number, number | null]>([
    [0, 0, null],
    [3, 1, 0.75],
    [0, 4, 0],
    [5, 0, 1],
  ])('solved on the call %d, booked %d: straksafklaringsgrad %p', (solved, booked, rate) => {
    expect(solvedRate(solved, booked)).toBe(rate);
  });

  test.each<[number | null, number | null]>([
    [null, null],
    [90_000, 1.5],
    [3_600_000, 60],
    [62_999, 1],
    [63_000, 1.1],
  ])('%p ms is %p minutes', (ms, minutes) => {
    expect(toMinutes(ms)).toBe(minutes);
  });

  test.each<[number[], number, number | null]>([
    [[], 0.5, null],
    [[7], 0.9, 7],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9, 91],
    [[0, 100], 0.9, 90],
  ])('percentile of %p at %p interpolates like percentile_cont: %p', (values, fraction, expected) => {
    const got = percentileOfSorted(Float64Array.from(values), fraction);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 9);
  });

  test.each([
    ['distinct values', 1_001, 1_000_000],
    ['many equal values (zero-minute claims)', 2_000, 3],
    ['two values', 2, 100],
    ['one value', 1, 100],
  ])(
    'percentiles selected from stored day lists equal those of the sorted values: %s',
    (_case, n, spread) => {
      let seed = 7;
      const next = () => (seed = (seed * 16807) % 2147483647);
      const values = Array.from({ length: n }, () => next() % spread);
      // Stored as several days' lists plus loose values from a partial day, in no order.
      const pool = new DurationPool();
      pool.addEncoded(encodeDurations(values.slice(0, n >> 1)));
      pool.addEncoded(encodeDurations([]));
      pool.addEncoded(encodeDurations(values.slice(n >> 1, n - 1)));
      values.slice(n - 1).forEach((v) => pool.add(v));
      const sorted = Float64Array.from(values).sort();

      for (const fraction of [0.5, 0.9, 0, 1]) {
        expect(percentileOf(pool.values(), fraction)).toBe(percentileOfSorted(sorted, fraction));
      }
      expect(pool.count).toBe(n);
    },
  );

  test('a trend has a point for every day or Monday-first week, also empty ones', () => {
    const dates = localDatesIn({ from: local('2026-10-30'), to: local('2026-11-03') });
    const series = {
      booked: [
        { centerCode: 'CSO', day: '2026-10-30', count: 2 },
        { centerCode: 'CSI', day: '2026-11-02', count: 1 },
      ],
      closed: [{ centerCode: 'CSO', day: '2026-11-01', count: 4 }],
      solvedOnCall: [],
    };

    expect(trendOf(dates, 'day', series).map((p) => [copenhagenDate(p.start), p.booked, p.closed])).toEqual([
      ['2026-10-30', 2, 0],
      ['2026-10-31', 0, 0],
      ['2026-11-01', 0, 4],
      ['2026-11-02', 1, 0],
    ]);
    expect(trendOf(dates, 'week', series).map((p) => [p.start.toISOString(), p.booked, p.closed])).toEqual([
      [local('2026-10-26').toISOString(), 2, 4],
      [local('2026-11-02').toISOString(), 1, 0],
    ]);
  });

  test.each<[string | null, boolean]>([
    [null, true],
    ['2025-11-03', true],
    ['2025-11-04', false],
    ['2026-06-01', false],
    ['2025-11-04T08:00:00Z', false],
  ])('a guide reviewed %p is stale on 4 Nov 2026: %p', (updated, stale) => {
    expect(isStale({ updated }, '2026-11-04')).toBe(stale);
  });
});

describe('CSV for Danish Excel', () => {
  test.each<[string | number | null, string]>([
    ['Hjemmehjælp', 'Hjemmehjælp'],
    ['a;b', '"a;b"'],
    ['sagde "nej"', '"sagde ""nej"""'],
    ['to\nlinjer', '"to\nlinjer"'],
    ['=1+1', "'=1+1"],
    ['+4522334455', "'+4522334455"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-2', "'-2"],
    [3, '3'],
    [null, ''],
  ])('writes %p as %p', (value, cell) => {
    expect(toCsv(['A'], [[value]])).toBe(`\uFEFFA\r\n${cell}\r\n`);
  });
});
