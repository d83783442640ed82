import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { needsBuild } from '../../../bot/src/http/tab-static';
import { buildTab, tabDistDir, tabSourceDir } from '../../../tab/build';
import { startTestApp } from '../../integration/test-app';
import { seedStore, type Seeded } from './seed';
import { agent, now } from './seed-data';

export interface TabApp {
  url: string;
  app: Awaited<ReturnType<typeof startTestApp>>;
  seeded: Seeded;
  /** The development user the API answers as in local mode. */
  devUser: { id: string; name: string };
  /**
   * Makes a browser context reach the tab and, unless `clock` is false, stops its clock at the
   * seed's "now", so "today" and "this week" in the page agree with the server.
   */
  prepare(context: BrowserContext, options?: { clock?: boolean }): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real application (its own SQLite file, local mode, the clock stopped at the seed's
 * "now") with the seed written through the store ports.
 */
export async function startTabApp(): Promise<TabApp> {
  // Built here rather than by the first page request, so a slow build cannot eat a test's time.
  if (needsBuild(tabDistDir, tabSourceDir)) await buildTab();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontaktcenter-tab-'));
  const app = await startTestApp(
    { SQLITE_FILE: path.join(dir, 'tab.sqlite'), JOBS_INTERVAL_MS: '3600000' },
    () => new Date(now),
  );
  const seeded = await seedStore(app.store, agent);
  const me = await fetch(`${app.url}/api/tab/me`);
  if (me.status !== 200)
    throw new Error(`GET /api/tab/me answered ${me.status}: is registerTabApi wired in app.ts?`);
  const devUser = ((await me.json()) as { user: { id: string; name: string } }).user;
  const servesTab = (await fetch(`${app.url}/tab`)).status === 200;
  if (!servesTab) {
    console.warn(
      'The app does not serve /tab (registerTabStatic is not wired in app.ts): serving tab/dist from the test.',
    );
  }
  return {
    url: app.url,
    app,
    seeded,
    devUser,
    prepare: async (context, options = {}) => {
      if (options.clock !== false) await context.clock.setFixedTime(now);
      if (!servesTab)
        await context.route(`${app.url}/tab**`, (route) => route.fulfill(staticFile(route.request().url())));
    },
    stop: async () => {
      await app.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function staticFile(url: string): { status: number; path?: string; contentType?: string; body?: string } {
  const pathname = new URL(url).pathname;
  const asset = /^\/tab\/assets\/([\w.-]+)$/.exec(pathname);
  const file = asset ? path.join(tabDistDir, 'assets', asset[1]!) : path.join(tabDistDir, 'index.html');
  if (!fs.existsSync(file)) return { status: 404, body: 'not found' };
  const contentType = file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8';
  return { status: 200, path: file, contentType };
}
