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
  /** A fixed time, or a clock the test moves. */
  now: Date | (() => Date);
  tabAuth?: TabAuthConfig;
  env?: Record<string, string>;
}) {
  const logger = createMemoryLogger('debug');
  const config = testConfig({ JOBS_INTERVAL_MS: '3600000', ...options.database.env, ...options.env });
  const app: RunningApp = await startApp(
    config,
    logger,
    typeof options.now === 'function' ? options.now : () => options.now as Date,
    options.tabAuth ?? { mode: 'local', devUser: localDevUser },
  );
  const send = async <T = unknown>(path: string, token?: string, body?: unknown): Promise<TabResponse<T>> => {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(
      `${app.url}${path}`,
      body === undefined ? { headers } : { method: 'POST', headers, body: JSON.stringify(body) },
    );
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
  const get = <T = unknown>(path: string, token?: string) => send<T>(path, token);
  /** POSTs `body` as JSON, as the tab does. */
  const post = <T = unknown>(path: string, body: unknown, token?: string) => send<T>(path, token, body);
  return { app, store: app.store, logs: logger.lines, get, post, stop: () => app.stop() };
}
