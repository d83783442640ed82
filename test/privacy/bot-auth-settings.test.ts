import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../bot/src/config/config';
import { isAppError } from '../../bot/src/shared/errors';
import { startLocalIssuer, type LocalIssuer } from '../support/entra/local-issuer';
import { productionEnv } from './support/production-app';

/**
 * Promise: the keys that decide whether an activity is from Teams are fetched over https in
 * production, and checking a token is bounded by a setting that cannot be turned off.
 */
describe('the bot endpoint’s authentication settings', () => {
  let issuer: LocalIssuer;
  let dir: string;
  beforeAll(async () => {
    issuer = await startLocalIssuer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontaktcenter-botauth-'));
  });
  afterAll(async () => {
    await issuer.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const refusal = (env: Record<string, string>) => {
    try {
      loadConfig(env);
      return null;
    } catch (error) {
      return isAppError(error) ? String(error.details.setting) : String(error);
    }
  };

  test('production uses the Bot Framework’s metadata over https by default', () => {
    const config = loadConfig(productionEnv(issuer, dir));
    expect(config.botAuth).toEqual({
      openIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
      timeoutMs: 5000,
    });
  });

  test('production refuses metadata over plain http', () => {
    expect(
      refusal(productionEnv(issuer, dir, { BOT_OPENID_METADATA_URL: 'http://login.example/meta' })),
    ).toBe('BOT_OPENID_METADATA_URL');
  });

  test.each(['0', '100', '60000', 'soon'])('BOT_AUTH_TIMEOUT_MS=%s is refused (0.5–30 s)', (value) => {
    expect(refusal({ BOT_AUTH_TIMEOUT_MS: value })).toBe('BOT_AUTH_TIMEOUT_MS');
  });
});
