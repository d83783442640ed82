import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A small tmpfs for the SQLite file of a disk-full test: filled on demand until the kernel
 * answers ENOSPC, and freed again. Mounting needs root (and a kernel that allows it); the suite
 * that uses it follows the rule for missing services (skip locally, fail in CI).
 */
export interface SmallDisk {
  dir: string;
  /** Takes every free byte; resolves with how many were taken. */
  fill(): number;
  /** Gives the space taken by fill() back. */
  free(): void;
  unmount(): void;
}

export function canMountTmpfs(): { available: boolean; missing: string } {
  const missing = 'mounting a tmpfs needs root (run the suite as root, as CI does)';
  if (process.getuid?.() !== 0) return { available: false, missing };
  try {
    mountTmpfs(1).unmount();
    return { available: true, missing };
  } catch (error) {
    return { available: false, missing: `${missing}: ${(error as Error).message.split('\n')[0]}` };
  }
}

export function mountTmpfs(megabytes: number): SmallDisk {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-small-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'pipe' });
  const filler = path.join(dir, 'filler');
  return {
    dir,
    fill() {
      const chunk = Buffer.alloc(64 * 1024, 1);
      const fd = fs.openSync(filler, 'a');
      let taken = 0;
      try {
        for (;;) taken += fs.writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        fs.closeSync(fd);
      }
      // The last partial block: byte by byte until nothing fits.
      const tail = fs.openSync(filler, 'a');
      try {
        for (;;) taken += fs.writeSync(tail, Buffer.alloc(512, 1));
      } catch {
        // full
      } finally {
        fs.closeSync(tail);
      }
      return taken;
    },
    free() {
      fs.rmSync(filler, { force: true });
    },
    unmount() {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
