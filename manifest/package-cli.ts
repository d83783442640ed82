import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../bot/src/config/repo-root';
import { buildPackage, type BuildInput } from './build-package';
import { readSettings } from './settings';

/**
 * `npm run package [-- --dev] [-- --out FILE]`: builds the zip an administrator uploads to Teams.
 * Returns the exit code: 0 built, 1 a setting or a check failed, 2 the command line was wrong.
 */
export interface PackageIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface PackageOptions {
  /** For tests: the bot's commands to check the manifest against. */
  commandWords?: BuildInput['commandWords'];
}

const usage = `Brug: npm run package [-- --dev] [-- --out FIL] [-- --manifest-dir MAPPE]
  --dev           udfyld manglende indstillinger med pladsholdere (kun til lokal prøve)
  --out FIL       hvor pakken skrives (standard: app-package/kontaktcenter-teams.zip)
  --manifest-dir  mappen med manifest.template.json og ikonerne (standard: manifest/)
Indstillinger: MICROSOFT_APP_ID, PUBLIC_HOSTNAME (krævet); TAB_CLIENT_ID, APP_VERSION, TEAMS_APP_ID.`;

interface Args {
  dev: boolean;
  out?: string;
  manifestDir?: string;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { dev: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dev') args.dev = true;
    else if (arg === '--out' || arg === '--manifest-dir') {
      const value = argv[++i];
      if (!value) return `${arg} mangler en værdi`;
      if (arg === '--out') args.out = value;
      else args.manifestDir = value;
    } else return `ukendt argument »${arg}«`;
  }
  return args;
}

export function runPackage(
  argv: string[],
  env: Record<string, string | undefined>,
  io: PackageIo,
  options: PackageOptions = {},
): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`package: ${args}\n${usage}\n`);
    return 2;
  }
  const root = repoRoot(__dirname);
  const packageVersion = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
    .version as string;
  const settings = readSettings(env, { dev: args.dev, packageVersion });
  if (!settings.ok) return fail(io, settings.problems);

  const manifestDir = path.resolve(args.manifestDir ?? path.join(root, 'manifest'));
  const built = buildPackage({
    manifestDir,
    settings: settings.settings,
    ...(options.commandWords ? { commandWords: options.commandWords } : {}),
  });
  if (!built.ok) return fail(io, built.problems);

  const out = path.resolve(args.out ?? defaultPackageFile(root, args.dev));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, built.zip);

  const s = settings.settings;
  io.stdout(
    [
      `Pakken er bygget: ${path.relative(process.cwd(), out) || out} (manifest ${String(built.manifest.manifestVersion)}, version ${s.APP_VERSION})`,
      `  Teams-app-id  ${s.TEAMS_APP_ID}`,
      `  Bot-id        ${s.MICROSOFT_APP_ID}`,
      `  SSO (Entra)   ${s.TAB_CLIENT_ID}`,
      `  Vært          https://${s.PUBLIC_HOSTNAME}`,
      `  Filer         ${built.entries.map((e) => e.name).join(', ')}`,
      args.dev
        ? `Udviklingspakke: ${settings.filledForDev.join(', ') || 'ingen indstillinger'} er pladsholdere; ` +
          'pakken kan ikke bruges i en rigtig tenant.'
        : 'Upload den i Teams Admin Center: Teams-apps > Administrer apps > Upload ny app.',
      '',
    ].join('\n'),
  );
  return 0;
}

/**
 * app-package/, not dist/: `npm run build` empties dist/ (and refuses a dist/ it did not fill), so
 * a package written there was deleted by the next build or stopped it (decision 0049).
 */
const packageDir = 'app-package';

export const defaultPackageFile = (root: string, dev: boolean): string =>
  path.join(root, packageDir, dev ? 'kontaktcenter-teams-dev.zip' : 'kontaktcenter-teams.zip');

function fail(io: PackageIo, problems: string[]): number {
  io.stderr(
    `Pakken blev ikke bygget (${problems.length} fejl):\n` + problems.map((p) => `  - ${p}\n`).join(''),
  );
  return 1;
}
