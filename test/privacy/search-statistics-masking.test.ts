import fc from 'fast-check';
import { normalizeQueryForStatistics } from '../../bot/src/inquiries/record-search';
import { containsCprCandidate } from '../../bot/src/privacy/cpr-candidate';
import { digitChains, digitCount } from '../../bot/src/privacy/digit-chains';
import { maskPersonalDigits } from '../../bot/src/privacy/mask-personal-digits';
import { normalizeDigits } from '../../bot/src/privacy/normalize-digits';
import { containsPhoneCandidate } from '../../bot/src/privacy/phone-candidate';
import { cprDigits, phoneDigits, placed, spelled } from './digit-spellings';

/**
 * Promise: before a search is stored for the statistics, every digit group that could be a phone
 * or CPR number, in any spelling, is masked (decision 0021); maskPersonalDigits is the one rule,
 * reused wherever typed text is kept or shown again.
 */
const longestGroup = (text: string) => Math.max(0, ...digitChains(normalizeDigits(text)).map(digitCount));

describe('the search text kept for the statistics', () => {
  test.each([
    ['a phone number with dots', '22.33.44.55', ''],
    ['a CPR number with dots after a word', 'cpr 01.01.90.1234', 'cpr'],
    ['a phone number with commas', 'ring 22,33,44,55 om pas', 'ring om pas'],
    ['a phone number with +45', 'Borger +45 22 33 44 55', 'borger'],
    ['Arabic-Indic digits', 'tlf ٢٢٣٣٤٤٥٥', 'tlf'],
    ['full-width digits', 'ＣＰＲ ０１０１９０－１２３４', 'cpr'],
    ['a number split by invisible characters', 'pas 2233\u200b4455', 'pas'],
    ['a birth date alone', 'født 010190', 'født'],
    ['a year stays', 'pas til barn 2026', 'pas til barn 2026'],
    ['a postcode stays', 'genbrugsplads 2800', 'genbrugsplads 2800'],
    ['plain words', 'Det gule KORT', 'det gule kort'],
  ])('%s: %j -> %j', (_why, query, stored) => {
    expect(normalizeQueryForStatistics(query)).toBe(stored);
  });

  test('no generated spelling of a CPR or phone number survives, wherever it stands', () => {
    const number = fc.oneof(
      cprDigits.chain(spelled),
      phoneDigits.chain(({ prefix, number: n }) => spelled(n).map((s) => prefix + s)),
    );
    fc.assert(
      fc.property(placed(number), (query) => {
        const stored = normalizeQueryForStatistics(query);
        expect(longestGroup(stored)).toBeLessThan(6);
        expect(containsCprCandidate(stored) || containsPhoneCandidate(stored)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  test('masked text of any kind holds no digit group of six or more, and masking it again changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const masked = maskPersonalDigits(text);
        expect(longestGroup(masked)).toBeLessThan(6);
        expect(maskPersonalDigits(masked)).toBe(masked);
      }),
      { numRuns: 3000 },
    );
  });
});
