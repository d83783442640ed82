import { digitChains, wholeGroupRuns, type DigitChain } from './digit-chains';
import { normalizeDigits } from './normalize-digits';

/**
 * Phone numbers in any spelling (decision 0020), for the fields everybody in a channel reads: a
 * Danish subscriber number (eight digits, the first 2–9), bare or after 45 / 0045, in whole digit
 * groups; or any number of eight digits or more written as international (`+…` or `00…`).
 */
const danish = [/^[2-9]\d{7}$/, /^45[2-9]\d{7}$/, /^0045[2-9]\d{7}$/];

function chainHoldsPhone(chain: DigitChain): boolean {
  const digits = chain.groups.join('');
  if (chain.plus && digits.length >= 8) return true;
  if (digits.startsWith('00') && digits.length >= 10) return true;
  return [8, 10, 12].some((length) =>
    wholeGroupRuns(chain, length).some((run) => danish.some((p) => p.test(run))),
  );
}

export function containsPhoneCandidate(text: string): boolean {
  return digitChains(normalizeDigits(text)).some(chainHoldsPhone);
}
