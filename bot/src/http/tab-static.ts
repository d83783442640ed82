import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import { repoRoot } from '../config/repo-root';
import type { Logger } from '../shared/logger';
import { tabContentSecurityPolicy } from './tab-security';

export interface TabStaticOptions {
  logger: Logger;
  /** The built tab (index.html, assets/). Default: <repo>/tab/dist. */
  distDir?: string;
  /** The tab's sources; when present, a missing or older build is rebuilt. Default: <repo>/tab/src. */
  sourceDir?: string;
  /** Builds the tab into distDir. Default: tab/build.ts (esbuild); null: never build. */
  build?: ((dirs: { distDir: string; sourceDir: string }) => Promise<void>) | null;
  /** Production: source maps are not served, and only Microsoft's hosts may frame the tab. */
  production?: boolean;
}

/**
 * Serves the coordinator tab: GET /tab (also /tab/config, the channel tab's configuration page)
 * and GET /tab/assets/*. No authentication: the files hold no data; the API behind them checks
 * the Teams token.
 *
 * Built on demand: when the first request for the page finds tab/dist missing, or older than
 * the sources (a developer changed the tab), the bundle is built then (esbuild, a few seconds),
 * so `npm start` works on a fresh clone and after edits without a separate build step, and
 * servers that never show the tab (tests, bot-only instances) never build it. A deployment
 * ships tab/dist prebuilt (`npm run tab:build`) without tab/src and never builds.
 */
export function registerTabStatic(server: Server, options: TabStaticOptions): void {
  const root = repoRoot();
  const distDir = options.distDir ?? path.join(root, 'tab', 'dist');
  const sourceDir = options.sourceDir ?? path.join(root, 'tab', 'src');
  const build = options.build === undefined ? buildWithEsbuild(root) : options.build;
  const logger = options.logger;
  const files = createFileCache();
  const production = options.production ?? false;
  const pageHeaders = { 'Content-Security-Policy': tabContentSecurityPolicy(production) };
  let building: Promise<void> | null = null;

  /** One build at a time; requests arriving meanwhile wait for the same one. */
  const ensureBuilt = async (): Promise<void> => {
    if (!build || !needsBuild(distDir, sourceDir)) return;
    building ??= (async () => {
      const started = Date.now();
      logger.info('tab.build_started', { distDir });
      try {
        await build({ distDir, sourceDir });
        logger.info('tab.built', { distDir, ms: Date.now() - started });
      } catch (error) {
        logger.error('tab.build_failed', { error });
        throw error;
      }
    })().finally(() => {
      building = null;
    });
    await building;
  };

  const page = async (req: Request, res: Response) => {
    // A failed rebuild (logged) still serves the previous build when there is one.
    await ensureBuilt().catch(() => undefined);
    const file = files.read(path.join(distDir, 'index.html'), acceptsGzip(req));
    if (!file)
      return sendText(res, 503, 'Fanen er ikke bygget. Kør `npm run tab:build`, og se serverens log.');
    send(res, file, 'text/html; charset=utf-8', 'no-cache', pageHeaders);
  };
  server.get('/tab', page);
  server.get('/tab/', page);
  server.get('/tab/config', page);

  server.get('/tab/assets/*', async (req: Request, res: Response) => {
    const name = String((req.params as Record<string, unknown>)['*'] ?? '');
    // Assets are one flat folder of hashed names: anything else (.., sub-paths) is not ours.
    // Source maps would hand anyone the tab's readable sources: developers only.
    const servable = /^[\w-]+(\.[\w-]+)*$/.test(name) && !(production && name.endsWith('.map'));
    const type = servable ? contentTypes[path.extname(name)] : undefined;
    const file = type ? files.read(path.join(distDir, 'assets', name), acceptsGzip(req)) : null;
    if (!type || !file) return sendText(res, 404, 'Ikke fundet.');
    // Names carry the content hash, so a name never changes meaning.
    send(res, file, type, 'public, max-age=31536000, immutable');
  });
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Rebuild when there is no build, or the sources (if deployed) changed after it. */
export function needsBuild(distDir: string, sourceDir: string): boolean {
  if (!fs.existsSync(sourceDir)) return false;
  const index = path.join(distDir, 'index.html');
  if (!fs.existsSync(index)) return true;
  const builtAt = fs.statSync(index).mtimeMs;
  return fs
    .readdirSync(sourceDir, { withFileTypes: true, recursive: true })
    .some(
      (entry) => entry.isFile() && fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs > builtAt,
    );
}

/**
 * tab/build.ts is loaded only when a build is needed: esbuild is a development tool, and a
 * deployment with a prebuilt tab/dist never loads it. It is TypeScript, so this works under tsx
 * and jest (`npm start`, tests); the compiled server (`npm run build`) gets tab/dist from the
 * build script instead. require, because a dynamic import() does not run under jest.
 */
const buildWithEsbuild =
  (root: string) =>
  async (dirs: { distDir: string; sourceDir: string }): Promise<void> => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildTab } = require(path.join(root, 'tab', 'build')) as typeof import('../../../tab/build');
    await buildTab(dirs);
  };

interface CachedFile {
  body: Buffer;
  gzipped: boolean;
}

/** Files by path and modification time; the gzip of a text file is made once, not per request. */
function createFileCache() {
  const cache = new Map<string, { mtimeMs: number; plain: Buffer; gzip: Buffer | null }>();
  return {
    read(file: string, gzip: boolean): CachedFile | null {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file);
      } catch {
        return null;
      }
      if (!stat.isFile()) return null;
      let entry = cache.get(file);
      if (!entry || entry.mtimeMs !== stat.mtimeMs) {
        const plain = fs.readFileSync(file);
        const compressible = /\.(html|js|map|css|svg)$/.test(file) && plain.length > 1024;
        entry = { mtimeMs: stat.mtimeMs, plain, gzip: compressible ? zlib.gzipSync(plain) : null };
        cache.set(file, entry);
      }
      return gzip && entry.gzip ? { body: entry.gzip, gzipped: true } : { body: entry.plain, gzipped: false };
    },
  };
}

const acceptsGzip = (req: Request): boolean => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

function send(
  res: Response,
  file: CachedFile,
  type: string,
  cacheControl: string,
  headers: Record<string, string> = {},
): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (file.gzipped) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', file.body.length);
  res.writeHead(200);
  res.end(file.body);
}

function sendText(res: Response, status: number, text: string): void {
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.writeHead(status);
  res.end(text);
}
