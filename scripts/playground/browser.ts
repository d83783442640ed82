import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumFlags, chromiumPath, hasChromium } from '../headless-chromium';

/** Headless Chromium for the try-out's screenshots and its end-to-end test. */
export async function openBrowser(): Promise<{ browser: Browser; page: Page }> {
  if (!hasChromium()) throw new Error(`No Chromium at ${chromiumPath}: apt-get install -y chromium`);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumFlags,
  });
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  return { browser, page };
}
