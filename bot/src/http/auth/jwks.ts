import crypto, { type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { Logger } from '../../shared/logger';

/**
 * The token issuer's public signing keys (JWKS), cached. Entra rolls its keys over: a token
 * signed with a key we have not seen triggers one refetch, but at most once per cooldown, so a
 * stream of tokens with made-up `kid`s cannot turn us into a load generator against Entra.
 * When a refresh fails, the keys we already have keep working (Entra publishes keys long
 * before it signs with them and keeps them long after).
 */
export interface SigningKeys {
  keyFor(kid: string): Promise<KeyObject>;
}

export interface JwksOptions {
  url: string;
  logger: Logger;
  /** How long a fetched key set is trusted before it is refreshed. */
  ttlMs?: number;
  /** Minimum time between two refetches caused by an unknown `kid`. */
  refetchCooldownMs?: number;
  /** After a failed fetch, wait this long before trying again. */
  failureRetryMs?: number;
  timeoutMs?: number;
  now?: () => number;
}

const jwksSchema = z.object({
  keys: z.array(
    z.looseObject({
      kid: z.string().optional(),
      kty: z.string(),
      use: z.string().optional(),
      n: z.string().optional(),
      e: z.string().optional(),
    }),
  ),
});

const minModulusBits = 2048;

export function createJwksCache(options: JwksOptions): SigningKeys {
  const ttlMs = options.ttlMs ?? 6 * 60 * 60_000;
  const cooldownMs = options.refetchCooldownMs ?? 60_000;
  const failureRetryMs = options.failureRetryMs ?? 5_000;
  const now = options.now ?? Date.now;
  let keys = new Map<string, KeyObject>();
  let fetchedAt: number | undefined;
  let lastAttempt: { at: number; failed: boolean } | undefined;
  let inflight: Promise<void> | undefined;

  const mayFetch = (): boolean => {
    if (!lastAttempt) return true;
    return now() - lastAttempt.at >= (lastAttempt.failed ? failureRetryMs : cooldownMs);
  };

  const refresh = (reason: string): Promise<void> => {
    if (inflight) return inflight;
    if (!mayFetch()) return Promise.resolve();
    const attempt = { at: now(), failed: false };
    lastAttempt = attempt;
    inflight = fetchKeys(options.url, options.timeoutMs ?? 5_000, options.logger)
      .then((fresh) => {
        keys = fresh;
        fetchedAt = now();
        options.logger.info('tab_auth.jwks_fetched', { reason, kids: [...fresh.keys()] });
      })
      .catch((error: unknown) => {
        attempt.failed = true;
        options.logger.warn('tab_auth.jwks_fetch_failed', { reason, url: options.url, error: String(error) });
      })
      .finally(() => {
        inflight = undefined;
      });
    return inflight;
  };

  return {
    async keyFor(kid) {
      const expired = fetchedAt === undefined || now() - fetchedAt >= ttlMs;
      if (expired) await refresh('expired');
      else if (!keys.has(kid)) await refresh('unknown kid');
      const key = keys.get(kid);
      if (key) return key;
      if (fetchedAt === undefined || lastAttempt?.failed) {
        throw new AppError('AUTH_UNAVAILABLE', `signing keys could not be fetched from ${options.url}`);
      }
      throw new AppError('NOT_AUTHENTICATED', `signing key "${kid}" is not in the issuer's key set`);
    },
  };
}

async function fetchKeys(url: string, timeoutMs: number, logger: Logger): Promise<Map<string, KeyObject>> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(timeoutMs),
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`JWKS answered ${response.status}`);
  const parsed = jwksSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error('JWKS is not a key set');
  const keys = new Map<string, KeyObject>();
  for (const jwk of parsed.data.keys) {
    if (!jwk.kid || jwk.kty !== 'RSA' || (jwk.use && jwk.use !== 'sig') || !jwk.n || !jwk.e) continue;
    try {
      const key = crypto.createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' });
      if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < minModulusBits)
        throw new Error('RSA key too short');
      keys.set(jwk.kid, key);
    } catch (error) {
      logger.warn('tab_auth.jwks_key_skipped', { kid: jwk.kid, error: String(error) });
    }
  }
  return keys;
}
