import os from 'node:os';
import { loadConfig } from '../../bot/src/config/config';
import { loadTabAuthConfig } from '../../bot/src/http/auth';
import { AppError } from '../../bot/src/shared/errors';
import { channelReaderSettings } from '../../bot/src/teams/graph/channel-reader-settings';

const tenant = '8f2b7c1e-5d4a-4e3b-9c2d-1a0b9c8d7e6f';
const app = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';

describe('outbox settings (decisions 0032, 0033)', () => {
  test('by default: an 8 s Teams timeout, the host name as instance id, no channel reading', () => {
    expect(loadConfig({}).outbox).toEqual({
      teamsTimeoutMs: 8_000,
      instanceId: os.hostname(),
      channelMessageRead: false,
    });
  });

  test('App Service’s instance id is the default instance id; INSTANCE_ID wins over it', () => {
    expect(loadConfig({ WEBSITE_INSTANCE_ID: 'a1b2c3' }).outbox.instanceId).toBe('a1b2c3');
    expect(loadConfig({ WEBSITE_INSTANCE_ID: 'a1b2c3', INSTANCE_ID: 'kc-1' }).outbox.instanceId).toBe('kc-1');
  });

  test.each([
    [{ INSTANCE_ID: 'kc#1' }, 'INSTANCE_ID'],
    [{ INSTANCE_ID: 'kc 1' }, 'INSTANCE_ID'],
    [{ OUTBOX_TEAMS_TIMEOUT_MS: '500' }, 'OUTBOX_TEAMS_TIMEOUT_MS'],
    [{ CHANNEL_MESSAGE_READ_GRANTED: 'ja' }, 'CHANNEL_MESSAGE_READ_GRANTED'],
  ])('%j is refused, naming the setting', (env, setting) => {
    expect(() => loadConfig(env)).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ setting }) }),
    );
  });

  test('reading channels needs the Entra app of the manifest with its secret; local mode is refused', () => {
    const granted = loadConfig({ CHANNEL_MESSAGE_READ_GRANTED: 'true' });
    const local = loadTabAuthConfig({});
    expect(() => channelReaderSettings(granted, local)).toThrow(AppError);
    expect(() => channelReaderSettings(granted, local)).toThrow(/CHANNEL_MESSAGE_READ_GRANTED=true needs/);

    const bot = { MICROSOFT_APP_ID: app, MICROSOFT_APP_PASSWORD: 'secret', MICROSOFT_APP_TENANT_ID: tenant };
    expect(channelReaderSettings(granted, loadTabAuthConfig(bot))).toEqual({
      tenantId: tenant,
      clientId: app,
      clientSecret: 'secret',
      authorityHost: 'https://login.microsoftonline.com',
      graphBaseUrl: 'https://graph.microsoft.com',
    });
    expect(channelReaderSettings(loadConfig({}), loadTabAuthConfig(bot))).toBeNull();
  });
});
