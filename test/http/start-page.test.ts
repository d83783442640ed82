import { startPageHtml } from '../../bot/src/http/start-page';
import { startServerProcess, type ServerProcess } from '../integration/server-process';

/**
 * The first hour (decision 0047): `npm start` says where to go next, and the address it names
 * answers in a browser with a page that links the tab, instead of restify's JSON 404.
 */
describe('a new user starting the server', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServerProcess({
      NODE_ENV: 'development',
      MICROSOFT_APP_ID: '',
      SQLITE_FILE: ':memory:',
    });
  }, 60_000);
  afterAll(async () => {
    await server?.kill('SIGTERM');
  });

  const hints = async (): Promise<string> => {
    // Printed right after the "server.listening" log line, which is what ends the start.
    for (let i = 0; i < 50 && !server.text.join('\n').includes('Ctrl+C'); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    return server.text.join('\n');
  };

  test('is told in plain words where the tab, the bot endpoint and the playground are', async () => {
    const text = await hints();
    expect(text).toContain(`${server.url}/tab`);
    expect(text).toContain(`${server.url}/api/messages`);
    expect(text).toContain('npm run playground');
    expect(text).toContain(`${server.url}/ `);
  });

  test('opening the address in a browser shows a Danish page linking the tab and the health checks', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<html lang="da">');
    expect(html).toContain('Koordinatorfanen');
    expect(html).toContain('/api/messages');
    expect(html).toContain('npm run playground');
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => new URL(m[1]!, `${server.url}/`).pathname);
    expect(links).toEqual(['/tab', '/readyz', '/healthz']);
    for (const link of ['/readyz', '/healthz'])
      expect((await fetch(`${server.url}${link}`)).status).toBe(200);
  });

  test('any other unknown address still answers 404', async () => {
    expect((await fetch(`${server.url}/finnes-ikke`)).status).toBe(404);
  });
});

describe('the start page in production', () => {
  test('does not send the operator to a development command', () => {
    const html = startPageHtml({ production: true });
    expect(html).not.toContain('npm run playground');
    expect(html).toContain('href="tab"');
  });
});
