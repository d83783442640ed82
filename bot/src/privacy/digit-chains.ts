/**
 * Digit groups as people write numbers (decision 0020): digits, where each two neighbouring
 * digits may be parted by at most two separator characters (space, tab, line break, hyphen or
 * dash, full stop, slash, underscore), or by one of them with a space either side (`010190 - 1234`,
 * refused long before this rule). `01.01.90-1234`, `0101 901234` and `22 33 44 55` are each one
 * chain. Runs on text already passed through normalizeDigits.
 */
const separator = String.raw`[ \t\n\r\u2028\u2029\-\u2010-\u2015\u2212./_]`;
const gap = String.raw`(?:${separator}{0,2}| ${separator} )`;
const chainPattern = new RegExp(String.raw`\+?\d(?:${gap}\d)*`, 'g');

export interface DigitChain {
  /** Where the chain (with a leading `+`) starts and ends in the normalized text. */
  start: number;
  end: number;
  /** The chain was written with a leading `+`, as international numbers are. */
  plus: boolean;
  /** The runs of digits, in order: `01.01.90-1234` is ['01', '01', '90', '1234']. */
  groups: string[];
}

export function digitChains(normalized: string): DigitChain[] {
  return [...normalized.matchAll(chainPattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    plus: m[0].startsWith('+'),
    groups: m[0].match(/\d+/g) ?? [],
  }));
}

export const digitCount = (chain: DigitChain): number => chain.groups.reduce((n, g) => n + g.length, 0);

/**
 * The digits of every run of whole groups with exactly `length` digits. A number starts and ends
 * where a group does: `9120556-1234` holds no ten-digit number, `9 120556-1234` does.
 */
export function wholeGroupRuns(chain: DigitChain, length: number): string[] {
  const runs: string[] = [];
  chain.groups.forEach((_, first) => {
    let digits = '';
    for (const group of chain.groups.slice(first)) {
      digits += group;
      if (digits.length >= length) break;
    }
    if (digits.length === length) runs.push(digits);
  });
  return runs;
}
