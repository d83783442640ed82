import fs from 'node:fs';

/**
 * Debian's chromium package (`.ci/run` installs it); playwright-core downloads no browser here.
 * One place for the path and the flags the card pictures, the try-out and the tab tests share.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const hasChromium = (): boolean => fs.existsSync(chromiumPath);

/**
 * Headless, and kept from reaching for Google's services, which a machine without internet
 * answers slowly or not at all (each start would otherwise wait for those look-ups).
 */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
