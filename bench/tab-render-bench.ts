import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import { tabDistDir } from '../tab/build';
import { chromiumPath, launchChromium } from '../test/tab-ui/support/chromium';
import { startTabApp, type TabApp } from '../test/tab-ui/support/tab-app';
import { summarize, type Row } from './table';

export interface TabRenderOptions {
  quick?: boolean;
  /** Page loads per measure; default 15 (5 with quick). */
  samples?: number;
}

interface Sample {
  /** The overview's numbers on screen (the tab marks 'tab:first-render'), from navigation start. */
  firstRender: number;
  firstContentfulPaint: number;
}

/**
 * First render of the coordinator tab in headless Chromium (Debian's chromium), against the
 * real app with the browser suites' seed: from navigation start until the overview shows its
 * figures, which includes loading the bundle, /api/tab/overview and React's first paint. Cold:
 * a new browser context per load (empty cache, as when Teams opens the tab the first time that
 * day); warm: reloads in one context (assets cached). Median of N; the target is 1.5 s.
 */
export async function benchTabRender(
  options: TabRenderOptions = {},
): Promise<{ rows: Row[]; notes: string[] }> {
  if (!fs.existsSync(chromiumPath)) {
    return { rows: [], notes: [`Chromium not found at ${chromiumPath}: apt-get install chromium`] };
  }
  const samples = options.samples ?? (options.quick ? 5 : 15);
  const tab = await startTabApp();
  const chromium = await launchChromium();
  try {
    await measureOnce(chromium.browser, tab); // starts the server's and the browser's caches, not counted
    const cold: Sample[] = [];
    for (let i = 0; i < samples; i++) {
      const context = await newContext(chromium.browser, tab);
      cold.push(await load(context, tab));
      await context.close();
    }
    const warmContext = await newContext(chromium.browser, tab);
    await load(warmContext, tab);
    const warm: Sample[] = [];
    for (let i = 0; i < samples; i++) warm.push(await load(warmContext, tab));
    await warmContext.close();

    const row = (measure: string, values: number[], target: string): Row => {
      const s = summarize(values);
      return {
        measure,
        'median ms': Math.round(s.p50),
        'max ms': Math.round(s.max),
        samples: s.count,
        target,
      };
    };
    return {
      rows: [
        row(
          'first render, cold cache (overview figures shown)',
          cold.map((s) => s.firstRender),
          '≤ 1500',
        ),
        row(
          'first contentful paint, cold cache',
          cold.map((s) => s.firstContentfulPaint),
          '',
        ),
        row(
          'first render, warm cache',
          warm.map((s) => s.firstRender),
          '≤ 1500',
        ),
      ],
      notes: [`Bundle: ${bundleSizes()}. Viewport 1280×900, server and browser on the same machine.`],
    };
  } finally {
    await chromium.close();
    await tab.stop();
  }
}

async function newContext(browser: Browser, tab: TabApp): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await tab.prepare(context, { clock: false });
  return context;
}

async function measureOnce(browser: Browser, tab: TabApp): Promise<void> {
  const context = await newContext(browser, tab);
  await load(context, tab);
  await context.close();
}

async function load(context: BrowserContext, tab: TabApp): Promise<Sample> {
  const page = await context.newPage();
  await page.goto(`${tab.url}/tab`);
  await page.waitForFunction(() => performance.getEntriesByName('tab:first-render').length > 0, undefined, {
    timeout: 30_000,
  });
  const sample = await page.evaluate(() => ({
    firstRender: performance.getEntriesByName('tab:first-render')[0]!.startTime,
    firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  await page.close();
  return sample;
}

/** The JavaScript loaded before the first render, as sent (gzip) and unpacked. */
function bundleSizes(): string {
  const assets = path.join(tabDistDir, 'assets');
  const index = fs.readFileSync(path.join(tabDistDir, 'index.html'), 'utf8');
  const entry = /assets\/([\w.-]+\.js)/.exec(index)?.[1];
  if (!entry) return 'unknown';
  const body = fs.readFileSync(path.join(assets, entry));
  const kb = (n: number) => `${Math.round(n / 1024)} KB`;
  return `${entry} ${kb(body.length)} (${kb(zlib.gzipSync(body).length)} gzip); Chart.js loads after the first render`;
}

if (require.main === module) {
  benchTabRender({ quick: process.argv.includes('--quick') }).then(
    (r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
