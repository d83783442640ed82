import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A small tmpfs of the test's own, to fill up: a disk that is really full, as the app's SQLite
 * sees it (SQLITE_FULL), not a simulation. Mounting needs root.
 */
export interface Tmpfs {
  dir: string;
  /** Writes a filler file until the file system is full (ENOSPC). */
  fill(): void;
  /** Deletes the filler: the space is back. */
  free(): void;
  unmount(): void;
}

const mount = (args: string[]) => spawnSync(args[0]!, args.slice(1), { encoding: 'utf8' });

function mountAt(dir: string, sizeBytes: number): string | null {
  const result = mount(['mount', '-t', 'tmpfs', '-o', `size=${sizeBytes},mode=0755`, 'tmpfs', dir]);
  return result.status === 0
    ? null
    : (result.stderr || result.error?.message || `exit ${result.status}`).trim();
}

let checked: { available: boolean; missing: string } | undefined;

/** Whether this machine lets the tests mount a tmpfs (root, and a kernel and sandbox that allow it). */
export function tmpfsNeed(): { available: boolean; missing: string } {
  if (checked) return checked;
  if (process.getuid?.() !== 0)
    return (checked = { available: false, missing: 'mounting a tmpfs needs root' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-tmpfs-check-'));
  const problem = mountAt(dir, 1024 * 1024);
  if (problem === null) mount(['umount', dir]);
  fs.rmSync(dir, { recursive: true, force: true });
  checked =
    problem === null
      ? { available: true, missing: '' }
      : { available: false, missing: `cannot mount a tmpfs: ${problem}` };
  return checked;
}

export function mountTmpfs(sizeBytes: number): Tmpfs {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-tmpfs-'));
  const problem = mountAt(dir, sizeBytes);
  if (problem !== null) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`cannot mount a tmpfs at ${dir}: ${problem}`);
  }
  const filler = path.join(dir, 'filler');
  return {
    dir,
    fill() {
      const fd = fs.openSync(filler, 'a');
      try {
        // Big chunks first, then down to one page, so that not even a page is left.
        for (const size of [1024 * 1024, 64 * 1024, 4096, 512]) {
          const chunk = Buffer.alloc(size);
          for (;;) {
            try {
              fs.writeSync(fd, chunk);
            } catch (error) {
              if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
              throw error;
            }
          }
        }
      } finally {
        fs.closeSync(fd);
      }
    },
    free() {
      fs.rmSync(filler, { force: true });
    },
    unmount() {
      mount(['umount', '-l', dir]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
