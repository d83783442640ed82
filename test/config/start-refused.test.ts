import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runUntilExit } from '../integration/server-process';

/**
 * A production start with several settings wrong names them all in one run, so that the operator
 * fixes them in one go instead of learning one per restart (decision 0048).
 */
describe('a production start with three bad settings', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontaktcenter-refused-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test('refuses to start and names all three, each with what is wrong, before storage opens', async () => {
    const sqlite = path.join(dataDir, 'refused.sqlite');
    const exit = await runUntilExit({
      NODE_ENV: 'production',
      // A name where the Entra app id belongs, a tenant given as a domain, and no metrics token.
      MICROSOFT_APP_ID: 'kontaktcenter-bot',
      MICROSOFT_APP_PASSWORD: 'bot-secret',
      MICROSOFT_APP_TENANT_ID: 'ltk.onmicrosoft.com',
      ACCESS_LOG_KEY: 'a-long-secret-for-the-access-log',
      BINDING_ADMINS: '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab',
      METRICS_TOKEN: '',
      SQLITE_FILE: sqlite,
    });
    expect(exit.code).toBe(1);
    expect(exit.stderr).toContain('Invalid configuration: 3 settings are invalid or missing:');
    expect(exit.stderr).toContain(
      `MICROSOFT_APP_ID: must be the bot's Entra application (client) id (a GUID such as 9d3c6a1e-…), not a name or a domain (got "kontaktcenter-bot")`,
    );
    expect(exit.stderr).toContain('MICROSOFT_APP_TENANT_ID: must be the Entra directory (tenant) id');
    expect(exit.stderr).toContain('METRICS_TOKEN is required when NODE_ENV=production');
    // The tab's tenant is the bot's: not a fourth line for the same mistake.
    expect(exit.stderr).not.toContain('TAB_TENANT_ID');
    expect(exit.stderr).not.toContain('bot-secret');
    expect(fs.existsSync(sqlite)).toBe(false);
  }, 60_000);
});
