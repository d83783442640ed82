import { containsCpr, maskCpr } from '../../bot/src/callbacks/cpr';

describe('containsCpr', () => {
  test.each([
    ['dash', '120556-1234'],
    ['no separator', '1205561234'],
    ['space', '120556 1234'],
    ['spaced dash', '120556 - 1234'],
    ['en dash pasted from Word', '120556–1234'],
    ['non-breaking space', '120556\u00a01234'],
    ['inside a sentence', 'Borgeren har cpr 010190-1234 og ringer om pas'],
    ['after a label without space', 'CPR:3112991234'],
    ['in parentheses', 'Anna Hansen (241280-4321)'],
    ['at the end after a full stop', 'Hendes nummer er 150307-4000.'],
    ['born after 2007, fails modulus 11', '010110-4005'],
    ['31 January', '310185-1111'],
    ['30 April', '300485-1111'],
    ['29 Feb in a leap year (1984, 7th digit 1)', '290284-1234'],
    ['29 Feb 2000 (7th digit 4, yy 00)', '290200-4234'],
    ['29 Feb 2000 (7th digit 5, yy 00)', '290200-5234'],
    ['second of two numbers', 'ref TB-1042, cpr 020202-2222'],
    ['line break inside a multi-line description', 'Søn:\n051015-3000\nmor ringer'],
  ])('finds a CPR number: %s', (_why, text) => {
    expect(containsCpr(text)).toBe(true);
  });

  test.each([
    ['8-digit phone in pairs', '22 33 44 55'],
    ['8-digit phone compact', '22334455'],
    ['phone with +45', '+45 22334455'],
    ['phone with +45 compact', '+4522334455'],
    ['phone with 0045', '004522334455'],
    ['phone with 45 and no plus', '4522334455'],
    ['phone in groups of four', '2233 4455'],
    ['callback reference', 'TB-1042'],
    ['date with full year', '12-05-2026'],
    ['date with full year compact', '12052026'],
    ['date and time', '12.05.2026 kl. 10-12'],
    ['ISO date', '2026-05-12'],
    ['time window', 'i dag 10-12, eller 14.30-15.30'],
    ['amount', '1.250.000 kr.'],
    ['amount with decimals', '12.500,75 kr'],
    ['day 32', '320156-1234'],
    ['day 00', '000156-1234'],
    ['month 13', '121356-1234'],
    ['month 00', '120056-1234'],
    ['31 April', '310485-1234'],
    ['30 February', '300285-1234'],
    ['29 Feb 1985 (not a leap year)', '290285-1234'],
    ['29 Feb 1900 (7th digit 3: not a leap year)', '290200-3234'],
    ['11 digits', '12055612345'],
    ['12-digit bank account', '120556123456'],
    ['CPR-shaped run inside a longer number', '9120556-1234'],
    ['five digits after the dash', '120556-12345'],
    ['three digits after the dash', '120556-123'],
    ['empty', ''],
    ['no digits at all', 'Borgeren vil gerne ringes op om hjemmehjælp'],
  ])('leaves alone: %s', (_why, text) => {
    expect(containsCpr(text)).toBe(false);
  });
});

describe('maskCpr', () => {
  test.each([
    ['cpr 120556-1234 og tlf 22334455', 'cpr [CPR] og tlf 22334455'],
    ['120556 1234, 010190-4321', '[CPR], [CPR]'],
    ['ingen her: TB-1042', 'ingen her: TB-1042'],
  ])('%j -> %j', (text, masked) => {
    expect(maskCpr(text)).toBe(masked);
  });
});
