/**
 * Detects Danish CPR numbers (ddmmyy-xxxx) in free text, so that they are refused before they
 * reach Teams or storage. Only the date part is checked: the modulus-11 rule was dropped in 2007,
 * so numbers issued since then need not satisfy it.
 */

// Six digits, an optional separator (hyphen or dash, maybe with spaces, or just a space), four
// digits; never inside a longer run of digits, so 12-digit and 8-digit numbers stay out.
const candidate = /(?<!\d)(\d{2})(\d{2})(\d{2})[ \u00a0]?[-\u2010-\u2015]?[ \u00a0]?(\d{4})(?!\d)/g;

const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The century follows from the 7th digit (the first of the four), per the CPR office's table. */
function fullYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function isCprDate(dd: string, mm: string, yy: string, serial: string): boolean {
  const day = Number(dd);
  const month = Number(mm);
  const max = daysInMonth[month - 1];
  if (max === undefined || day < 1 || day > max) return false;
  if (month === 2 && day === 29) return isLeap(fullYear(Number(yy), Number(serial[0])));
  return true;
}

function* cprMatches(text: string): Generator<RegExpMatchArray> {
  for (const m of text.matchAll(candidate)) {
    const [, dd = '', mm = '', yy = '', serial = ''] = m;
    if (isCprDate(dd, mm, yy, serial)) yield m;
  }
}

export function containsCpr(text: string): boolean {
  return !cprMatches(text).next().done;
}

/** Replaces every CPR number with a placeholder, for texts that must be kept (e.g. search logs). */
export function maskCpr(text: string, placeholder = '[CPR]'): string {
  let out = '';
  let last = 0;
  for (const m of cprMatches(text)) {
    const at = m.index ?? 0;
    out += text.slice(last, at) + placeholder;
    last = at + m[0].length;
  }
  return out + text.slice(last);
}
