import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { AppMetrics } from '../metrics/app-metrics';
import { httpMessages } from './http-messages';

/**
 * GET /metrics in the Prometheus text format, and the request counters behind it. The route
 * label is the route's pattern (`/api/tab/callbacks/:id`), never the raw URL, so that ids and
 * scanners probing random paths cannot create unbounded series.
 */
export interface MetricsRouteOptions {
  /** When set, scrapers must send `Authorization: Bearer <token>` (METRICS_TOKEN; required in production). */
  token?: string;
  /** Reads database and process state into the gauges just before rendering. */
  collect: () => Promise<void>;
}

const startedAt = new WeakMap<Request, bigint>();

/** Counts and times every request; call once, right after creating the server. */
export function countRequests(server: Server, metrics: Pick<AppMetrics, 'httpRequests' | 'httpDuration'>) {
  server.pre((req: Request, _res: Response, next: () => void) => {
    startedAt.set(req, process.hrtime.bigint());
    next();
  });
  server.on('after', (req: Request, res: Response, route?: { spec?: { path?: unknown } }) => {
    const path = route?.spec?.path;
    const labels = { method: req.method ?? 'GET', route: typeof path === 'string' ? path : 'unmatched' };
    metrics.httpRequests.inc({ ...labels, status: String(res.statusCode) });
    const start = startedAt.get(req);
    if (start !== undefined)
      metrics.httpDuration.observe(labels, Number(process.hrtime.bigint() - start) / 1e9);
  });
}

export function registerMetricsRoute(
  server: Server,
  metrics: Pick<AppMetrics, 'render' | 'contentType'>,
  options: MetricsRouteOptions,
): void {
  const authorized = options.token ? bearerCheck(options.token) : () => true;
  server.get('/metrics', async (req: Request, res: Response) => {
    if (!authorized(req.header('authorization'))) {
      res.header('WWW-Authenticate', 'Bearer realm="metrics"');
      res.json(401, { error: { code: 'NOT_AUTHENTICATED', message: httpMessages.metricsToken } });
      return;
    }
    await options.collect();
    const text = await metrics.render();
    res.writeHead(200, { 'Content-Type': metrics.contentType, 'Cache-Control': 'no-store' });
    res.end(text);
  });
}

/** Compares digests, so the time taken does not reveal how much of a guess was right. */
function bearerCheck(token: string): (header: string | undefined) => boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  const expected = digest(token);
  return (header) => {
    const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
    return match !== null && timingSafeEqual(digest(match[1]!.trim()), expected);
  };
}
