import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describeNeeding } from '../support/describe-needing';

/**
 * scripts/azure/*.sh are what an administrator runs against the municipality's subscription
 * (decision 0050): they cannot be run here, so what can be checked offline is checked.
 */
const dir = path.resolve(__dirname, '..', '..', 'scripts', 'azure');
const scripts = fs.readdirSync(dir).filter((f) => f.endsWith('.sh'));
const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;

describeNeeding(
  { available: hasShellcheck, missing: 'shellcheck not found: apt-get install shellcheck' },
  'the Azure scripts',
  () => {
    test.each(scripts)('%s is clean under shellcheck', (name) => {
      execFileSync('shellcheck', ['-x', name], { cwd: dir, stdio: 'pipe' });
    });
  },
);

describe('the Azure scripts', () => {
  test('every numbered step stops at the first error and reads the same settings', () => {
    const steps = scripts.filter((s) => /^\d-/.test(s));
    expect(steps.length).toBeGreaterThanOrEqual(8);
    for (const step of steps) {
      expect(read(step)).toMatch(/^#!\/usr\/bin\/env bash\n/);
      expect(read(step)).toContain('source "$(dirname "$0")/lib.sh"');
    }
    expect(read('lib.sh')).toContain('set -euo pipefail');
  });

  test('the runtime is Node 24 LTS, checked against what App Service offers before it is used', () => {
    expect(read('settings.example.sh')).toMatch(/^RUNTIME="NODE:24-lts"/m);
    expect(read('1-app-service.sh')).toContain('az webapp list-runtimes --os-type linux');
  });

  test('the Azure Bot is single-tenant and secrets reach the app only as Key Vault references', () => {
    expect(read('4-bot.sh')).toContain('--app-type SingleTenant');
    const settings = read('5-app-settings.sh');
    for (const secret of ['MICROSOFT_APP_PASSWORD', 'DATABASE_URL', 'ACCESS_LOG_KEY', 'METRICS_TOKEN']) {
      expect(settings).toMatch(new RegExp(`${secret}="\\$\\(ref [a-z-]+\\)"`));
    }
  });

  test('the tab sign-in pre-authorises the same Microsoft clients the deployment guide lists', () => {
    const guid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
    const deploy = fs.readFileSync(path.resolve(dir, '..', '..', 'docs', 'deploy.md'), 'utf8');
    const table = deploy.slice(
      deploy.indexOf('| Client id'),
      deploy.indexOf('In Outlook and the Microsoft 365 app'),
    );
    const listed = [...new Set(table.match(guid))].sort();
    const script = read('4-bot.sh');
    const added = [
      ...new Set(script.slice(script.indexOf('clients=('), script.indexOf('pre=""')).match(guid)),
    ].sort();
    // Teams (2), the Microsoft 365 app (3, one shared with Outlook desktop), Outlook web and mobile.
    expect(listed).toHaveLength(7);
    expect(added).toEqual(listed);
  });
});
