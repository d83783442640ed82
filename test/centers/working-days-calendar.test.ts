import { fromCopenhagen, toCopenhagen } from '../../bot/src/centers/copenhagen-time';
import {
  defaultCalendarConfig,
  isWorkingDay,
  nextOpening,
  openingOn,
  workingMillisBetween,
  type CalendarConfig,
} from '../../bot/src/centers/working-days';

const cph = (wall: string): Date => fromCopenhagen(wall.slice(0, 10), wall.slice(11));
const wall = (at: Date): string => `${toCopenhagen(at).date} ${toCopenhagen(at).time}`;
const HOUR = 3_600_000;

const noHalfDays: CalendarConfig = {
  ...defaultCalendarConfig,
  halfDays: { dec31: null, jun5: null, may1: null },
};

describe('which days are working days', () => {
  test.each([
    // Closed: every public holiday of 2026 and 2027 on a weekday, 24 Dec, and weekends
    ['2026-01-01', 'nytårsdag', false],
    ['2026-04-02', 'skærtorsdag', false],
    ['2026-04-03', 'langfredag', false],
    ['2026-04-05', 'påskedag (Sunday)', false],
    ['2026-04-06', '2. påskedag', false],
    ['2026-05-14', 'Kristi himmelfartsdag', false],
    ['2026-05-24', 'pinsedag (Sunday)', false],
    ['2026-05-25', '2. pinsedag', false],
    ['2026-12-24', 'juleaftensdag (Thursday)', false],
    ['2026-12-25', 'juledag', false],
    ['2026-12-26', '2. juledag (Saturday)', false],
    ['2027-01-01', 'nytårsdag', false],
    ['2027-03-25', 'skærtorsdag', false],
    ['2027-03-26', 'langfredag', false],
    ['2027-03-28', 'påskedag (Sunday)', false],
    ['2027-03-29', '2. påskedag', false],
    ['2027-05-06', 'Kristi himmelfartsdag', false],
    ['2027-05-16', 'pinsedag (Sunday)', false],
    ['2027-05-17', '2. pinsedag', false],
    ['2027-12-24', 'juleaftensdag (Friday)', false],
    ['2026-09-12', 'a Saturday', false],
    ['2026-09-13', 'a Sunday', false],
    // Open: ordinary days and the days that are easy to get wrong
    ['2026-09-07', 'an ordinary Monday', true],
    ['2026-09-11', 'an ordinary Friday', true],
    ['2026-05-01', '1 May 2026, which would have been store bededag (half day)', true],
    ['2027-04-23', 'store bededag 2027, abolished', true],
    ['2026-06-05', 'grundlovsdag (half day)', true],
    ['2026-12-31', 'nytårsaftensdag 2026 (half day)', true],
    ['2027-12-31', 'nytårsaftensdag 2027 (half day)', true],
    ['2026-05-15', 'the Friday after Kristi himmelfart', true],
    ['2026-02-16', 'fastelavn (an observance, not a holiday)', true],
    ['2026-12-28', 'the Monday after Christmas 2026', true],
    ['2026-12-23', 'lillejuleaften', true],
  ] as const)('%s (%s): working day = %p', (date, _name, expected) => {
    expect(isWorkingDay(date, defaultCalendarConfig)).toBe(expected);
  });

  test('a half day configured to close at opening time makes the day closed', () => {
    const closedAllDay = { ...defaultCalendarConfig, halfDays: { dec31: '08:00', jun5: null, may1: null } };
    expect(isWorkingDay('2026-12-31', closedAllDay)).toBe(false);
  });

  test.each(['2026-02-30', '2026-9-7', '07-09-2026', ''])('refuses the malformed date %p', (date) => {
    expect(() => isWorkingDay(date, defaultCalendarConfig)).toThrow(RangeError);
  });
});

