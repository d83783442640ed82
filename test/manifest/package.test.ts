import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { commandWords } from '../../bot/src/chat/parse-command';
import { defaultPackageFile, runPackage, type PackageOptions } from '../../manifest/package-cli';
import { teamsAppIdFor } from '../../manifest/settings';
import { validateAgainstSchema } from '../../manifest/validate-schema';
import { readZip } from '../../manifest/zip';
import { png, solid } from './png-fixtures';

const repo = path.resolve(__dirname, '..', '..');
const manifestDir = path.join(repo, 'manifest');
const appId = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';
const clientId = '7d6b2b1e-4f0a-4c5e-9a1b-2c3d4e5f6a7b';
const env = { MICROSOFT_APP_ID: appId, PUBLIC_HOSTNAME: 'kontaktcenter.ltk.dk', TAB_CLIENT_ID: clientId };

// The manifest as parsed JSON: the tests read and break it freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'teams-package-'));

/** `npm run package` in process: exit code, what it printed, and the zip it wrote (if any). */
function build(
  options: { env?: Record<string, string>; args?: string[]; dir?: string } & PackageOptions = {},
) {
  const out = path.join(tmp(), 'kontaktcenter-teams.zip');
  let stdout = '';
  let stderr = '';
  const code = runPackage(
    ['--out', out, ...(options.dir ? ['--manifest-dir', options.dir] : []), ...(options.args ?? [])],
    options.env ?? env,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
    options.commandWords ? { commandWords: options.commandWords } : {},
  );
  const zip = fs.existsSync(out) ? readZip(fs.readFileSync(out)) : null;
  return { code, stdout, stderr, zip };
}

/** A copy of manifest/ with one thing changed. */
function manifestCopy(change: (dir: string) => void): string {
  const dir = path.join(tmp(), 'manifest');
  fs.cpSync(manifestDir, dir, { recursive: true, filter: (f) => !f.endsWith('.ts') });
  change(dir);
  return dir;
}

const editTemplate = (edit: (m: Json) => void) => (dir: string) => {
  const file = path.join(dir, 'manifest.template.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(json);
  fs.writeFileSync(file, JSON.stringify(json));
};

describe('npm run package: a valid package', () => {
  let built: ReturnType<typeof build>;
  let manifest: Json;
  beforeAll(() => {
    built = build();
    manifest = JSON.parse(built.zip!.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
  });

  test('holds the manifest, both icons and the English strings, at the root of the zip', () => {
    expect(built.code).toBe(0);
    expect(built.stderr).toBe('');
    expect(built.zip!.map((e) => e.name)).toEqual(['manifest.json', 'color.png', 'outline.png', 'en.json']);
    for (const icon of ['color.png', 'outline.png']) {
      expect(built.zip!.find((e) => e.name === icon)!.data).toEqual(
        fs.readFileSync(path.join(manifestDir, icon)),
      );
    }
  });

  test('is filled from the settings, with no placeholder left', () => {
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('${{');
    expect(manifest.id).toBe(teamsAppIdFor(appId));
    expect(manifest.bots[0].botId).toBe(appId);
    expect(manifest.webApplicationInfo).toEqual({
      id: clientId,
      resource: `api://kontaktcenter.ltk.dk/${clientId}`,
    });
    expect(manifest.validDomains).toEqual(['kontaktcenter.ltk.dk']);
    expect(manifest.staticTabs.find((t: { entityId: string }) => t.entityId === 'overblik')).toMatchObject({
      name: 'Overblik',
      contentUrl: 'https://kontaktcenter.ltk.dk/tab',
    });
    expect(manifest.configurableTabs[0].configurationUrl).toBe('https://kontaktcenter.ltk.dk/tab/config');
    expect(manifest.version).toBe(
      JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).version,
    );
  });

  test("the packaged files conform to Microsoft's schemas", () => {
    expect(validateAgainstSchema('manifest', 'manifest.json', manifest, manifest.manifestVersion)).toEqual(
      [],
    );
    const en = JSON.parse(built.zip!.find((e) => e.name === 'en.json')!.data.toString('utf8'));
    expect(validateAgainstSchema('localization', 'en.json', en, manifest.manifestVersion)).toEqual([]);
  });

  test('offers agents and channels the commands the bot answers', () => {
    const titles = (scope: string) =>
      manifest.bots[0].commandLists
        .find((l: { scopes: string[] }) => l.scopes.includes(scope))
        .commands.map((c: { title: string }) => c.title);
    expect(titles('personal').sort()).toEqual(['centre', 'hjælp', 'mine', 'søg', 'tilbagekald', 'vis']);
    expect(titles('team').sort()).toEqual(['hjælp', 'søg', 'tilknyt']);
  });

  test('asks for no resource-specific permission unless CHANNEL_MESSAGE_READ_GRANTED=true', () => {
    expect(manifest.authorization).toBeUndefined();
  });

  test('with CHANNEL_MESSAGE_READ_GRANTED=true it asks the team owners for ChannelMessage.Read.Group, valid by the schema', () => {
    const granted = build({ env: { ...env, CHANNEL_MESSAGE_READ_GRANTED: 'true' } });
    const withRead = JSON.parse(granted.zip!.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));

    expect(granted.code).toBe(0);
    expect(withRead.authorization).toEqual({
      permissions: { resourceSpecific: [{ name: 'ChannelMessage.Read.Group', type: 'Application' }] },
    });
    // The consent is given to the app of webApplicationInfo: the one the server asks Graph as.
    expect(withRead.webApplicationInfo.id).toBe(clientId);
    expect(validateAgainstSchema('manifest', 'manifest.json', withRead, withRead.manifestVersion)).toEqual(
      [],
    );
    expect(build({ env: { ...env, CHANNEL_MESSAGE_READ_GRANTED: 'ja' } }).stderr).toContain(
      'CHANNEL_MESSAGE_READ_GRANTED skal være true eller false',
    );
  });

  test('tells the administrator where to upload it', () => {
    expect(built.stdout).toContain('Pakken er bygget');
    expect(built.stdout).toContain('Upload ny app');
  });

  test('--dev builds a package without a tenant, and says it is not for one', () => {
    const dev = build({ env: {}, args: ['--dev'] });
    expect(dev.code).toBe(0);
    expect(dev.stdout).toContain('Udviklingspakke: MICROSOFT_APP_ID, PUBLIC_HOSTNAME er pladsholdere');
  });
});

