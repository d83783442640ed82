import fc from 'fast-check';

/**
 * Generators for the ways people write a number (decision 0020): separators between any digits,
 * invisible characters, other digit scripts, text around it. Shared by the CPR and phone properties.
 */

/** The separators the rule allows between two digits (at most two of them). */
const separators = [' ', '-', '–', '.', '/', '_', '\n', '\r\n', '\u00a0'];
/** Format characters the rule drops before it looks. */
const invisibles = [
  '\u00ad',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\u2061',
  '\u2062',
  '\u2063',
  '\u2064',
  '\u180e',
  '\ufeff',
];
/** Zero of each digit script tried: ASCII, full-width, Arabic-Indic, Persian, Devanagari, Bengali, Thai, maths bold. */
const digitZeros = [0x30, 0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x1d7ce];

const gap = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constantFrom(...separators) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...separators), fc.constantFrom(...separators))
      .map(([a, b]) => a + b),
  },
);
const hidden = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom(...invisibles) },
);

/** `digits` (ASCII) written in one script, with separators and invisible characters between digits. */
export function spelled(digits: string): fc.Arbitrary<string> {
  const n = digits.length;
  return fc
    .record({
      zero: fc.constantFrom(...digitZeros),
      gaps: fc.array(gap, { minLength: n - 1, maxLength: n - 1 }),
      hides: fc.array(hidden, { minLength: n - 1, maxLength: n - 1 }),
    })
    .map(({ zero, gaps, hides }) =>
      [...digits]
        .map((d, i) => String.fromCodePoint(zero + Number(d)) + (i < n - 1 ? hides[i]! + gaps[i]! : ''))
        .join(''),
    );
}

/** Words around the number, with no digits, so the number stands on its own. */
const words = fc.stringMatching(/^[A-Za-zÆØÅæøå ,:()]{0,24}$/);

/** `number` somewhere in a text: alone, at the start, in the middle or at the end. */
export const placed = (number: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(words, number, words, fc.constantFrom('', ' ', '\n'))
    .map(
      ([before, n, after, glue]) =>
        `${before}${before ? glue || ' ' : ''}${n}${after ? glue || ' ' : ''}${after}`,
    );

const two = (n: number) => String(n).padStart(2, '0');

/** A CPR number: a real ddmmyy date and four digits. */
export const cprDigits = fc
  .record({
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    year: fc.integer({ min: 0, max: 99 }),
    serial: fc.integer({ min: 0, max: 9999 }),
  })
  .map(
    ({ day, month, year, serial }) =>
      `${two(day)}${two(month)}${two(year)}${String(serial).padStart(4, '0')}`,
  );

/** A Danish phone number with an optional country prefix (written without separators inside it). */
export const phoneDigits = fc
  .tuple(
    fc.constantFrom('', '+45', '0045', '45'),
    fc.constantFrom('', ' ', '-'),
    fc.integer({ min: 20_000_000, max: 99_999_999 }),
  )
  .map(([prefix, glue, number]) => ({ prefix: prefix ? prefix + glue : '', number: String(number) }));
