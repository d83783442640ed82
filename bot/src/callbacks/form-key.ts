import { randomInt } from 'node:crypto';

/**
 * The booking form's hidden key (a double submit books once). Letters only, so that the key,
 * which travels through Teams and is stored, can never hold a date-shaped digit run that the
 * CPR rule would have to tell apart from a CPR number; the server accepts nothing else.
 */
const formKeyLength = 24;
export const formKeyPattern = new RegExp(`^[a-z]{${formKeyLength}}$`);

/** 24 random letters: about 113 bits, as unguessable as a UUID. */
export function newFormKey(): string {
  return Array.from({ length: formKeyLength }, () => String.fromCharCode(97 + randomInt(26))).join('');
}
