import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Headless Chromium (Debian's package; playwright-core downloads no browser here) for the
 * try-out's screenshots and its end-to-end test. The flags keep it from reaching for Google's
 * services, which a machine without internet answers slowly or not at all.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const hasChromium = (): boolean => fs.existsSync(chromiumPath);

export async function openBrowser(): Promise<{ browser: Browser; page: Page }> {
  if (!hasChromium()) throw new Error(`No Chromium at ${chromiumPath}: apt-get install -y chromium`);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    headless: true,
  });
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  return { browser, page };
}