describe('opening hours of a day, as UTC instants', () => {
  test.each([
    ['2026-01-15', 'winter Thursday', '2026-01-15T07:00:00.000Z', '2026-01-15T14:00:00.000Z'],
    ['2026-03-27', 'Friday before summer time', '2026-03-27T07:00:00.000Z', '2026-03-27T12:00:00.000Z'],
    ['2026-03-30', 'Monday after summer time starts', '2026-03-30T06:00:00.000Z', '2026-03-30T13:00:00.000Z'],
    ['2026-10-26', 'Monday after summer time ends', '2026-10-26T07:00:00.000Z', '2026-10-26T14:00:00.000Z'],
    ['2026-05-01', '1 May half day', '2026-05-01T06:00:00.000Z', '2026-05-01T10:00:00.000Z'],
    ['2026-12-31', '31 Dec half day', '2026-12-31T07:00:00.000Z', '2026-12-31T11:00:00.000Z'],
  ] as const)('%s (%s) is open %s to %s', (date, _name, open, close) => {
    const opening = openingOn(date, defaultCalendarConfig);
    expect(opening && { open: opening.open.toISOString(), close: opening.close.toISOString() }).toEqual({
      open,
      close,
    });
  });

  test.each(['2026-12-24', '2026-04-03', '2026-09-12'])('%s has no opening hours', (date) => {
    expect(openingOn(date, defaultCalendarConfig)).toBeNull();
  });
});

describe('next opening', () => {
  test.each([
    ['while open it is now', '2026-09-07 10:00', '2026-09-07 10:00'],
    ['early morning waits for 08:00', '2026-09-07 07:00', '2026-09-07 08:00'],
    ['right at closing it is the next morning', '2026-09-07 15:00', '2026-09-08 08:00'],
    ['Friday afternoon waits for Monday', '2026-09-11 13:30', '2026-09-14 08:00'],
    ['31 Dec 2026 afternoon waits for 4 Jan', '2026-12-31 12:00', '2027-01-04 08:00'],
    ['23 Dec 2026 evening waits for 28 Dec', '2026-12-23 16:00', '2026-12-28 08:00'],
    ['before Easter 2026 waits for Tuesday after', '2026-04-01 15:00', '2026-04-07 08:00'],
    [
      'Saturday before summer time waits for Monday 08:00 summer time',
      '2026-03-28 12:00',
      '2026-03-30 08:00',
    ],
  ] as const)('%s: %s -> %s', (_story, at, expected) => {
    expect(wall(nextOpening(cph(at), defaultCalendarConfig))).toBe(expected);
  });
});

describe('working time between two instants', () => {
  test.each([
    ['within one morning', '2026-09-07 09:00', '2026-09-07 11:00', defaultCalendarConfig, 2],
    [
      'over a weekend, Friday noon to Monday 09:00',
      '2026-09-11 12:00',
      '2026-09-14 09:00',
      defaultCalendarConfig,
      2,
    ],
    [
      'a whole weekend counts only Friday and Monday',
      '2026-09-11 07:00',
      '2026-09-14 23:00',
      defaultCalendarConfig,
      12,
    ],
    ['a full week is 4 x 7 h + 5 h', '2026-09-07 08:00', '2026-09-14 08:00', defaultCalendarConfig, 33],
    [
      'over the 31 Dec half day and nytårsdag',
      '2026-12-31 10:00',
      '2027-01-04 09:00',
      defaultCalendarConfig,
      3,
    ],
    ['over 31 Dec with half days disabled', '2026-12-31 10:00', '2027-01-04 09:00', noHalfDays, 6],
    ['over the spring DST weekend', '2026-03-27 12:00', '2026-03-30 09:00', defaultCalendarConfig, 2],
    ['over the autumn DST weekend', '2026-10-23 12:00', '2026-10-26 09:00', defaultCalendarConfig, 2],
    ['over Easter 2026, closed throughout', '2026-04-01 15:00', '2026-04-07 08:00', defaultCalendarConfig, 0],
    ['one evening, outside opening hours', '2026-09-07 16:00', '2026-09-07 22:00', defaultCalendarConfig, 0],
    ['an end before the start', '2026-09-07 11:00', '2026-09-07 09:00', defaultCalendarConfig, 0],
  ] as const)('%s: %s -> %s is %i working hours', (_story, from, to, config, hours) => {
    expect(workingMillisBetween(cph(from), cph(to), config)).toBe(hours * HOUR);
  });
});
