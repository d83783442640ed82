/**
 * Card text as a person reads it: JSON for objects, with the no-break spaces that keep dates and
 * phone numbers together shown as ordinary spaces.
 */
export const readable = (value: unknown): string =>
  (typeof value === 'string' ? value : JSON.stringify(value)).replace(/\u00a0/g, ' ');
