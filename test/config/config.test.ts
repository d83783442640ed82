import { loadConfig } from '../../bot/src/config/config';
import { AppError } from '../../bot/src/shared/errors';

const appId = '9d3c6a1e-2b4f-4c5d-8e6f-7a8b9c0d1e2f';
const tenantId = '4b1f0c2d-3e4f-4a5b-9c6d-7e8f9a0b1c2d';

const settingOf = (env: Record<string, string>): string | undefined => {
  try {
    loadConfig(env);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).details.setting as string;
  }
};

describe('configuration', () => {
  test('with nothing set, the bot runs locally on port 3978 with SQLite and the sample knowledge', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.microsoftApp).toBeNull();
    expect(config.storage.databaseUrl).toBeUndefined();
    expect(config.storage.sqliteFile).toMatch(/data\/kontaktcenter\.sqlite$/);
    expect(config.knowledge.dir).toMatch(/knowledge$/);
    expect(config.retentionDays).toBe(30);
  });

  test('an empty setting copied from .env.example means the default', () => {
    expect(loadConfig({ PORT: '', KNOWLEDGE_DIR: ' ', DATABASE_URL: '' }).port).toBe(3978);
  });

  test.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ RETENTION_DAYS: '0' }, 'RETENTION_DAYS'],
    [{ NODE_ENV: 'production' }, 'MICROSOFT_APP_ID'],
    [
      { NODE_ENV: 'production', MICROSOFT_APP_ID: appId, MICROSOFT_APP_PASSWORD: 'p' },
      'MICROSOFT_APP_TENANT_ID',
    ],
    [
      {
        NODE_ENV: 'production',
        MICROSOFT_APP_ID: appId,
        MICROSOFT_APP_PASSWORD: 'p',
        MICROSOFT_APP_TENANT_ID: tenantId,
      },
      'ACCESS_LOG_KEY',
    ],
    [
      {
        NODE_ENV: 'production',
        MICROSOFT_APP_ID: appId,
        MICROSOFT_APP_PASSWORD: 'p',
        MICROSOFT_APP_TENANT_ID: tenantId,
        ACCESS_LOG_KEY: 'a-long-secret-for-the-access-log',
        BINDING_ADMINS: '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab',
      },
      'METRICS_TOKEN',
    ],
    [{ ACCESS_LOG_KEY: 'short' }, 'ACCESS_LOG_KEY'],
    [{ REMINDER_LEAD_MINUTES: '-5' }, 'REMINDER_LEAD_MINUTES'],
    [{ MICROSOFT_APP_ID: appId }, 'MICROSOFT_APP_PASSWORD'],
    [{ MICROSOFT_APP_ID: 'kontaktcenter-bot', MICROSOFT_APP_PASSWORD: 'p' }, 'MICROSOFT_APP_ID'],
    [{ MICROSOFT_APP_TENANT_ID: 'ltk.onmicrosoft.com' }, 'MICROSOFT_APP_TENANT_ID'],
  ])('a bad value (%j) stops start-up naming %s', (env, setting) => {
    expect(settingOf(env)).toBe(setting);
  });

  test('the error message names the setting and the value given', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT.*"abc"/);
  });

  test('a secret that is too short is named but never echoed into the log', () => {
    expect(() => loadConfig({ ACCESS_LOG_KEY: 'hemmelig' })).toThrow(
      /^CONFIG_INVALID: ACCESS_LOG_KEY: must be at least 16 characters$/,
    );
  });

  test('production with full credentials is accepted', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      MICROSOFT_APP_ID: appId,
      MICROSOFT_APP_PASSWORD: 'secret',
      MICROSOFT_APP_TENANT_ID: tenantId,
      ACCESS_LOG_KEY: 'a-long-secret-for-the-access-log',
      METRICS_TOKEN: 'a-long-token-for-the-scraper',
      BINDING_ADMINS: '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab',
    });
    expect(config.microsoftApp).toEqual({
      id: appId,
      password: 'secret',
      tenantId,
      type: 'SingleTenant',
    });
  });

  test('every invalid or missing setting is named in one error, not one per start', () => {
    let error: AppError | undefined;
    try {
      loadConfig({
        NODE_ENV: 'production',
        PORT: 'abc',
        MICROSOFT_APP_ID: 'kontaktcenter-bot',
        ACCESS_LOG_KEY: 'short',
      });
    } catch (e) {
      error = e as AppError;
    }
    expect(error?.details.settings).toEqual([
      'PORT',
      'MICROSOFT_APP_ID',
      'ACCESS_LOG_KEY',
      'MICROSOFT_APP_TENANT_ID',
      'BINDING_ADMINS',
      'METRICS_TOKEN',
      'MICROSOFT_APP_PASSWORD',
    ]);
    expect(error?.message).toMatch(/^CONFIG_INVALID: 7 settings are invalid or missing:\n {2}- PORT: /);
    expect(error?.message).toContain(
      "MICROSOFT_APP_ID: must be the bot's Entra application (client) id (a GUID",
    );
    expect(error?.message).not.toContain('short');
  });

  test('a Key Vault reference App Service could not resolve is named, not taken for the secret', () => {
    expect(() =>
      loadConfig({
        ACCESS_LOG_KEY: '@Microsoft.KeyVault(VaultName=kv-kontaktcenter;SecretName=access-log-key)',
      }),
    ).toThrow(/^CONFIG_INVALID: ACCESS_LOG_KEY is a Key Vault reference that App Service could not resolve/);
  });
});
