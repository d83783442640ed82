import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Callback } from '../../bot/src/callbacks/callback';
import { citizenKeyFor } from '../../bot/src/callbacks/citizen-key';
import { eraseCitizen } from '../../bot/src/callbacks/erase-citizen';
import { eraseExpiredCitizenData } from '../../bot/src/callbacks/erase-expired';
import type { CallbackDeps } from '../../bot/src/callbacks/callback-deps';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import type { Store } from '../../bot/src/storage/store';
import { openStore } from '../../bot/src/storage/open-store';
import { newCallback, staff } from '../storage/fixtures';
import { databaseTargets, type AppDatabase } from '../tab-api/support/databases';

/**
 * Promise: an erasure survives the restore of a backup taken before it. Every erasure is in a
 * journal of keyed hashes (in the database and, as `erasure.journal` lines, in the log), and
 * `npm run erasures -- reapply --since <backup time>` makes each one again in the restored
 * database. Here the "restored backup" is a second database holding the data as it was before
 * the erasures, and the journal comes from `erasures export` of the first, or from its log.
 */
const execFileAsync = promisify(execFile);
const repo = path.resolve(__dirname, '..', '..');
const key = 'erasure-journal-test-key-0123456789';
const now = new Date('2026-11-10T09:00:00Z');
const backupTime = '2026-11-09T23:00:00Z';
const karen = { name: 'Karen Sørensen', phone: '22334455', description: 'Ønsker madservice' };
const peter = { name: 'Peter Poulsen', phone: '33445566', description: 'Venter på svar' };
const ole = { name: 'Ole Olsen', phone: '44556677', description: 'Gammel sag om boligstøtte' };

