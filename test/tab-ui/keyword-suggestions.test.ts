import type { Page } from 'playwright-core';
import { noticeGuideUse } from '../../bot/src/learning/notice-guide-use';
import { noticeSearch } from '../../bot/src/learning/notice-search';
import { describeWithChromium, launchChromium, type RunningBrowser } from './support/chromium';
import { readTable, settled } from './support/page-reading';
import { startTabApp, type TabApp } from './support/tab-app';

const guideId = 'sundhedskort-bortkommet';

describeWithChromium('keyword suggestions from the agents in Chromium', () => {
  let tab: TabApp;
  let chromium: RunningBrowser;
  let page: Page;

  beforeAll(async () => {
    tab = await startTabApp();
    // Two agents: nothing found for "gul bevis", then the health card guide opened another way.
    const learning = { learning: tab.app.store.learning, now: () => new Date() };
    for (const userId of ['aad-agent-1', 'aad-agent-2']) {
      await noticeSearch(learning, {
        userId,
        conversationId: `chat-${userId}`,
        query: 'Gul bevis',
        shown: [],
      });
      await noticeGuideUse(learning, { userId, conversationId: `chat-${userId}`, guideId, use: 'opened' });
    }
    chromium = await launchChromium();
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await tab.prepare(context, { clock: false });
    page = await context.newPage();
    await page.goto(`${tab.url}/tab#gaps`);
    await settled(page, 'Videnshuller');
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
    await tab?.stop();
  });

  const suggestionTable = 'Forslag til søgeord fra agenterne';
  const learnedTable = 'Lærte søgeord';

  test('the suggestion shows the words, the guide, two agents and the pairs behind it', async () => {
    await page.locator(`table[aria-label="${suggestionTable}"]`).waitFor();
    const [row] = await readTable(page, suggestionTable);
    expect(row).toMatchObject({ Ord: 'gul bevis', Vejledning: guideId, Agenter: '2', Gange: '2' });
    const table = page.locator(`table[aria-label="${suggestionTable}"]`);
    await table.locator('summary').first().click();
    await expect(table.locator('li', { hasText: 'åbnet' }).count()).resolves.toBe(2);
  });

  // Each decision rebuilds the search index in this (test) process: generous on a busy machine.
  test('accepted, it becomes a learned keyword with the line for the guide’s file; removed, it is gone', async () => {
    const [accepted] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/accept')),
      page.getByRole('button', { name: 'Godkend' }).click(),
    ]);
    expect(accepted.status()).toBe(200);
    await page.locator(`table[aria-label="${learnedTable}"] tbody tr`).first().waitFor();
    const [learned] = await readTable(page, learnedTable);
    expect(learned).toMatchObject({ Ord: 'gul bevis', Center: 'CBAK' });
    expect(learned!['Linje til vejledningens fil']).toMatch(/^keywords: \[.*gul bevis\]$/);
    expect(await page.getByText('Ingen forslag lige nu').count()).toBe(1);

    await page.getByRole('button', { name: 'Fjern' }).click();
    await page.getByText('Ingen lærte søgeord endnu.').waitFor();
  }, 90_000);
});
