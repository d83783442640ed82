import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../../bot/src/app';
import { citizenKeyFor } from '../../bot/src/callbacks/citizen-key';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import { buildTab, tabDistDir, tabSourceDir } from '../../tab/build';
import { needsBuild } from '../../bot/src/http/tab-static';
import { testConfig } from '../integration/test-app';
import { startLocalIssuer, type LocalIssuer } from '../support/entra/local-issuer';
import { entraConfig } from '../support/entra/tab-auth-fixture';
import {
  artifactPath,
  describeWithChromium,
  launchChromium,
  type RunningBrowser,
} from '../tab-ui/support/chromium';
import { afterRequest, readTable, settled, texts } from '../tab-ui/support/page-reading';
import { seedStore, type Seeded } from '../tab-ui/support/seed';
import { agent, hanne, now } from '../tab-ui/support/seed-data';

/**
 * Promise, in the tab (Chromium, signed in through the real token check): a center's staff
 * member sees the citizen's data only on the callback they hold, has no search by citizen data
 * and no pages about one citizen; a coordinator has the search, and it is logged.
 */
describeWithChromium('need to know in the tab (Chromium, Entra sign-in)', () => {
  let issuer: LocalIssuer;
  let app: RunningApp;
  let dir: string;
  let seeded: Seeded;
  let chromium: RunningBrowser;
  const reference = (key: string) => seeded.callbacks.get(key)!.reference;

  /** A page signed in as `who`: the token the Teams host would hand the tab, on every request. */
  async function signedIn(browser: Browser, token: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1200, height: 950 } });
    await context.clock.setFixedTime(now);
    await context.setExtraHTTPHeaders({ authorization: `Bearer ${token}` });
    const page = await context.newPage();
    await page.goto(`${app.url}/tab#callbacks`);
    await settled(page, 'Tilbagekald');
    return page;
  }
  async function openDetail(page: Page, key: string): Promise<string> {
    await page.getByRole('button', { name: `Åbn ${reference(key)}` }).click();
    await page.locator('[role="dialog"][aria-busy="false"]').waitFor();
    await page
      .getByRole('dialog')
      .getByText(`Tilbagekald ${reference(key)}`)
      .waitFor();
    const shown = texts(await page.getByRole('dialog').textContent());
    await page.getByRole('dialog').getByRole('button', { name: 'Luk' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    return shown;
  }

  beforeAll(async () => {
    if (needsBuild(tabDistDir, tabSourceDir)) await buildTab();
    issuer = await startLocalIssuer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-need-to-know-'));
    app = await startApp(
      testConfig({ SQLITE_FILE: path.join(dir, 'tab.sqlite'), JOBS_INTERVAL_MS: '3600000' }),
      createMemoryLogger('warn'),
      () => now,
      entraConfig(issuer),
    );
    seeded = await seedStore(app.store, agent);
    chromium = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
    await issuer?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('as a staff member of CSO', () => {
    let page: Page;
    beforeAll(async () => {
      page = await signedIn(
        chromium.browser,
        issuer.mint({ oid: hanne.id, name: hanne.name, roles: ['Fagcenter.CSO'] }),
      );
    }, 60_000);

    test('the callback she holds shows the citizen', async () => {
      const shown = await openDetail(page, 'hjemmehjaelp');

      expect(shown).toContain('Poul Jensen');
      expect(shown).toContain('Din visning af borgerens oplysninger er logget.');
    });

    test('a callback nobody holds shows why the citizen is not shown, and not the citizen', async () => {
      const shown = await openDetail(page, 'madservice');

      expect(shown).not.toContain('Grethe Holm');
      expect(shown).not.toContain('44556677');
      expect(shown).toContain(
        'Borgerens navn, telefonnummer og beskrivelse vises kun for den, der har taget opgaven, og for koordinatorer.',
      );
      await page.screenshot({ path: artifactPath('tab-need-to-know-staff.png') });
    });

    test('there is no search by a citizen’s data, and no pages about one citizen', async () => {
      expect(await page.getByLabel('Søg på borger').count()).toBe(0);
      expect(await page.getByRole('tab', { name: 'Borgerdata' }).count()).toBe(0);
      expect(await page.getByRole('tab', { name: 'Adgangslog' }).count()).toBe(0);
    });
  });

  describe('as a coordinator', () => {
    let page: Page;
    beforeAll(async () => {
      page = await signedIn(
        chromium.browser,
        issuer.mint({ oid: 'aad-coordinator', name: 'Karin Koordinator', roles: ['Koordinator'] }),
      );
    }, 60_000);

    test('the search by a citizen’s data finds the callback and tells that it is logged', async () => {
      const field = page.getByLabel('Søg på borger');
      // The coordinators' search appears once the tab knows the role; read the page after that.
      await field.waitFor();
      expect(texts(await page.locator('main').textContent())).toContain(
        'Kun koordinatorer. Hvert tilbagekald, søgningen finder, logges under borgeren.',
      );
      await afterRequest(
        page,
        'Tilbagekald',
        (u) => u.pathname === '/api/tab/callbacks' && u.searchParams.get('citizen') === 'grethe',
        () => field.fill('grethe'),
      );

      expect((await readTable(page, 'Tilbagekald')).map((r) => r.Reference)).toEqual([
        reference('madservice'),
      ]);
      const log = await app.store.accessLog.accessLogFor(
        citizenKeyFor(testConfig().accessLog.key)('44556677'),
      );
      expect(log).toContainEqual(
        expect.objectContaining({
          user: { id: 'aad-coordinator', name: 'Karin Koordinator' },
          action: 'search',
          details: { what: 'tab_citizen_search', reference: reference('madservice') },
        }),
      );
      await page.screenshot({ path: artifactPath('tab-need-to-know-coordinator-search.png') });
    });

    test('any callback shows the citizen to a coordinator', async () => {
      expect(await openDetail(page, 'madservice')).toContain('Grethe Holm');
    });
  });
});
