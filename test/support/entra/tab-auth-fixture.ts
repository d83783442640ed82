import { createTabAuth, type AuthenticateRequest } from '../../../bot/src/http/auth';
import { loadTabAuthConfig, type EntraTabAuthConfig } from '../../../bot/src/http/auth/tab-auth-config';
import { createMemoryLogger } from '../../../bot/src/shared/logger';
import type { LocalIssuer } from './local-issuer';

/** The tab API's auth configured the way an operator would, via env, against the stand-ins. */
function entraEnv(issuer: LocalIssuer, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    TAB_CLIENT_ID: issuer.clientId,
    TAB_CLIENT_SECRET: issuer.clientSecret,
    TAB_TENANT_ID: issuer.tenantId,
    ENTRA_AUTHORITY_HOST: issuer.url,
    ...extra,
  };
}

export function entraConfig(issuer: LocalIssuer, extra: Record<string, string> = {}): EntraTabAuthConfig {
  const config = loadTabAuthConfig(entraEnv(issuer, extra));
  if (config.mode !== 'entra') throw new Error('expected entra mode');
  return config;
}

export function tabAuthAgainst(
  issuer: LocalIssuer,
  extra: Record<string, string> = {},
  deps: { now?: () => number; jwksRefetchCooldownMs?: number } = {},
): { authenticate: AuthenticateRequest; logs: ReturnType<typeof createMemoryLogger>['lines'] } {
  const logger = createMemoryLogger('debug');
  const authenticate = createTabAuth(entraConfig(issuer, extra), { logger, nodeEnv: 'test', ...deps });
  return { authenticate, logs: logger.lines };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
