import type { Store } from '../storage/store';

export interface Readiness {
  ready: boolean;
  /** Each check: what it found when it passes (a count, the database kind), false when it fails. */
  checks: Record<string, boolean | string>;
  /** Why each failing check failed, data-free (an error code and message, "timed out"). */
  failing: Record<string, string>;
}

export interface ReadinessSources {
  guideCount: () => number;
  store: Pick<Store, 'kind' | 'ping' | 'probeWrite' | 'lastWriteFailure'>;
  now?: () => Date;
  /** A check that takes longer fails: a probe must not hang while the database does. */
  timeoutMs?: number;
  /** How long a failed real write keeps the write check failing, unless a write succeeds sooner. */
  writeFailureHoldMs?: number;
}

const readinessDefaults = { timeoutMs: 3_000, writeFailureHoldMs: 60_000 };

/**
 * GET /readyz: guides loaded, the database answers a read, and it takes a write. The write check
 * is a small committed probe plus the outcome of the app's own last write: a full disk can refuse
 * every booking while the probe's one row still fits in the space SQLite's log already holds.
 */
export function readinessCheck(sources: ReadinessSources): () => Promise<Readiness> {
  const now = sources.now ?? (() => new Date());
  const timeoutMs = sources.timeoutMs ?? readinessDefaults.timeoutMs;
  const holdMs = sources.writeFailureHoldMs ?? readinessDefaults.writeFailureHoldMs;

  const check = async (probe: () => Promise<void>): Promise<string | null> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(`timed out after ${timeoutMs} ms`), timeoutMs);
    });
    try {
      return await Promise.race([probe().then(() => null, reasonOf), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  return async () => {
    const guides = sources.guideCount();
    const [read, probe] = await Promise.all([check(sources.store.ping), check(sources.store.probeWrite)]);
    const lastFailure = sources.store.lastWriteFailure();
    const recentFailure =
      lastFailure && now().getTime() - lastFailure.at.getTime() < holdMs
        ? `the last change failed at ${lastFailure.at.toISOString()}: ${lastFailure.reason}`
        : null;
    const write = probe ?? recentFailure;
    const failing: Record<string, string> = {};
    if (guides === 0) failing.knowledge = 'no guides loaded';
    if (read) failing.storage = read;
    if (write) failing.write = write;
    return {
      ready: Object.keys(failing).length === 0,
      checks: {
        knowledge: guides > 0 ? `${guides} guides` : false,
        storage: read ? false : sources.store.kind,
        write: write ? false : 'ok',
      },
      failing,
    };
  };
}

function reasonOf(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown } | null;
  const message = typeof e?.message === 'string' ? e.message : String(error);
  return (
    typeof e?.code === 'string' && !message.startsWith(e.code) ? `${e.code}: ${message}` : message
  ).slice(0, 300);
}
