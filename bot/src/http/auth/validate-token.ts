import { AppError } from '../../shared/errors';
import type { RoleGrant } from '../../coordinator/roles';
import type { SigningKeys } from './jwks';
import { decodeJwt, verifyRs256 } from './jwt';
import { defaultRoleMap, grantFromAppRoles, type RoleMap } from './roles';
import type { TabUser } from './tab-user';
import { checkClaims, type TokenClaims } from './token-claims';

/**
 * Verifies a Teams SSO access token (from `authentication.getAuthToken()` in the tab) and tells
 * who it belongs to and what they may see. Every refusal is AppError NOT_AUTHENTICATED with the
 * precise reason, for the log; the user only ever sees a generic Danish text.
 */
export interface ValidateTokenOptions {
  keys: SigningKeys;
  tenantId: string;
  audiences: readonly string[];
  /** Expected issuer with `{tenantId}` as placeholder, e.g. https://login.microsoftonline.com/{tenantId}/v2.0. */
  issuerTemplate: string;
  requiredScope?: string;
  clockSkewSeconds?: number;
  now?: () => number;
  roleMap?: RoleMap;
  /** Replaces the default (app roles only), e.g. to add Entra group membership. */
  resolveRoles?: (claims: TokenClaims, token: string) => Promise<RoleGrant>;
}

const defaultRequiredScope = 'access_as_user';
const defaultClockSkewSeconds = 300;

const issuerFor = (template: string, tenantId: string): string =>
  template.replaceAll('{tenantId}', tenantId).replaceAll('{tenantid}', tenantId);

export async function validateTabToken(token: string, options: ValidateTokenOptions): Promise<TabUser> {
  const jwt = decodeJwt(token);
  // Checked before any key is looked up: `none` and HS256 are the classic forgeries.
  if (jwt.header.alg !== 'RS256') {
    throw new AppError('NOT_AUTHENTICATED', `algorithm ${jwt.header.alg} is not accepted (only RS256)`);
  }
  if (!jwt.header.kid) throw new AppError('NOT_AUTHENTICATED', 'token header has no key id (kid)');
  const { key } = await options.keys.keyFor(jwt.header.kid);
  if (!verifyRs256(jwt, key)) {
    throw new AppError('NOT_AUTHENTICATED', `signature does not match key ${jwt.header.kid}`);
  }
  const nowSeconds = Math.floor((options.now ?? Date.now)() / 1000);
  const claims = checkClaims(
    jwt.payload,
    {
      issuer: issuerFor(options.issuerTemplate, options.tenantId),
      tenantId: options.tenantId,
      audiences: options.audiences,
      requiredScope: options.requiredScope ?? defaultRequiredScope,
      clockSkewSeconds: options.clockSkewSeconds ?? defaultClockSkewSeconds,
    },
    nowSeconds,
  );
  const grant = options.resolveRoles
    ? await options.resolveRoles(claims, token)
    : grantFromAppRoles(claims.roles ?? [], options.roleMap ?? defaultRoleMap);
  return {
    id: claims.oid,
    name: claims.name ?? claims.preferred_username ?? claims.oid,
    upn: claims.preferred_username ?? claims.upn ?? '',
    tenantId: claims.tid,
    roles: grant.roles,
    centerCodes: grant.centerCodes,
  };
}
