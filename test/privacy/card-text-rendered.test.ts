import { callbackChannelCard, callbackHolderCard } from '../../bot/src/cards/callback-cards';
import { callbackCardView, callbackHolderView } from '../../bot/src/cards/callback-view';
import type { Center } from '../../bot/src/centers/center';
import { openCardRenderer, type CardRenderer } from '../../scripts/render-cards/card-renderer';
import { aCallback, hanne } from '../callbacks/callback-fixture';
import { describeWithChromium } from '../support/describe-needing';

/**
 * Promise, in the official Adaptive Cards renderer with Teams' Markdown rules (headless Chromium):
 * a typed `[Klik her](https://…)` on a callback card is shown as those characters, not as a link.
 */
const link = '[Klik her](https://phish.example/login)';
const centers: Center[] = [
  {
    code: 'CSO',
    name: 'Center for Sundhed og Omsorg',
    handoverDate: '2026-09-01',
    unitPhone: '45 97 32 00',
    deadlineWorkingDays: 2,
  },
];
const typed = aCallback({
  topic: `Madservice ${link}`,
  timeWindow: `Efter ${link}`,
  status: 'claimed',
  holder: hanne,
  citizen: { name: `Karen ${link}`, phone: '22334455', description: `Se ${link}` },
});

describeWithChromium('typed links on rendered cards', () => {
  let renderer: CardRenderer;
  beforeAll(async () => {
    renderer = await openCardRenderer();
  }, 60_000);
  afterAll(() => renderer?.close());

  test('a Markdown link in a TextBlock would become a link (the renderer applies Teams’ Markdown)', async () => {
    await renderer.render({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: link }],
    });

    expect(await renderer.links()).toEqual(['https://phish.example/login']);
  }, 30_000);

  test.each([
    ['the channel card', callbackChannelCard(callbackCardView(typed, { centers }))],
    ['the holder’s view', callbackHolderCard(callbackHolderView(typed, { centers }))],
  ])(
    'on %s it stays text',
    async (_name, card) => {
      await renderer.render(card);

      expect(await renderer.links()).toEqual([]);
    },
    30_000,
  );
});
