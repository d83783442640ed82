import type { Page } from 'playwright-core';
import { databaseTargets } from '../tab-api/support/databases';
import { startTabApp as startApiApp, type TabApp as ApiApp } from '../tab-api/support/tab-app';
import { startLocalIssuer, type LocalIssuer } from '../support/entra/local-issuer';
import { entraConfig } from '../support/entra/tab-auth-fixture';
import { describeWithChromium, launchChromium, type RunningBrowser } from '../tab-ui/support/chromium';
import { readTable } from '../tab-ui/support/page-reading';
import { cph } from '../tab-ui/support/seed-data';
import { startTabApp, type TabApp } from '../tab-ui/support/tab-app';

/**
 * Promise: coordinators see the log of administrative changes in the tab (who bound or moved
 * which channel, and who tried without the right to); center staff do not.
 */
const address = (channelId: string, channelName: string) => ({
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  tenantId: 'tenant-ltk',
  teamId: '19:team@thread.tacv2',
  channelId,
  channelName,
});
const anne = { id: '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab', name: 'Anne Admin' };
const olga = { id: '11111111-2222-4333-8444-555555555555', name: 'Olga Outsider' };

describe.each(databaseTargets())('GET /api/tab/admin-log on $name', (target) => {
  let issuer: LocalIssuer;
  let tab: ApiApp;
  beforeAll(async () => {
    issuer = await startLocalIssuer();
    tab = await startApiApp({
      database: await target.fresh(),
      now: new Date('2026-11-04T10:30:00Z'),
      tabAuth: entraConfig(issuer),
    });
    await tab.store.channels.bindChannel({
      centerCode: 'CSO',
      ...address('19:cso@thread.tacv2', 'CSO tilbagekald'),
      boundBy: anne,
      at: new Date('2026-09-01T08:00:00Z'),
    });
    await tab.store.adminLog.recordAdminChange({
      at: new Date('2026-09-02T08:00:00Z'),
      actor: olga,
      action: 'binding.refused',
      centerCode: 'CSO',
      details: {
        from: address('19:cso@thread.tacv2', 'CSO tilbagekald'),
        to: address('19:snak@thread.tacv2', 'Snak'),
        displacedCenter: null,
        mention: null,
        reason: 'not_admin',
      },
    });
  });
  afterAll(async () => {
    await tab.stop();
    await issuer.close();
    await target.cleanup();
  });

  test('a coordinator reads every change and attempt, newest first, without the bot’s delivery addresses', async () => {
    const response = await tab.get<{ total: number; entries: Record<string, unknown>[] }>(
      '/api/tab/admin-log',
      issuer.mint({ roles: ['Koordinator'] }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.body.total).toBe(2);
    expect(response.body.entries).toEqual([
      {
        id: expect.any(String),
        at: '2026-09-02T08:00:00.000Z',
        actor: olga,
        action: 'binding.refused',
        centerCode: 'CSO',
        from: {
          teamId: '19:team@thread.tacv2',
          channelId: '19:cso@thread.tacv2',
          channelName: 'CSO tilbagekald',
        },
        to: { teamId: '19:team@thread.tacv2', channelId: '19:snak@thread.tacv2', channelName: 'Snak' },
        displacedCenter: null,
        mention: null,
        reason: 'not_admin',
      },
      expect.objectContaining({ action: 'binding.created', actor: anne, from: null }),
    ]);
    expect(response.text).not.toContain('smba.trafficmanager.net');
  });

  test('center staff are refused with a Danish reason', async () => {
    const response = await tab.get('/api/tab/admin-log', issuer.mint({ roles: ['Fagcenter.CSO'] }));
    expect(response.status).toBe(403);
    expect(response.body).toEqual({
      error: { code: 'FORBIDDEN', message: 'Kun koordinatorer kan se ændringsloggen.' },
    });
  });

  test('without a token there is nothing', async () => {
    expect((await tab.get('/api/tab/admin-log')).status).toBe(401);
  });
});

describeWithChromium('the log of administrative changes in the tab, in Chromium', () => {
  let tab: TabApp;
  let chromium: RunningBrowser;
  let page: Page;

  beforeAll(async () => {
    tab = await startTabApp();
    await tab.app.store.adminLog.recordAdminChange({
      at: cph('2026-11-24 09:15'),
      actor: olga,
      action: 'binding.refused',
      centerCode: 'CSO',
      details: {
        from: address('19:channel-cso@thread.tacv2', 'Tilbagekald CSO'),
        to: address('19:snak@thread.tacv2', 'Snak'),
        displacedCenter: null,
        mention: null,
        reason: 'not_admin',
      },
    });
    chromium = await launchChromium();
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await tab.prepare(context);
    page = await context.newPage();
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await tab?.stop();
  });

  test('a coordinator finds the page in the navigation and reads who changed what, and who tried', async () => {
    await page.goto(`${tab.url}/tab`);
    await page.getByRole('tab', { name: 'Ændringslog' }).click();
    await page.locator('section[aria-label="Ændringslog"][aria-busy="false"]').waitFor();
    const rows = await readTable(page, 'Ændringslog');
    expect(rows).toEqual([
      {
        Tidspunkt: '24.11.2026, 09.15',
        Hvem: 'Olga Outsider',
        Ændring: 'Afvist forsøg',
        Center: 'CSO',
        'Fra kanal': 'Tilbagekald CSO',
        'Til kanal': 'Snak',
        Bemærkning: 'ikke administrator',
      },
      {
        // The seed's 10:00 +01:00 is 11:00 in Copenhagen's summer time.
        Tidspunkt: '20.8.2026, 11.00',
        Hvem: 'Anna Agent',
        Ændring: 'Tilknyttet',
        Center: 'CSO',
        'Fra kanal': '–',
        'Til kanal': 'Tilbagekald CSO',
        Bemærkning: '–',
      },
    ]);
    expect(page.url()).toContain('#admin-log');
  });
});
