/**
 * msal-node options that name every Entra endpoint up front, so that msal makes no discovery
 * calls (no instance discovery, no OpenID configuration fetch): only the token request itself.
 * That keeps start-up independent of login.microsoftonline.com's discovery endpoints and lets
 * tests point msal at a local stand-in.
 */
export interface MsalAuthorityOptions {
  authority: string;
  knownAuthorities: string[];
  authorityMetadata: string;
  cloudDiscoveryMetadata: string;
}

export function msalAuthorityOptions(authorityHost: string, tenantId: string): MsalAuthorityOptions {
  const host = new URL(authorityHost);
  const base = `${host.origin}/${tenantId}`;
  return {
    // msal accepts only an https authority. With the endpoints given below it uses the authority
    // as a name (cache key), never as an address, so a plain-http stand-in in tests still works.
    authority: `https://${host.host}/${tenantId}`,
    knownAuthorities: [host.host],
    authorityMetadata: JSON.stringify({
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      issuer: `${base}/v2.0`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
    }),
    cloudDiscoveryMetadata: JSON.stringify({
      tenant_discovery_endpoint: `${base}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host.host, preferred_cache: host.host, aliases: [host.host] }],
    }),
  };
}
