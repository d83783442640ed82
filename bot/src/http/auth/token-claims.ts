import { z } from 'zod';
import { AppError } from '../../shared/errors';

/**
 * The claims of a Teams SSO access token (Entra v2.0) that the tab API relies on, and the rules a
 * token must pass. Pure: the clock is a parameter, so every rule is testable without waiting.
 */
const claimsSchema = z.looseObject({
  iss: z.string(),
  aud: z.union([z.string(), z.array(z.string())]),
  tid: z.string(),
  oid: z.string().min(1),
  exp: z.number(),
  nbf: z.number().optional(),
  scp: z.string().optional(),
  roles: z.array(z.string()).optional(),
  /** Present only when the app registration emits group claims and the user is in few groups. */
  groups: z.array(z.string()).optional(),
  name: z.string().optional(),
  preferred_username: z.string().optional(),
  upn: z.string().optional(),
});
export type TokenClaims = z.infer<typeof claimsSchema>;

export interface ClaimRules {
  /** Exact expected `iss`, with the tenant filled in. */
  issuer: string;
  tenantId: string;
  /** Accepted `aud` values: the client id (v2 tokens) and/or the Application ID URI. */
  audiences: readonly string[];
  /** Delegated scope the tab's token must carry, e.g. `access_as_user`. */
  requiredScope: string;
  clockSkewSeconds: number;
}

const rejected = (reason: string) => new AppError('NOT_AUTHENTICATED', reason);
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

export function checkClaims(payload: unknown, rules: ClaimRules, nowSeconds: number): TokenClaims {
  const parsed = claimsSchema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw rejected(`token claim ${String(issue?.path[0] ?? '?')} is missing or malformed`);
  }
  const claims = parsed.data;
  if (claims.exp + rules.clockSkewSeconds <= nowSeconds) {
    throw rejected(`token expired at ${iso(claims.exp)} (now ${iso(nowSeconds)})`);
  }
  if (claims.nbf !== undefined && claims.nbf - rules.clockSkewSeconds > nowSeconds) {
    throw rejected(`token is not valid before ${iso(claims.nbf)} (now ${iso(nowSeconds)})`);
  }
  if (claims.iss !== rules.issuer) throw rejected(`issuer ${claims.iss} is not ${rules.issuer}`);
  if (claims.tid !== rules.tenantId) throw rejected(`tenant ${claims.tid} is not ${rules.tenantId}`);
  const audiences = typeof claims.aud === 'string' ? [claims.aud] : claims.aud;
  if (!audiences.some((a) => rules.audiences.includes(a))) {
    throw rejected(`audience ${audiences.join(',')} is not one of ${rules.audiences.join(',')}`);
  }
  // The tab API serves people: an app-only token (no `scp`) names no user to check roles for.
  if (claims.scp === undefined) throw rejected('app-only token (no scp claim) is not accepted');
  if (!claims.scp.split(' ').includes(rules.requiredScope)) {
    throw rejected(`scope ${rules.requiredScope} is missing (scp: ${claims.scp})`);
  }
  return claims;
}
