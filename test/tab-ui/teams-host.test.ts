import type { BrowserContext, Frame, Page } from 'playwright-core';
import { describeWithChromium, launchChromium, type RunningBrowser } from './support/chromium';
import { expectedStats, expectedTiles } from './support/expected';
import { cph } from './support/seed-data';
import { startTabApp, type TabApp } from './support/tab-app';

/**
 * A stand-in for Teams: a page that frames the tab and answers teams-js over postMessage the
 * way the Teams client does (initialize, getContext, getAuthToken), and can switch the theme.
 * Served from the tab's own origin, which teams-js accepts as a host.
 */
const teamsHost = (answer: boolean, src = '/tab', frameContext = 'content') => `<!doctype html>
<html><body style="margin:0">
<iframe id="tab" src="${src}" style="width:1100px;height:850px;border:0"></iframe>
<script>
  const frame = () => document.getElementById('tab').contentWindow;
  window.asked = [];
  window.addEventListener('message', (event) => {
    if (event.source !== frame() || typeof event.data !== 'object' || !event.data.func) return;
    const m = event.data;
    window.asked.push(m.func);
    window.messages = [...(window.messages || []), m];
    if (!${answer}) return;
    const reply = (args) => frame().postMessage({ id: m.id, uuidAsString: m.uuidAsString, args }, '*');
    if (m.func === 'initialize') reply(['${frameContext}', 'web', '2.0.0', '2.0.0']);
    if (m.func === 'settings.setSettings') reply([true]);
    if (m.func === 'getContext') reply([{ theme: 'dark', locale: 'da-dk', entityId: 'koordinator', frameContext: 'content', hostClientType: 'web' }]);
    if (m.func === 'authentication.getAuthToken') reply([true, 'sso-token-from-teams']);
    if (m.func === 'executeDeepLink') reply([true]);
  });
  window.setTheme = (theme) => frame().postMessage({ func: 'themeChange', args: [theme] }, '*');
  window.pressSave = () => frame().postMessage({ func: 'settings.save', args: [{}] }, '*');
</script>
</body></html>`;

interface HostWindow {
  asked: string[];
  messages: { func: string; args: unknown[] }[];
  setTheme(theme: string): void;
  pressSave(): void;
}
/** What the tab asked of the stand-in Teams so far. */
const hostState = (page: Page) =>
  page.evaluate(() => {
    const host = window as unknown as HostWindow;
    return { asked: host.asked, messages: host.messages.map((m) => ({ func: m.func, args: m.args })) };
  });

const last30 = { from: cph('2026-10-27 00:00'), to: cph('2026-11-26 00:00') };

