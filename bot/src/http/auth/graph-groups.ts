import { ConfidentialClientApplication, LogLevel } from '@azure/msal-node';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { Logger } from '../../shared/logger';
import { msalAuthorityOptions } from './entra-authority';
import type { TokenClaims } from './token-claims';

/**
 * The Entra groups a tab user is a direct member of, read from Microsoft Graph on their behalf:
 * the tab's SSO token is exchanged for a Graph token (on-behalf-of flow, msal-node), then
 * `GET /v1.0/me/memberOf` is followed page by page. Cached per user for a few minutes, so a tab
 * that makes ten API calls on load costs one Graph lookup; a removed membership therefore takes
 * up to the cache time to take effect.
 */
export interface GroupDirectory {
  groupIdsOf(claims: TokenClaims, token: string): Promise<string[]>;
}

export interface GraphGroupsOptions {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  authorityHost: string;
  graphBaseUrl: string;
  logger: Logger;
  cacheTtlMs?: number;
  timeoutMs?: number;
  now?: () => number;
}

const pageSchema = z.object({
  value: z.array(z.looseObject({ id: z.string() })),
  '@odata.nextLink': z.string().optional(),
});

const maxPages = 50;
const maxCachedUsers = 5_000;

export function createGraphGroupDirectory(options: GraphGroupsOptions): GroupDirectory {
  const ttlMs = options.cacheTtlMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  const graph = new URL(options.graphBaseUrl);
  const msal = new ConfidentialClientApplication({
    auth: {
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      ...msalAuthorityOptions(options.authorityHost, options.tenantId),
    },
    system: {
      loggerOptions: {
        logLevel: LogLevel.Warning,
        piiLoggingEnabled: false,
        loggerCallback: (_level, message, containsPii) => {
          if (!containsPii) options.logger.debug('tab_auth.msal', { message });
        },
      },
    },
  });
  const cache = new Map<string, { groupIds: string[]; expiresAt: number }>();
  const inflight = new Map<string, Promise<string[]>>();

  async function graphToken(token: string): Promise<string> {
    try {
      const result = await msal.acquireTokenOnBehalfOf({
        oboAssertion: token,
        scopes: [`${graph.origin}/.default`],
      });
      if (!result?.accessToken) throw new Error('no access token in the response');
      return result.accessToken;
    } catch (error) {
      throw new AppError('AUTH_UNAVAILABLE', `on-behalf-of token for Graph failed: ${firstLine(error)}`);
    }
  }

  async function lookUp(token: string): Promise<string[]> {
    const accessToken = await graphToken(token);
    const ids: string[] = [];
    let next: string | undefined =
      `${graph.origin}${graph.pathname.replace(/\/$/, '')}/v1.0/me/memberOf?$select=id&$top=999`;
    for (let page = 0; next; page += 1) {
      // The bearer token must only ever go to Graph, whatever a response claims the next page is.
      if (page >= maxPages || new URL(next).origin !== graph.origin) {
        throw new AppError('AUTH_UNAVAILABLE', `Graph paging stopped at page ${page} (${next})`);
      }
      const response = await fetch(next, {
        headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      }).catch((error: unknown) => {
        throw new AppError('AUTH_UNAVAILABLE', `Graph memberOf unreachable: ${firstLine(error)}`);
      });
      if (!response.ok) throw new AppError('AUTH_UNAVAILABLE', `Graph memberOf answered ${response.status}`);
      const body = pageSchema.safeParse(await response.json());
      if (!body.success)
        throw new AppError('AUTH_UNAVAILABLE', 'Graph memberOf answered an unexpected shape');
      ids.push(...body.data.value.map((o) => o.id.toLowerCase()));
      next = body.data['@odata.nextLink'];
    }
    return ids;
  }

  return {
    async groupIdsOf(claims, token) {
      const key = `${claims.tid}/${claims.oid}`;
      const hit = cache.get(key);
      if (hit && hit.expiresAt > now()) return hit.groupIds;
      const running = inflight.get(key);
      if (running) return running;
      const lookup = lookUp(token)
        .then((groupIds) => {
          cache.delete(key);
          // Oldest entry out first (Map keeps insertion order): a bound, not an LRU.
          if (cache.size >= maxCachedUsers) cache.delete(cache.keys().next().value as string);
          cache.set(key, { groupIds, expiresAt: now() + ttlMs });
          options.logger.debug('tab_auth.groups_fetched', { userId: claims.oid, count: groupIds.length });
          return groupIds;
        })
        .finally(() => inflight.delete(key));
      inflight.set(key, lookup);
      return lookup;
    },
  };
}

const firstLine = (error: unknown): string =>
  (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0] ?? '';
