/**
 * Cleans text typed or pasted into a card before it is validated and stored: control characters,
 * zero-width and bidi-override characters (which can hide or disguise content) go; line breaks are
 * kept only where the field is multi-line.
 */

// Control characters except tab and line breaks, zero-width space/joiners, bidi overrides, BOM.
const invisible = /(?![\t\n\r])[\p{Cc}\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** One line: line breaks and tabs become spaces, runs of spaces collapse, ends are trimmed. */
export function cleanLine(text: string): string {
  return text
    .replace(invisible, '')
    .replace(/[\t\r\n\u2028\u2029\u00a0]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Several lines: Windows line ends become \n, tabs become spaces, at most one blank line in a row. */
export function cleanMultiline(text: string): string {
  return text
    .replace(invisible, '')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[\t\u00a0]/g, ' ')
    .replace(/[ ]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
