import fs from 'node:fs';
import path from 'node:path';
import { createMetrics } from '../../bot/src/metrics/app-metrics';

/**
 * The deployment guide and the runbook are what operators have at 3 a.m.: a setting the server
 * reads but the guide does not explain, or a metric the runbook does not name, is a gap there.
 */
const repo = path.resolve(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(repo, file), 'utf8');

/** The keys of the `envSchema = z.object({...})` literal in a config module. */
function settingsOf(file: string): string[] {
  const source = read(file);
  const start = source.indexOf('const envSchema = z.object({');
  const end = source.indexOf('\n});', start);
  if (start < 0 || end < 0) throw new Error(`no envSchema in ${file}`);
  return [...source.slice(start, end).matchAll(/^\s{2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!);
}

const envExampleKeys = () => [...read('.env.example').matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!);

describe('docs/deploy.md explains every setting', () => {
  const deploy = read('docs/deploy.md');
  const settings = [
    ...new Set([
      ...settingsOf('bot/src/config/config.ts'),
      ...settingsOf('bot/src/http/auth/tab-auth-config.ts'),
      ...envExampleKeys(),
    ]),
  ];

  test('the settings are found in the sources', () => {
    expect(settings).toEqual(expect.arrayContaining(['DATABASE_URL', 'TAB_CLIENT_ID', 'METRICS_TOKEN']));
  });

  test.each(settings)('%s', (setting) => {
    expect(deploy).toMatch(new RegExp(`\\| \`${setting}\` +\\|`));
  });
});

describe('docs/runbook.md names every metric', () => {
  const runbook = read('docs/runbook.md');
  // The app's own series; prom-client's process series are documented as a family.
  const metrics = createMetrics();
  const names = [metrics.registry, metrics.storageRegistry].flatMap((r) =>
    r.getMetricsAsArray().map((m) => m.name),
  );

  test.each(names)('%s', (name) => {
    expect(runbook).toContain(`\`${name}\``);
  });
});
