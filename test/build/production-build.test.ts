import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { postActivity } from '../support/bot-client';
import { startConnectorEmulator, type ConnectorEmulator } from '../support/connector-emulator';
import { personalMessage } from '../support/teams-activities';
import { testUser } from '../support/teams-fixtures';
import { parseExposition, valueOf } from '../metrics/parse-exposition';
import { runUntilExit, startServerProcess, type ServerProcess } from '../integration/server-process';

/**
 * What is deployed is what was tested: `npm run build` as the pipeline runs it, then the result
 * started with plain `node`, talked to over HTTP and stopped the way App Service stops it.
 * The tab bundle is left out (--skip-tab): it has its own tests and writes to tab/dist, which
 * other suites read; the server build is the same code either way.
 */
const repo = path.resolve(__dirname, '..', '..');
const outDir = path.join(repo, 'test-artifacts', `build-${process.pid}`);
const entry = path.join(outDir, 'bot', 'src', 'main.js');
const agent = testUser('Alex Wilber');

function npmRunBuild(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const args = ['run', '-s', 'build', '--', '--out-dir', path.relative(repo, outDir), '--skip-tab'];
    const child = spawn('npm', args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += String(d)));
    child.stderr.on('data', (d) => (output += String(d)));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('the production build', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontaktcenter-built-'));
    const { code, output } = await npmRunBuild();
    if (code !== 0) throw new Error(`npm run build failed (${code}):\n${output}`);
  }, 300_000);
  afterAll(() => {
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('holds the entry point and every card template', () => {
    expect(fs.existsSync(entry)).toBe(true);
    const templates = fs.readdirSync(path.join(repo, 'bot', 'src', 'cards', 'templates'));
    expect(templates.length).toBeGreaterThan(0);
    for (const t of templates) {
      expect(fs.existsSync(path.join(outDir, 'bot', 'src', 'cards', 'templates', t))).toBe(true);
    }
  });

  test('loads only files it holds and packages that a production install (npm ci --omit=dev) has', () => {
    // The lock file marks what --omit=dev leaves out; transitive production packages are there.
    const lock = JSON.parse(fs.readFileSync(path.join(repo, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
    };
    const inProduction = (name: string) => {
      const entry = lock.packages[`node_modules/${name}`];
      return entry !== undefined && !entry.dev && !entry.devOptional;
    };
    const builtins = new Set(builtinModules);
    const missing = new Map<string, string>();
    // Follow what the server loads from its entry, not every file tsc emitted.
    const seen = new Set<string>();
    const queue = [entry];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file) || !file.endsWith('.js')) continue;
      seen.add(file);
      // tsc writes the requires it emits with double quotes; a require in the source keeps its own.
      for (const [, , spec] of fs.readFileSync(file, 'utf8').matchAll(/require\((["'])([^"']+)\1\)/g)) {
        if (spec!.startsWith('.')) {
          const base = path.resolve(path.dirname(file), spec!);
          const found = [`${base}.js`, path.join(base, 'index.js'), base].find(
            (f) => fs.existsSync(f) && fs.statSync(f).isFile(),
          );
          if (found) queue.push(found);
          else missing.set(spec!, path.relative(outDir, file));
          continue;
        }
        if (spec!.startsWith('node:')) continue;
        const name = spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!;
        if (!builtins.has(name) && !inProduction(name)) missing.set(name, path.relative(outDir, file));
      }
    }
    expect(seen.size).toBeGreaterThan(50);
    expect(Object.fromEntries(missing)).toEqual({});
  });

  describe('started with node alone', () => {
    let emulator: ConnectorEmulator;
    let server: ServerProcess;

    beforeAll(async () => {
      emulator = await startConnectorEmulator();
      emulator.addUser(agent);
      // Started from another folder: the build finds knowledge/ from where it lies, not from cwd.
      server = await startServerProcess(
        {
          NODE_ENV: 'test',
          LOG_LEVEL: 'info',
          MICROSOFT_APP_ID: '',
          SQLITE_FILE: path.join(dataDir, 'kc.sqlite'),
          METRICS_TOKEN: 'built-server-metrics-token',
        },
        { entry, cwd: dataDir, startTimeoutMs: 30_000 },
      );
    }, 60_000);
    afterAll(async () => {
      await server?.kill('SIGKILL');
      await emulator?.close();
    });

    test('is healthy and ready, with the guides and SQLite loaded', async () => {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      const body = (await ready.json()) as { checks: Record<string, unknown> };
      expect(body.checks.storage).toBe('sqlite');
      expect(String(body.checks.knowledge)).toMatch(/^\d+ guides$/);
    });

    test("answers an agent's search in Teams with the guide card", async () => {
      const activity = personalMessage({
        serviceUrl: emulator.serviceUrl,
        user: agent,
        text: 'gult kort væk',
      });
      const mark = emulator.sent().length;
      expect((await postActivity(server.url, activity)).status).toBe(200);
      const replies = emulator.sent().slice(mark);
      expect(replies).toHaveLength(1);
      expect(JSON.stringify(replies[0]!.activity)).toContain('sundhedskort-bortkommet');
    });

    test('exposes the search, the request and the outbox on /metrics', async () => {
      const response = await fetch(`${server.url}/metrics`, {
        headers: { authorization: 'Bearer built-server-metrics-token' },
      });
      expect(response.status).toBe(200);
      const { samples } = parseExposition(await response.text());
      expect(valueOf(samples, 'kontaktcenter_guide_searches_total', { result: 'hits' })).toBe(1);
      expect(
        valueOf(samples, 'kontaktcenter_http_requests_total', {
          method: 'POST',
          route: '/api/messages',
          status: '200',
        }),
      ).toBe(1);
      expect(valueOf(samples, 'kontaktcenter_outbox_entries', { state: 'due' })).toBe(0);
      expect(valueOf(samples, 'kontaktcenter_storage_up')).toBe(1);
      expect(valueOf(samples, 'kontaktcenter_guides_loaded')).toBeGreaterThan(0);
    });

    test('stops cleanly on SIGTERM, as the host stops it: exit code 0', async () => {
      expect(await server.kill('SIGTERM')).toBe(0);
      expect(server.logs.map((l) => l.event)).toEqual(
        expect.arrayContaining(['server.shutdown', 'server.stopped']),
      );
    });
  });

  test.each([
    ['MICROSOFT_APP_ID', {}],
    [
      'MICROSOFT_APP_TENANT_ID',
      { MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000001', MICROSOFT_APP_PASSWORD: 'x' },
    ],
    [
      'ACCESS_LOG_KEY',
      {
        MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000001',
        MICROSOFT_APP_PASSWORD: 'x',
        MICROSOFT_APP_TENANT_ID: '00000000-0000-4000-8000-000000000002',
      },
    ],
    [
      'BINDING_ADMINS',
      {
        MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000001',
        MICROSOFT_APP_PASSWORD: 'x',
        MICROSOFT_APP_TENANT_ID: '00000000-0000-4000-8000-000000000002',
        ACCESS_LOG_KEY: 'a-long-secret-for-the-access-log',
      },
    ],
    [
      'METRICS_TOKEN',
      {
        MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000001',
        MICROSOFT_APP_PASSWORD: 'x',
        MICROSOFT_APP_TENANT_ID: '00000000-0000-4000-8000-000000000002',
        ACCESS_LOG_KEY: 'a-long-secret-for-the-access-log',
        BINDING_ADMINS: '00000000-0000-4000-8000-000000000003',
      },
    ],
  ])('NODE_ENV=production without %s: refuses to start and names the setting', async (setting, given) => {
    const env = {
      NODE_ENV: 'production',
      MICROSOFT_APP_ID: '',
      MICROSOFT_APP_PASSWORD: '',
      MICROSOFT_APP_TENANT_ID: '',
      ACCESS_LOG_KEY: '',
      METRICS_TOKEN: '',
      BINDING_ADMINS: '',
      SQLITE_FILE: path.join(dataDir, 'refused.sqlite'),
      ...given,
    };
    const exit = await runUntilExit(env, { entry, cwd: dataDir });
    expect(exit.code).not.toBe(0);
    expect(exit.stderr).toContain(`${setting} is required when NODE_ENV=production`);
    expect(fs.existsSync(env.SQLITE_FILE)).toBe(false);
  });

  test('a tab sign-in setting that cannot work stops the start with the setting named, before storage opens', async () => {
    const env = {
      NODE_ENV: 'test',
      TAB_CLIENT_ID: '00000000-0000-4000-8000-000000000003',
      TAB_TENANT_ID: '',
      MICROSOFT_APP_TENANT_ID: '',
      SQLITE_FILE: path.join(dataDir, 'refused-tab.sqlite'),
    };
    const exit = await runUntilExit(env, { entry, cwd: dataDir });
    expect(exit.code).toBe(1);
    expect(exit.stderr).toContain('Invalid configuration');
    expect(exit.stderr).toContain('TAB_TENANT_ID');
    expect(fs.existsSync(env.SQLITE_FILE)).toBe(false);
  });
});
