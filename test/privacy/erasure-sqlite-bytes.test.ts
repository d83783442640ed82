import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import type { Store } from '../../bot/src/storage/store';
import { openStore } from '../../bot/src/storage/open-store';
import { at, claim, newCallback, staff } from '../storage/fixtures';

/**
 * Promise: once the citizen's data is erased, it is gone from the SQLite database files
 * themselves — the main file and the write-ahead log — not only from what queries return.
 */
const citizen = {
  name: 'Gudrun Østergaard-Kvist',
  phone: '87654321',
  description: 'Ønsker hjælp til ansøgning om plejebolig på Ærøvej',
};

/** Every spelling the bytes could hold: as typed, and lower-cased for the search column. */
const needles = [citizen.name, citizen.phone, citizen.description, citizen.name.toLowerCase()].flatMap(
  (text) => [Buffer.from(text, 'utf8'), Buffer.from(text.slice(0, 12), 'utf8')],
);

function filesOf(file: string): string[] {
  return [file, `${file}-wal`, `${file}-journal`].filter((f) => fs.existsSync(f));
}

function leftovers(file: string): string[] {
  const found: string[] = [];
  for (const f of filesOf(file)) {
    const bytes = fs.readFileSync(f);
    for (const needle of needles) {
      if (bytes.includes(needle)) found.push(`${path.basename(f)}: ${needle.toString('utf8')}`);
    }
  }
  return found;
}

describe('erasure leaves nothing behind in the SQLite files', () => {
  let dir: string;
  let file: string;
  let store: Store;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-erasure-'));
    file = path.join(dir, 'kontaktcenter.sqlite');
    store = await openStore({ sqliteFile: file }, createMemoryLogger('warn'));
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function bookAndClose(): Promise<void> {
    const { callback } = await store.callbacks.bookCallback(newCallback({ citizen }), []);
    const claimed = claim(callback, staff, at('2026-09-01T09:00:00Z'));
    expect(await store.callbacks.saveTransition(claimed.updated, 1, claimed.event, [])).toBe(true);
    const closedAt = at('2026-09-01T10:00:00Z');
    const closed = {
      ...claimed.updated,
      status: 'closed' as const,
      outcome: 'resolved' as const,
      closedAt,
      version: 3,
    };
    expect(
      await store.callbacks.saveTransition(
        closed,
        2,
        {
          ...claimed.event,
          action: 'close',
          fromStatus: 'claimed',
          toStatus: 'closed',
          at: closedAt,
          details: {},
        },
        [],
      ),
    ).toBe(true);
  }

  test('the citizen is in the files before erasure (the search below can find it)', async () => {
    await bookAndClose();
    expect(leftovers(file).length).toBeGreaterThan(0);
  });

  test('after retention erases the callback, neither the main file nor the WAL holds name, phone or description', async () => {
    await bookAndClose();
    // Many more rows after it, so that the pages are written more than once.
    for (let i = 0; i < 50; i++) {
      await store.callbacks.bookCallback(
        newCallback({
          citizen: { name: `Borger ${i}`, phone: String(30_000_000 + i), description: 'x'.repeat(200) },
        }),
        [],
      );
    }
    const erased = await store.callbacks.eraseCitizenData(
      at('2026-10-15T00:00:00Z'),
      at('2026-10-15T00:00:00Z'),
    );

    expect(erased).toBe(1);
    expect(leftovers(file)).toEqual([]);
  });

  test('the data is gone too when the pages had long been written back to the main file', async () => {
    await bookAndClose();
    const other = new BetterSqlite3(file);
    other.pragma('wal_checkpoint(TRUNCATE)');
    other.close();
    expect(leftovers(file).some((l) => l.startsWith('kontaktcenter.sqlite:'))).toBe(true);

    await store.callbacks.eraseCitizenData(at('2026-10-15T00:00:00Z'), at('2026-10-15T00:00:00Z'));

    expect(leftovers(file)).toEqual([]);
  });

  test('a database whose erasures were made by an earlier version is cleaned once, when it is upgraded', async () => {
    await bookAndClose();
    await store.close();
    // What the version before this one did: erase by setting NULL, without secure_delete.
    const old = new BetterSqlite3(file);
    old.pragma('secure_delete = OFF');
    old
      .prepare(
        'update callbacks set citizen_name = null, citizen_phone = null, citizen_description = null, search_private = null',
      )
      .run();
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.prepare("delete from kysely_migration where name = '006-erasure-journal'").run();
    old.prepare('drop table erasure_journal').run();
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    expect(leftovers(file).length).toBeGreaterThan(0);

    store = await openStore({ sqliteFile: file }, createMemoryLogger('warn'));

    expect(leftovers(file)).toEqual([]);
    expect((await store.callbacks.listCallbacks({})).length).toBe(1);
  });
});
