import type { Page } from 'playwright-core';
import { describeWithChromium, launchChromium, type RunningBrowser } from './support/chromium';
import { expectedStats, expectedTiles, type Period } from './support/expected';
import { afterRequest, readFacts, readTable, settled } from './support/page-reading';
import { cph } from './support/seed-data';
import { startTabApp, type TabApp } from './support/tab-app';

/**
 * A coordinator whose browser (or Teams) runs in English, in another time zone: the tab still
 * shows and reads dates the Danish way, in Copenhagen time, and says so when a chart has nothing.
 */
const last30: Period = { from: cph('2026-10-27 00:00'), to: cph('2026-11-26 00:00') };
const lastWeek: Period = { from: cph('2026-11-16 00:00'), to: cph('2026-11-21 00:00') };
const danishLongDate =
  /^\d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}$/;

describeWithChromium('the tab in an English browser in Chromium', () => {
  let tab: TabApp;
  let chromium: RunningBrowser;
  let page: Page;
  const isOverview = (u: URL) => u.pathname === '/api/tab/overview';

  beforeAll(async () => {
    tab = await startTabApp();
    chromium = await launchChromium();
    const context = await chromium.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
      timezoneId: 'America/Los_Angeles',
    });
    await tab.prepare(context);
    page = await context.newPage();
    await page.goto(`${tab.url}/tab`);
    await settled(page, 'Overblik');
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
    await tab?.stop();
  });

  test('the browser really is English (else this suite proves nothing)', async () => {
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    expect(await page.evaluate(() => new Date(Date.UTC(2026, 10, 16)).toLocaleDateString())).toBe(
      '11/15/2026',
    );
  });

  test('the overview opens on the last 30 days of Copenhagen, with Danish dates in the trend', async () => {
    expect(await page.getByLabel('Periode').inputValue()).toBe('last30');
    expect(await readFacts(page, 'Nøgletal i alt')).toEqual(expectedTiles(expectedStats(last30)));
    await page.getByText('Udvikling som tabel').click();
    const rows = await readTable(page, 'Udvikling som tabel');
    expect([rows[0]?.Fra, rows.at(-1)?.Fra]).toEqual(['27. okt.', '25. nov.']);
    expect(await page.getByText(/^Opdateret 12\.00/).count()).toBe(1);
  });

  test('a chosen period is typed day first (16.11.2026) and shown so', async () => {
    await page.getByLabel('Periode').selectOption('custom');
    const from = page.getByLabel('Fra og med');
    expect(await from.getAttribute('placeholder')).toBe('dd.mm.åååå');
    expect(await from.getAttribute('type')).toBe('text');
    await from.fill('16.11.2026');
    const url = await afterRequest(
      page,
      'Overblik',
      (u) => isOverview(u) && u.searchParams.get('to') === lastWeek.to.toISOString(),
      () => page.getByLabel('Til og med').fill('20.11.2026'),
    );
    expect(url.searchParams.get('from')).toBe(lastWeek.from.toISOString());
    expect(await readFacts(page, 'Nøgletal i alt')).toEqual(expectedTiles(expectedStats(lastWeek)));
    expect(await from.inputValue()).toBe('16.11.2026');
  });

  test('an American date is not silently read as another day', async () => {
    const to = page.getByLabel('Til og med');
    await to.fill('11/20/2026');
    expect(await page.getByText('Skriv datoen som dag.måned.år, fx 16.11.2026.').isVisible()).toBe(true);
    await to.fill('20.11.2026');
    expect(await page.getByText('Skriv datoen som dag.måned.år', { exact: false }).count()).toBe(0);
  });

  test('a period without data says so instead of drawing empty charts', async () => {
    await page.getByLabel('Fra og med').fill('05.01.2026');
    await afterRequest(page, 'Overblik', isOverview, () => page.getByLabel('Til og med').fill('06.01.2026'));
    expect(
      await page
        .getByText(
          'Ingen nye eller lukkede tilbagekald og ingen opkald løst på stedet i perioden, så der er ingen udvikling at vise.',
        )
        .isVisible(),
    ).toBe(true);
    expect(
      await page.getByText('Ingen opkald i perioden, så der er ingen straksafklaring at vise.').isVisible(),
    ).toBe(true);
    expect(await page.locator('section[aria-label="Overblik"] canvas').count()).toBe(0);
  });

  test('the knowledge-gap page shows Danish dates in a table wide enough to read, and explains its minimum counts', async () => {
    await page.goto(`${tab.url}/tab#gaps`);
    await settled(page, 'Videnshuller');
    const stale = await readTable(page, 'Forældede vejledninger (ikke gennemgået i 12 måneder)');
    const dates = stale.map((r) => r['Senest gennemgået']).filter((d) => d !== 'Ingen dato');
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toMatch(danishLongDate);
    // Each row on one line: a date no longer breaks over three.
    const rowHeights = await page
      .locator('table[aria-label^="Forældede vejledninger"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    const cellHeight = await page
      .locator('table[aria-label^="Forældede vejledninger"] thead tr')
      .evaluate((r) => r.getBoundingClientRect().height);
    for (const height of rowHeights) expect(height).toBeLessThan(cellHeight * 1.5);
    expect(
      await page
        .getByText(
          'En søgning vises først, når mindst 2 medarbejdere har lavet den på mindst 2 forskellige dage.',
          {
            exact: false,
          },
        )
        .isVisible(),
    ).toBe(true);
    expect(
      await page
        .getByText('En vejledning vises, når den er brugt mindst 5 gange i perioden', { exact: false })
        .isVisible(),
    ).toBe(true);
  });
});
