import { chromiumPath, hasChromium } from '../../scripts/headless-chromium';

/**
 * A suite that needs a service of the test machine (PostgreSQL, Chromium). Where the service is
 * there, it runs. Without it, it fails in CI (CI=true), where a missing service means the suite
 * did not run at all, and is skipped with a warning on a developer's machine.
 */
export function describeNeeding(
  need: { available: boolean; missing: string },
  name: string,
  body: () => void,
): void {
  if (need.available) {
    describe(name, body);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      test('needs its service', () => {
        throw new Error(need.missing);
      });
    });
  } else {
    console.warn(`Skipping "${name}": ${need.missing}`);
    describe.skip(name, body);
  }
}

/** A browser suite: Debian's Chromium, driven by playwright-core. */
export const describeWithChromium = (name: string, body: () => void): void =>
  describeNeeding(
    {
      available: hasChromium(),
      missing: `Chromium not found at ${chromiumPath}: install it (apt-get install chromium)`,
    },
    name,
    body,
  );