describe('npm run package: what it refuses', () => {
  const opaqueOutline = png(solid(32, [255, 255, 255, 255]));
  test.each<[string, Parameters<typeof build>[0], string]>([
    [
      'a manifest that breaks the schema',
      { dir: manifestCopy(editTemplate((m) => (m.name.short = 'Kontaktcenter for Lyngby-Taarbæk'))) },
      'manifest.json: /name/short must NOT have more than 30 characters',
    ],
    [
      'a colour icon of the wrong size',
      {
        dir: manifestCopy((d) =>
          fs.writeFileSync(path.join(d, 'color.png'), png(solid(96, [15, 91, 120, 255]))),
        ),
      },
      'color.png er 96x96 pixel; farveikonet skal være 192x192',
    ],
    [
      'an outline icon without a transparent background',
      { dir: manifestCopy((d) => fs.writeFileSync(path.join(d, 'outline.png'), opaqueOutline)) },
      'outline.png har ingen gennemsigtig baggrund',
    ],
    [
      'a menu command the bot has no handler for',
      {
        dir: manifestCopy(
          editTemplate((m) =>
            m.bots[0].commandLists[0].commands.push({ title: 'eksporter', description: 'Eksportér' }),
          ),
        ),
      },
      'kommandoen »eksporter« i commandLists[0] (personal) har ingen handler i botten',
    ],
    [
      'a bot command missing from the menu',
      { commandWords: { ...commandWords, export: ['eksporter'] } },
      'Botten har kommandoen »eksporter« (commandWords.export), men den står ikke i nogen kommandoliste',
    ],
    ['a missing setting', { env: { MICROSOFT_APP_ID: appId } }, 'Mangler indstillingen PUBLIC_HOSTNAME'],
    [
      'a malformed setting',
      { env: { ...env, TAB_CLIENT_ID: 'kontaktcenter-tab' } },
      'TAB_CLIENT_ID skal være et GUID',
    ],
    [
      'a placeholder with no setting behind it',
      { dir: manifestCopy(editTemplate((m) => (m.developer.websiteUrl = 'https://${{WEBSITE}}'))) },
      'pladsholderen ${{WEBSITE}} har ingen værdi',
    ],
    [
      'a translation of a field the manifest does not have',
      {
        dir: manifestCopy((d) => {
          const file = path.join(d, 'en.json');
          const en = JSON.parse(fs.readFileSync(file, 'utf8'));
          fs.writeFileSync(file, JSON.stringify({ ...en, 'staticTabs[5].name': 'Reports' }));
        }),
      },
      'en.json: »staticTabs[5].name« oversætter et felt, som manifestet ikke har',
    ],
    [
      'a missing icon file',
      { dir: manifestCopy((d) => fs.rmSync(path.join(d, 'outline.png'))) },
      'outline.png: ikonet, som manifestet nævner (icons.outline), findes ikke',
    ],
  ])('%s: a clear message, exit code 1 and no zip', (_what, options, message) => {
    const result = build(options);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Pakken blev ikke bygget');
    expect(result.stderr).toContain(message);
    expect(result.zip).toBeNull();
  });

  test('reports every problem at once, not only the first', () => {
    const dir = manifestCopy((d) => {
      fs.writeFileSync(path.join(d, 'outline.png'), opaqueOutline);
      editTemplate((m) => (m.accentColor = 'blue'))(d);
    });
    const result = build({ dir });
    expect(result.stderr).toContain('outline.png har ingen gennemsigtig baggrund');
    expect(result.stderr).toContain('/accentColor must match pattern');
  });

  test('an unknown argument is a usage error (exit code 2)', () => {
    const result = build({ args: ['--devv'] });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ukendt argument »--devv«');
  });
});

