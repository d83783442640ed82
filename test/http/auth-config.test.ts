import { isLocalAllowed, loadTabAuthConfig, localDevUser } from '../../bot/src/http/auth';
import { loadSettings } from '../../bot/src/config/load-settings';
import { isAppError } from '../../bot/src/shared/errors';

const tenant = '5f2b8a3c-1d4e-4f6a-9b7c-0e1d2c3b4a59';
const client = '8c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const group = 'A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D';

function settingOf(env: Record<string, string>): string {
  try {
    loadTabAuthConfig(env);
  } catch (error) {
    if (isAppError(error, 'CONFIG_INVALID')) return String(error.details.setting);
    throw error;
  }
  throw new Error('configuration was accepted');
}

describe('tab authentication settings', () => {
  test('no client id means local mode with the development user', () => {
    expect(loadTabAuthConfig({ TAB_CLIENT_ID: '' })).toEqual({ mode: 'local', devUser: localDevUser });
  });

  test('local mode is allowed everywhere but production', () => {
    expect([undefined, 'development', 'test', 'production'].map(isLocalAllowed)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  test('the tab reuses the bot registration and tenant unless told otherwise', () => {
    const config = loadTabAuthConfig({
      MICROSOFT_APP_ID: client,
      MICROSOFT_APP_PASSWORD: 's3cret',
      MICROSOFT_APP_TENANT_ID: tenant,
    });
    expect(config).toMatchObject({
      mode: 'entra',
      clientId: client,
      clientSecret: 's3cret',
      tenantId: tenant,
      audiences: [client],
      issuerTemplate: 'https://login.microsoftonline.com/{tenantId}/v2.0',
      jwksUrl: `https://login.microsoftonline.com/${tenant}/discovery/v2.0/keys`,
      graphBaseUrl: 'https://graph.microsoft.com',
    });
  });

  test('ENTRA_AUTHORITY_HOST moves the issuer and key set with it; TAB_AUDIENCES adds the Application ID URI', () => {
    const config = loadTabAuthConfig({
      TAB_CLIENT_ID: client,
      TAB_TENANT_ID: tenant,
      ENTRA_AUTHORITY_HOST: 'http://127.0.0.1:4000/',
      TAB_AUDIENCES: `api://kontaktcenter.ltk.dk/${client}`,
    });
    expect(config).toMatchObject({
      issuerTemplate: 'http://127.0.0.1:4000/{tenantId}/v2.0',
      jwksUrl: `http://127.0.0.1:4000/${tenant}/discovery/v2.0/keys`,
      audiences: [client, `api://kontaktcenter.ltk.dk/${client}`],
    });
  });

  test('ROLE_GROUPS and ROLE_MAP are read as JSON, group ids in lower case, defaults kept', () => {
    const config = loadTabAuthConfig({
      TAB_CLIENT_ID: client,
      TAB_CLIENT_SECRET: 'x',
      TAB_TENANT_ID: tenant,
      ROLE_GROUPS: JSON.stringify({ [group]: 'coordinator' }),
      ROLE_MAP: JSON.stringify({ 'Fagcenter.OKO': 'CØI' }),
    });
    expect(config).toMatchObject({
      roleGroups: { [group.toLowerCase()]: 'coordinator' },
      roleMap: {
        Koordinator: 'coordinator',
        'Fagcenter.COEI': { centerCode: 'CØI' },
        'Fagcenter.OKO': { centerCode: 'CØI' },
      },
    });
  });

  test.each<[string, Record<string, string>, string]>([
    ['a client id without a tenant', { TAB_CLIENT_ID: client }, 'TAB_TENANT_ID'],
    [
      'a tenant that is not a GUID',
      { TAB_CLIENT_ID: client, TAB_TENANT_ID: 'ltk.onmicrosoft.com' },
      'TAB_TENANT_ID',
    ],
    [
      'groups without a client secret',
      { TAB_CLIENT_ID: client, TAB_TENANT_ID: tenant, ROLE_GROUPS: JSON.stringify({ [group]: 'CSO' }) },
      'TAB_CLIENT_SECRET',
    ],
    [
      'ROLE_GROUPS that is not JSON',
      { TAB_CLIENT_ID: client, TAB_TENANT_ID: tenant, ROLE_GROUPS: '{oops' },
      'ROLE_GROUPS',
    ],
    [
      'ROLE_GROUPS keyed by group names',
      { TAB_CLIENT_ID: client, TAB_TENANT_ID: tenant, ROLE_GROUPS: '{"Koordinatorer":"coordinator"}' },
      'ROLE_GROUPS',
    ],
    [
      'ROLE_MAP with an empty role',
      { TAB_CLIENT_ID: client, TAB_TENANT_ID: tenant, ROLE_MAP: '{"Leder":""}' },
      'ROLE_MAP',
    ],
    [
      'an authority that is not a URL',
      { TAB_CLIENT_ID: client, TAB_TENANT_ID: tenant, ENTRA_AUTHORITY_HOST: 'login' },
      'ENTRA_AUTHORITY_HOST',
    ],
    [
      'plain http in production',
      {
        NODE_ENV: 'production',
        TAB_CLIENT_ID: client,
        TAB_TENANT_ID: tenant,
        ENTRA_AUTHORITY_HOST: 'http://127.0.0.1:4000',
      },
      'ENTRA_AUTHORITY_HOST',
    ],
  ])('%s stops start-up naming the setting', (_case, env, setting) => {
    expect(settingOf(env)).toBe(setting);
  });

  test.each<[string, Record<string, string>, string]>([
    [
      'the tenant taken from the bot, not given for the tab',
      { MICROSOFT_APP_ID: client, MICROSOFT_APP_PASSWORD: 'x', TAB_CLIENT_ID: client },
      "TAB_TENANT_ID (not set; taken from MICROSOFT_APP_TENANT_ID) is required for the tab's sign-in with TAB_CLIENT_ID",
    ],
    [
      "the secret taken from the bot's password",
      {
        MICROSOFT_APP_ID: client,
        MICROSOFT_APP_TYPE: 'UserAssignedMSI',
        MICROSOFT_APP_TENANT_ID: tenant,
        ROLE_GROUPS: JSON.stringify({ [group]: 'CSO' }),
      },
      'TAB_CLIENT_SECRET (not set; taken from MICROSOFT_APP_PASSWORD) is required with ROLE_GROUPS',
    ],
  ])(
    'a message about a setting that was not given says where its value came from: %s',
    (_case, env, text) => {
      const run = () => loadTabAuthConfig({ ...env, NODE_ENV: 'production' });
      expect(run).toThrow(text);
    },
  );

  test('a tenant that is no GUID is named once, by the setting that was given', () => {
    let message = '';
    try {
      loadSettings({
        MICROSOFT_APP_ID: client,
        MICROSOFT_APP_PASSWORD: 'x',
        MICROSOFT_APP_TENANT_ID: 'ltk.dk',
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /^CONFIG_INVALID: MICROSOFT_APP_TENANT_ID: must be the Entra directory \(tenant\) id/,
    );
    expect(message).not.toContain('TAB_TENANT_ID');
  });
});
