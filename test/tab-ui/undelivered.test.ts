import type { Page } from 'playwright-core';
import { deliveryMessages } from '../../bot/src/texts/delivery';
import { channelGone, rosterRefusal, seedDeadCard } from '../tab-api/support/dead-letters';
import { describeWithChromium, launchChromium, type RunningBrowser } from './support/chromium';
import { readTable, settled } from './support/page-reading';
import { now } from './support/seed-data';
import { startTabApp, type TabApp } from './support/tab-app';

describeWithChromium('posts Teams refused for good, on the overview in Chromium', () => {
  let tab: TabApp;
  let chromium: RunningBrowser;
  let page: Page;
  const refs: Record<string, string> = {};

  beforeAll(async () => {
    tab = await startTabApp();
    refs.CSO = await seedDeadCard(tab.app.store, new Date(now), 'CSO', rosterRefusal);
    refs.CSI = await seedDeadCard(tab.app.store, new Date(now), 'CSI', channelGone);
    chromium = await launchChromium();
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await tab.prepare(context);
    page = await context.newPage();
    await page.goto(`${tab.url}/tab`);
    await settled(page, 'Overblik');
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
    await tab?.stop();
  });

  test('a warning above the figures names each callback, its center, what failed and why', async () => {
    await page.getByText('2 beskeder kunne ikke leveres til Teams').waitFor();
    const rows = await readTable(page, 'Beskeder, der ikke kunne leveres');

    expect(rows.map((r) => [r.Center, r.Tilbagekald, r.Hvad, r.Årsag]).sort()).toEqual(
      [
        ['CSI', refs.CSI, 'Kort i centerets kanal', deliveryMessages.reason.channel_gone],
        ['CSO', refs.CSO, 'Kort i centerets kanal', deliveryMessages.reason.removed],
      ].sort(),
    );
    expect(rows.every((r) => /^\d{1,2}\.\d{1,2}\.\d{4}/.test(r.Siden ?? ''))).toBe(true);
  });
});
