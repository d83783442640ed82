import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { createLogger } from '../../bot/src/shared/logger';
import { openBrowser } from './browser';
import { root, startTryOut } from './start-try-out';
import * as step from './try-out-steps';

/**
 * Takes the screenshots of docs/playground.md by walking the try-out in headless Chromium:
 * `npx tsx scripts/playground/screenshots.ts`. The test in test/manifest/playground.test.ts
 * walks the same steps, so the pictures show what works.
 */
const imagesDir = path.join(root, 'docs', 'images');

async function main(): Promise<void> {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-shots-'));
  const tryOut = await startTryOut({
    env: { ...process.env, PORT: '0', PLAYGROUND_SQLITE_FILE: path.join(data, 'playground.sqlite') },
    logger: createLogger({ level: 'error' }),
    openBrowser: false,
  });
  const { browser, page } = await openBrowser();
  const shot = async (name: string, focus?: Locator) => {
    if (focus) await focus.scrollIntoViewIfNeeded();
    await settle(page);
    const file = path.join(imagesDir, `playground-${name}.png`);
    await page.screenshot({ path: file });
    process.stdout.write(`${path.relative(root, file)}\n`);
  };
  try {
    fs.mkdirSync(imagesDir, { recursive: true });
    await step.openPlayground(page, tryOut.playground.url);
    await shot('1-start');
    await shot('2-bind', await step.bindChannel(page, 'CSO tilbagekald', 'CSO'));
    const results = await step.search(page, 'hjemmehjælp kom ikke');
    await shot('3-search', results.getByText('Hjemmehjælpen kom ikke eller kom for sent').first());
    const form = await step.openBookingForm(results);
    await step.fillBookingForm(form, {
      name: 'Jens Hansen',
      phone: '22 33 44 55',
      description: 'Hjemmehjælpen kom ikke i morges. Borgeren vil gerne have en ny tid.',
    });
    await shot('4-form', form.getByRole('button', { name: 'Book tilbagekald' }));
    const { confirmation, reference } = await step.submitBooking(form);
    await shot('5-booked', confirmation);
    const card = await step.findCallbackCard(page, 'CSO tilbagekald', reference);
    await shot('6-channel-card', card);
    const claimed = await step.claim(card, 'Anna Andersen');
    // The holder's own view (the relay refreshes it as Teams would), with the citizen's details.
    await claimed.filter({ hasText: 'Jens Hansen' }).waitFor({ timeout: 20_000 });
    await shot('7-claimed', claimed);
  } finally {
    await browser.close();
    await tryOut.stop();
    fs.rmSync(data, { recursive: true, force: true });
  }
}

/** Lets animations and late card renders finish, so that a picture is not caught mid-change. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(600);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `screenshots: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
