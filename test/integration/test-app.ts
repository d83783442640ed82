import path from 'node:path';
import { startApp, type RunningApp } from '../../bot/src/app';
import { loadConfig, type Config } from '../../bot/src/config/config';
import { localDevUser, type TabAuthConfig } from '../../bot/src/http/auth';
import { createMemoryLogger } from '../../bot/src/shared/logger';

export const repo = path.resolve(__dirname, '..', '..');

/** The configuration integration tests run with: local mode, a random port, no file watching. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    KNOWLEDGE_WATCH: 'false',
    ...overrides,
  });
}

export async function startTestApp(
  overrides: Record<string, string> = {},
  now?: () => Date,
  tabAuth: TabAuthConfig = { mode: 'local', devUser: localDevUser },
): Promise<RunningApp & { logs: ReturnType<typeof createMemoryLogger>['lines'] }> {
  const logger = createMemoryLogger('debug');
  const app = await startApp(testConfig(overrides), logger, now, tabAuth);
  return Object.assign(app, { logs: logger.lines });
}
