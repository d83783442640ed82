import { digitChains, digitCount } from './digit-chains';
import { normalizeDigits } from './normalize-digits';

/**
 * The fewest digits a masked group has. Six covers a birth date (half a CPR number) even where
 * the other half was written too far away to join the chain; a house number, a postcode, a year
 * or `10-12` stays readable.
 */
const maskedFromDigits = 6;

/** What replaces a masked group: no letters or digits, so a word list built from it skips it. */
const digitMask = '•••';

/**
 * Text fit to keep or show again (search statistics, a search title quoting the query): every
 * digit group of six digits or more, in any spelling (decision 0020), is replaced with `mask`,
 * so no phone or CPR number survives. Returns the text normalized (normalizeDigits).
 */
export function maskPersonalDigits(text: string, mask = digitMask): string {
  const normalized = normalizeDigits(text);
  let out = '';
  let last = 0;
  for (const chain of digitChains(normalized)) {
    if (digitCount(chain) < maskedFromDigits) continue;
    out += normalized.slice(last, chain.start) + mask;
    last = chain.end;
  }
  return out + normalized.slice(last);
}
