import crypto, { type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { Logger } from '../../shared/logger';

/**
 * A token issuer's public signing keys, cached. Issuers roll their keys over: a token signed with
 * a key we have not seen triggers one refetch, but at most once per cooldown, so a stream of
 * tokens with made-up `kid`s cannot turn us into a load generator against the issuer. When a
 * refresh fails, the keys we already have keep working (issuers publish keys long before they
 * sign with them and keep them long after).
 *
 * One fetch at a time: every request that needs keys while a fetch runs waits for that same
 * fetch, and the fetch as a whole (every document it reads) is bounded by `timeoutMs`, so a hung
 * key service holds each request for at most that long. After a failed fetch, requests are told
 * at once (AUTH_UNAVAILABLE) until `failureRetryMs` has passed.
 */
export interface PublicSigningKey {
  key: KeyObject;
  /** Channels the Bot Framework endorses the key for (`msteams`); null when the issuer names none. */
  endorsements: readonly string[] | null;
}

export interface SigningKeys {
  keyFor(kid: string): Promise<PublicSigningKey>;
}

type KeyLoader = (signal: AbortSignal) => Promise<Map<string, PublicSigningKey>>;

export interface KeyCacheOptions {
  /** What is fetched, for log lines and errors. */
  source: string;
  load: KeyLoader;
  logger: Logger;
  /** Log events are `<logPrefix>.jwks_fetched`, `<logPrefix>.jwks_fetch_failed`. */
  logPrefix: string;
  /** How long a fetched key set is trusted before it is refreshed. */
  ttlMs?: number;
  /** Minimum time between two refetches caused by an unknown `kid`. */
  refetchCooldownMs?: number;
  /** After a failed fetch, wait this long before trying again. */
  failureRetryMs?: number;
  timeoutMs?: number;
  now?: () => number;
}

export function createKeyCache(options: KeyCacheOptions): SigningKeys {
  const ttlMs = options.ttlMs ?? 6 * 60 * 60_000;
  const cooldownMs = options.refetchCooldownMs ?? 60_000;
  const failureRetryMs = options.failureRetryMs ?? 5_000;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const now = options.now ?? Date.now;
  const { logger, logPrefix, source } = options;
  let keys = new Map<string, PublicSigningKey>();
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
    inflight = options
      .load(AbortSignal.timeout(timeoutMs))
      .then((fresh) => {
        keys = fresh;
        fetchedAt = now();
        logger.info(`${logPrefix}.jwks_fetched`, { reason, kids: [...fresh.keys()] });
      })
      .catch((error: unknown) => {
        attempt.failed = true;
        logger.warn(`${logPrefix}.jwks_fetch_failed`, { reason, url: source, error: describe(error) });
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
        throw new AppError('AUTH_UNAVAILABLE', `signing keys could not be fetched from ${source}`);
      }
      throw new AppError('NOT_AUTHENTICATED', `signing key "${kid}" is not in the issuer's key set`);
    },
  };
}

/** The tab's issuer (Entra): its JWKS document. */
export interface JwksOptions extends Omit<KeyCacheOptions, 'source' | 'load' | 'logPrefix'> {
  url: string;
}

export const createJwksCache = (options: JwksOptions): SigningKeys =>
  createKeyCache({
    ...options,
    source: options.url,
    logPrefix: 'tab_auth',
    load: (signal) => fetchJwks(options.url, signal, options.logger, 'tab_auth'),
  });

const jwksSchema = z.object({
  keys: z.array(
    z.looseObject({
      kid: z.string().optional(),
      kty: z.string(),
      use: z.string().optional(),
      n: z.string().optional(),
      e: z.string().optional(),
      endorsements: z.array(z.string()).optional(),
    }),
  ),
});

const minModulusBits = 2048;

/** Reads a JSON document with the fetch's signal; a status other than 2xx or non-JSON is a failure. */
export async function fetchJson(url: string, signal: AbortSignal, what: string): Promise<unknown> {
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${what} answered ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new Error(`${what} is not JSON`);
  }
}

/** The RSA signing keys of a JWKS document; keys that are not usable RSA signing keys are skipped. */
export async function fetchJwks(
  url: string,
  signal: AbortSignal,
  logger: Logger,
  logPrefix: string,
): Promise<Map<string, PublicSigningKey>> {
  const parsed = jwksSchema.safeParse(await fetchJson(url, signal, 'JWKS'));
  if (!parsed.success) throw new Error('JWKS is not a key set');
  const keys = new Map<string, PublicSigningKey>();
  for (const jwk of parsed.data.keys) {
    if (!jwk.kid || jwk.kty !== 'RSA' || (jwk.use && jwk.use !== 'sig') || !jwk.n || !jwk.e) continue;
    try {
      const key = crypto.createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' });
      if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < minModulusBits)
        throw new Error('RSA key too short');
      keys.set(jwk.kid, { key, endorsements: jwk.endorsements ?? null });
    } catch (error) {
      logger.warn(`${logPrefix}.jwks_key_skipped`, { kid: jwk.kid, error: String(error) });
    }
  }
  return keys;
}

/** The reason of a failed fetch in one line: a timeout says so rather than "This operation was aborted". */
function describe(error: unknown): string {
  const e = error as { name?: unknown; message?: unknown } | null;
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'no answer in time';
  return typeof e?.message === 'string' ? e.message : String(error);
}
