import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../../../scripts/headless-chromium';

export { chromiumPath };
export { describeWithChromium } from '../../support/describe-needing';

export interface RunningBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** Chromium with a fresh profile: Playwright gives every launch its own temporary user-data-dir. */
export async function launchChromium(): Promise<RunningBrowser> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  return { browser, close: () => browser.close() };
}

/** Screenshots for people to look at after a run (git-ignored). */
const artifactsDir = path.resolve(__dirname, '..', '..', '..', 'test-artifacts');

export function artifactPath(name: string): string {
  fs.mkdirSync(artifactsDir, { recursive: true });
  return path.join(artifactsDir, name);
}