describeWithChromium('the tab inside Teams (a stand-in host) in Chromium', () => {
  let tab: TabApp;
  let chromium: RunningBrowser;
  let context: BrowserContext;

  beforeAll(async () => {
    tab = await startTabApp();
    chromium = await launchChromium();
    context = await chromium.browser.newContext({ viewport: { width: 1140, height: 900 } });
    await tab.prepare(context);
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
    await tab?.stop();
  });

  async function openIn(
    answer: boolean,
  ): Promise<{ page: Page; frame: Frame; authorization: (string | undefined)[] }> {
    const page = await context.newPage();
    const authorization: (string | undefined)[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/tab/')) authorization.push(r.headers()['authorization']);
    });
    const hostUrl = `${tab.url}/teams-host-${answer}.html`;
    await page.route(hostUrl, (route) =>
      route.fulfill({ contentType: 'text/html', body: teamsHost(answer) }),
    );
    await page.goto(hostUrl);
    const frame = page.frames().find((f) => f.url().endsWith('/tab'))!;
    await frame.locator('section[aria-label="Overblik"][aria-busy="false"] dl').waitFor();
    return { page, frame, authorization };
  }

  test('sends the Teams SSO token with every API request and takes the theme from Teams', async () => {
    const { page, frame, authorization } = await openIn(true);
    expect((await hostState(page)).asked).toEqual(
      expect.arrayContaining(['initialize', 'getContext', 'authentication.getAuthToken']),
    );
    expect(authorization.length).toBeGreaterThanOrEqual(3);
    expect(new Set(authorization)).toEqual(new Set(['Bearer sso-token-from-teams']));
    expect(await frame.locator('[data-theme="dark"]').count()).toBe(1);
    const tiles = await frame.locator('dl[aria-label="Nøgletal i alt"] dd').first().textContent();
    expect(tiles).toBe(expectedTiles(expectedStats(last30)).Nye);

    await page.evaluate(() => (window as unknown as HostWindow).setTheme('contrast'));
    await frame.locator('[data-theme="contrast"]').waitFor();
    await page.close();
  });

  test('in a frame that is not Teams it gives up after a short wait and runs as the local developer', async () => {
    const { page, authorization } = await openIn(false);
    expect((await hostState(page)).asked).toContain('initialize');
    expect(authorization.length).toBeGreaterThanOrEqual(3);
    expect(authorization.every((a) => a === undefined)).toBe(true);
    await page.close();
  });

  test('the CSV export opens a single-use link through Teams instead of downloading in the frame', async () => {
    const page = await context.newPage();
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    const hostUrl = `${tab.url}/teams-export-host.html`;
    await page.route(hostUrl, (route) =>
      route.fulfill({ contentType: 'text/html', body: teamsHost(true, '/tab#callbacks') }),
    );
    await page.goto(hostUrl);
    const frame = page.frames().find((f) => new URL(f.url()).pathname === '/tab')!;
    await frame.locator('section[aria-label="Tilbagekald"][aria-busy="false"] table').waitFor();

    await frame.getByLabel('Med personoplysninger').check();
    await frame.getByRole('button', { name: 'Eksportér CSV' }).click();
    await page.waitForFunction(() => (window as unknown as HostWindow).asked.includes('executeDeepLink'));
    await frame.getByText('Linket virker én gang og kun i 60 sekunder', { exact: false }).waitFor();

    const opened = (await hostState(page)).messages.find((m) => m.func === 'executeDeepLink');
    const url = String(opened?.args[0]);
    expect(url).toMatch(new RegExp(`^${tab.url}/api/tab/downloads/[A-Za-z0-9_-]{43}$`));
    expect(downloads).toEqual([]);
    // What the browser Teams opens gets the file once, with the personal data asked for.
    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-disposition')).toMatch(/^attachment; filename="tilbagekald-/);
    expect(await first.text()).toMatch(/;Borgerens navn;Telefon;Beskrivelse\r\n/);
    const again = await fetch(url);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('Linket til eksporten er allerede brugt');
    await page.close();
  });

  test('as a channel tab, the configuration page lets Teams save the tab with /tab as its content', async () => {
    const page = await context.newPage();
    const hostUrl = `${tab.url}/teams-config-host.html`;
    await page.route(hostUrl, (route) =>
      route.fulfill({ contentType: 'text/html', body: teamsHost(true, '/tab/config', 'settings') }),
    );
    await page.goto(hostUrl);
    await page.waitForFunction(() =>
      (window as unknown as HostWindow).asked?.includes('settings.setValidityState'),
    );
    const validity = (await hostState(page)).messages.find((m) => m.func === 'settings.setValidityState');
    expect(validity?.args).toEqual([true]);

    await page.evaluate(() => (window as unknown as HostWindow).pressSave());
    await page.waitForFunction(() =>
      (window as unknown as HostWindow).asked.includes('settings.save.success'),
    );
    const saved = (await hostState(page)).messages.find((m) => m.func === 'settings.setSettings');
    expect(saved?.args[0]).toMatchObject({ contentUrl: `${tab.url}/tab`, entityId: 'koordinator' });
    await page.close();
  });
});
