import { fromCopenhagen, toCopenhagen } from '../../bot/src/centers/copenhagen-time';
import { isAppError } from '../../bot/src/shared/errors';
import {
  callbackDeadline,
  defaultCalendarConfig,
  type CalendarConfig,
} from '../../bot/src/centers/working-days';

/** 'YYYY-MM-DD HH:MM' in Copenhagen wall time <-> UTC instant. */
const cph = (wall: string): Date => fromCopenhagen(wall.slice(0, 10), wall.slice(11));
const wall = (at: Date): string => `${toCopenhagen(at).date} ${toCopenhagen(at).time}`;

const noHalfDays: CalendarConfig = {
  ...defaultCalendarConfig,
  halfDays: { dec31: null, jun5: null, may1: null },
};

describe('callback deadline with the default calendar (Mon-Thu 08-15, Fri 08-13, half days close 12:00)', () => {
  test.each([
    // [story, booked (Copenhagen), working days, deadline (Copenhagen)]
    ['Monday morning counts from Monday', '2026-09-07 10:00', 2, '2026-09-09 15:00'],
    ['Monday before opening counts from Monday', '2026-09-07 07:00', 2, '2026-09-09 15:00'],
    ['Monday a minute before closing counts from Monday', '2026-09-07 14:59', 2, '2026-09-09 15:00'],
    ['Monday right at closing counts from Tuesday', '2026-09-07 15:00', 2, '2026-09-10 15:00'],
    ['Monday evening counts from Tuesday', '2026-09-07 16:00', 2, '2026-09-10 15:00'],
    ['a deadline on a Friday is at Friday closing, 13:00', '2026-09-09 10:00', 2, '2026-09-11 13:00'],
    ['Thursday + 2 skips the weekend to Monday', '2026-09-10 10:00', 2, '2026-09-14 15:00'],
    ['Friday before 13:00 + 1 is Monday', '2026-09-11 12:00', 1, '2026-09-14 15:00'],
    ['Friday after 13:00 counts from Monday', '2026-09-11 14:00', 1, '2026-09-15 15:00'],
    ['Saturday counts from Monday', '2026-09-12 10:00', 2, '2026-09-16 15:00'],
    ['late Sunday evening counts from Monday', '2026-09-13 23:59', 2, '2026-09-16 15:00'],
    ['0 working days is closing time the same day', '2026-09-07 10:00', 0, '2026-09-07 15:00'],
    ['5 working days is a week', '2026-09-07 10:00', 5, '2026-09-14 15:00'],
    // Easter 2026: skærtorsdag 2 Apr, langfredag 3 Apr, 2. påskedag 6 Apr
    ['the day before Easter 2026 + 1 is Tuesday after Easter', '2026-04-01 10:00', 1, '2026-04-07 15:00'],
    ['the evening before Easter 2026 counts from Tuesday after', '2026-04-01 16:00', 1, '2026-04-08 15:00'],
    ['on skærtorsdag 2026 counts from Tuesday after Easter', '2026-04-02 10:00', 2, '2026-04-09 15:00'],
    ['on 2. påskedag 2026 counts from Tuesday', '2026-04-06 10:00', 1, '2026-04-08 15:00'],
    ['3 days across Easter 2026', '2026-03-31 10:00', 3, '2026-04-08 15:00'],
    // Easter 2027: 25-29 March, and summer time starts on Easter Sunday
    ['the day before Easter 2027 + 1 is Tuesday after Easter', '2027-03-24 10:00', 1, '2027-03-30 15:00'],
    ['on langfredag 2027 counts from Tuesday after Easter', '2027-03-26 09:00', 1, '2027-03-31 15:00'],
    ['on 2. påskedag 2027 counts from Tuesday', '2027-03-29 10:00', 2, '2027-04-01 15:00'],
    // Kristi himmelfartsdag (Thursday); the Friday after is an ordinary Friday
    ['before Kristi himmelfart 2026 the next day is Friday', '2026-05-13 10:00', 1, '2026-05-15 13:00'],
    ['on Kristi himmelfart 2026 counts from Friday', '2026-05-14 11:00', 1, '2026-05-18 15:00'],
    ['across Kristi himmelfart 2027', '2027-05-05 10:00', 2, '2027-05-10 15:00'],
    // Pinse: 2. pinsedag is a Monday
    ['Friday before pinse 2026 + 1 is Tuesday', '2026-05-22 10:00', 1, '2026-05-26 15:00'],
    ['Friday before pinse 2027 + 1 is Tuesday', '2027-05-14 10:00', 1, '2027-05-18 15:00'],
    ['on 2. pinsedag 2027 counts from Tuesday', '2027-05-17 10:00', 1, '2027-05-19 15:00'],
    // 1 May 2026 is a Friday and would have been store bededag: a working day closing at 12:00
    ['a deadline on 1 May 2026 is at 12:00', '2026-04-30 10:00', 1, '2026-05-01 12:00'],
    ['1 May 2026 morning, 0 days, ends at 12:00', '2026-05-01 11:00', 0, '2026-05-01 12:00'],
    ['1 May 2026 morning counts from 1 May', '2026-05-01 11:00', 1, '2026-05-04 15:00'],
    ['1 May 2026 afternoon counts from Monday', '2026-05-01 12:30', 1, '2026-05-05 15:00'],
    ['store bededag 2027 (23 Apr) is an ordinary Friday', '2027-04-22 10:00', 1, '2027-04-23 13:00'],
    // Grundlovsdag 5 Jun 2026 is a Friday
    ['a deadline on grundlovsdag is at 12:00', '2026-06-04 10:00', 1, '2026-06-05 12:00'],
    ['grundlovsdag right at 12:00 counts from Monday', '2026-06-05 12:00', 1, '2026-06-09 15:00'],
    // Christmas and New Year
    ['23 Dec 2026 + 1 skips 24-27 Dec', '2026-12-23 10:00', 1, '2026-12-28 15:00'],
    ['on 24 Dec 2026 counts from 28 Dec', '2026-12-24 09:00', 1, '2026-12-29 15:00'],
    ['on juledag 2026 counts from 28 Dec', '2026-12-25 10:00', 2, '2026-12-30 15:00'],
    ['on 2. juledag 2027 (a Sunday) counts from 27 Dec', '2027-12-26 10:00', 1, '2027-12-28 15:00'],
    ['a deadline on 31 Dec 2026 is at 12:00', '2026-12-30 10:00', 1, '2026-12-31 12:00'],
    ['31 Dec 2026 morning, 0 days, ends at 12:00', '2026-12-31 11:00', 0, '2026-12-31 12:00'],
    ['31 Dec 2026 afternoon skips nytårsdag to 4 Jan', '2026-12-31 13:00', 1, '2027-01-05 15:00'],
    ['23 Dec 2027 + 1 skips 24-26 Dec', '2027-12-23 10:00', 1, '2027-12-27 15:00'],
    ['a deadline on 31 Dec 2027 (Friday) is at 12:00', '2027-12-30 10:00', 1, '2027-12-31 12:00'],
    ['31 Dec 2027 at 12:00 counts from 3 Jan 2028', '2027-12-31 12:00', 1, '2028-01-04 15:00'],
    ['on nytårsdag 2026 counts from 2 Jan', '2026-01-01 10:00', 1, '2026-01-05 15:00'],
    ['on nytårsdag 2027 counts from 4 Jan', '2027-01-01 10:00', 1, '2027-01-05 15:00'],
    // Daylight saving time changes
    ['across the spring change 29 Mar 2026', '2026-03-27 10:00', 1, '2026-03-30 15:00'],
    ['on the spring change day itself', '2026-03-29 03:30', 1, '2026-03-31 15:00'],
    ['across the autumn change 25 Oct 2026', '2026-10-23 10:00', 1, '2026-10-26 15:00'],
    ['in the repeated hour of 25 Oct 2026', '2026-10-25 02:30', 1, '2026-10-27 15:00'],
  ] as const)('%s: booked %s + %i working days -> %s', (_story, booked, days, expected) => {
    expect(wall(callbackDeadline(cph(booked), days, defaultCalendarConfig))).toBe(expected);
  });

  // Guards the wall-time conversion itself: the same 15:00 is 14:00Z in winter and 13:00Z in summer.
  test.each([
    ['2026-03-27T09:00:00Z', 1, '2026-03-30T13:00:00.000Z'],
    ['2026-10-23T08:00:00Z', 1, '2026-10-26T14:00:00.000Z'],
    ['2027-03-24T09:00:00Z', 1, '2027-03-30T13:00:00.000Z'],
  ] as const)('booked %s (UTC) + %i -> %s (UTC)', (booked, days, expected) => {
    expect(callbackDeadline(new Date(booked), days, defaultCalendarConfig).toISOString()).toBe(expected);
  });
});

