import { defaultBucket, localDate, mondayOf, periodOf, startOfLocalDate } from '../../tab/src/period';

/** The tab's periods are Copenhagen days and weeks, whatever time zone the browser is in. */
describe('periods in Copenhagen time', () => {
  test.each([
    ['a winter day starts at 23:00 UTC the day before', '2026-11-25', '2026-11-24T23:00:00.000Z'],
    ['a summer day starts at 22:00 UTC the day before', '2026-06-15', '2026-06-14T22:00:00.000Z'],
    ['the day clocks go forward still starts at midnight', '2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['the day clocks go back still starts at midnight', '2026-10-25', '2026-10-24T22:00:00.000Z'],
  ])('%s', (_name, date, instant) => {
    expect(startOfLocalDate(date).toISOString()).toBe(instant);
  });

  test.each([
    ['late evening UTC is already tomorrow in Copenhagen', '2026-11-24T23:30:00Z', '2026-11-25'],
    ['the first minute of the day', '2026-11-24T23:00:00Z', '2026-11-25'],
    ['the last minute of the day', '2026-11-25T22:59:00Z', '2026-11-25'],
  ])('%s', (_name, instant, date) => {
    expect(localDate(new Date(instant))).toBe(date);
  });

  test.each([
    ['Wednesday', '2026-11-25', '2026-11-23'],
    ['Monday', '2026-11-23', '2026-11-23'],
    ['Sunday belongs to the week before', '2026-11-29', '2026-11-23'],
    ['across a month', '2026-12-02', '2026-11-30'],
  ])('the week of a %s starts on its Monday', (_name, date, monday) => {
    expect(mondayOf(date)).toBe(monday);
  });

  const now = new Date('2026-11-25T11:00:00Z'); // Wednesday 12:00 in Copenhagen
  test.each([
    ['today', { kind: 'today' } as const, '2026-11-24T23:00:00.000Z', '2026-11-25T23:00:00.000Z'],
    ['this week', { kind: 'week' } as const, '2026-11-22T23:00:00.000Z', '2026-11-29T23:00:00.000Z'],
    ['the last 30 days', { kind: 'last30' } as const, '2026-10-26T23:00:00.000Z', '2026-11-25T23:00:00.000Z'],
    [
      'a chosen period, both dates included',
      { kind: 'custom', fromDate: '2026-11-16', toDate: '2026-11-20' } as const,
      '2026-11-15T23:00:00.000Z',
      '2026-11-20T23:00:00.000Z',
    ],
  ])('%s is a half-open span of Copenhagen days', (_name, choice, from, to) => {
    const period = periodOf(choice, now);
    expect({ from: period?.from.toISOString(), to: period?.to.toISOString() }).toEqual({ from, to });
  });

  test.each([
    ['an end before the start', '2026-11-20', '2026-11-16'],
    ['a missing end', '2026-11-20', ''],
    ['text that is not a date', 'i går', '2026-11-16'],
  ])('a chosen period with %s asks for nothing', (_name, fromDate, toDate) => {
    expect(periodOf({ kind: 'custom', fromDate, toDate }, now)).toBeNull();
  });

  test.each([
    ['a week', { kind: 'week' } as const, 'day'],
    ['30 days', { kind: 'last30' } as const, 'day'],
    ['a quarter', { kind: 'custom', fromDate: '2026-09-01', toDate: '2026-11-30' } as const, 'week'],
  ])('the trend of %s is shown per %s', (_name, choice, bucket) => {
    expect(defaultBucket(periodOf(choice, now)!)).toBe(bucket);
  });
});
