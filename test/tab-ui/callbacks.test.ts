import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { artifactPath, describeWithChromium, launchChromium, type RunningBrowser } from './support/chromium';
import { afterRequest, readFacts, readTable, settled, texts } from './support/page-reading';
import { cph, now, seedCallbacks, type SeedCallback } from './support/seed-data';
import { startTabApp, type TabApp } from './support/tab-app';

const statusOf = (c: SeedCallback) => (c.close ? 'closed' : c.claim ? 'claimed' : 'open');
const isOverdue = (c: SeedCallback) => statusOf(c) !== 'closed' && cph(c.deadline) < now;

describeWithChromium('the callback list in Chromium', () => {
  let tab: TabApp;
  let chromium: RunningBrowser;
  let context: BrowserContext;
  let page: Page;
  const referenceOf = (key: string) => tab.seeded.callbacks.get(key)!.reference;
  const referencesOf = (seeds: SeedCallback[]) => seeds.map((c) => referenceOf(c.key)).sort();
  const listed = async () => {
    // An empty result shows a sentence instead of a table.
    if ((await page.locator('table[aria-label="Tilbagekald"]').count()) === 0) return [];
    return (await readTable(page, 'Tilbagekald')).map((r) => r.Reference!).sort();
  };
  const isList = (u: URL) => u.pathname === '/api/tab/callbacks';

  beforeAll(async () => {
    tab = await startTabApp();
    chromium = await launchChromium();
    context = await chromium.browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    await tab.prepare(context);
    page = await context.newPage();
    await page.goto(`${tab.url}/tab#callbacks`);
    await settled(page, 'Tilbagekald');
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
    await tab?.stop();
  });

  test('lists every callback, newest booking first, without personal data', async () => {
    const rows = await readTable(page, 'Tilbagekald');
    const newestFirst = [...seedCallbacks].sort((a, b) => b.bookedAt.localeCompare(a.bookedAt));
    expect(rows.map((r) => r.Reference)).toEqual(newestFirst.map((c) => referenceOf(c.key)));
    expect(await page.getByRole('status').textContent()).toBe(
      `Viser 1–${seedCallbacks.length} af ${seedCallbacks.length}`,
    );
    const table = await page.locator('table[aria-label="Tilbagekald"]').textContent();
    for (const c of seedCallbacks) expect(table).not.toContain(c.citizen.name);
  });

  test.each([
    ['status "Taget"', 'Status', 'claimed', (c: SeedCallback) => statusOf(c) === 'claimed'],
    ['center CSO', 'Center', 'CSO', (c: SeedCallback) => c.center === 'CSO'],
  ])('filtering on %s lists exactly those callbacks', async (_name, label, value, wanted) => {
    await afterRequest(page, 'Tilbagekald', isList, () =>
      page.getByLabel(label, { exact: true }).selectOption(value),
    );
    expect(await listed()).toEqual(referencesOf(seedCallbacks.filter(wanted)));
    await afterRequest(page, 'Tilbagekald', isList, () =>
      page.getByLabel(label, { exact: true }).selectOption(''),
    );
  });

  test('"Kun over frist" lists open and claimed callbacks past their deadline, also combined with a center', async () => {
    await afterRequest(page, 'Tilbagekald', isList, () => page.getByLabel('Kun over frist').check());
    expect(await listed()).toEqual(referencesOf(seedCallbacks.filter(isOverdue)));
    await afterRequest(page, 'Tilbagekald', isList, () =>
      page.getByLabel('Center', { exact: true }).selectOption('CBAK'),
    );
    expect(await page.getByText('Ingen tilbagekald passer til filtrene.').isVisible()).toBe(true);
    await afterRequest(page, 'Tilbagekald', isList, () =>
      page.getByRole('button', { name: 'Nulstil filtre' }).click(),
    );
    expect(await listed()).toHaveLength(seedCallbacks.length);
  });

  test('the booking period includes both dates', async () => {
    await page.getByLabel('Booket fra og med').fill('23.11.2026');
    const url = await afterRequest(
      page,
      'Tilbagekald',
      (u) => isList(u) && u.searchParams.has('to'),
      () => page.getByLabel('Booket til og med').fill('24.11.2026'),
    );
    expect(url.searchParams.get('to')).toBe(cph('2026-11-25 00:00').toISOString());
    const inPeriod = seedCallbacks.filter((c) => c.bookedAt >= '2026-11-23' && c.bookedAt < '2026-11-25');
    expect(await listed()).toEqual(referencesOf(inPeriod));
    await afterRequest(page, 'Tilbagekald', isList, () =>
      page.getByRole('button', { name: 'Nulstil filtre' }).click(),
    );
  });

  test.each([
    ['a word of the topic', () => 'rollator', 'rollator'],
    ['a reference', () => referenceOf('boligstoette').toLowerCase(), 'boligstoette'],
  ])('searching for %s finds that callback', async (_name, queryOf, key) => {
    const query = queryOf();
    await afterRequest(
      page,
      'Tilbagekald',
      (u) => isList(u) && u.searchParams.get('q') === query,
      () => page.getByLabel('Søg', { exact: true }).fill(query),
    );
    expect(await listed()).toEqual([referenceOf(key)]);
    await afterRequest(page, 'Tilbagekald', isList, () => page.getByLabel('Søg', { exact: true }).fill(''));
  });

  test('the detail view shows the full history and, for a coordinator, the citizen', async () => {
    const seed = seedCallbacks.find((c) => c.key === 'boligstoette')!;
    await page.getByRole('button', { name: `Åbn ${referenceOf(seed.key)}` }).click();
    const dialog = page.getByRole('dialog');
    await page.locator('[role="dialog"][aria-busy="false"]').waitFor();
    await dialog.getByText(`Tilbagekald ${referenceOf(seed.key)}`).waitFor();
    const history = await readTable(page, 'Historik');
    expect(history.map((h) => [h.Hvem, h.Handling, h.Status])).toEqual([
      ['Anna Agent', 'Booket', 'Åben'],
      ['Bo Berg', 'Taget', 'Åben → Taget'],
      ['Bo Berg', 'Lukket', 'Taget → Lukket'],
    ]);
    expect(history[2]?.Detaljer).toContain('Udfald: Løst');
    expect(history.map((h) => h.Tidspunkt)).toEqual([
      '24.11.2026, 13.00',
      '24.11.2026, 14.00',
      '25.11.2026, 09.00',
    ]);
    expect(await readFacts(page, 'Borger')).toEqual({
      Navn: seed.citizen.name,
      // In pairs, as on the holder's card.
      Telefon: seed.citizen.phone.replace(/(\d{2})(?=\d)/g, '$1 '),
      Beskrivelse: seed.citizen.description,
    });
    expect(await readFacts(page, 'Oplysninger')).toMatchObject({
      'Booket af': 'Anna Agent',
      Status: 'Lukket',
    });
    await page.screenshot({ path: artifactPath('tab-callback-detail.png') });
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  test('the CSV export holds personal data only when "Med personoplysninger" is chosen', async () => {
    const download = async () => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Eksportér CSV' }).click(),
      ]);
      expect(file.suggestedFilename()).toBe('tilbagekald-2026-11-25.csv');
      return fs.readFileSync(await file.path(), 'utf8');
    };
    const plain = await download();
    expect(plain.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toContain('Reference');
    for (const c of seedCallbacks) expect(plain).toContain(referenceOf(c.key));
    expect(plain).not.toContain('Karen Nielsen');

    await page.getByLabel('Med personoplysninger').check();
    const personal = await download();
    expect(personal).toContain('Karen Nielsen');
    expect(personal).toContain('22334455');
  });

  test('the access log shows who read a citizen, found by their phone number', async () => {
    await page.getByRole('tab', { name: 'Adgangslog' }).click();
    await page.getByLabel('Borgerens telefonnummer').fill('55 66 77 88');
    await afterRequest(
      page,
      'Adgangslog',
      (u) => u.pathname === '/api/tab/access-log',
      () => page.getByRole('button', { name: 'Søg i loggen' }).click(),
    );
    const entries = await readTable(page, 'Adgangslog');
    expect(entries).toContainEqual(
      expect.objectContaining({
        Bruger: tab.devUser.name,
        Handling: 'Læst',
        Reference: referenceOf('boligstoette'),
      }),
    );
    expect(texts(await page.locator('main').textContent())).not.toContain('Der er ingen registreringer');
  });
});
