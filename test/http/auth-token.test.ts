import crypto from 'node:crypto';
import { createJwksCache } from '../../bot/src/http/auth/jwks';
import { validateTabToken, type ValidateTokenOptions } from '../../bot/src/http/auth/validate-token';
import { isAppError } from '../../bot/src/shared/errors';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import { startLocalIssuer, type LocalIssuer } from '../support/entra/local-issuer';

let issuer: LocalIssuer;
beforeAll(async () => {
  issuer = await startLocalIssuer();
});
afterAll(() => issuer.close());

function options(extra: Partial<ValidateTokenOptions> & { cooldownMs?: number } = {}): ValidateTokenOptions {
  const logger = createMemoryLogger();
  return {
    keys: createJwksCache({
      url: issuer.jwksUrl,
      logger,
      refetchCooldownMs: extra.cooldownMs ?? 0,
      now: extra.now,
    }),
    tenantId: issuer.tenantId,
    audiences: [issuer.clientId, `api://kontaktcenter.ltk.dk/${issuer.clientId}`],
    issuerTemplate: issuer.issuerTemplate,
    ...extra,
  };
}

async function refusal(token: string, opts = options()): Promise<string> {
  try {
    await validateTabToken(token, opts);
  } catch (error) {
    if (isAppError(error, 'NOT_AUTHENTICATED')) return error.message;
    throw error;
  }
  throw new Error('token was accepted');
}

describe('a Teams SSO token from the tenant', () => {
  test('identifies the user, with roles from the app roles claim', async () => {
    const oid = crypto.randomUUID();
    const token = issuer.mint({
      oid,
      name: 'Karen Koordinator',
      preferred_username: 'kako@ltk.dk',
      roles: ['Koordinator'],
    });
    await expect(validateTabToken(token, options())).resolves.toEqual({
      id: oid,
      name: 'Karen Koordinator',
      upn: 'kako@ltk.dk',
      tenantId: issuer.tenantId,
      roles: ['coordinator'],
      centerCodes: [],
    });
  });

  test.each([
    ['the client id', () => issuer.clientId],
    ['the Application ID URI', () => `api://kontaktcenter.ltk.dk/${issuer.clientId}`],
  ])('is accepted with %s as audience', async (_name, aud) => {
    await expect(validateTabToken(issuer.mint({ aud: aud() }), options())).resolves.toMatchObject({
      tenantId: issuer.tenantId,
    });
  });

  test('is accepted up to five minutes after expiry (clock skew) and refused after', async () => {
    await expect(validateTabToken(issuer.mint({}, { expiresIn: -240 }), options())).resolves.toBeDefined();
    expect(await refusal(issuer.mint({}, { expiresIn: -360 }))).toMatch(/expired/);
  });

  test('is accepted up to five minutes before nbf and refused earlier', async () => {
    await expect(validateTabToken(issuer.mint({}, { notBefore: 240 }), options())).resolves.toBeDefined();
    expect(await refusal(issuer.mint({}, { notBefore: 600 }))).toMatch(/not valid before/);
  });
});

