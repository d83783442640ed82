import { readinessCheck } from '../../bot/src/http/readiness';
import { AppError } from '../../bot/src/shared/errors';

const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
const now = new Date('2026-12-07T10:00:00Z');
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);

const store = (parts: {
  ping?: () => Promise<void>;
  probeWrite?: () => Promise<void>;
  lastWriteFailure?: { at: Date; reason: string } | null;
}) => ({
  kind: 'sqlite' as const,
  ping: parts.ping ?? (async () => undefined),
  probeWrite: parts.probeWrite ?? (async () => undefined),
  lastWriteFailure: () => parts.lastWriteFailure ?? null,
});

const never = () => new Promise<void>(() => undefined);
const refuse = (error: unknown) => async () => {
  throw error;
};

describe('readiness names each failing check and why', () => {
  test.each([
    ['all well', {}, 63, {}],
    ['no guides', {}, 0, { knowledge: 'no guides loaded' }],
    [
      'the database does not answer',
      {
        ping: refuse(new Error('connect ECONNREFUSED')),
        probeWrite: refuse(new Error('connect ECONNREFUSED')),
      },
      63,
      { storage: 'connect ECONNREFUSED', write: 'connect ECONNREFUSED' },
    ],
    [
      'reads work, the probe write fails (disk full)',
      { probeWrite: refuse(new AppError('STORAGE_FAILED', 'the database is unavailable: SQLITE_FULL', {})) },
      63,
      { write: 'STORAGE_FAILED: the database is unavailable: SQLITE_FULL' },
    ],
    [
      'the probe fits, but the last real change failed 10 s ago',
      { lastWriteFailure: { at: secondsAgo(10), reason: 'SQLITE_FULL: database or disk is full' } },
      63,
      {
        write: `the last change failed at ${secondsAgo(10).toISOString()}: SQLITE_FULL: database or disk is full`,
      },
    ],
    [
      'a failed change longer ago than the hold, and none since',
      { lastWriteFailure: { at: secondsAgo(61), reason: 'SQLITE_FULL' } },
      63,
      {},
    ],
    [
      'a code is named with the message',
      { probeWrite: refuse(full) },
      63,
      { write: 'SQLITE_FULL: database or disk is full' },
    ],
    ['a check that hangs times out', { ping: never }, 63, { storage: 'timed out after 50 ms' }],
  ])('%s', async (_name, parts, guides, failing) => {
    const check = readinessCheck({
      guideCount: () => guides,
      store: store(parts),
      now: () => now,
      timeoutMs: 50,
      writeFailureHoldMs: 60_000,
    });
    const result = await check();
    expect(result.failing).toEqual(failing);
    expect(result.ready).toBe(Object.keys(failing).length === 0);
    for (const name of Object.keys(failing)) expect(result.checks[name]).toBe(false);
    if (result.ready)
      expect(result.checks).toEqual({ knowledge: '63 guides', storage: 'sqlite', write: 'ok' });
  });
});
