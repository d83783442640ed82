import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { callbackCardMessages } from '../../bot/src/texts/callback-cards';
import { harnessClient, type HarnessClient } from '../integration/harness';
import { startServerProcess, type ServerProcess } from '../integration/server-process';
import { startConnectorEmulator, type ConnectorEmulator } from '../support/connector-emulator';
import { describeNeeding } from '../support/describe-needing';
import {
  bindChannels,
  bookingScene,
  newBooking,
  openBookingForm,
  pressBook,
  waitForCards,
  type BookingAnswer,
} from './support/booking-load';
import { readyz, waitForReadiness } from './support/readiness';
import { mountTmpfs, tmpfsNeed, type Tmpfs } from './support/tmpfs';

const unsaved = callbackCardMessages.unsaved;
const scene = bookingScene(2);

describeNeeding(tmpfsNeed(), 'the disk under SQLite runs full, then space returns', () => {
  let disk: Tmpfs;
  let emulator: ConnectorEmulator;
  let app: ServerProcess;
  let client: HarnessClient;
  const file = () => path.join(disk.dir, 'kontaktcenter.sqlite');

  beforeAll(async () => {
    disk = mountTmpfs(16 * 1024 * 1024);
    emulator = await startConnectorEmulator({ teams: scene.teams });
    // A lease of 24 s (3 × the outbox's Teams timeout) outlasts the full disk, so a card posted
    // just before is recorded as posted once the space is back, not posted again.
    app = await startServerProcess({
      SQLITE_FILE: file(),
      OUTBOX_POLL_MS: '200',
      OUTBOX_TEAMS_TIMEOUT_MS: '8000',
      LOG_LEVEL: 'info',
    });
    client = harnessClient(app.url, emulator);
  }, 60_000);

  afterAll(async () => {
    await app?.kill();
    await emulator?.close();
    disk?.unmount();
  });

  test('bookings are refused with the form and a Danish line, readiness names the write check, nothing acknowledged is lost', async () => {
    const agent = scene.agents[0]!;
    await bindChannels(app.url, emulator, scene.staff[0]!, scene.places);
    const form = await openBookingForm(client, agent, scene.places[0]!.code);
    const acknowledged: string[] = [];
    const book = async (data = newBooking(form)) => {
      const answer = await pressBook(client, agent, data);
      if (answer.kind === 'acknowledged') acknowledged.push(answer.reference);
      return { data, answer };
    };
    for (let i = 0; i < 5; i++) expect((await book()).answer.kind).toBe('acknowledged');

    disk.fill();
    // What fits in the space SQLite's log already holds is still saved; then bookings fail.
    let refused: { data: Record<string, unknown>; answer: BookingAnswer } | undefined;
    for (let i = 0; i < 200 && !refused; i++) {
      const attempt = await book();
      if (attempt.answer.kind !== 'acknowledged') refused = attempt;
    }
    expect(refused?.answer.kind).toBe('form_again');
    const again = refused!.answer as Extract<BookingAnswer, { kind: 'form_again' }>;
    expect(again.text).toContain(unsaved.booking);
    // The agent's input is still on the form, with the same key, so pressing again books once.
    for (const field of ['citizenName', 'phone', 'topic', 'description'] as const)
      expect(again.data[field]).toBe(refused!.data[field]);
    expect(again.data.idempotencyKey).toBe(refused!.data.idempotencyKey);

    const notReady = await readyz(app.url);
    expect(notReady.status).toBe(503);
    expect(notReady.body.checks?.write).toBe(false);
    expect(notReady.body.failing?.write).toMatch(/SQLITE_FULL|disk is full/);
    expect(app.child.exitCode).toBeNull();

    disk.free();
    expect((await book(again.data)).answer.kind).toBe('acknowledged');
    await waitForReadiness(app.url, (r) => r.status === 200, 30_000);
    for (let i = 0; i < 5; i++) expect((await book()).answer.kind).toBe('acknowledged');
    expect(app.child.exitCode).toBeNull();

    const references = [...new Set(acknowledged)];
    const counts = await waitForCards(emulator, scene.places, references, 60_000);
    expect(references.filter((r) => !counts.has(r))).toEqual([]);
    expect([...counts].filter(([, n]) => n !== 1)).toEqual([]);

    expect(await app.kill('SIGTERM')).toBe(0);
    const db = new BetterSqlite3(file(), { readonly: true });
    try {
      const stored = new Set(
        (db.prepare('select reference from callbacks').all() as { reference: string }[]).map(
          (r) => r.reference,
        ),
      );
      expect(references.filter((r) => !stored.has(r))).toEqual([]);
    } finally {
      db.close();
    }
  }, 180_000);
});
