import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../headless-chromium';

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface ChromiumOptions {
  executablePath?: string;
  /** Device pixels per CSS pixel of the screenshots. */
  scale?: number;
}

/** Starts headless Chromium with a fresh profile, removed again on close. */
export async function launchChromium(options: ChromiumOptions = {}): Promise<Chromium> {
  const executablePath = options.executablePath ?? chromiumPath;
  if (!fs.existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: install it with "apt-get install -y chromium".`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'render-cards-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      args: chromiumFlags,
      headless: true,
      // Tall enough that no card is cut by the viewport; the screenshot is cropped to the card.
      viewport: { width: 800, height: 4000 },
      deviceScaleFactor: options.scale ?? 1,
      locale: 'da-DK',
      offline: true,
    });
    return {
      context,
      close: async () => {
        await context.close();
        fs.rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
