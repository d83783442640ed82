import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The production build: `npm run build`, then `npm run start:built` (`node dist/bot/src/main.js`)
 * runs the server without tsx or TypeScript. tsc compiles bot/src with tsconfig.build.json (the
 * card templates come along as JSON), then the tab bundle is built when tab/build.ts exists.
 * test/build/production-build.test.ts runs this same script and talks to the result.
 *
 *   npm run build                      # dist/ and tab/dist/
 *   npm run build -- --out-dir DIR --skip-tab
 */
export interface BuildOptions {
  /** Relative to the repository; default dist. The entry is then OUT/bot/src/main.js. */
  outDir?: string;
  /** Build the tab bundle too (when tab/build.ts exists); default true. */
  tab?: boolean;
  log?: (line: string) => void;
}

export interface BuildResult {
  outDir: string;
  entry: string;
  /** Data files copied next to the compiled code (card templates). */
  assets: string[];
  tab: 'built' | 'absent' | 'skipped';
}

const repo = path.resolve(__dirname, '..');
const sourceDir = path.join(repo, 'bot', 'src');

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const log = options.log ?? ((line: string) => process.stdout.write(line + '\n'));
  const outDir = path.resolve(repo, options.outDir ?? 'dist');
  clean(outDir);

  log(`build: compiling bot/src into ${path.relative(repo, outDir) || outDir}`);
  const tsc = require.resolve('typescript/bin/tsc');
  await run(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', outDir], 'tsc');

  // tsc emits the JSON it sees imported; copy every data file anyway, so that one read from disk
  // at run time (rather than imported) is not silently missing from the build.
  const assets = dataFiles(sourceDir).map((file) => {
    const target = path.join(outDir, path.relative(repo, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
    return path.relative(repo, file);
  });

  const entry = path.join(outDir, 'bot', 'src', 'main.js');
  if (!fs.existsSync(entry)) throw new Error(`build: ${entry} was not produced`);

  fs.writeFileSync(path.join(outDir, marker), 'Built by scripts/build.ts; emptied by each build.\n');

  const tab = await buildTab(options.tab ?? true, log);
  log(`build: done; start it with: node ${path.relative(process.cwd(), entry)}`);
  return { outDir, entry, assets, tab };
}

/** Marks a folder as ours, so that a rebuild may empty it (stale files must not linger). */
const marker = '.kontaktcenter-build';

function clean(outDir: string): void {
  if (!fs.existsSync(outDir)) return;
  const entries = fs.readdirSync(outDir);
  if (entries.length > 0 && !entries.includes(marker)) {
    throw new Error(
      `refusing to build into ${outDir}: it holds files that no build put there (delete it, or choose another --out-dir)`,
    );
  }
  fs.rmSync(outDir, { recursive: true, force: true });
}

/**
 * Builds the tab bundle with tab/build.ts's exported `buildTab` (it writes tab/dist, which the
 * server serves). Loaded by a computed path: the tab may not be part of a checkout, which is
 * not an error. A tab/build.ts without that export is run as a script, as `npm run tab:build`.
 */
async function buildTab(wanted: boolean, log: (line: string) => void): Promise<BuildResult['tab']> {
  const script = path.join(repo, 'tab', 'build.ts');
  if (!wanted) {
    log('build: tab bundle skipped (--skip-tab)');
    return 'skipped';
  }
  if (!fs.existsSync(script)) {
    log('build: tab/build.ts not found; no tab bundle built');
    return 'absent';
  }
  log('build: building the tab bundle (tab/build.ts)');
  const tab = (await import(script)) as { buildTab?: (options?: { minify?: boolean }) => Promise<unknown> };
  if (typeof tab.buildTab !== 'function')
    await run(process.execPath, ['--import', 'tsx', script], 'tab build');
  else
    await tab.buildTab({ minify: true }).catch((error: unknown) => {
      throw new Error(`tab build failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  return 'built';
}

function dataFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => path.join(dir, name))
    .sort();
}

function run(command: string, args: string[], what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += String(d)));
    child.stderr.on('data', (d) => (output += String(d)));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${what} failed (${signal ?? `exit ${code}`}):\n${output.trim()}`));
    });
  });
}

export function parseArgs(argv: readonly string[]): BuildOptions {
  const options: BuildOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--skip-tab') options.tab = false;
    else if (arg === '--out-dir' && argv[i + 1]) options.outDir = argv[++i];
    else throw new Error(`unknown argument "${arg}" (use --out-dir DIR, --skip-tab)`);
  }
  return options;
}

if (require.main === module) {
  Promise.resolve()
    .then(() => build(parseArgs(process.argv.slice(2))))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