describe('npm run package as a process', () => {
  const run = promisify(execFile);
  const tsx = path.join(repo, 'node_modules', '.bin', 'tsx');

  test('exits 0 and writes the zip where asked', async () => {
    const out = path.join(tmp(), 'app.zip');
    await run(tsx, ['manifest/package.ts', '--out', out], { cwd: repo, env: { ...process.env, ...env } });
    expect(readZip(fs.readFileSync(out)).map((e) => e.name)).toContain('manifest.json');
  });

  test('exits non-zero and names the missing setting', async () => {
    // An empty setting in the environment wins over a .env file, and counts as missing.
    const failed = await run(tsx, ['manifest/package.ts', '--out', path.join(tmp(), 'x.zip')], {
      cwd: repo,
      env: { ...process.env, MICROSOFT_APP_ID: appId, PUBLIC_HOSTNAME: '' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Mangler indstillingen PUBLIC_HOSTNAME'),
    });
  });
});

describe('npm run package: channels', () => {
  test('the app does not opt in to private and shared channels (team membership decides who acts)', () => {
    const built = build();
    const manifest = JSON.parse(built.zip!.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
    expect(manifest.supportsChannelFeatures).toBeUndefined();
    expect(manifest.bots[0].scopes).toContain('team');
  });
});

describe('npm run package: a host name given with capitals', () => {
  test('is lower-cased in the Application ID URI, the tab URLs and validDomains', () => {
    const built = build({ env: { ...env, PUBLIC_HOSTNAME: 'Kontaktcenter.LTK.dk' } });
    expect(built.code).toBe(0);
    const manifest = JSON.parse(built.zip!.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
    expect(manifest.webApplicationInfo.resource).toBe(`api://kontaktcenter.ltk.dk/${clientId}`);
    expect(manifest.validDomains).toEqual(['kontaktcenter.ltk.dk']);
    expect(JSON.stringify(manifest)).not.toMatch(/[A-Z][A-Za-z]*\.LTK/);
    expect(built.stdout).toContain('https://kontaktcenter.ltk.dk');
  });
});

describe('npm run package: where the zip goes (decision 0049)', () => {
  test.each([false, true])(
    'app-package/, never inside dist/, which every `npm run build` empties (dev package: %s)',
    (dev) => {
      const file = path.relative(repo, defaultPackageFile(repo, dev));
      expect(file).toMatch(/^app-package\/kontaktcenter-teams(-dev)?\.zip$/);
      expect(file.startsWith(`dist${path.sep}`)).toBe(false);
    },
  );

  test('the folder is ignored by git, as dist/ is', () => {
    const ignored = fs.readFileSync(path.join(repo, '.gitignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['app-package/', 'dist/']));
  });
});
