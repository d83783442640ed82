import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { keyCheckInput } from '../../bot/src/callbacks/erasure-journal';
import { localDevUser } from '../../bot/src/http/auth';
import { channelOf, testTeam, testUser } from '../support/teams-fixtures';
import { actionData, bookFromGuide, citizen, inThread, postedCard } from '../integration/callback-steps';
import { databaseEnv, databases } from '../integration/databases';
import { startHarness, textOf, type Harness } from '../integration/harness';
import { citizenDataPath, erasePath, tabRequest } from './support/tab-client';

/**
 * Promise (GDPR art. 15 and 17): a coordinator sees everything held about a citizen's phone
 * number and erases it on request. Open and held callbacks are closed as "slettet efter
 * anmodning" — closed, not solved — their holder cleared and their channel card redrawn; the
 * access log and an erasure journal (keyed hashes only) keep the fact, never the data.
 */
const agent = testUser('Alex Wilber');
const hanne = testUser('Hanne Holm');
const bo = testUser('Bo Berg');
const cso = testTeam('Sundhed og Omsorg', ['Tilbagekald'], [hanne, bo]);
const channel = channelOf(cso, 'Tilbagekald');
const contactCenter = testTeam('Kontaktcenter', [], [agent]);
const karen = { ...citizen, citizenName: 'Karen Sørensen', phone: '+45 22 33 44 55' };
const other = { ...citizen, citizenName: 'Peter Poulsen', phone: '33 44 55 66', description: 'Anden borger' };

interface CitizenDataBody {
  phone: string;
  callbacks: {
    callback: { reference: string; status: string; outcome: string | null; holderName: string | null };
    citizen: { name: string; phone: string; description: string };
    history: { action: string }[];
  }[];
  accessLog: { action: string; user: { name: string }; details: Record<string, unknown> | null }[];
}