describe('a token is refused, with the reason for the log, when', () => {
  const other = crypto.randomUUID();
  test.each<[string, () => string, RegExp]>([
    ['it is for another app', () => issuer.mint({ aud: crypto.randomUUID() }), /audience/],
    [
      'it comes from another tenant',
      () => issuer.mint({ tid: other, iss: `${issuer.url}/${other}/v2.0` }),
      /issuer/,
    ],
    ['its tid is another tenant', () => issuer.mint({ tid: other }), /tenant/],
    ['another issuer signed it', () => issuer.mint({ iss: 'https://sts.windows.net/x/' }), /issuer/],
    ['the access_as_user scope is missing', () => issuer.mint({ scp: 'User.Read' }), /scope access_as_user/],
    ['it is an app-only token', () => issuer.mint({ scp: undefined, roles: ['Koordinator'] }), /app-only/],
    ['it has no oid', () => issuer.mint({ oid: undefined }), /oid/],
    ['it has no expiry', () => issuer.mint({ exp: undefined }), /exp/],
    [
      'another key signed it',
      () => issuer.mint({}, { key: crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey }),
      /signature/,
    ],
    [
      'its payload was altered after signing',
      () => tamper(issuer.mint({ roles: [] }), { roles: ['Koordinator'] }),
      /signature/,
    ],
    ['alg is none', () => issuer.mint({}, { alg: 'none' }), /algorithm none/],
    [
      'alg is HS256 with the public key as secret',
      () => issuer.mint({}, { alg: 'HS256' }),
      /algorithm HS256/,
    ],
    ['it is not a JWT', () => 'not-a-token', /compact JWS/],
  ])('%s', async (_case, token, reason) => {
    expect(await refusal(token())).toMatch(reason);
  });
});

describe('signing keys', () => {
  test('a new key after a rollover is fetched once and then trusted', async () => {
    const opts = options();
    await validateTabToken(issuer.mint(), opts);
    const fetchesBefore = issuer.requests.jwks;
    issuer.rotateKey();
    await expect(validateTabToken(issuer.mint(), opts)).resolves.toBeDefined();
    await expect(validateTabToken(issuer.mint(), opts)).resolves.toBeDefined();
    expect(issuer.requests.jwks).toBe(fetchesBefore + 1);
  });

  test('an unknown kid is refused after one refetch, and accepted once the issuer publishes it', async () => {
    const opts = options();
    const kid = issuer.addUnpublishedKey();
    const fetchesBefore = issuer.requests.jwks;
    expect(await refusal(issuer.mint({}, { kid }), opts)).toMatch(/not in the issuer's key set/);
    expect(issuer.requests.jwks).toBe(fetchesBefore + 1);
    issuer.publishKey(kid);
    await expect(validateTabToken(issuer.mint({}, { kid }), opts)).resolves.toBeDefined();
  });

  test('unknown kids do not make us refetch more than once per cooldown', async () => {
    let now = Date.now();
    const opts = options({ cooldownMs: 60_000, now: () => now });
    await validateTabToken(issuer.mint(), opts);
    const fetchesBefore = issuer.requests.jwks;
    for (const kid of ['a', 'b', 'c'])
      expect(await refusal(issuer.mint({}, { kid }), opts)).toMatch(/key set/);
    expect(issuer.requests.jwks).toBe(fetchesBefore);
    now += 61_000;
    await refusal(issuer.mint({}, { kid: 'd' }), opts);
    expect(issuer.requests.jwks).toBe(fetchesBefore + 1);
  });

  test('when the key set cannot be fetched, the failure says Entra is unavailable, not that the user is unknown', async () => {
    issuer.faults.jwks = 503;
    try {
      await expect(validateTabToken(issuer.mint(), options())).rejects.toMatchObject({
        code: 'AUTH_UNAVAILABLE',
      });
    } finally {
      delete issuer.faults.jwks;
    }
  });

  test('keys already fetched keep working while the key set is briefly unavailable', async () => {
    let now = Date.now();
    const opts = options({ now: () => now });
    const token = issuer.mint();
    await validateTabToken(token, opts);
    issuer.faults.jwks = 503;
    const fetchesBefore = issuer.requests.jwks;
    try {
      now += 7 * 60 * 60_000; // past the cache TTL: a refresh is attempted and fails
      await expect(validateTabToken(token, { ...opts, now: () => Date.now() })).resolves.toBeDefined();
      expect(issuer.requests.jwks).toBe(fetchesBefore + 1);
    } finally {
      delete issuer.faults.jwks;
    }
  });
});

function tamper(token: string, claims: Record<string, unknown>): string {
  const [h, p, s] = token.split('.') as [string, string, string];
  const payload = { ...JSON.parse(Buffer.from(p, 'base64url').toString()), ...claims };
  return `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`;
}
