import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import restify, { type Server } from 'restify';
import { registerTabStatic, type TabStaticOptions } from '../../bot/src/http/tab-static';
import { createMemoryLogger } from '../../bot/src/shared/logger';

/** registerTabStatic over real HTTP, with a stand-in build that writes a tiny tab. */
describe('serving the tab (/tab, /tab/assets)', () => {
  let dir: string;
  let server: Server | null;
  let logger: ReturnType<typeof createMemoryLogger>;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tab-static-'));
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'src', 'main.tsx'), '// the tab');
    server = null;
    logger = createMemoryLogger('debug');
  });
  afterEach(async () => {
    if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const writeBuild = (distDir: string, marker: string) => {
    fs.mkdirSync(path.join(distDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(distDir, 'assets', 'app-ABC123.js'), `console.log("${marker}");`.repeat(200));
    fs.writeFileSync(
      path.join(distDir, 'index.html'),
      `<!doctype html><title>${marker}</title><script type="module" src="/tab/assets/app-ABC123.js"></script>`,
    );
  };

  async function serve(options: Partial<TabStaticOptions> = {}) {
    const builds: string[] = [];
    server = restify.createServer();
    registerTabStatic(server, {
      logger,
      distDir: path.join(dir, 'dist'),
      sourceDir: path.join(dir, 'src'),
      build: async ({ distDir }) => {
        builds.push(distDir);
        await new Promise((resolve) => setTimeout(resolve, 50));
        writeBuild(distDir, `build ${builds.length}`);
      },
      ...options,
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.address() as { port: number }).port;
    return { url: `http://127.0.0.1:${port}`, builds };
  }

  test('a fresh checkout builds the tab on the first request, once, however many requests arrive together', async () => {
    const { url, builds } = await serve();
    const pages = await Promise.all([1, 2, 3].map(() => fetch(`${url}/tab`)));
    expect(pages.map((p) => p.status)).toEqual([200, 200, 200]);
    expect(builds).toHaveLength(1);
    expect(await pages[0]!.text()).toContain('<title>build 1</title>');
    expect(pages[0]!.headers.get('cache-control')).toBe('no-cache');
    expect(pages[0]!.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  test('a build newer than its sources is served as it is; editing a source rebuilds it', async () => {
    const { url, builds } = await serve();
    await fetch(`${url}/tab`);
    await fetch(`${url}/tab`);
    expect(builds).toHaveLength(1);
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(path.join(dir, 'src', 'main.tsx'), later, later);
    expect(await (await fetch(`${url}/tab`)).text()).toContain('build 2');
  });

  test('a deployment without sources serves its prebuilt tab and never builds', async () => {
    fs.rmSync(path.join(dir, 'src'), { recursive: true });
    writeBuild(path.join(dir, 'dist'), 'prebuilt');
    const { url, builds } = await serve();
    expect(await (await fetch(`${url}/tab/config`)).text()).toContain('prebuilt');
    expect(builds).toHaveLength(0);
  });

  test.each([
    ['an earlier build exists', 200, 'old', true],
    ['there is no build', 503, 'Fanen er ikke bygget', false],
  ])('when building fails and %s, the answer is %i', async (_case, status, text, hasOldBuild) => {
    if (hasOldBuild) {
      writeBuild(path.join(dir, 'dist'), 'old');
      const later = new Date(Date.now() + 5_000);
      fs.utimesSync(path.join(dir, 'src', 'main.tsx'), later, later);
    }
    const { url } = await serve({
      build: async () => {
        throw new Error('syntax error in main.tsx');
      },
    });
    const response = await fetch(`${url}/tab`);
    expect(response.status).toBe(status);
    expect(await response.text()).toContain(text);
    expect(logger.lines.some((l) => l.event === 'tab.build_failed')).toBe(true);
  });

  test('assets are served with their type, compressed when the browser accepts it, and cached for good', async () => {
    writeBuild(path.join(dir, 'dist'), 'asset');
    const { url } = await serve({ build: null });
    const plain = await fetch(`${url}/tab/assets/app-ABC123.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('cache-control')).toContain('immutable');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const zipped = await fetch(`${url}/tab/assets/app-ABC123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    // fetch decompresses: the same script either way.
    expect(await zipped.text()).toBe(await plain.text());
  });

  test.each([
    '/tab/assets/missing.js',
    '/tab/assets/..%2F..%2Fpackage.json',
    '/tab/assets/..%2Findex.html',
    '/tab/assets/app-ABC123.exe',
  ])('%s is not found (nothing outside the assets folder is served)', async (asset) => {
    fs.writeFileSync(path.join(dir, 'package.json'), '{"secret": true}');
    writeBuild(path.join(dir, 'dist'), 'asset');
    fs.writeFileSync(path.join(dir, 'dist', 'assets', 'app-ABC123.exe'), 'MZ');
    const { url } = await serve({ build: null });
    const response = await fetch(`${url}${asset}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });
});
