import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { isAppError } from '../../bot/src/shared/errors';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import { openStore } from '../../bot/src/storage/open-store';
import { newCallback, postCard } from './fixtures';

describe('opening the store', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-open-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the SQLite file is created with its folder, in WAL mode so readers do not wait for the writer', async () => {
    const file = path.join(dir, 'nested', 'data', 'kontaktcenter.sqlite');
    const store = await openStore({ sqliteFile: file }, createMemoryLogger());
    await store.ping();
    await store.close();

    const raw = new BetterSqlite3(file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      raw.close();
    }
  });

  test('an in-memory store works for throwaway use and is empty every time', async () => {
    for (let i = 0; i < 2; i++) {
      const store = await openStore({ sqliteFile: ':memory:' }, createMemoryLogger());
      const { callback } = await store.callbacks.bookCallback(newCallback(), postCard);
      expect(callback.reference).toBe('TB-1001');
      await store.close();
    }
  });

  test('an unreachable PostgreSQL stops start-up with STORAGE_FAILED, without the password in the message', async () => {
    const error: unknown = await openStore(
      { databaseUrl: 'postgres://kc:hemmeligt@127.0.0.1:1/kontaktcenter' },
      createMemoryLogger(),
    ).catch((e: unknown) => e);

    expect(isAppError(error, 'STORAGE_FAILED')).toBe(true);
    expect(String((error as Error).message)).toContain('127.0.0.1:1');
    expect(JSON.stringify(error) + String((error as Error).message)).not.toContain('hemmeligt');
  });
});
