import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callbackMessages } from '../../bot/src/texts/callbacks';
import { openCardRenderer } from '../../scripts/render-cards/card-renderer';
import { pngSize } from '../../scripts/render-cards/png-size';
import { renderSampleCards, repoRoot } from '../../scripts/render-cards/render-samples';
import { sampleCards } from '../../scripts/render-cards/sample-cards';
import { loadSampleWorld } from '../../scripts/render-cards/sample-world';
import { describeWithChromium } from '../support/describe-needing';

describeWithChromium('npm run cards:render', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-test-'));
  });
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  test('renders the booking confirmation to a PNG as wide as a Teams chat column', async () => {
    const { pictures } = await renderSampleCards({ outDir, only: ['05'] });

    expect(pictures.map((p) => p.file)).toEqual(['05-booking-confirmation.png']);
    const png = fs.readFileSync(path.join(outDir, '05-booking-confirmation.png'));
    const { width, height } = pngSize(png);
    expect(width).toBe(420);
    // Heading, reference line, five facts and the follow-up text: a few hundred pixels, not a sliver.
    expect(height).toBeGreaterThan(150);
    expect(height).toBeLessThan(800);
    expect(pictures[0]?.messages).toEqual([]);
  }, 90_000);

  test('opens an Action.ShowCard when asked, so its sub-card is in the picture', async () => {
    const claimed = sampleCards(loadSampleWorld(repoRoot)).find((s) => s.file.startsWith('08'));
    if (!claimed) throw new Error('no sample of a claimed callback');
    const renderer = await openCardRenderer();
    try {
      const closed = await renderer.render(claimed.card);
      const opened = await renderer.render(claimed.card, { expand: callbackMessages.action.close });
      // The close form: a label, three outcomes and its own button.
      expect(opened.width).toBe(closed.width);
      expect(opened.height - closed.height).toBeGreaterThan(100);
    } finally {
      await renderer.close();
    }
  }, 90_000);
});
