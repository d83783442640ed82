import crypto, { type KeyObject } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { sendJson, startStandInServer } from './http-server';
import { generateSigningKey, jwkOf, signJwt, type MintAlg, type SigningKey } from './key-ring';

/**
 * A local stand-in for the Bot Framework's token service as a bot sees it (login.botframework.com),
 * over real HTTP:
 *   GET /v1/.well-known/openidconfiguration   (OpenID metadata, pointing at the keys)
 *   GET /v1/.well-known/keys                  (JWKS; each key endorsed for channels, e.g. msteams)
 * and `mint()` for the tokens the Bot Connector puts in front of every activity it posts to the
 * bot. Faults: an endpoint can answer a status, answer garbage, or hang (never answer until close).
 */
const botFrameworkTokenIssuer = 'https://api.botframework.com';

type StandInFault = number | 'hang' | 'garbage';

interface BotTokenOptions {
  /** Seconds until `exp`; negative for an expired token. Default 3600. */
  expiresIn?: number;
  /** Seconds from now until `nbf`. Default -60 (like the service, slightly in the past). */
  notBefore?: number;
  alg?: MintAlg;
  /** A private key that signs instead of the published one (a forged signature). */
  key?: KeyObject;
  /** `kid` in the header. Default: the published key's. */
  kid?: string;
}

export interface BotFrameworkIssuer {
  url: string;
  metadataUrl: string;
  keysUrl: string;
  /** A token for `appId` as the Bot Connector sends it with an activity from `serviceUrl`. */
  mint(
    claims: { appId: string; serviceUrl: string } & Record<string, unknown>,
    options?: BotTokenOptions,
  ): string;
  /** Requests seen per endpoint (answered or not). */
  readonly requests: { metadata: number; keys: number };
  /** What an endpoint does instead of answering normally; delete the entry to heal it. */
  faults: { metadata?: StandInFault; keys?: StandInFault };
  close(): Promise<void>;
}

export async function startBotFrameworkIssuer(
  options: { endorsements?: string[] } = {},
): Promise<BotFrameworkIssuer> {
  const key: SigningKey = generateSigningKey();
  const endorsements = options.endorsements ?? ['msteams'];
  const requests = { metadata: 0, keys: 0 };
  const faults: BotFrameworkIssuer['faults'] = {};
  const held: ServerResponse[] = [];
  let base = '';

  /** True when a fault answered (or swallowed) the request. */
  const faulted = (res: ServerResponse, fault: StandInFault | undefined): boolean => {
    if (fault === undefined) return false;
    if (fault === 'hang') held.push(res);
    else if (fault === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('<html>not json');
    } else sendJson(res, fault, { error: 'injected' });
    return true;
  };

  const server = await startStandInServer((req, res, url) => {
    if (req.method === 'GET' && url.pathname === '/v1/.well-known/openidconfiguration') {
      requests.metadata += 1;
      if (faulted(res, faults.metadata)) return;
      return sendJson(res, 200, {
        issuer: botFrameworkTokenIssuer,
        authorization_endpoint: 'https://invalid.botframework.com',
        jwks_uri: `${base}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    }
    if (req.method === 'GET' && url.pathname === '/v1/.well-known/keys') {
      requests.keys += 1;
      if (faulted(res, faults.keys)) return;
      return sendJson(res, 200, { keys: [{ ...jwkOf(key), endorsements }] });
    }
    sendJson(res, 404, { error: 'not_found' });
  });
  base = server.url;

  return {
    url: base,
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    keysUrl: `${base}/v1/.well-known/keys`,
    requests,
    faults,
    mint({ appId, serviceUrl, ...claims }, o = {}) {
      const now = Math.floor(Date.now() / 1000);
      const payload: Record<string, unknown> = {
        serviceurl: serviceUrl,
        nbf: now + (o.notBefore ?? -60),
        exp: now + (o.expiresIn ?? 3600),
        iss: botFrameworkTokenIssuer,
        aud: appId,
        ...claims,
      };
      for (const [k, v] of Object.entries(payload)) if (v === undefined) delete payload[k];
      const signer = { kid: o.kid ?? key.kid, publicKey: key.publicKey, privateKey: o.key ?? key.privateKey };
      return signJwt(payload, signer, o.alg);
    },
    close: async () => {
      for (const res of held.splice(0)) res.destroy();
      await server.close();
    },
  };
}

/** A key the stand-in never published, for forged signatures. */
export const foreignKey = (): KeyObject =>
  crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
