import { containsPhoneCandidate } from '../../bot/src/privacy/phone-candidate';

/**
 * Promise: a phone number is recognised in any spelling, so it cannot slip into the fields that
 * everybody in a center's channel reads (topic, time window). Decision 0020.
 */
describe('a phone number is recognised however it is written', () => {
  test.each([
    ['compact', '22334455'],
    ['in pairs', '22 33 44 55'],
    ['pairs with dots', '22.33.44.55'],
    ['pairs with hyphens', '22-33-44-55'],
    ['pairs with slashes', '22/33/44/55'],
    ['groups of four', '2233 4455'],
    ['groups of three, three, two', '223 344 55'],
    ['with +45', '+45 22 33 44 55'],
    ['with +45 compact', '+4522334455'],
    ['with 0045', '0045 22334455'],
    ['with 45 and no plus', '4522334455'],
    ['a line break inside', '2233\n4455'],
    ['a zero-width space inside', '2233\u200b4455'],
    ['full-width digits', '２２３３４４５５'],
    ['Arabic-Indic digits', '٢٢٣٣٤٤٥٥'],
    ['in a sentence', 'ring til datteren på 61 72 83 94 i aften'],
    ['international with +', 'svensk nr. +46 70 123 45 67'],
    ['international with 00', '0046701234567'],
    ['a late date with a full year', '22.03.2026'],
    ['evening hours written as one number', '20.00-22.00'],
  ])('%s: %j', (_why, text) => {
    expect(containsPhoneCandidate(text)).toBe(true);
  });

  test.each([
    ['ordinary time window', 'ring 12.03.26 kl. 14.00'],
    ['office hours', 'i dag 14.00-16.00'],
    ['morning', 'i morgen 9.00-11.00'],
    ['date with month name and hour range', '22. marts kl. 20 til 22'],
    ['year range with words', '2026 til 2027'],
    ['postcode and house number', 'Lyngby Hovedgade 28, 2800 Kgs. Lyngby'],
    ['callback reference', 'TB-1042'],
    ['an 8-digit number starting with 1', '12345678'],
    ['nine digits in one group', '223344556'],
    ['seven digits', '22 33 445'],
    ['amount', '1.250.000 kr.'],
    ['no digits', 'Hjemmehjælp, rengøring'],
  ])('leaves alone: %s: %j', (_why, text) => {
    expect(containsPhoneCandidate(text)).toBe(false);
  });
});
