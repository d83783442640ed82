import { containsCprCandidate } from '../../bot/src/privacy/cpr-candidate';

/**
 * Promise: a CPR number is recognised in every common spelling (decision 0020). The rule:
 * normalise (NFKC, drop format characters, Unicode digits to ASCII), then a valid ddmmyy date and
 * four digits, the groups parted by at most two of space - – . / _ and line breaks.
 */
describe('a CPR number is recognised however it is written', () => {
  test.each([
    ['dash', '010190-1234'],
    ['no separator', '0101901234'],
    ['spaces between every pair', '01 01 90 1234'],
    ['hyphens between every pair', '01-01-90-1234'],
    ['dots and a hyphen', '01.01.90-1234'],
    ['a dot', '010190.1234'],
    ['a slash', '010190/1234'],
    ['an underscore', '010190_1234'],
    ['split after the month', '0101 901234'],
    ['a line break between the parts', '010190\n1234'],
    ['a Windows line break between the parts', '010190\r\n1234'],
    ['spaced dash', '010190 - 1234'],
    ['en dash pasted from Word', '010190–1234'],
    ['non-breaking space', '010190\u00a01234'],
    ['narrow no-break space', '010190\u202f1234'],
    ['soft hyphen between digits', '01\u00ad01\u00ad90\u00ad1234'],
    ['zero-width space', '010190\u200b1234'],
    ['zero-width non-joiner', '0101\u200c901234'],
    ['zero-width joiner', '01019\u200d01234'],
    ['word joiner', '010190\u20601234'],
    ['invisible times', '010190\u20621234'],
    ['invisible plus', '0101901\u2064234'],
    ['Mongolian vowel separator', '010190\u180e1234'],
    ['BOM inside', '0101\ufeff901234'],
    ['full-width digits', '０１０１９０－１２３４'],
    ['Arabic-Indic digits', '٠١٠١٩٠-١٢٣٤'],
    ['Devanagari digits', '०१०१९०-१२३४'],
    ['mathematical bold digits', '𝟎𝟏𝟎𝟏𝟗𝟎-𝟏𝟐𝟑𝟒'],
    ['inside a sentence', 'Borgeren har cpr 010190-1234 og ringer om pas'],
    ['after a label without space', 'CPR:3112991234'],
    ['in parentheses', 'Anna Hansen (241280-4321)'],
    ['at the end after a full stop', 'Hendes nummer er 150307-4000.'],
    ['born after 2007, fails modulus 11', '010110-4005'],
    ['31 January', '310185-1111'],
    ['29 Feb in a leap year (1984, 7th digit 1)', '290284-1234'],
    ['29 Feb 2000 (7th digit 4, yy 00)', '290200-4234'],
    ['second of two numbers', 'ref TB-1042, cpr 020202-2222'],
    ['right after a phone number', '22334455 010190-1234'],
    ['a lone digit before it', '9 010190-1234'],
    ['a date and a time that form one', '12.03.26 14.00'],
  ])('%s: %j', (_why, text) => {
    expect(containsCprCandidate(text)).toBe(true);
  });

  test.each([
    ['ordinary time window', 'ring 12.03.26 kl. 14.00'],
    ['8-digit phone in pairs', '22 33 44 55'],
    ['phone with +45', '+45 22334455'],
    ['phone with 0045', '004522334455'],
    ['callback reference', 'TB-1042'],
    ['date with full year', '12-05-2026'],
    ['ISO date', '2026-05-12'],
    ['time window with two periods', 'i dag 10-12, eller 14.30-15.30'],
    ['amount', '1.250.000 kr.'],
    ['three separators apart', '010190 - - 1234'],
    ['day 32', '320156-1234'],
    ['day 00', '000156-1234'],
    ['month 13', '121356-1234'],
    ['31 April', '310485-1234'],
    ['29 Feb 1985 (not a leap year)', '290285-1234'],
    ['29 Feb 1900 (7th digit 3: not a leap year)', '290200-3234'],
    ['11 digits', '12055612345'],
    ['12-digit bank account', '120556123456'],
    ['CPR-shaped run inside a longer number', '9120556-1234'],
    ['five digits after the dash', '120556-12345'],
    ['three digits after the dash', '120556-123'],
    ['empty', ''],
    ['no digits at all', 'Borgeren vil gerne ringes op om hjemmehjælp'],
  ])('leaves alone: %s: %j', (_why, text) => {
    expect(containsCprCandidate(text)).toBe(false);
  });
});
