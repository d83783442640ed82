import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { tabHosts } from '../../bot/src/http/tab-security';
import { describeWithChromium, launchChromium, type RunningBrowser } from '../tab-ui/support/chromium';
import { startTabApp, type TabApp } from '../tab-ui/support/tab-app';
import { ensureTabBuilt } from './support/built-tab';
import { startProductionApp, type ProductionApp } from './support/production-app';

/**
 * Promise: the tab's page tells browsers that only Teams, Outlook and the Microsoft 365 app may
 * frame it (frame-ancestors, Microsoft's documented host list), and that everything it runs
 * comes from this server. The tab works under that policy.
 */
const microsoftHosts = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

const directives = (policy: string | null): Map<string, string[]> =>
  new Map(
    (policy ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );

describe('the tab’s Content-Security-Policy', () => {
  let production: ProductionApp;
  beforeAll(async () => {
    await ensureTabBuilt();
    production = await startProductionApp();
  }, 120_000);
  afterAll(async () => {
    await production?.stop();
  });

  test('the documented list is the one the server uses', () => {
    expect([...tabHosts]).toEqual(microsoftHosts);
  });

  test.each(['/tab', '/tab/config'])(
    'in production, %s may be framed by the Teams, Outlook and Microsoft 365 hosts only',
    async (page) => {
      const response = await fetch(`${production.app.url}${page}`);
      expect(response.status).toBe(200);
      const policy = directives(response.headers.get('content-security-policy'));
      expect(policy.get('frame-ancestors')).toEqual(microsoftHosts);
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('default-src')).toEqual(["'self'"]);
    },
  );
});

/** A page on another origin that frames `src`; resolves with its URL. */
async function framingSite(src: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><iframe id="tab" src="${src}" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Whether the tab's page rendered inside the frame of `page`. */
async function tabRenderedIn(page: Page, tabUrl: string): Promise<boolean> {
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) return false;
  await page.waitForTimeout(500);
  if (!frame.url().startsWith(tabUrl)) return false;
  return (await frame.locator('nav[aria-label="Sider"]').count()) > 0;
}

describeWithChromium('the tab under its policy in Chromium', () => {
  let tab: TabApp;
  let production: ProductionApp;
  let chromium: RunningBrowser;
  let browser: Browser;

  beforeAll(async () => {
    tab = await startTabApp();
    production = await startProductionApp();
    chromium = await launchChromium();
    browser = chromium.browser;
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await production?.stop();
    await tab?.stop();
  });

  test('the tab renders and runs with no policy violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await tab.prepare(context);
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const page = await context.newPage();
    await page.goto(`${tab.url}/tab#overview`);
    await page.locator('section[aria-label="Overblik"][aria-busy="false"] dl').waitFor();
    await page.goto(`${tab.url}/tab#callbacks`);
    await page.locator('table').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await context.close();
  });

  test('a page on the tab’s own origin may frame it outside production (the check itself works)', async () => {
    const context = await browser.newContext();
    await tab.prepare(context);
    const page = await context.newPage();
    const hostUrl = `${tab.url}/own-origin-host.html`;
    await page.route(hostUrl, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<iframe src="/tab" width="800" height="600"></iframe>`,
      }),
    );
    await page.goto(hostUrl);
    await page.frames()[1]?.locator('nav[aria-label="Sider"]').waitFor();
    expect(await tabRenderedIn(page, `${tab.url}/tab`)).toBe(true);
    await context.close();
  });

  test.each([
    ['a development server', () => tab.url],
    ['a production server', () => production.app.url],
  ])('a site on another origin cannot frame the tab of %s', async (_name, base) => {
    const site = await framingSite(`${base()}/tab`);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const refused: string[] = [];
      page.on('console', (m) => {
        if (/frame-ancestors/.test(m.text())) refused.push(m.text());
      });
      await page.goto(site.url);
      expect(await tabRenderedIn(page, `${base()}/tab`)).toBe(false);
      expect(refused.length).toBeGreaterThan(0);
    } finally {
      await context.close();
      await site.close();
    }
  });
});
