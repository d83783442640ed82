import { AppError, isAppError } from '../../shared/errors';
import type { Logger } from '../../shared/logger';
import { createGraphGroupDirectory } from './graph-groups';
import { createJwksCache } from './jwks';
import { createRoleResolver } from './resolve-roles';
import { requireRole } from './roles';
import { isLocalAllowed, type TabAuthConfig } from './tab-auth-config';
import type { TabUser } from './tab-user';
import { validateTabToken } from './validate-token';

/**
 * The tab API's gate, independent of restify: headers in, a verified user with at least one role
 * out, or AppError NOT_AUTHENTICATED / FORBIDDEN / AUTH_UNAVAILABLE (see authFailureResponse).
 * Built once at start-up: it holds the signing-key cache, msal's token cache and the group cache.
 */
type Headers = Record<string, string | string[] | undefined>;
export type AuthenticateRequest = (headers: Headers) => Promise<TabUser>;

export interface TabAuthDeps {
  logger: Logger;
  /** NODE_ENV: local mode is refused in production. */
  nodeEnv: string | undefined;
  now?: () => number;
  jwksTtlMs?: number;
  jwksRefetchCooldownMs?: number;
  groupCacheTtlMs?: number;
}

export function createTabAuth(config: TabAuthConfig, deps: TabAuthDeps): AuthenticateRequest {
  const logger = deps.logger;
  if (config.mode === 'local') {
    if (!isLocalAllowed(deps.nodeEnv)) {
      throw new AppError(
        'CONFIG_INVALID',
        'tab authentication needs TAB_CLIENT_ID and TAB_TENANT_ID in production',
        {
          setting: 'TAB_CLIENT_ID',
        },
      );
    }
    let announced = false;
    return async () => {
      if (!announced) {
        announced = true;
        logger.warn('tab_auth.local_mode', {
          reason: 'no TAB_CLIENT_ID: every tab request is the local developer',
        });
      }
      return config.devUser;
    };
  }

  const keys = createJwksCache({
    url: config.jwksUrl,
    logger,
    now: deps.now,
    ttlMs: deps.jwksTtlMs,
    refetchCooldownMs: deps.jwksRefetchCooldownMs,
  });
  const directory =
    config.roleGroups && config.clientSecret
      ? createGraphGroupDirectory({
          tenantId: config.tenantId,
          clientId: config.clientId,
          clientSecret: config.clientSecret,
          authorityHost: config.authority,
          graphBaseUrl: config.graphBaseUrl,
          logger,
          now: deps.now,
          cacheTtlMs: deps.groupCacheTtlMs,
        })
      : undefined;
  const resolveRoles = createRoleResolver({
    roleMap: config.roleMap,
    roleGroups: config.roleGroups,
    directory,
  });

  return async (headers) => {
    try {
      const user = await validateTabToken(bearerToken(headers), {
        keys,
        tenantId: config.tenantId,
        audiences: config.audiences,
        issuerTemplate: config.issuerTemplate,
        now: deps.now,
        resolveRoles,
      });
      return requireRole(user);
    } catch (error) {
      if (isAppError(error)) logger.info('tab_auth.rejected', { code: error.code, reason: error.message });
      else logger.error('tab_auth.failed', { error });
      throw error;
    }
  };
}

function bearerToken(headers: Headers): string {
  const raw = headers['authorization'] ?? headers['Authorization'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) throw new AppError('NOT_AUTHENTICATED', 'no Authorization header');
  const match = /^Bearer +(\S+)\s*$/i.exec(value);
  if (!match) throw new AppError('NOT_AUTHENTICATED', 'Authorization header is not "Bearer <token>"');
  return match[1]!;
}
