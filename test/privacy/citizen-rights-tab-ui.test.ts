import type { BrowserContext, Page } from 'playwright-core';
import {
  artifactPath,
  describeWithChromium,
  launchChromium,
  type RunningBrowser,
} from '../tab-ui/support/chromium';
import { afterRequest, readFacts, readTable, settled, texts } from '../tab-ui/support/page-reading';
import { startTabApp, type TabApp } from '../tab-ui/support/tab-app';

/**
 * Promise, in the tab (Chromium, the real app in local mode, where the user is a coordinator):
 * the coordinator looks up everything held about a citizen by phone number, sees exactly what an
 * erasure will do before confirming it, can still cancel, and after confirming sees the counts,
 * with the callback closed as "slettet efter anmodning" and the erasure in the access log.
 */
describeWithChromium('a citizen’s data in the tab, seen and erased (Chromium)', () => {
  let tab: TabApp;
  let chromium: RunningBrowser;
  let context: BrowserContext;
  let page: Page;
  const section = 'Borgerdata';
  const held = () => tab.seeded.callbacks.get('hjemmehjaelp')!;
  const isCitizenData = (u: URL) => u.pathname === '/api/tab/citizen-data';

  beforeAll(async () => {
    tab = await startTabApp();
    chromium = await launchChromium();
    context = await chromium.browser.newContext({ viewport: { width: 1200, height: 1000 } });
    await tab.prepare(context);
    page = await context.newPage();
    await page.goto(`${tab.url}/tab#overview`);
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await tab?.stop();
  });

  test('the coordinator finds the citizen by phone number, typed the way people write it', async () => {
    await page.getByRole('tab', { name: 'Borgerdata' }).click();
    await settled(page, section);
    await page.getByLabel('Borgerens telefonnummer').fill('+45 33 44 55 66');
    await afterRequest(page, section, isCitizenData, () =>
      page.getByRole('button', { name: 'Vis borgerens data' }).click(),
    );

    expect(await page.getByRole('heading', { name: '1 tilbagekald' }).isVisible()).toBe(true);
    expect(await readFacts(page, held().reference)).toMatchObject({
      Navn: 'Poul Jensen',
      Telefon: '33 44 55 66', // in pairs, as on the holder's card
      Beskrivelse: 'Ingen kom i morges',
      Emne: 'Hjemmehjælp udeblev',
    });
    const history = await readTable(page, `Historik ${held().reference}`);
    expect(history.map((h) => h.Handling)).toEqual(['Booket', 'Taget', 'Opkaldsforsøg']);
    // Nobody has looked at Poul's data before (this look-up is logged after it is answered).
    expect(await page.getByText('Der er ingen registreringer for dette nummer.').isVisible()).toBe(true);
  });

  test('before anything is erased the dialog says what will happen, and cancelling changes nothing', async () => {
    await page.getByRole('button', { name: 'Slet borgerens oplysninger …' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();

    const said = texts(await dialog.textContent());
    expect(said).toContain('Navn, telefonnummer og beskrivelse slettes i dette tilbagekald:');
    expect(said).toContain(`${held().reference} · CSO · Taget: lukkes som »Slettet efter anmodning«`);
    expect(said).toContain('Adgangsloggen bevares');
    expect(said).toContain('Sletningen kan ikke fortrydes.');
    await page.screenshot({ path: artifactPath('tab-citizen-erase-confirm.png') });

    await dialog.getByRole('button', { name: 'Annullér' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await tab.app.store.callbacks.getCallback(held().id))?.citizen?.name).toBe('Poul Jensen');
  });

  test('confirming erases: the counts are shown, nothing is left but the access log, and the callback is closed', async () => {
    await page.getByRole('button', { name: 'Slet borgerens oplysninger …' }).click();
    const dialog = page.getByRole('alertdialog');
    const [erase] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/tab/citizen-data/erase'),
      // The page reads the citizen's data again after the erasure.
      page.waitForResponse((r) => isCitizenData(new URL(r.url()))),
      dialog.getByRole('button', { name: 'Slet', exact: true }).click(),
    ]);
    expect(erase.status()).toBe(200);
    await page
      .getByText('Slettet: borgerens oplysninger i 1 tilbagekald; 1 er lukket som »Slettet efter anmodning«.')
      .waitFor();
    await settled(page, section);

    await page.getByRole('heading', { name: '0 tilbagekald', exact: true }).waitFor();
    expect(texts(await page.locator('main').textContent())).not.toContain('Poul Jensen');
    const log = await readTable(page, 'Adgangslog for borgeren');
    expect(log).toContainEqual(
      expect.objectContaining({ Bruger: tab.devUser.name, Handling: 'Slettet', Reference: held().reference }),
    );
    expect(await tab.app.store.callbacks.getCallback(held().id)).toMatchObject({
      status: 'closed',
      outcome: 'erased_on_request',
      holder: null,
      citizen: null,
    });
    await page.screenshot({ path: artifactPath('tab-citizen-erased.png') });
  });
});
