import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../../../bot/src/app';
import { loadConfig } from '../../../bot/src/config/config';
import { createMemoryLogger } from '../../../bot/src/shared/logger';
import { startLocalIssuer, type LocalIssuer } from '../../support/entra/local-issuer';
import { entraConfig } from '../../support/entra/tab-auth-fixture';

export const metricsToken = 'metrics-token-for-the-tests-0123456789';

/**
 * The app as an operator runs it: NODE_ENV=production with every setting production asks for.
 * Settings can be added or removed (`undefined`). The tab signs in against the Entra stand-in
 * (its http:// URLs are refused in production, so its configuration is read as in the tests).
 */
export function productionEnv(
  issuer: LocalIssuer,
  dir: string,
  extra: Record<string, string | undefined> = {},
) {
  const env: Record<string, string | undefined> = {
    NODE_ENV: 'production',
    PORT: '0',
    KNOWLEDGE_WATCH: 'false',
    SQLITE_FILE: path.join(dir, 'production.sqlite'),
    MICROSOFT_APP_ID: randomUUID(),
    MICROSOFT_APP_PASSWORD: 'bot-secret-for-the-tests',
    MICROSOFT_APP_TENANT_ID: issuer.tenantId,
    ACCESS_LOG_KEY: 'access-log-key-for-the-tests-0123456789',
    METRICS_TOKEN: metricsToken,
    BINDING_ADMINS: randomUUID(),
    JOBS_INTERVAL_MS: '3600000',
    ...extra,
  };
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

export interface ProductionApp {
  app: RunningApp;
  env: Record<string, string>;
  issuer: LocalIssuer;
  logs: ReturnType<typeof createMemoryLogger>['lines'];
  stop(): Promise<void>;
}

export async function startProductionApp(
  extra: Record<string, string | undefined> = {},
  issuer?: LocalIssuer,
): Promise<ProductionApp> {
  const ownIssuer = issuer ?? (await startLocalIssuer());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontaktcenter-production-'));
  const env = productionEnv(ownIssuer, dir, extra);
  const logger = createMemoryLogger('debug');
  let app: RunningApp;
  try {
    app = await startApp(loadConfig(env), logger, undefined, entraConfig(ownIssuer));
  } catch (error) {
    if (!issuer) await ownIssuer.close();
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    app,
    env,
    issuer: ownIssuer,
    logs: logger.lines,
    async stop() {
      await app.stop();
      if (!issuer) await ownIssuer.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
