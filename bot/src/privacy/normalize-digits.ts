/**
 * Text as the personal-digit rules read it (decision 0020), so that no spelling hides a number:
 * NFKC (full-width and other compatibility digits become ASCII), format and control characters
 * dropped (soft hyphen, zero-width spaces and joiners, word joiner, invisible operators, the
 * Mongolian vowel separator, BOM), combining marks after a digit dropped (keycaps), and every
 * other decimal digit (Arabic-Indic, Devanagari, …) mapped to its ASCII digit. A Windows line
 * break counts as one line break.
 */
const invisible = /(?![\t\n\r])[\p{Cf}\p{Cc}]/gu;
const marksAfterDigit = /(\p{Nd})\p{M}+/gu;
const otherDigit = /(?![0-9])\p{Nd}/gu;
const isDigit = /^\p{Nd}$/u;

export function normalizeDigits(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(invisible, '')
    .replace(marksAfterDigit, '$1')
    .replace(otherDigit, asciiDigit);
}

/** Unicode encodes every set of decimal digits as ten consecutive code points, zero first. */
function asciiDigit(digit: string): string {
  let codePoint = digit.codePointAt(0) ?? 0;
  let value = 0;
  while (isDigit.test(String.fromCodePoint(codePoint - 1))) {
    codePoint--;
    value++;
  }
  return String(value % 10);
}
