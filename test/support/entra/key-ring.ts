import crypto, { type KeyObject } from 'node:crypto';

/**
 * The stand-in issuer's RSA signing keys, generated at start. A key can exist without being
 * published, which is how a test shows an unknown `kid` and then a key rollover.
 */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  published: boolean;
}

export type MintAlg = 'RS256' | 'HS256' | 'none';

export function generateSigningKey(published = true): SigningKey {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid: crypto.randomBytes(8).toString('hex'), privateKey, publicKey, published };
}

export const jwkOf = (key: SigningKey) => ({
  ...(key.publicKey.export({ format: 'jwk' }) as { kty: string; n: string; e: string }),
  kid: key.kid,
  use: 'sig',
  alg: 'RS256',
});

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Signs like Entra (RS256) or, for refusal tests, like a forger: `none` (no signature) and HS256
 * with the issuer's public key as the HMAC secret (the classic algorithm-confusion attack).
 */
export function signJwt(
  payload: Record<string, unknown>,
  signer: { kid: string; privateKey: KeyObject; publicKey: KeyObject },
  alg: MintAlg = 'RS256',
): string {
  const input = `${b64({ typ: 'JWT', alg, kid: signer.kid })}.${b64(payload)}`;
  if (alg === 'none') return `${input}.`;
  if (alg === 'HS256') {
    const secret = signer.publicKey.export({ format: 'pem', type: 'spki' });
    return `${input}.${crypto.createHmac('sha256', secret).update(input).digest('base64url')}`;
  }
  return `${input}.${crypto.sign('sha256', Buffer.from(input), signer.privateKey).toString('base64url')}`;
}

/** Checks an RS256 token against one of the keys; returns its payload or undefined. */
export function verifiedPayload(token: string, keys: SigningKey[]): Record<string, unknown> | undefined {
  const [h, p, s] = token.split('.');
  if (!h || !p || !s) return undefined;
  const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as { alg?: string; kid?: string };
  const key = keys.find((k) => k.kid === header.kid);
  if (header.alg !== 'RS256' || !key) return undefined;
  const ok = crypto.verify('sha256', Buffer.from(`${h}.${p}`), key.publicKey, Buffer.from(s, 'base64url'));
  return ok
    ? (JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>)
    : undefined;
}
