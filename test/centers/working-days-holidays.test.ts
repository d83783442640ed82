import Holidays from 'date-holidays';
import { fromCopenhagen, toCopenhagen } from '../../bot/src/centers/copenhagen-time';
import { closedHolidays } from '../../bot/src/centers/danish-holidays';
import { defaultCalendarConfig, parseCalendarConfig } from '../../bot/src/centers/working-days';
import { isAppError } from '../../bot/src/shared/errors';

// If a date-holidays update changes any of these, deadlines change: review before upgrading.
describe('date-holidays (DK) still lists what the calendar relies on', () => {
  const dk = new Holidays('DK');
  const byType = (year: number, type: string) =>
    dk
      .getHolidays(year)
      .filter((h) => h.type === type)
      .map((h) => `${h.date.slice(0, 10)} ${h.name}`);

  test.each([
    [
      2026,
      [
        '2026-01-01 Nytårsdag',
        '2026-04-02 Skærtorsdag',
        '2026-04-03 Langfredag',
        '2026-04-05 Påskedag',
        '2026-04-06 Anden påskedag',
        '2026-05-14 Kristi Himmelfartsdag',
        '2026-05-24 Pinsedag',
        '2026-05-25 Anden Pinsedag',
        '2026-12-25 Juledag',
        '2026-12-26 Anden Juledag',
      ],
    ],
    [
      2027,
      [
        '2027-01-01 Nytårsdag',
        '2027-03-25 Skærtorsdag',
        '2027-03-26 Langfredag',
        '2027-03-28 Påskedag',
        '2027-03-29 Anden påskedag',
        '2027-05-06 Kristi Himmelfartsdag',
        '2027-05-16 Pinsedag',
        '2027-05-17 Anden Pinsedag',
        '2027-12-25 Juledag',
        '2027-12-26 Anden Juledag',
      ],
    ],
  ])('public holidays %i, with no store bededag', (year, expected) => {
    expect(byType(year, 'public')).toEqual(expected);
  });

  test.each([2026, 2027])('%i: 1 May, 5 Jun and 24 Dec are observances, not public holidays', (year) => {
    expect(byType(year, 'observance')).toEqual(
      expect.arrayContaining([
        `${year}-05-01 1. maj`,
        `${year}-06-05 Grundlovsdag`,
        `${year}-12-24 Juleaftensdag`,
      ]),
    );
  });

  test('store bededag was still a public holiday in 2023, so its removal is the rule, not an omission', () => {
    expect(byType(2023, 'public')).toContain('2023-05-05 Store Bededag');
  });
});

describe('closed holidays used by the calendar', () => {
  test.each([
    [
      2026,
      ['01-01', '04-02', '04-03', '04-05', '04-06', '05-14', '05-24', '05-25', '12-24', '12-25', '12-26'],
    ],
    [
      2027,
      ['01-01', '03-25', '03-26', '03-28', '03-29', '05-06', '05-16', '05-17', '12-24', '12-25', '12-26'],
    ],
  ])('%i: the public holidays plus 24 Dec', (year, days) => {
    expect([...closedHolidays(year)].sort()).toEqual(days.map((md) => `${year}-${md}`));
  });
});

describe('Copenhagen wall time', () => {
  test.each([
    ['2026-01-15', '08:00', '2026-01-15T07:00:00.000Z', 'winter time is UTC+1'],
    ['2026-07-15', '08:00', '2026-07-15T06:00:00.000Z', 'summer time is UTC+2'],
    ['2026-03-29', '01:59', '2026-03-29T00:59:00.000Z', 'just before the spring change'],
    ['2026-03-29', '02:30', '2026-03-29T01:30:00.000Z', 'the missing hour moves forward to 03:30'],
    ['2026-03-29', '03:00', '2026-03-29T01:00:00.000Z', 'just after the spring change'],
    ['2026-10-25', '02:30', '2026-10-25T00:30:00.000Z', 'the repeated hour takes the first one'],
    ['2026-10-25', '03:00', '2026-10-25T02:00:00.000Z', 'just after the autumn change'],
    ['2027-03-28', '08:00', '2027-03-28T06:00:00.000Z', 'Easter Sunday 2027 is summer time'],
  ])('%s %s is %s (%s)', (date, time, utc) => {
    expect(fromCopenhagen(date, time).toISOString()).toBe(utc);
  });

  test.each([
    ['2026-06-30T22:30:00.000Z', '2026-07-01', '00:30'],
    ['2026-12-31T23:15:00.000Z', '2027-01-01', '00:15'],
    ['2026-10-25T00:30:00.000Z', '2026-10-25', '02:30'],
    ['2026-10-25T01:30:00.000Z', '2026-10-25', '02:30'],
  ])('%s is %s %s in Copenhagen', (utc, date, time) => {
    const local = toCopenhagen(new Date(utc));
    expect([local.date, local.time]).toEqual([date, time]);
  });
});

describe('calendar configuration', () => {
  test('the default configuration is valid', () => {
    expect(parseCalendarConfig(defaultCalendarConfig)).toEqual(defaultCalendarConfig);
  });

  const invalid = (patch: object) => ({ ...defaultCalendarConfig, ...patch });
  test.each([
    [
      'a time without a leading zero',
      invalid({ halfDays: { dec31: '9:00', jun5: null, may1: null } }),
      'halfDays.dec31',
    ],
    [
      'opening after closing',
      invalid({
        openingHours: { ...defaultCalendarConfig.openingHours, 1: { open: '15:00', close: '08:00' } },
      }),
      'openingHours.1',
    ],
    [
      'no weekday open',
      invalid({ openingHours: { 0: null, 1: null, 2: null, 3: null, 4: null, 5: null, 6: null } }),
      'openingHours',
    ],
    [
      'a missing weekday',
      invalid({ openingHours: { 1: { open: '08:00', close: '15:00' } } }),
      'openingHours.0',
    ],
  ])('refuses %s and names the setting', (_story, raw, path) => {
    let caught: unknown;
    try {
      parseCalendarConfig(raw);
    } catch (e) {
      caught = e;
    }
    expect(isAppError(caught, 'CONFIG_INVALID')).toBe(true);
    expect((caught as Error).message).toContain(`CALENDAR.${path}:`);
  });
});
