import crypto, { type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/errors';

/**
 * Compact JWS parsing and RS256 verification with Node's crypto only. Deliberately tiny: the
 * fewer options a verifier has, the fewer ways a forged token can talk it into trusting itself
 * (no `alg: none`, no HMAC with a public key as secret, no keys fetched from header URLs).
 */
export interface DecodedJwt {
  header: JwtHeader;
  payload: unknown;
  /** `base64url(header).base64url(payload)`: the bytes the signature covers. */
  signingInput: string;
  signature: Buffer;
}

const headerSchema = z.object({
  alg: z.string(),
  kid: z.string().min(1).optional(),
  typ: z.string().optional(),
});
type JwtHeader = z.infer<typeof headerSchema>;

/** Entra access tokens are 1-3 KB; a generous limit keeps absurd headers from costing work. */
const maxTokenLength = 16_384;
const segment = /^[A-Za-z0-9_-]+$/;
// Empty for `alg: none`: parsed, so that the refusal names the algorithm.
const signatureSegment = /^[A-Za-z0-9_-]*$/;

const rejected = (reason: string) => new AppError('NOT_AUTHENTICATED', reason);

export function decodeJwt(token: string): DecodedJwt {
  if (token.length > maxTokenLength) throw rejected(`token is longer than ${maxTokenLength} characters`);
  const parts = token.split('.');
  const [rawHeader = '', rawPayload = '', rawSignature = ''] = parts;
  if (
    parts.length !== 3 ||
    !segment.test(rawHeader) ||
    !segment.test(rawPayload) ||
    !signatureSegment.test(rawSignature)
  ) {
    throw rejected('token is not a compact JWS (three base64url segments)');
  }
  const header = headerSchema.safeParse(parseJsonSegment(rawHeader, 'header'));
  if (!header.success) throw rejected('token header has no algorithm');
  return {
    header: header.data,
    payload: parseJsonSegment(rawPayload, 'payload'),
    signingInput: `${rawHeader}.${rawPayload}`,
    signature: Buffer.from(rawSignature, 'base64url'),
  };
}

function parseJsonSegment(raw: string, name: string): unknown {
  try {
    return JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw rejected(`token ${name} is not JSON`);
  }
}

/** RSASSA-PKCS1-v1_5 with SHA-256: the only algorithm Entra uses for access tokens. */
export const verifyRs256 = (jwt: DecodedJwt, key: KeyObject): boolean =>
  crypto.verify('sha256', Buffer.from(jwt.signingInput), key, jwt.signature);
