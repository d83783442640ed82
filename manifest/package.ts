import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { repoRoot } from '../bot/src/config/repo-root';
import { runPackage } from './package-cli';

/**
 * Entry point of `npm run package`. Settings come from the environment; a .env file at the
 * project root fills in those the environment does not set (the environment wins).
 */
function environment(): Record<string, string | undefined> {
  const file = path.join(repoRoot(__dirname), '.env');
  const fromFile = fs.existsSync(file) ? parseEnv(fs.readFileSync(file, 'utf8')) : {};
  return { ...fromFile, ...process.env };
}

process.exitCode = runPackage(process.argv.slice(2), environment(), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