describe('callback deadline when the calendar is configured differently', () => {
  const fridayClosed: CalendarConfig = {
    ...defaultCalendarConfig,
    openingHours: { ...defaultCalendarConfig.openingHours, 5: null },
  };
  const halfDaysAt10: CalendarConfig = {
    ...defaultCalendarConfig,
    halfDays: { dec31: '10:00', jun5: '10:00', may1: '10:00' },
  };
  const halfDaysAt14: CalendarConfig = {
    ...defaultCalendarConfig,
    halfDays: { dec31: '14:00', jun5: '14:00', may1: '14:00' },
  };
  test.each([
    ['half days disabled: 31 Dec closes at 15:00', noHalfDays, '2026-12-30 10:00', 1, '2026-12-31 15:00'],
    [
      'half days disabled: 1 May 12:30 still counts from 1 May',
      noHalfDays,
      '2026-05-01 12:30',
      1,
      '2026-05-04 15:00',
    ],
    [
      'half days disabled: grundlovsdag is a normal Friday',
      noHalfDays,
      '2026-06-04 10:00',
      1,
      '2026-06-05 13:00',
    ],
    [
      'half days at 10:00: 31 Dec 10:30 counts from 4 Jan',
      halfDaysAt10,
      '2026-12-31 10:30',
      1,
      '2027-01-05 15:00',
    ],
    ['half day at 14:00 on a Friday keeps 13:00', halfDaysAt14, '2026-06-04 10:00', 1, '2026-06-05 13:00'],
    [
      'half day at 14:00 on a Thursday closes at 14:00',
      halfDaysAt14,
      '2026-12-30 10:00',
      1,
      '2026-12-31 14:00',
    ],
    ['Fridays closed: Thursday + 1 is Monday', fridayClosed, '2026-09-10 10:00', 1, '2026-09-14 15:00'],
    [
      'Fridays closed: booked Friday counts from Monday',
      fridayClosed,
      '2026-09-11 10:00',
      1,
      '2026-09-15 15:00',
    ],
  ] as const)('%s', (_story, config, booked, days, expected) => {
    expect(wall(callbackDeadline(cph(booked), days, config))).toBe(expected);
  });

  test.each([-1, 1.5, Number.NaN])('refuses %p working days as a configuration error', (days) => {
    let caught: unknown;
    try {
      callbackDeadline(cph('2026-09-07 10:00'), days, defaultCalendarConfig);
    } catch (e) {
      caught = e;
    }
    expect(isAppError(caught, 'CONFIG_INVALID')).toBe(true);
  });

  test('a calendar with no open weekday fails instead of looping forever', () => {
    const neverOpen: CalendarConfig = {
      ...defaultCalendarConfig,
      openingHours: { 0: null, 1: null, 2: null, 3: null, 4: null, 5: null, 6: null },
    };
    expect(() => callbackDeadline(cph('2026-09-07 10:00'), 1, neverOpen)).toThrow(/no working day/);
  });
});
