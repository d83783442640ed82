import { formatPhone, normalizeDanishPhone } from '../../bot/src/callbacks/phone';

describe('normalizeDanishPhone', () => {
  test.each([
    ['22334455', '22334455'],
    ['22 33 44 55', '22334455'],
    ['2233 4455', '22334455'],
    ['22-33-44-55', '22334455'],
    ['22.33.44.55', '22334455'],
    ['22/33/44/55', '22334455'],
    ['２２３３４４５５', '22334455'],
    ['22\u200b33\u200b44\u200b55', '22334455'],
    ['  22 33 44 55  ', '22334455'],
    ['22\u00a033\u00a044\u00a055', '22334455'],
    ['+45 22 33 44 55', '22334455'],
    ['+4522334455', '22334455'],
    ['0045 22 33 44 55', '22334455'],
    ['45 22 33 44 55', '22334455'],
    ['4522334455', '22334455'],
    // A number that itself starts with 45 is not mistaken for a country code.
    ['45 97 31 00', '45973100'],
    ['+45 45 97 31 00', '45973100'],
    ['99 88 77 66', '99887766'],
  ])('%j -> %s', (input, expected) => {
    expect(normalizeDanishPhone(input)).toBe(expected);
  });

  test.each([
    ['empty', ''],
    ['seven digits', '2233445'],
    ['nine digits', '223344556'],
    ['starts with 0', '02233445'],
    ['starts with 1 (short numbers)', '11223344'],
    ['Swedish number', '+46 70 123 45 67'],
    ['+45 with seven digits', '+45 2233445'],
    ['+45 with nine digits', '+45 223344556'],
    ['letters', '22 33 44 5X'],
    ['parentheses', '(22) 33 44 55'],
    ['plus without country code', '+22334455'],
    ['CPR number', '120556-1234'],
    ['extension', '22334455 lokal 12'],
  ])('rejects %s (%j)', (_why, input) => {
    expect(normalizeDanishPhone(input)).toBeNull();
  });
});

describe('formatPhone', () => {
  test.each([
    ['22334455', '22 33 44 55'],
    ['45973100', '45 97 31 00'],
    ['2233', '2233'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(formatPhone(input)).toBe(expected);
  });
});
