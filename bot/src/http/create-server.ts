import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from '../shared/logger';
import type { Readiness } from './readiness';
import { jsonBodies } from './json-body';
import { localUrl } from './listen-address';

type Handler = (req: Request, res: Response) => Promise<void>;

export interface ServerParts {
  logger: Logger;
  /** POST /api/messages, implemented by the Teams adapter. */
  botEndpoint: Handler;
  /** Knowledge loaded, storage answering reads and taking writes. */
  isReady: () => Promise<Readiness>;
}

export function createServer(parts: ServerParts): Server {
  const server = restify.createServer({ name: 'kontaktcenter', handleUncaughtExceptions: false });
  server.use(jsonBodies(parts.logger, 1_000_000));

  server.post('/api/messages', parts.botEndpoint);
  // Tools such as the Agents Playground probe the endpoint with HEAD; answer without noise.
  server.head('/api/messages', async (_req: Request, res: Response) => {
    res.send(200);
  });
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.json(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req: Request, res: Response) => {
    const { ready, checks, failing } = await parts.isReady();
    res.json(ready ? 200 : 503, {
      status: ready ? 'ready' : 'not ready',
      checks,
      ...(ready ? {} : { failing }),
    });
  });

  // restify answers some requests by itself (unknown route, body too large); log why.
  server.on(
    'restifyError',
    (req: Request, _res: Response, err: Error & { statusCode?: number }, cb: () => void) => {
      parts.logger.warn('http.request_failed', {
        method: req.method,
        path: req.path(),
        status: err.statusCode,
        reason: err.message,
      });
      cb();
    },
  );
  return server;
}

/** Resolves with the address the server really listens on, and a URL to reach it from here. */
export function listen(
  server: Server,
  port: number,
  host: string,
): Promise<{ url: string; port: number; address: string }> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const bound = server.address();
      const address = typeof bound === 'object' && bound ? bound.address : host;
      const actualPort = typeof bound === 'object' && bound ? bound.port : port;
      resolve({ url: localUrl(address, actualPort), port: actualPort, address });
    });
  });
}
