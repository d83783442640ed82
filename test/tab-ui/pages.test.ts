import type { Page } from 'playwright-core';
import { describeWithChromium, launchChromium, type RunningBrowser } from './support/chromium';
import { shownPercent } from './support/expected';
import { centerFacts, guideFacts } from './support/knowledge-facts';
import { readTable, settled, tableRow } from './support/page-reading';
import { seedBinding, seedCallbacks, seedInquiries } from './support/seed-data';
import { startTabApp, type TabApp } from './support/tab-app';

const today = '2026-11-25';
const yearAgo = '2025-11-25';
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const isStale = (updated: string | null) => updated === null || updated < yearAgo;

describeWithChromium('the wave plan and knowledge gaps in Chromium', () => {
  let tab: TabApp;
  let chromium: RunningBrowser;
  let page: Page;

  beforeAll(async () => {
    tab = await startTabApp();
    chromium = await launchChromium();
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await tab.prepare(context);
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
    await tab?.stop();
  });

  describe('the wave plan', () => {
    beforeAll(async () => {
      await page.goto(`${tab.url}/tab#waves`);
      await settled(page, 'Bølgeplan');
    });

    test.each(centerFacts().map((c) => [c.code, c] as const))(
      '%s shows its handover, status, unit number and guides as configured',
      async (code, center) => {
        const row = await tableRow(page, 'Bølgeplan', code);
        const guides = guideFacts().filter((g) => g.center === code);
        const live = center.handoverDate <= today;
        expect(row).toMatchObject({
          Status: live ? 'I drift' : `Om ${daysBetween(today, center.handoverDate)} dage`,
          Enhedsnummer: center.unitPhone,
          Vejledninger: String(guides.length),
          Forældede: String(guides.filter((g) => isStale(g.updated)).length),
          Kanal:
            code === seedBinding.center ? `Tilknyttet: ${seedBinding.channelName}` : 'Ingen kanal tilknyttet',
        });
      },
    );

    test('lists the centers in handover order, so the next wave is easy to find', async () => {
      const rows = await readTable(page, 'Bølgeplan');
      const order = [...centerFacts()].sort(
        (a, b) => a.handoverDate.localeCompare(b.handoverDate) || a.code.localeCompare(b.code),
      );
      expect(rows.map((r) => r.Center)).toEqual(order.map((c) => c.code));
      expect(rows.find((r) => r.Center === 'CUP')?.Overtagelse).toBe('1. november 2026');
    });
  });

  describe('knowledge gaps over the last 30 days', () => {
    beforeAll(async () => {
      await page.goto(`${tab.url}/tab#gaps`);
      await settled(page, 'Videnshuller');
    });

    test('searches that found nothing, by two agents on two days, are listed with how often they were made', async () => {
      const failed = seedInquiries.filter((i) => i.kind === 'search' && i.hits === 0);
      const shown = [...new Set(failed.map((i) => i.query!))].filter((q) => {
        const of = failed.filter((i) => i.query === q);
        return (
          new Set(of.map((i) => i.agentId ?? 'suite')).size >= 2 &&
          new Set(of.map((i) => i.at.slice(0, 10))).size >= 2
        );
      });
      const rows = await readTable(page, 'Søgninger uden svar');
      expect(shown.length).toBeGreaterThan(0);
      expect(rows.map((r) => [r.Søgning, r.Antal])).toEqual(
        shown
          .map((q) => [q, failed.filter((i) => i.query === q).length] as const)
          .sort((a, b) => b[1] - a[1])
          .map(([q, n]) => [q, String(n)]),
      );
    });

    test('the most used guides count calls solved with them and callbacks booked from them', async () => {
      const uses = (id: string) =>
        seedInquiries.filter((i) => i.kind === 'solved_on_call' && i.guideId === id).length +
        seedCallbacks.filter((c) => c.guideId === id).length;
      const title = (id: string) => guideFacts().find((g) => g.id === id)!.title;
      const rows = await readTable(page, 'Mest brugte vejledninger');
      const ids = ['hjaelpemiddel-korttidslaan', 'boligstoette', 'dagtilbud-opskrivning'];
      expect(rows.map((r) => [r.Vejledning, r.Brugt])).toEqual(
        ids.sort((a, b) => uses(b) - uses(a)).map((id) => [title(id), String(uses(id))]),
      );
    });

    test('a guide often ending in a callback shows its share of callbacks', async () => {
      const id = 'hjaelpemiddel-korttidslaan';
      const callbacks = seedCallbacks.filter((c) => c.guideId === id).length;
      const solved = seedInquiries.filter((i) => i.kind === 'solved_on_call' && i.guideId === id).length;
      const rows = await readTable(page, 'Vejledninger der ender med tilbagekald');
      expect(rows).toContainEqual({
        Vejledning: guideFacts().find((g) => g.id === id)!.title,
        Tilbagekald: String(callbacks),
        Andel: shownPercent(callbacks / (callbacks + solved)),
      });
    });

    test('stale guides are those not reviewed for 12 months or never dated', async () => {
      const rows = await readTable(page, 'Forældede vejledninger (ikke gennemgået i 12 måneder)');
      const stale = guideFacts().filter((g) => isStale(g.updated));
      expect(rows.map((r) => r.Vejledning).sort()).toEqual(stale.map((g) => g.title).sort());
    });
  });
});
