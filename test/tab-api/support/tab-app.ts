import { startApp, type RunningApp } from '../../../bot/src/app';
import { localDevUser, type TabAuthConfig } from '../../../bot/src/http/auth';
import { createMemoryLogger } from '../../../bot/src/shared/logger';
import { testConfig } from '../../integration/test-app';
import type { AppDatabase } from './databases';

export type TabApp = Awaited<ReturnType<typeof startTabApp>>;

export interface TabResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/**
 * The whole app over real HTTP, as the tab reaches it, on the given database, with the tab's
 * authentication configured (local mode unless an Entra configuration is given) and a fixed clock.
 */
export async function startTabApp(options: {
  database: AppDatabase;
  now: Date;
  tabAuth?: TabAuthConfig;
  env?: Record<string, string>;
}) {
  const logger = createMemoryLogger('debug');
  const config = testConfig({ JOBS_INTERVAL_MS: '3600000', ...options.database.env, ...options.env });
  const app: RunningApp = await startApp(
    config,
    logger,
    () => options.now,
    options.tabAuth ?? { mode: 'local', devUser: localDevUser },
  );
  const get = async <T = unknown>(path: string, token?: string): Promise<TabResponse<T>> => {
    const response = await fetch(`${app.url}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    // Keeps a byte order mark, which fetch's text() would silently drop.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const json = response.headers.get('content-type')?.includes('json');
    return {
      status: response.status,
      headers: response.headers,
      text,
      body: (json ? JSON.parse(text) : text) as T,
    };
  };
  return { app, store: app.store, logs: logger.lines, get, stop: () => app.stop() };
}