async function cli(database: AppDatabase, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await execFileAsync(
      process.execPath,
      [
        path.join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        path.join(repo, 'bot/src/cli/erasures.ts'),
        ...args,
      ],
      {
        cwd: repo,
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'test',
          LOG_LEVEL: 'warn',
          ACCESS_LOG_KEY: key,
          ...database.env,
          ...env,
        },
        timeout: 60_000,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const openOn = (database: AppDatabase): Promise<Store> =>
  openStore(
    database.env.DATABASE_URL
      ? { databaseUrl: database.env.DATABASE_URL }
      : { sqliteFile: database.env.SQLITE_FILE! },
    createMemoryLogger('warn'),
  );

/** The same callbacks in any database: Karen's open and closed ones, Peter's, and Ole's from September. */
async function seed(store: Store): Promise<Record<string, Callback>> {
  const book = async (citizen: typeof karen, bookedAt: string) =>
    (await store.callbacks.bookCallback(newCallback({ citizen, bookedAt: new Date(bookedAt) }), [])).callback;
  const close = async (callback: Callback, at: string) => {
    const closedAt = new Date(at);
    const claimed = {
      ...callback,
      status: 'claimed' as const,
      holder: staff,
      claimedAt: closedAt,
      version: 2,
    };
    const event = { callbackId: callback.id, at: closedAt, actor: staff, details: {} };
    await store.callbacks.saveTransition(
      claimed,
      1,
      { ...event, action: 'claim', fromStatus: 'open', toStatus: 'claimed' },
      [],
    );
    const closed = {
      ...claimed,
      status: 'closed' as const,
      outcome: 'resolved' as const,
      closedAt,
      version: 3,
    };
    await store.callbacks.saveTransition(
      closed,
      2,
      { ...event, action: 'close', fromStatus: 'claimed', toStatus: 'closed' },
      [],
    );
  };
  const karenOpen = await book(karen, '2026-11-05T08:00:00Z');
  const karenClosed = await book(karen, '2026-11-02T08:00:00Z');
  await close(karenClosed, '2026-11-03T08:00:00Z');
  const peterOpen = await book(peter, '2026-11-06T08:00:00Z');
  const oleOld = await book(ole, '2026-09-01T08:00:00Z');
  await close(oleOld, '2026-09-02T08:00:00Z');
  return { karenOpen, karenClosed, peterOpen, oleOld };
}

describe.each(databaseTargets())('re-applying erasures to a restored backup, on $name', (target) => {
  let dir: string;
  let live: AppDatabase;
  let liveLog: ReturnType<typeof createMemoryLogger>;
  let exported: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-reapply-'));
    live = await target.fresh();
    const store = await openOn(live);
    liveLog = createMemoryLogger('info');
    const deps: Pick<CallbackDeps, 'store' | 'citizenKey' | 'now' | 'logger' | 'outboxChanged'> = {
      store,
      citizenKey: citizenKeyFor(key),
      now: () => now,
      logger: liveLog,
      outboxChanged: () => undefined,
    };
    await seed(store);
    // After the backup: Karen asks to be erased, and retention erases Ole's September callback.
    await eraseCitizen(deps, karen.phone, { id: 'aad-coordinator', name: 'Karin Koordinator' });
    await eraseExpiredCitizenData(deps as CallbackDeps, 30);
    await store.close();
    const out = await cli(live, ['export', '--since', backupTime]);
    expect(out.code).toBe(0);
    exported = path.join(dir, 'journal.jsonl');
    fs.writeFileSync(exported, out.stdout);
  });
  afterAll(async () => {
    await target.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the export holds one line per erasure, with keyed hashes and no personal data', () => {
    const lines = fs
      .readFileSync(exported, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);

    // Both were made at the same (fixed) moment, so their order is the id's.
    expect(lines).toHaveLength(2);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          event: 'erasure.journal',
          reason: 'request',
          callbacks: 2,
          citizenKey: citizenKeyFor(key)(karen.phone),
        }),
        expect.objectContaining({
          event: 'erasure.journal',
          reason: 'retention',
          callbacks: 1,
          closedBefore: '2026-10-11T09:00:00.000Z',
        }),
      ]),
    );
    expect(fs.readFileSync(exported, 'utf8')).not.toMatch(/22334455|44556677|Karen|Ole/);
  });

  test.each([
    ['the export of the old database', () => exported],
    [
      'the app’s log (the copy that outlives a lost database)',
      () => {
        const file = path.join(dir, 'app-log.jsonl');
        fs.writeFileSync(
          file,
          [{ event: 'server.listening' }, ...liveLog.lines].map((l) => JSON.stringify(l)).join('\n') +
            '\nnot json\n',
        );
        return file;
      },
    ],
  ])(
    'reapply with %s erases in the restored database what was erased after the backup',
    async (_source, journalFile) => {
      const restored = await target.fresh();
      let store = await openOn(restored);
      const before = await seed(store);
      await store.close();

      const out = await cli(restored, ['reapply', '--since', backupTime, '--journal', journalFile()]);

      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
      expect(JSON.parse(out.stdout)).toEqual({ since: '2026-11-09T23:00:00.000Z', entries: 2, callbacks: 3 });
      store = await openOn(restored);
      try {
        const after = async (c: Callback) => (await store.callbacks.getCallback(c.id))!;
        expect(await after(before.karenOpen!)).toMatchObject({
          citizen: null,
          status: 'closed',
          outcome: 'erased_on_request',
        });
        expect(await after(before.karenClosed!)).toMatchObject({ citizen: null, outcome: 'resolved' });
        expect(await after(before.oleOld!)).toMatchObject({ citizen: null });
        expect(await after(before.peterOpen!)).toMatchObject({ citizen: peter, status: 'open' });
        // The restored database's journal now has the entries too, for a later restore.
        expect((await store.erasures.since(new Date(0))).map((e) => e.reason).sort()).toEqual([
          'request',
          'retention',
        ]);
        // The card is redrawn; the agent, told at the time, is not told a second time.
        const sent = (await store.outbox.listForCallback(before.karenOpen!.id)).map((e) => e.kind);
        expect(sent).toEqual(['update_card']);
      } finally {
        await store.close();
      }
      if (restored.env.SQLITE_FILE) {
        for (const file of [restored.env.SQLITE_FILE, `${restored.env.SQLITE_FILE}-wal`].filter(
          fs.existsSync,
        )) {
          const bytes = fs.readFileSync(file);
          for (const text of [karen.name, karen.phone, karen.description, ole.name, ole.description]) {
            expect([file, text, bytes.includes(Buffer.from(text))]).toEqual([file, text, false]);
          }
        }
      }
    },
  );

  test('a journal written with another ACCESS_LOG_KEY is refused before anything changes', async () => {
    const restored = await target.fresh();
    let store = await openOn(restored);
    const before = await seed(store);
    await store.close();

    const out = await cli(restored, ['reapply', '--since', backupTime, '--journal', exported], {
      ACCESS_LOG_KEY: 'another-key-entirely-0123456789',
    });

    expect(out.code).toBe(1);
    expect(out.stderr).toContain('ACCESS_LOG_KEY');
    store = await openOn(restored);
    try {
      expect((await store.callbacks.getCallback(before.karenOpen!.id))?.citizen).toEqual(karen);
      expect((await store.callbacks.getCallback(before.oleOld!.id))?.citizen).toEqual(ole);
    } finally {
      await store.close();
    }
  });

  test('erasures made before --since are not applied again by it', async () => {
    const restored = await target.fresh();
    let store = await openOn(restored);
    const before = await seed(store);
    await store.close();

    const out = await cli(restored, ['reapply', '--since', '2026-11-10T10:00:00Z', '--journal', exported]);

    expect(JSON.parse(out.stdout)).toMatchObject({ entries: 0, callbacks: 0 });
    store = await openOn(restored);
    try {
      expect((await store.callbacks.getCallback(before.karenOpen!.id))?.citizen).toEqual(karen);
    } finally {
      await store.close();
    }
  });

  test.each([
    [['reapply'], 'reapply kræver --since'],
    [['reapply', '--since', 'i går'], '--since skal være et tidspunkt med tidszone'],
    [['slet'], 'ukendt kommando: slet'],
  ])('%j is refused with a Danish reason and the usage', async (args, reason) => {
    const out = await cli(live, args);

    expect(out.code).toBe(2);
    expect(out.stderr).toContain(reason);
    expect(out.stderr).toContain('Brug:');
  });
});
