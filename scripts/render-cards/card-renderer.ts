import type { Page } from 'playwright-core';
import { bundleCardRenderer, cardPageHtml } from './card-page';
import { launchChromium, type ChromiumOptions } from './chromium';
import type { CardPageApi } from './page/browser-entry';
import { pngSize } from './png-size';

/** A Teams chat column is about this wide (CSS pixels) on a laptop. */
const teamsColumnWidth = 420;

export interface CardRendererOptions extends ChromiumOptions {
  /** Card width in CSS pixels. */
  width?: number;
}

interface RenderedCard {
  png: Buffer;
  width: number;
  height: number;
  /** What the Adaptive Cards renderer reported while parsing and validating (schema 1.5). */
  messages: string[];
}

export interface CardRenderer {
  /** The font family the pictures are set in; null when none of the Segoe-like stack is installed. */
  font: string | null;
  /** Renders a card; `expand` clicks the Action.ShowCard with that title, to show its sub-card. */
  render(card: object, options?: { expand?: string }): Promise<RenderedCard>;
  /** The targets of the links in the card rendered last (Markdown links become these). */
  links(): Promise<string[]>;
  close(): Promise<void>;
}

type PageWindow = { cardPage: CardPageApi };

/** One browser and page for many cards: each render replaces the previous card. */
export async function openCardRenderer(options: CardRendererOptions = {}): Promise<CardRenderer> {
  const width = options.width ?? teamsColumnWidth;
  const [script, browser] = await Promise.all([bundleCardRenderer(), launchChromium(options)]);
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.setContent(cardPageHtml());
    await page.addScriptTag({ content: script });
    const font = await page.evaluate(() => (window as unknown as PageWindow).cardPage.installedFont());
    return {
      font,
      render: (card, o) => renderOn(page, card, width, o?.expand),
      links: () =>
        page.evaluate(() =>
          [...document.querySelectorAll('#card a[href]')].map((a) => a.getAttribute('href') ?? ''),
        ),
      close: browser.close,
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

async function renderOn(page: Page, card: object, width: number, expand?: string): Promise<RenderedCard> {
  const messages = await page.evaluate(([c, w]) => (window as unknown as PageWindow).cardPage.render(c, w), [
    card,
    width,
  ] as const);
  if (expand) {
    await page.getByRole('button', { name: expand, exact: true }).click({ timeout: 5000 });
    // The picture should show the opened sub-card, not a focus ring on the button.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
  await page.evaluate(() => document.fonts.ready.then(() => true));
  const png = await page.locator('#frame').screenshot({ omitBackground: true, animations: 'disabled' });
  return { png, messages, ...pngSize(png) };
}
