import { digitChains, wholeGroupRuns, type DigitChain } from './digit-chains';
import { normalizeDigits } from './normalize-digits';

/**
 * Danish CPR numbers in any spelling (decision 0020): after normalizeDigits, a valid ddmmyy date
 * followed by four digits, the groups parted by at most two separator characters. Only the date
 * is checked: the modulus-11 rule was dropped in 2007, so many real numbers fail it.
 */

const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The century follows from the 7th digit (the first of the four), per the CPR office's table. */
function fullYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Ten digits whose first six are a date that a CPR number can start with. */
function isCprDigits(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const max = daysInMonth[month - 1];
  if (max === undefined || day < 1 || day > max) return false;
  if (month === 2 && day === 29) return isLeap(fullYear(Number(digits.slice(4, 6)), Number(digits[6])));
  return true;
}

const chainHoldsCpr = (chain: DigitChain): boolean => wholeGroupRuns(chain, 10).some(isCprDigits);

export function containsCprCandidate(text: string): boolean {
  return digitChains(normalizeDigits(text)).some(chainHoldsCpr);
}
