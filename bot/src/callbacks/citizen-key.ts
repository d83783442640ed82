import { createHmac } from 'node:crypto';

/**
 * The access log outlives the callback (retention erases the phone number), yet a citizen may
 * ask who looked at their data. A keyed hash of the normalized phone number lets the log be
 * searched by phone without storing the number; without the key it cannot be reversed by
 * hashing all 8-digit numbers.
 */
export const citizenKeyFor =
  (secret: string) =>
  (normalizedPhone: string): string =>
    createHmac('sha256', secret).update(normalizedPhone).digest('hex').slice(0, 32);
