import { formatDanishDate, parseDanishDate } from '../../tab/src/danish-date';
import { formatPhone } from '../../tab/src/format';

/** Dates typed the way Danes write them, whatever the browser's language. */
describe('a date typed in the tab', () => {
  test.each<[string, string | null]>([
    ['16.11.2026', '2026-11-16'],
    ['1.2.2026', '2026-02-01'],
    ['16-11-2026', '2026-11-16'],
    ['16/11/2026', '2026-11-16'],
    [' 16.11.2026 ', '2026-11-16'],
    ['2026-11-16', '2026-11-16'],
    // Day first, always: an American reading would make this 11 April.
    ['4.11.2026', '2026-11-04'],
    ['31.2.2026', null],
    ['29.2.2028', '2028-02-29'],
    ['16.11.26', null],
    ['16.11', null],
    ['11/32/2026', null],
    ['', null],
    ['i går', null],
  ])('%j reads as %j', (typed, iso) => {
    expect(parseDanishDate(typed)).toBe(iso);
  });

  test.each([
    ['2026-11-16', '16.11.2026'],
    ['2026-02-01', '01.02.2026'],
    ['16.11', '16.11'],
    ['', ''],
  ])('%j shows as %j', (iso, shown) => {
    expect(formatDanishDate(iso)).toBe(shown);
  });
});

test('a phone number shows in pairs, as on the holder’s card', () => {
  expect(formatPhone('22334455')).toBe('22 33 44 55');
});
