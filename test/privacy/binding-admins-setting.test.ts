import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../bot/src/config/config';
import { isAppError } from '../../bot/src/shared/errors';
import { runUntilExit } from '../integration/server-process';
import { startLocalIssuer, type LocalIssuer } from '../support/entra/local-issuer';
import { productionEnv } from './support/production-app';

/**
 * Promise: a production server names who may bind and move channels (BINDING_ADMINS, Entra object
 * ids) or does not start; a value that is not a list of object ids is refused with the setting named.
 */
describe('BINDING_ADMINS', () => {
  let issuer: LocalIssuer;
  let dir: string;
  beforeAll(async () => {
    issuer = await startLocalIssuer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontaktcenter-admins-'));
  });
  afterAll(async () => {
    await issuer.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const settingRefused = (env: Record<string, string>): string | undefined => {
    try {
      loadConfig(env);
      return undefined;
    } catch (error) {
      return isAppError(error) ? `${String(error.details.setting)}: ${error.message}` : String(error);
    }
  };

  test('production without it is refused, naming the setting', () => {
    expect(settingRefused(productionEnv(issuer, dir, { BINDING_ADMINS: undefined }))).toBe(
      'BINDING_ADMINS: CONFIG_INVALID: BINDING_ADMINS is required when NODE_ENV=production',
    );
  });

  test('the server process does not start without it', async () => {
    const { code, stderr } = await runUntilExit(productionEnv(issuer, dir, { BINDING_ADMINS: undefined }));
    expect(code).toBe(1);
    expect(stderr).toContain('BINDING_ADMINS is required when NODE_ENV=production');
  }, 60_000);

  test.each(['anne@ltk.dk', 'Anne Admin', '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab, hanne'])(
    '%j is not a list of Entra object ids and is refused',
    (value) => {
      expect(settingRefused({ BINDING_ADMINS: value })).toMatch(/^BINDING_ADMINS: .*Entra object ids/);
    },
  );

  test('object ids separated by commas or spaces are read, in any case', () => {
    const config = loadConfig({
      BINDING_ADMINS: '6F1C2D3E-4A5B-4C6D-8E7F-0123456789AB, 11111111-2222-4333-8444-555555555555 ',
    });
    expect(config.bindingAdmins).toEqual([
      '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab',
      '11111111-2222-4333-8444-555555555555',
    ]);
  });
});
