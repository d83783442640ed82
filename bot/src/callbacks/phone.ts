import { normalizeDigits } from '../privacy/normalize-digits';
import { cleanLine } from './clean-text';

/**
 * Danish phone numbers: 8 digits, the first 2-9 (numbers starting with 0 or 1 are not subscriber
 * numbers in the Danish numbering plan). Stored normalized, shown in pairs as Danes write them.
 */

// Spaces (also non-breaking, as pasted from Outlook), hyphens/dashes, dots and slashes are only
// grouping: agents write 22.33.44.55 as often as 22 33 44 55.
const grouping = /[\s\u00a0\-\u2010-\u2015./]/g;
const subscriber = /^[2-9]\d{7}$/;

/** '+45 22 33 44 55' -> '22334455'; null when it is not a Danish number. */
export function normalizeDanishPhone(input: string): string | null {
  // Full-width and other digits, and invisible characters, read as the CPR rule reads them.
  const compact = normalizeDigits(input).replace(grouping, '');
  const national = /^(?:\+45|0045|45)(\d{8})$/.exec(compact)?.[1] ?? compact;
  return subscriber.test(national) ? national : null;
}

/**
 * A number as a person types it anywhere (the booking form, the tab): cleaned the way the booking
 * form cleans a field, then normalized, so every spelling the form accepts is accepted here too.
 */
export const normalizeTypedPhone = (input: string): string | null => normalizeDanishPhone(cleanLine(input));

/** '22334455' -> '22 33 44 55'; anything else is returned as it was. */
export function formatPhone(phone: string): string {
  return /^\d{8}$/.test(phone) ? phone.replace(/(\d{2})(?=\d)/g, '$1 ') : phone;
}
