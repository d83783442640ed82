import crypto, { type KeyObject } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import {
  generateSigningKey,
  jwkOf,
  signJwt,
  verifiedPayload,
  type MintAlg,
  type SigningKey,
} from './key-ring';
import { readForm, sendJson, startStandInServer } from './http-server';

/**
 * A local stand-in for the Entra ID endpoints the tab API touches, over real HTTP:
 *   GET  /{tenant}/v2.0/.well-known/openid-configuration
 *   GET  /{tenant}/discovery/v2.0/keys                    (JWKS)
 *   POST /{tenant}/oauth2/v2.0/token                      (on-behalf-of only, as msal-node sends it)
 * and `mint()` for access tokens as Teams SSO would hand them to the tab, valid or broken on purpose.
 */
interface MintOptions {
  /** Seconds until `exp`; negative for an expired token. Default 3600. */
  expiresIn?: number;
  /** Seconds from now until `nbf`; positive for a token that is not valid yet. Default 0. */
  notBefore?: number;
  /** `kid` in the header. An issuer key with that id signs; otherwise the current key signs. */
  kid?: string;
  /** Private key that signs instead (a forged signature when it is not the issuer's). */
  key?: KeyObject;
  alg?: MintAlg;
}

export interface LocalIssuer {
  url: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** `iss` of minted tokens: {url}/{tenantId}/v2.0. */
  issuer: string;
  /** For TAB_ISSUER: {url}/{tenantId}/v2.0 with the placeholder. */
  issuerTemplate: string;
  jwksUrl: string;
  tokenEndpoint: string;
  readonly currentKid: string;
  /** Claims (`undefined` removes a default claim) and signing options. */
  mint(claims?: Record<string, unknown>, options?: MintOptions): string;
  /** Publishes a new key and signs with it from now on; the old key stays published. */
  rotateKey(): string;
  /** Creates a key that signs but is not (yet) in the JWKS. */
  addUnpublishedKey(): string;
  publishKey(kid: string): void;
  retireKey(kid: string): void;
  /** The claims of an access token this issuer's OBO endpoint handed out, else undefined. */
  oboTokenClaims(token: string): Record<string, unknown> | undefined;
  /** Requests seen, per endpoint. */
  readonly requests: { openid: number; jwks: number; token: number };
  /** Status to answer instead of the real response (e.g. 503), per endpoint. */
  faults: { jwks?: number; token?: number };
  close(): Promise<void>;
}

export interface LocalIssuerOptions {
  tenantId?: string;
  clientId?: string;
  clientSecret?: string;
}