describe.each(databases)('on %s: a citizen’s data, seen and erased on request', (kind) => {
  let h: Harness;
  let database: Awaited<ReturnType<typeof databaseEnv>>;
  let dir: string;
  const sqliteFile = () => path.join(dir, 'kontaktcenter.sqlite');
  const refs = { open: '', held: '', closed: '', other: '' };
  const ids = { open: '', held: '', closed: '', other: '' };
  const roots = { open: '', held: '', closed: '', other: '' };

  async function book(
    fields: typeof karen,
  ): Promise<{ reference: string; callbackId: string; rootId: string }> {
    const { answer } = await bookFromGuide(h, agent, 'madservice-afbestilling', fields);
    const reference = /TB-\d+/.exec(textOf(answer.body.value))![0];
    const posted = await postedCard(h, channel, reference);
    return { reference, callbackId: posted.callbackId, rootId: posted.thread.activityId };
  }
  const press = async (who: typeof hanne, verb: string, id: string, root: string, extra = {}) => {
    const current = await h.app.store.callbacks.getCallback(id);
    return h.press(
      who,
      verb,
      { callbackId: id, version: current!.version, ...extra },
      inThread(cso, channel, root),
    );
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-rights-'));
    database = await databaseEnv(kind);
    h = await startHarness({
      now: () => new Date(),
      teams: [cso, contactCenter],
      env: { ...(kind === 'sqlite' ? { SQLITE_FILE: sqliteFile() } : {}), ...database.env },
    });
    h.emulator.addUser(agent);
    await h.mention(hanne, cso, channel, 'tilknyt CSO');
    for (const [which, fields] of [
      ['open', karen],
      ['held', karen],
      ['closed', karen],
      ['other', other],
    ] as const) {
      const booked = await book(fields);
      refs[which] = booked.reference;
      ids[which] = booked.callbackId;
      roots[which] = booked.rootId;
    }
    await press(hanne, 'callback.claim', ids.held, roots.held);
    await press(hanne, 'callback.claim', ids.closed, roots.closed);
    await press(hanne, 'callback.close', ids.closed, roots.closed, { outcome: 'resolved' });
  });
  afterAll(async () => {
    await h?.stop();
    await database?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the coordinator sees every callback with that number, its history and the access log, in any spelling', async () => {
    for (const spelling of ['22334455', '+45 22 33 44 55', '0045 2233 4455', ' 22-33-44-55 ']) {
      const { status, body } = await tabRequest<CitizenDataBody>(h.app.url, citizenDataPath(spelling));

      expect(status).toBe(200);
      expect(body.phone).toBe('22334455');
      expect(body.callbacks.map((c) => c.callback.reference)).toEqual([refs.open, refs.held, refs.closed]);
      expect(body.callbacks[0]!.citizen).toEqual({
        name: 'Karen Sørensen',
        phone: '22334455',
        description: citizen.description,
      });
      expect(body.callbacks[2]!.history.map((e) => e.action)).toEqual(['book', 'claim', 'close']);
      expect(body.accessLog.map((l) => l.action)).toContain('read');
      expect(JSON.stringify(body)).not.toContain('Peter Poulsen');
    }
  });

  test('each look-up is itself in the access log', async () => {
    const { body } = await tabRequest<CitizenDataBody>(h.app.url, citizenDataPath('22334455'));

    const lookups = body.accessLog.filter((l) => l.details?.what === 'citizen_data');
    expect(lookups.length).toBeGreaterThanOrEqual(4);
    expect(lookups.at(-1)).toMatchObject({ action: 'read', details: { callbacks: 3 } });
  });

  test('erasing answers with the counts; open and held callbacks are closed as "slettet efter anmodning"', async () => {
    const before = (await tabRequest<CitizenDataBody>(h.app.url, citizenDataPath('22334455'))).body.accessLog
      .length;

    const { status, body } = await tabRequest(h.app.url, erasePath, { post: { phone: '+45 22 33 44 55' } });

    expect(status).toBe(200);
    expect(body).toEqual({
      callbacks: 3,
      closed: 2,
      references: [refs.open, refs.held, refs.closed],
      // The lines before, the look-up just made, and the erasure itself.
      accessLogKept: before + 2,
    });
    const [open, held, closed, untouched] = await Promise.all(
      [ids.open, ids.held, ids.closed, ids.other].map((id) => h.app.store.callbacks.getCallback(id)),
    );
    expect(open).toMatchObject({
      status: 'closed',
      outcome: 'erased_on_request',
      citizen: null,
      holder: null,
    });
    expect(held).toMatchObject({
      status: 'closed',
      outcome: 'erased_on_request',
      citizen: null,
      holder: null,
    });
    expect(closed).toMatchObject({ status: 'closed', outcome: 'resolved', citizen: null });
    expect(untouched).toMatchObject({ status: 'open', citizen: { name: 'Peter Poulsen' } });
  });

  test('the channel cards of the closed ones are redrawn through the outbox: no holder, no reopen, the new outcome', async () => {
    for (const root of [roots.open, roots.held]) {
      const update = await h.emulator.waitFor(
        (r) =>
          r.route === 'updateActivity' &&
          r.activityId === root &&
          textOf(r.body).includes('Slettet efter anmodning'),
        10_000,
      );
      const card = textOf(update.body);
      expect(card).not.toContain('Karen Sørensen');
      expect(card).not.toContain('Hanne Holm');
      expect(() => actionData(JSON.parse(card), 'callback.reopen')).toThrow();
    }
  });

  test('the agent who booked them is told they are closed', async () => {
    const note = await h.emulator.waitFor(
      (r) =>
        r.method === 'POST' &&
        textOf(r.body).includes(refs.held) &&
        textOf(r.body).includes('Slettet efter anmodning'),
      10_000,
    );
    expect(textOf(note.body)).not.toContain('Karen Sørensen');
  });

  test('afterwards nothing is held about the number but the access log, which records the erasure', async () => {
    const { body } = await tabRequest<CitizenDataBody>(h.app.url, citizenDataPath('22 33 44 55'));

    expect(body.callbacks).toEqual([]);
    expect(body.accessLog.at(-1)).toMatchObject({
      action: 'delete',
      user: { name: localDevUser.name },
      details: { what: 'citizen_erasure', callbacks: 3, closed: 2 },
    });
    expect(JSON.stringify(body)).not.toContain('Karen');
  });

  test('the history of an erased callback says who erased it and why', async () => {
    const events = await h.app.store.callbacks.events(ids.held);

    expect(events.at(-1)).toMatchObject({
      action: 'erase',
      fromStatus: 'claimed',
      toStatus: 'closed',
      details: { reason: 'request', outcome: 'erased_on_request' },
    });
  });

  test('the former holder’s refresh shows no citizen data, and nobody can reopen it', async () => {
    const refresh = await press(hanne, 'callback.refresh', ids.held, roots.held);
    expect(textOf(refresh.body.value)).not.toContain('Karen Sørensen');
    expect(textOf(refresh.body.value)).not.toContain('22 33 44 55');

    const reopen = await press(bo, 'callback.reopen', ids.open, roots.open);
    expect(textOf(reopen.body.value)).toContain(
      'slettet efter anmodning, så tilbagekaldet kan ikke genåbnes',
    );
    expect((await h.app.store.callbacks.getCallback(ids.open))?.status).toBe('closed');
  });

  test('the statistics count them as closed, not as solved', async () => {
    const { body } = await tabRequest<{
      totals: { closed: number; solvedOnCall: number; open: number; claimed: number };
    }>(h.app.url, '/api/tab/overview');

    expect(body.totals).toMatchObject({ closed: 3, solvedOnCall: 0, open: 1, claimed: 0 });
  });

  test('the erasure journal names the citizen by keyed hash only, in the database and in the log', async () => {
    const journal = await h.app.store.erasures.since(new Date(0));

    expect(journal).toEqual([
      {
        id: expect.any(String),
        at: expect.any(Date),
        reason: 'request',
        citizenKey: h.citizenKey('22334455'),
        // The same keyed hash of a fixed text: re-applying with another key is refused.
        keyCheck: h.citizenKey(keyCheckInput),
        callbacks: 3,
      },
    ]);
    const logged = h.app.logs.filter((l) => l.event === 'erasure.journal');
    expect(logged).toEqual([
      expect.objectContaining({ id: journal[0]!.id, reason: 'request', callbacks: 3 }),
    ]);
    expect(JSON.stringify([journal, logged])).not.toMatch(/22334455|Karen/);
  });

  if (kind === 'sqlite') {
    test('the database files themselves (main file and WAL) no longer hold the name, phone or description', () => {
      const files = [sqliteFile(), `${sqliteFile()}-wal`].filter((f) => fs.existsSync(f));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const bytes = fs.readFileSync(file);
        for (const text of ['Karen Sørensen', 'karen sørensen', '22334455', citizen.description]) {
          expect([file, bytes.includes(Buffer.from(text, 'utf8'))]).toEqual([file, false]);
        }
      }
      // The other citizen's data is still there: the search finds what is present.
      expect(files.some((f) => fs.readFileSync(f).includes(Buffer.from('Peter Poulsen', 'utf8')))).toBe(true);
    });
  } else {
    test('PostgreSQL has vacuumed the callbacks table after the erasure', async () => {
      const url = database.env.DATABASE_URL!;
      const schema = /search_path=([^&\s]+)/.exec(decodeURIComponent(url))![1]!;
      const client = new Client({ connectionString: url.split('?')[0] });
      await client.connect();
      try {
        const { rows } = await client.query<{ last_vacuum: Date | null; n_dead_tup: number }>(
          "select last_vacuum, n_dead_tup from pg_stat_user_tables where schemaname = $1 and relname = 'callbacks'",
          [schema],
        );
        expect(rows[0]?.last_vacuum).toBeInstanceOf(Date);
      } finally {
        await client.end();
      }
    });
  }
});
