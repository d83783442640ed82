import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium package; `.ci/run` installs it. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface RunningBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** Chromium with a fresh profile: Playwright gives every launch its own temporary user-data-dir. */
export async function launchChromium(): Promise<RunningBrowser> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: flags });
  return { browser, close: () => browser.close() };
}

/**
 * `describe` for browser suites. Without Chromium they are skipped with a warning on a
 * developer's machine, but fail in CI (CI=true), where a missing browser means the suite did
 * not run at all.
 */
export function describeWithChromium(name: string, body: () => void): void {
  if (fs.existsSync(chromiumPath)) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      test('needs Chromium', () => {
        throw new Error(`Chromium not found at ${chromiumPath}: install it (apt-get install chromium)`);
      });
    });
    return;
  }
  console.warn(`Skipping "${name}": Chromium not found at ${chromiumPath} (apt-get install chromium).`);
  describe.skip(name, body);
}

/** Screenshots for people to look at after a run (git-ignored). */
export const artifactsDir = path.resolve(__dirname, '..', '..', '..', 'test-artifacts');

export function artifactPath(name: string): string {
  fs.mkdirSync(artifactsDir, { recursive: true });
  return path.join(artifactsDir, name);
}