const oboGrant = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export async function startLocalIssuer(options: LocalIssuerOptions = {}): Promise<LocalIssuer> {
  const tenantId = options.tenantId ?? crypto.randomUUID();
  const clientId = options.clientId ?? crypto.randomUUID();
  const clientSecret = options.clientSecret ?? crypto.randomBytes(16).toString('hex');
  const keys: SigningKey[] = [generateSigningKey()];
  let current = keys[0]!;
  const issuedObo = new Set<string>();
  const requests = { openid: 0, jwks: 0, token: 0 };
  const faults: LocalIssuer['faults'] = {};
  let base = '';

  const server = await startStandInServer(async (req, res, url) => {
    const [tenant, ...rest] = url.pathname.split('/').filter(Boolean);
    const route = `${req.method} /${rest.join('/')}`;
    if (route === 'GET /v2.0/.well-known/openid-configuration') {
      requests.openid += 1;
      return sendJson(res, 200, openIdConfiguration(`${base}/${tenant}`));
    }
    if (route === 'GET /discovery/v2.0/keys') {
      requests.jwks += 1;
      if (faults.jwks) return sendJson(res, faults.jwks, { error: 'temporarily_unavailable' });
      return sendJson(res, 200, { keys: keys.filter((k) => k.published).map(jwkOf) });
    }
    if (route === 'POST /oauth2/v2.0/token') {
      requests.token += 1;
      if (faults.token) return sendJson(res, faults.token, { error: 'temporarily_unavailable' });
      return onBehalfOf(res, tenant ?? '', await readForm(req));
    }
    sendJson(res, 404, { error: 'not_found', error_description: `${req.method} ${url.pathname}` });
  });
  base = server.url;
  const issuerOf = (tenant: string) => `${base}/${tenant}/v2.0`;

  function mint(claims: Record<string, unknown> = {}, o: MintOptions = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const payload: Record<string, unknown> = {
      aud: clientId,
      iss: issuerOf(tenantId),
      iat: now,
      nbf: now + (o.notBefore ?? 0),
      exp: now + (o.expiresIn ?? 3600),
      tid: tenantId,
      oid: crypto.randomUUID(),
      sub: crypto.randomBytes(16).toString('base64url'),
      name: 'Test Bruger',
      preferred_username: 'test.bruger@ltk.dk',
      scp: 'access_as_user',
      azp: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', // Teams web client
      ver: '2.0',
      ...claims,
    };
    for (const [k, v] of Object.entries(payload)) if (v === undefined) delete payload[k];
    const named = keys.find((k) => k.kid === o.kid) ?? current;
    const signer = {
      kid: o.kid ?? named.kid,
      publicKey: named.publicKey,
      privateKey: o.key ?? named.privateKey,
    };
    return signJwt(payload, signer, o.alg);
  }

  function onBehalfOf(res: ServerResponse, tenant: string, form: URLSearchParams): void {
    const fail = (status: number, error: string, description: string) =>
      sendJson(res, status, {
        error,
        error_description: description,
        error_codes: [],
        timestamp: new Date().toISOString(),
      });
    if (form.get('grant_type') !== oboGrant || form.get('requested_token_use') !== 'on_behalf_of') {
      return fail(
        400,
        'unsupported_grant_type',
        'AADSTS70003: only the on-behalf-of grant is supported here',
      );
    }
    if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
      return fail(401, 'invalid_client', 'AADSTS7000215: Invalid client secret provided.');
    }
    const assertion = verifiedPayload(
      form.get('assertion') ?? '',
      keys.filter((k) => k.published),
    );
    const now = Math.floor(Date.now() / 1000);
    if (
      !assertion ||
      assertion.tid !== tenant ||
      assertion.aud !== clientId ||
      Number(assertion.exp) <= now
    ) {
      return fail(
        400,
        'invalid_grant',
        'AADSTS50013: Assertion failed signature validation or is not for this app.',
      );
    }
    const scope = form.get('scope') ?? '';
    const resource = scope
      .split(' ')
      .find((s) => s.endsWith('/.default'))
      ?.slice(0, -'/.default'.length);
    if (!resource) return fail(400, 'invalid_scope', 'AADSTS70011: a resource/.default scope is required');
    const accessToken = signJwt(
      {
        aud: resource,
        iss: issuerOf(tenant),
        tid: tenant,
        oid: assertion.oid,
        scp: 'User.Read',
        appid: clientId,
        iat: now,
        nbf: now,
        exp: now + 3600,
        ver: '1.0',
      },
      current,
    );
    issuedObo.add(accessToken);
    sendJson(res, 200, {
      token_type: 'Bearer',
      scope,
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: accessToken,
    });
  }

  return {
    url: base,
    tenantId,
    clientId,
    clientSecret,
    issuer: issuerOf(tenantId),
    issuerTemplate: `${base}/{tenantId}/v2.0`,
    jwksUrl: `${base}/${tenantId}/discovery/v2.0/keys`,
    tokenEndpoint: `${base}/${tenantId}/oauth2/v2.0/token`,
    get currentKid() {
      return current.kid;
    },
    mint,
    rotateKey() {
      current = generateSigningKey();
      keys.push(current);
      return current.kid;
    },
    addUnpublishedKey() {
      const key = generateSigningKey(false);
      keys.push(key);
      return key.kid;
    },
    publishKey(kid) {
      keys.filter((k) => k.kid === kid).forEach((k) => (k.published = true));
    },
    retireKey(kid) {
      keys.filter((k) => k.kid === kid).forEach((k) => (k.published = false));
    },
    oboTokenClaims: (token) => (issuedObo.has(token) ? verifiedPayload(token, keys) : undefined),
    requests,
    faults,
    close: server.close,
  };
}

function openIdConfiguration(tenantBase: string) {
  return {
    issuer: `${tenantBase}/v2.0`,
    authorization_endpoint: `${tenantBase}/oauth2/v2.0/authorize`,
    token_endpoint: `${tenantBase}/oauth2/v2.0/token`,
    end_session_endpoint: `${tenantBase}/oauth2/v2.0/logout`,
    jwks_uri: `${tenantBase}/discovery/v2.0/keys`,
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    grant_types_supported: [
      'authorization_code',
      'refresh_token',
      'urn:ietf:params:oauth:grant-type:jwt-bearer',
    ],
  };
}
