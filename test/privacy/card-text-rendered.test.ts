import { callbackChannelCard, callbackHolderCard } from '../../bot/src/cards/callback-cards';
import { callbackCardView, callbackHolderView } from '../../bot/src/cards/callback-view';
import { openCardRenderer, type CardRenderer } from '../../scripts/render-cards/card-renderer';
import { describeWithChromium } from '../support/describe-needing';
import { centers, markdownCallback as typed, typedLink } from './card-text-fixture';

/**
 * Promise, in the official Adaptive Cards renderer with Teams' Markdown rules (headless Chromium):
 * a typed `[Klik her](https://…)` on a callback card is shown as those characters, not as a link.
 */
const link = typedLink;

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
