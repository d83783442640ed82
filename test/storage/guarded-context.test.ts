import { unsavedOutcome } from '../../bot/src/shared/errors';
import type { Db, Dialect, SqlContext } from '../../bot/src/storage/sql-context';
import { guardedContext } from '../../bot/src/storage/storage-failure';

const sqliteError = (code: string) => Object.assign(new Error(code.toLowerCase()), { code });

/** A context whose transaction runs `fn` and then fails or not at commit, as told. */
function fakeContext(dialect: Dialect, commit: () => void = () => undefined): SqlContext {
  const db = {} as Db;
  return {
    dialect,
    db,
    schema: undefined,
    write: async (fn) => {
      const result = await fn(db);
      commit();
      return result;
    },
    run: (fn) => fn(db),
    migrationLock: (fn) => fn(),
    forgetErased: async () => undefined,
    close: async () => undefined,
  };
}

describe('what a failed change tells the caller', () => {
  test.each(['SQLITE_BUSY', 'SQLITE_FULL', 'SQLITE_IOERR_WRITE'])(
    'SQLite %s inside the transaction: STORAGE_FAILED, nothing saved, remembered for readiness',
    async (code) => {
      const { ctx, health } = guardedContext(fakeContext('sqlite'));
      const error = await ctx
        .write(async () => {
          throw sqliteError(code);
        })
        .catch((e: unknown) => e);
      expect(unsavedOutcome(error)).toBe('no');
      expect(health.lastFailure()?.reason).toContain(code);
      await ctx.write(async () => 'ok');
      expect(health.lastFailure()).toBeNull();
    },
  );

  test('SQLite failing at the commit saved nothing (it commits in this process)', async () => {
    const { ctx } = guardedContext(
      fakeContext('sqlite', () => {
        throw sqliteError('SQLITE_FULL');
      }),
    );
    expect(unsavedOutcome(await ctx.write(async () => 1).catch((e: unknown) => e))).toBe('no');
  });

  test("PostgreSQL's connection breaking at the commit: it may have committed", async () => {
    const { ctx } = guardedContext(
      fakeContext('postgres', () => {
        throw new Error('Connection terminated unexpectedly');
      }),
    );
    expect(unsavedOutcome(await ctx.write(async () => 1).catch((e: unknown) => e))).toBe('unknown');
  });

  test('PostgreSQL failing before the commit: nothing saved', async () => {
    const { ctx } = guardedContext(fakeContext('postgres'));
    const error = await ctx
      .write(async () => {
        throw Object.assign(new Error('terminating connection due to administrator command'), {
          code: '57P01',
        });
      })
      .catch((e: unknown) => e);
    expect(unsavedOutcome(error)).toBe('no');
  });

  test('an error about the data passes unchanged (the repositories handle unique keys)', async () => {
    const { ctx, health } = guardedContext(fakeContext('postgres'));
    const unique = Object.assign(new Error('duplicate key'), { code: '23505' });
    await expect(
      ctx.write(async () => {
        throw unique;
      }),
    ).rejects.toBe(unique);
    expect(health.lastFailure()).toBeNull();
  });
});
