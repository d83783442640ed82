import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the coordinator tab (tab/src) into tab/dist: index.html plus assets/ (app-HASH.js, a
 * chunk for Chart.js, source maps). `npm run tab:build` runs it; the server also runs it on the
 * first request for /tab when tab/dist is missing or older than the sources (tab-static.ts).
 *
 * Several processes may build at once (parallel test workers, a server and a developer), so
 * everything is written to a private folder first and moved into place file by file with
 * rename, which is atomic: a reader sees the old file or the new one, never half a file.
 * index.html is moved last, so it never points at an asset that is not there yet.
 */
export const tabDir = __dirname;
export const tabSourceDir = path.join(tabDir, 'src');
export const tabDistDir = path.join(tabDir, 'dist');

export interface TabBuildResult {
  distDir: string;
  bytes: number;
  ms: number;
}

export async function buildTab(
  options: { distDir?: string; sourceDir?: string; minify?: boolean } = {},
): Promise<TabBuildResult> {
  const started = Date.now();
  const distDir = options.distDir ?? tabDistDir;
  const sourceDir = options.sourceDir ?? tabSourceDir;
  // Inside dist (same file system, so rename works; already ignored by git, lint and prettier).
  const work = path.join(distDir, `.build-${process.pid}-${randomUUID().slice(0, 8)}`);
  try {
    const result = await build({
      entryPoints: { app: path.join(sourceDir, 'main.tsx') },
      outdir: path.join(work, 'assets'),
      // Hashed names: a file's content never changes under its name, so it may be cached for good.
      entryNames: '[name]-[hash]',
      chunkNames: 'chunk-[hash]',
      bundle: true,
      // ES modules with splitting: Chart.js loads as its own chunk after the first render.
      format: 'esm',
      splitting: true,
      platform: 'browser',
      target: ['chrome110', 'edge110', 'firefox110', 'safari16'],
      jsx: 'automatic',
      minify: options.minify ?? true,
      sourcemap: 'linked',
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
      metafile: true,
    });
    const outputs = Object.entries(result.metafile.outputs);
    const entry = outputs.find(([, o]) => o.entryPoint !== undefined);
    if (!entry) throw new Error('esbuild produced no entry file');
    fs.writeFileSync(path.join(work, 'index.html'), indexHtml(path.basename(entry[0])));

    const assets = path.join(distDir, 'assets');
    fs.mkdirSync(assets, { recursive: true });
    const produced = fs.readdirSync(path.join(work, 'assets'));
    for (const file of produced) fs.renameSync(path.join(work, 'assets', file), path.join(assets, file));
    fs.renameSync(path.join(work, 'index.html'), path.join(distDir, 'index.html'));
    removeOldAssets(assets, new Set(produced));
    const bytes = outputs.reduce((sum, [name, o]) => sum + (name.endsWith('.map') ? 0 : o.bytes), 0);
    return { distDir, bytes, ms: Date.now() - started };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Assets of earlier builds. Only those untouched for a while go: a page loaded just before
 * this build may still fetch its chunks, and a parallel build of other sources may use them.
 */
function removeOldAssets(assets: string, keep: Set<string>, olderThanMs = 10 * 60_000): void {
  for (const file of fs.readdirSync(assets)) {
    if (keep.has(file)) continue;
    const full = path.join(assets, file);
    if (Date.now() - fs.statSync(full).mtimeMs > olderThanMs) fs.rmSync(full, { force: true });
  }
}

function indexHtml(appFile: string): string {
  return `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Kontaktcenter – koordinator</title>
    <style>
      html, body { margin: 0; padding: 0; }
      body { font-family: 'Segoe UI', system-ui, sans-serif; }
      #root > .boot { padding: 16px; }
    </style>
    <script type="module" src="/tab/assets/${appFile}"></script>
  </head>
  <body>
    <div id="root"><p class="boot">Indlæser …</p></div>
    <noscript>Fanen kræver JavaScript.</noscript>
  </body>
</html>
`;
}

if (require.main === module) {
  buildTab().then(
    (r) => process.stdout.write(`tab built: ${r.distDir} (${Math.round(r.bytes / 1024)} KB, ${r.ms} ms)\n`),
    (error: unknown) => {
      process.stderr.write(`tab build failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
