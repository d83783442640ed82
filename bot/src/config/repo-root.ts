import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder holding package.json. Source runs from bot/src and the production build from
 * dist/bot/src, so a fixed number of `..` would point at the wrong place in one of them.
 */
export function repoRoot(start: string = __dirname): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}
