import crypto from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { SigningKeys } from './jwks';
import { decodeJwt } from './jwt';

/**
 * Checks the token the Bot Connector sends with every activity, the way Microsoft's "Authentication
 * with the Bot Connector API" describes it: a Bearer JWT signed (RS256/384/512) with a key from the
 * Bot Framework's OpenID key set that is endorsed for the activity's channel, issued by
 * https://api.botframework.com for this bot's app id, within its validity (5 minutes of clock skew),
 * and naming the service URL the activity came from. Every refusal is NOT_AUTHENTICATED with the
 * precise reason, for the log; a key set that cannot be had is AUTH_UNAVAILABLE.
 */
const botFrameworkIssuer = 'https://api.botframework.com';

export interface ChannelTokenRules {
  keys: SigningKeys;
  appId: string;
  clockSkewSeconds?: number;
  now?: () => number;
}

export type ChannelClaims = z.infer<typeof claimsSchema>;

const hashes: Record<string, string> = { RS256: 'sha256', RS384: 'sha384', RS512: 'sha512' };

const claimsSchema = z.looseObject({
  iss: z.string(),
  aud: z.union([z.string(), z.array(z.string())]),
  exp: z.number(),
  nbf: z.number().optional(),
  serviceurl: z.string(),
});

const rejected = (reason: string) => new AppError('NOT_AUTHENTICATED', reason);

export async function validateChannelToken(
  authorization: string | undefined,
  activity: { channelId: string; serviceUrl: string },
  rules: ChannelTokenRules,
): Promise<ChannelClaims> {
  const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  if (!token)
    throw rejected(authorization ? 'Authorization is not a Bearer token' : 'no Authorization header');
  const jwt = decodeJwt(token);
  // Decided before any key is looked up: `none` and HMAC are the classic forgeries.
  const hash = hashes[jwt.header.alg];
  if (!hash) throw rejected(`algorithm ${jwt.header.alg} is not accepted`);
  if (!jwt.header.kid) throw rejected('token header has no key id (kid)');
  const signing = await rules.keys.keyFor(jwt.header.kid);
  if (signing.endorsements && !signing.endorsements.includes(activity.channelId)) {
    throw rejected(`key ${jwt.header.kid} is not endorsed for channel ${activity.channelId}`);
  }
  if (!crypto.verify(hash, Buffer.from(jwt.signingInput), signing.key, jwt.signature)) {
    throw rejected(`signature does not match key ${jwt.header.kid}`);
  }
  const parsed = claimsSchema.safeParse(jwt.payload);
  if (!parsed.success) {
    throw rejected(`token claim ${String(parsed.error.issues[0]?.path[0] ?? '?')} is missing or malformed`);
  }
  const claims = parsed.data;
  const now = Math.floor((rules.now ?? Date.now)() / 1000);
  const skew = rules.clockSkewSeconds ?? 300;
  if (claims.exp + skew <= now) throw rejected(`token expired at ${iso(claims.exp)}`);
  if (claims.nbf !== undefined && claims.nbf - skew > now) {
    throw rejected(`token is not valid before ${iso(claims.nbf)}`);
  }
  if (claims.iss !== botFrameworkIssuer) throw rejected(`issuer ${claims.iss} is not ${botFrameworkIssuer}`);
  const audiences = typeof claims.aud === 'string' ? [claims.aud] : claims.aud;
  if (!audiences.includes(rules.appId)) throw rejected(`audience ${audiences.join(',')} is not this bot`);
  if (claims.serviceurl !== activity.serviceUrl) {
    throw rejected('the token was issued for another service URL than the activity names');
  }
  return claims;
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
