import { bearerOf, sendJson, startStandInServer } from './http-server';
import type { LocalIssuer } from './local-issuer';

/**
 * A local stand-in for Microsoft Graph's `GET /v1.0/me/memberOf`: it answers only bearer tokens
 * that the issuer's on-behalf-of endpoint handed out for Graph, reads "me" from the token's
 * `oid`, and pages the result with `@odata.nextLink` the way Graph does.
 */
export interface GraphStandIn {
  url: string;
  /** memberOf page requests answered with 200. */
  readonly pagesServed: number;
  /** Status to answer instead of the real response (e.g. 503). */
  faults: { memberOf?: number };
  close(): Promise<void>;
}

export interface GraphStandInOptions {
  issuer: LocalIssuer;
  /** User object id -> the group object ids they are a direct member of. */
  memberOf: Record<string, string[]>;
  pageSize?: number;
}

export async function startGraphStandIn(options: GraphStandInOptions): Promise<GraphStandIn> {
  const pageSize = options.pageSize ?? 100;
  let pagesServed = 0;
  const faults: GraphStandIn['faults'] = {};
  let base = '';

  const server = await startStandInServer((req, res, url) => {
    if (req.method !== 'GET' || url.pathname !== '/v1.0/me/memberOf') {
      return sendJson(res, 404, graphError('Request_ResourceNotFound', `${req.method} ${url.pathname}`));
    }
    const claims = options.issuer.oboTokenClaims(bearerOf(req) ?? '');
    if (!claims || claims.aud !== base) {
      return sendJson(res, 401, graphError('InvalidAuthenticationToken', 'Access token validation failure.'));
    }
    if (faults.memberOf)
      return sendJson(res, faults.memberOf, graphError('serviceNotAvailable', 'Try later.'));
    const groups = options.memberOf[String(claims.oid)] ?? [];
    const offset = Number(
      Buffer.from(url.searchParams.get('$skiptoken') ?? '', 'base64url').toString() || '0',
    );
    const page = groups.slice(offset, offset + pageSize);
    const next = offset + pageSize < groups.length ? offset + pageSize : undefined;
    pagesServed += 1;
    const nextLink = new URL(url.pathname, base);
    nextLink.search = url.search;
    nextLink.searchParams.set('$skiptoken', Buffer.from(String(next)).toString('base64url'));
    sendJson(res, 200, {
      '@odata.context': `${base}/v1.0/$metadata#directoryObjects`,
      ...(next !== undefined ? { '@odata.nextLink': nextLink.toString() } : {}),
      value: page.map((id, i) => ({
        '@odata.type': '#microsoft.graph.group',
        id,
        displayName: `Gruppe ${offset + i + 1}`,
      })),
    });
  });
  base = server.url;

  return {
    url: base,
    get pagesServed() {
      return pagesServed;
    },
    faults,
    close: server.close,
  };
}

const graphError = (code: string, message: string) => ({
  error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': crypto.randomUUID() } },
});
