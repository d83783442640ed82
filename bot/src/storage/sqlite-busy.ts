import { setTimeout as sleep } from 'node:timers/promises';

/**
 * better-sqlite3 is synchronous: while SQLite's busy handler waits for another connection's
 * write lock it blocks the whole event loop, so a second connection in the same process (tests,
 * or a tool next to the server) could never release its lock. The busy timeout is therefore
 * short, and waiting happens here, asynchronously, with jitter so contenders do not collide in step.
 */
export const sqliteBusyTimeoutMs = 20;
const giveUpAfterMs = 15_000;

function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

export async function retryWhileBusy<T>(fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isSqliteBusy(error) || Date.now() - started > giveUpAfterMs) throw error;
      await sleep(1 + Math.random() * Math.min(50, 2 * attempt));
    }
  }
}
