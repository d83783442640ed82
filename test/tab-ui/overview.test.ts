import type { BrowserContext, Page } from 'playwright-core';
import { artifactPath, describeWithChromium, launchChromium, type RunningBrowser } from './support/chromium';
import {
  bookedOn,
  expectedCenterRow,
  expectedGuide,
  expectedStats,
  expectedTiles,
  shownCount,
  shownPercent,
  type Period,
  within,
} from './support/expected';
import { afterRequest, fitsWidth, readFacts, readTable, settled, tableRow } from './support/page-reading';
import { cph, seedInquiries } from './support/seed-data';
import { startTabApp, type TabApp } from './support/tab-app';

const thisWeek: Period = { from: cph('2026-11-23 00:00'), to: cph('2026-11-30 00:00') };
const last30: Period = { from: cph('2026-10-27 00:00'), to: cph('2026-11-26 00:00') };
const today: Period = { from: cph('2026-11-25 00:00'), to: cph('2026-11-26 00:00') };
const lastWeek: Period = { from: cph('2026-11-16 00:00'), to: cph('2026-11-21 00:00') };

describeWithChromium('the coordinator overview in Chromium', () => {
  let tab: TabApp;
  let chromium: RunningBrowser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    tab = await startTabApp();
    chromium = await launchChromium();
    context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    await tab.prepare(context);
    page = await context.newPage();
    await page.goto(`${tab.url}/tab`);
    await settled(page, 'Overblik');
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
    await tab?.stop();
  });

  test('opens on the last 30 days, with the headline figures computed from the seeded callbacks', async () => {
    await page.locator('table[aria-label="Nøgletal pr. center"]').waitFor();
    expect(await page.getByLabel('Periode').inputValue()).toBe('last30');
    expect(await readFacts(page, 'Nøgletal i alt')).toEqual(expectedTiles(expectedStats(last30)));
    await page.waitForTimeout(300); // the charts load after the numbers
    await page.screenshot({ path: artifactPath('tab-overview.png'), fullPage: true });
  });

  test.each(['CSO', 'CBAK', 'CSI', 'CUP'])(
    'the row for %s matches its callbacks and calls',
    async (center) => {
      const row = await tableRow(page, 'Nøgletal pr. center', center);
      expect(row).toMatchObject(expectedCenterRow(expectedStats(last30, center)));
    },
  );

  test('a center not yet handed over shows zeros and no rates rather than being left out', async () => {
    const row = await tableRow(page, 'Nøgletal pr. center', 'CPO');
    expect(row).toMatchObject({ Nye: '0', Straksafklaring: '–', 'Tid til opgaven blev taget (median)': '–' });
  });

  test('the total row equals the figures over all callbacks, not a sum of medians', async () => {
    const row = await tableRow(page, 'Nøgletal pr. center', 'I alt');
    expect(row).toMatchObject(expectedCenterRow(expectedStats(last30)));
  });

  test('solved on the call per guide counts calls and callbacks that used the guide', async () => {
    const guide = expectedGuide(last30, 'hjaelpemiddel-korttidslaan');
    const rows = await readTable(page, 'Straksafklaring pr. vejledning');
    expect(rows.find((r) => r.Vejledning?.startsWith('Lån af hjælpemidler'))).toMatchObject({
      Center: 'CSO',
      'Løst på opkaldet': shownCount(guide.solvedOnCall),
      Tilbagekald: shownCount(guide.callbacks),
      Straksafklaring: shownPercent(guide.solvedRate),
    });
  });

  test('calls referred to other authorities are listed apart, per authority, within the period', async () => {
    const referred = seedInquiries.filter((i) => i.kind === 'referred' && within(i.at, last30));
    const count = (id: string) => String(referred.filter((i) => i.guideId === id).length);
    expect(await readTable(page, 'Henvist til andre myndigheder')).toEqual([
      {
        Myndighed: 'Skattestyrelsen',
        Emne: 'Skattekort, forskudsopgørelse og årsopgørelse',
        Henvist: count('henvis-skat-forskudsopgoerelse'),
      },
      {
        Myndighed: 'Familieretshuset',
        Emne: 'Skilsmisse, samvær, forældremyndighed og børnebidrag',
        Henvist: count('henvis-familieretshuset'),
      },
    ]);
    await expect(
      page.getByText(`${referred.length} opkald blev henvist til en anden myndighed`).count(),
    ).resolves.toBe(1);
  });

  test('the trend has a day per day of the 30 with the callbacks booked that day', async () => {
    await page.getByText('Udvikling som tabel').click();
    const rows = await readTable(page, 'Udvikling som tabel');
    const days = Array.from({ length: 30 }, (_, i) =>
      new Date(Date.UTC(2026, 9, 27 + i)).toISOString().slice(0, 10),
    );
    expect(rows.map((r) => r.Nye)).toEqual(days.map((d) => shownCount(bookedOn(d))));
    expect(rows[0]?.Fra).toBe('27. okt.');
    expect(rows.at(-1)?.Fra).toBe('25. nov.');
  });

  test('choosing "I dag" shows only what happened today, while open and overdue stay as they are now', async () => {
    const url = await afterRequest(
      page,
      'Overblik',
      (u) => u.pathname === '/api/tab/overview',
      () => page.getByLabel('Periode').selectOption('today'),
    );
    expect(url.searchParams.get('from')).toBe(today.from.toISOString());
    expect(await readFacts(page, 'Nøgletal i alt')).toEqual(expectedTiles(expectedStats(today)));
  });

  test('a chosen period covers both dates it names', async () => {
    await page.getByLabel('Periode').selectOption('custom');
    await page.getByLabel('Fra og med').fill('16.11.2026');
    const url = await afterRequest(
      page,
      'Overblik',
      (u) => u.pathname === '/api/tab/overview' && u.searchParams.get('to') === lastWeek.to.toISOString(),
      () => page.getByLabel('Til og med').fill('20.11.2026'),
    );
    expect(url.searchParams.get('from')).toBe(lastWeek.from.toISOString());
    expect(await readFacts(page, 'Nøgletal i alt')).toEqual(expectedTiles(expectedStats(lastWeek)));
    expect(await tableRow(page, 'Nøgletal pr. center', 'CSO')).toMatchObject(
      expectedCenterRow(expectedStats(lastWeek, 'CSO')),
    );
  });

  test('filtering on one center shows that center only, with its figures as the total', async () => {
    await page.getByLabel('Periode').selectOption('week');
    await settled(page, 'Overblik');
    await afterRequest(
      page,
      'Overblik',
      (u) => u.pathname === '/api/tab/overview' && u.searchParams.get('center') === 'CBAK',
      () => page.getByLabel('Center', { exact: true }).selectOption('CBAK'),
    );
    const rows = await readTable(page, 'Nøgletal pr. center');
    expect(rows.map((r) => r.Center)).toEqual(['CBAK', 'I alt']);
    expect(await readFacts(page, 'Nøgletal i alt')).toEqual(expectedTiles(expectedStats(thisWeek, 'CBAK')));
  });

  test('at 320 px (Teams at its narrowest) nothing makes the page scroll sideways', async () => {
    const narrow = await context.newPage();
    await narrow.setViewportSize({ width: 320, height: 800 });
    for (const hash of ['', '#waves', '#gaps', '#callbacks', '#access-log']) {
      await narrow.goto(`${tab.url}/tab${hash}`);
      await narrow.locator('main section[aria-busy="false"]').waitFor();
      if (hash === '') {
        await narrow.locator('table[aria-label="Nøgletal pr. center"]').waitFor();
        await narrow.waitForTimeout(300);
        await narrow.screenshot({ path: artifactPath('tab-overview-320.png'), fullPage: true });
      }
      expect({ page: hash || '#overview', fits: await fitsWidth(narrow) }).toEqual({
        page: hash || '#overview',
        fits: true,
      });
    }
    await narrow.close();
  });

  test('in dark and high-contrast themes the same numbers show', async () => {
    for (const theme of ['dark', 'contrast']) {
      const themed = await context.newPage();
      await themed.goto(`${tab.url}/tab?theme=${theme}`);
      await settled(themed, 'Overblik');
      expect(await themed.locator(`[data-theme="${theme}"]`).count()).toBe(1);
      expect(await readFacts(themed, 'Nøgletal i alt')).toEqual(expectedTiles(expectedStats(last30)));
      await themed.waitForTimeout(300);
      await themed.screenshot({ path: artifactPath(`tab-overview-${theme}.png`) });
      await themed.close();
    }
  });
});
