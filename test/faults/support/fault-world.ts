import { randomUUID } from 'node:crypto';
import { newFormKey } from '../../../bot/src/callbacks/form-key';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Client } from 'pg';
import { deliveryMessages } from '../../../bot/src/texts/delivery';
import { databaseEnv, type DatabaseKind } from '../../integration/databases';
import { actionData, citizen } from '../../integration/callback-steps';
import { cardOf, channelReadEnv, harnessClient, textOf, type HarnessClient } from '../../integration/harness';
import { startServerProcess, type ServerProcess } from '../../integration/server-process';
import { startConnectorEmulator } from '../../support/connector-emulator';
import {
  channelOf,
  testTeam,
  testUser,
  type TeamsChannel,
  type TeamsTeam,
  type TeamsUser,
} from '../../support/teams-fixtures';

/**
 * The app as `npm start` runs it, in processes a fault test kills and starts again, against the
 * connector emulator (Teams, and Graph when the permission is granted) and one database that
 * outlives the processes: a SQLite file, or a schema of its own on the shared PostgreSQL.
 */
export interface Place {
  code: string;
  team: TeamsTeam;
  channel: TeamsChannel;
}

export interface Booking {
  reference: string;
  place: Place;
  at: number;
}

export interface RunningApp {
  process: ServerProcess;
  client: HarnessClient;
  /** When the process was spawned (the restart). */
  spawnedAt: number;
}

export interface WorldOptions {
  database: DatabaseKind;
  /** The team owners granted ChannelMessage.Read.Group (the emulator's Graph reads the channels). */
  channelRead: boolean;
  /** Live centers, each with its own team and bound channel. */
  centers?: string[];
  agents?: number;
  /** Settings for every process of this world (e.g. OUTBOX_TEAMS_TIMEOUT_MS). */
  env?: Record<string, string>;
  /** A folder for the SQLite file (e.g. a small tmpfs); default a temporary folder. */
  sqliteDir?: string;
}

export type FaultWorld = Awaited<ReturnType<typeof startWorld>>;

export async function startWorld(options: WorldOptions) {
  const staff = testUser('Hanne Holm');
  const places: Place[] = (options.centers ?? ['CSO', 'CSI', 'CBAK']).map((code) => {
    const team = testTeam(`Fagcenter ${code}`, ['Tilbagekald'], [staff]);
    return { code, team, channel: channelOf(team, 'Tilbagekald') };
  });
  const agents = Array.from({ length: options.agents ?? 10 }, (_, i) =>
    testUser(`Agent${i + 1} Kontaktcenter`),
  );
  const emulator = await startConnectorEmulator({ teams: places.map((p) => p.team) });
  for (const agent of agents) emulator.addUser(agent);
  if (options.channelRead) for (const p of places) emulator.graph.grant(p.team.aadGroupId!);
  const ownDir = options.sqliteDir ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'kc-faults-'));
  const sqliteFile = path.join(options.sqliteDir ?? ownDir!, 'faults.sqlite');
  const database =
    options.database === 'sqlite'
      ? { env: { SQLITE_FILE: sqliteFile }, drop: async () => undefined }
      : await databaseEnv('postgres');
  const env: Record<string, string> = {
    ...database.env,
    INSTANCE_ID: `faults-${randomUUID().slice(0, 8)}`,
    OUTBOX_POLL_MS: '100',
    ...(options.channelRead ? channelReadEnv(emulator) : {}),
    ...options.env,
  };
  const processes: ServerProcess[] = [];
  let bound = false;

  async function start(extra: Record<string, string> = {}): Promise<RunningApp> {
    const spawnedAt = Date.now();
    const server = await startServerProcess({ ...env, ...extra }, { startTimeoutMs: 60_000 });
    processes.push(server);
    const app = { process: server, client: harnessClient(server.url, emulator), spawnedAt };
    if (!bound) {
      for (const p of places) {
        const { replies } = await app.client.mention(staff, p.team, p.channel, `tilknyt ${p.code}`);
        if (!textOf(replies).includes(`tilknyttet ${p.code}`)) throw new Error(`${p.code} was not bound`);
      }
      bound = true;
    }
    return app;
  }

  /** The booking form's hidden fields per agent, opened once (they carry no state). */
  const forms = new Map<string, Record<string, unknown>>();
  async function formOf(app: RunningApp, agent: TeamsUser, place: Place) {
    const key = `${agent.id}/${place.code}`;
    if (!forms.has(key)) {
      const { replies } = await app.client.say(agent, `tilbagekald ${place.code}`);
      forms.set(key, actionData(cardOf(replies[0]!), 'callback.book'));
    }
    return forms.get(key)!;
  }

  let phone = 0;
  /** Posts the emulator has stored but not answered yet: under way, as far as the app knows. */
  const postsUnderWay = () =>
    emulator
      .requestsFor('createConversation')
      .filter(
        (r) =>
          r.fault &&
          !('status' in r.fault) &&
          'delayMs' in r.fault &&
          r.time.getTime() + r.fault.delayMs > Date.now(),
      ).length;

  /**
   * Every agent books back to back, `perAgent` times. With `kill`, the process is killed (SIGKILL)
   * once `after` bookings are acknowledged and at least `underWay` posts are under way. Returns
   * the bookings acknowledged: the agent saw a reference, so the callback must reach the channel.
   */
  async function burst(
    app: RunningApp,
    options: { perAgent: number; kill?: { after: number; underWay: number } },
  ): Promise<Booking[]> {
    const acknowledged: Booking[] = [];
    let killed: Promise<unknown> | undefined;
    const { kill } = options;
    const watch = kill
      ? (async () => {
          while (acknowledged.length < kill.after || postsUnderWay() < kill.underWay) {
            await new Promise((r) => setTimeout(r, 5));
          }
          killed = app.process.kill('SIGKILL');
          await killed;
        })()
      : Promise.resolve();
    await Promise.all(
      agents.map(async (agent, i) => {
        const place = places[i % places.length]!;
        // The process may die while an agent is still opening the form.
        const form = await formOf(app, agent, place).catch(() => null);
        for (let k = 0; form && k < options.perAgent && !killed; k++) {
          const fields = {
            ...citizen,
            phone: `2${String(++phone).padStart(7, '0')}`,
            idempotencyKey: newFormKey(),
          };
          const answer = await app.client
            .press(agent, 'callback.book', { ...form, ...fields })
            .catch(() => null);
          const reference = /\bTB-\d+\b/.exec(JSON.stringify(answer?.body?.value ?? ''))?.[0];
          if (!answer || answer.status !== 200 || !reference) continue;
          acknowledged.push({ reference, place, at: Date.now() });
        }
      }),
    );
    await watch;
    return acknowledged;
  }

  /** Cards per reference at the emulator: plain, and those with the line saying "maybe twice". */
  function cards(): Map<string, { plain: number; marked: number }> {
    const counts = new Map<string, { plain: number; marked: number }>();
    for (const p of places) {
      for (const t of emulator.threadsIn(p.channel.id)) {
        const text = textOf(t.activity);
        for (const reference of new Set(text.match(/\bTB-\d+\b/g) ?? [])) {
          const c = counts.get(reference) ?? { plain: 0, marked: 0 };
          if (text.includes(deliveryMessages.resent)) c.marked += 1;
          else c.plain += 1;
          counts.set(reference, c);
        }
      }
    }
    return counts;
  }

  /**
   * When each reference got its first Teams call after the restart: its post, or (read through
   * Graph and found there, so never posted again) the moment the app found it.
   */
  function firstAttemptsSince(app: RunningApp): Map<string, number> {
    const first = new Map<string, number>();
    const note = (reference: string, at: number) => {
      if (at >= app.spawnedAt && at < (first.get(reference) ?? Infinity)) first.set(reference, at);
    };
    for (const r of emulator.requestsFor('createConversation')) {
      for (const reference of new Set(textOf(r.body).match(/\bTB-\d+\b/g) ?? []))
        note(reference, r.time.getTime());
    }
    for (const l of app.process.logs) {
      if (l.event === 'callback.post_found') note(String(l.reference), Date.parse(String(l.time)));
    }
    return first;
  }

  /** From the restart to the first attempt of the last of `references` (Infinity: one never came). */
  function lastFirstAttempt(app: RunningApp, references: readonly string[]): number {
    const first = firstAttemptsSince(app);
    return Math.max(0, ...references.map((r) => (first.get(r) ?? Infinity) - app.spawnedAt));
  }

  /**
   * Read from the database itself: the references stored, card posts not yet sent, and those of
   * them whose send was under way (marked in flight) when the process died.
   */
  async function stored(): Promise<{
    references: string[];
    pendingPosts: number;
    inFlight: number;
    /** Callbacks whose card post is not sent (due, or under way when the process died). */
    unsent: string[];
  }> {
    const references = 'select reference from callbacks';
    const unsent = `select c.reference from outbox o join callbacks c on c.id = o.callback_id
      where o.kind = 'post_callback' and o.status <> 'sent'`;
    const counts = `select count(*) as pending, count(in_flight_at) as in_flight from outbox
      where kind = 'post_callback' and status <> 'sent'`;
    type Counts = { pending: number | string; in_flight: number | string };
    type Ref = { reference: string };
    const result = (refs: Ref[], c: Counts, waiting: Ref[]) => ({
      references: refs.map((r) => r.reference),
      pendingPosts: Number(c.pending),
      inFlight: Number(c.in_flight),
      unsent: waiting.map((r) => r.reference),
    });
    if (options.database === 'sqlite') {
      const db = new BetterSqlite3(sqliteFile, { readonly: true });
      try {
        return result(
          db.prepare(references).all() as Ref[],
          db.prepare(counts).get() as Counts,
          db.prepare(unsent).all() as Ref[],
        );
      } finally {
        db.close();
      }
    }
    const client = new Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      const refs = (await client.query<Ref>(references)).rows;
      const waiting = (await client.query<Ref>(unsent)).rows;
      return result(refs, (await client.query<Counts>(counts)).rows[0]!, waiting);
    } finally {
      await client.end();
    }
  }

  /** Waits until every booking has a card and no card post is left in the outbox. */
  async function drained(bookings: readonly Booking[], timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const counts = cards();
      const missing = bookings.filter((b) => !counts.has(b.reference));
      if (missing.length === 0 && (await stored()).pendingPosts === 0) return;
      if (Date.now() > until) {
        const pending = (await stored()).pendingPosts;
        throw new Error(
          `not drained in ${timeoutMs} ms: ${missing.length} without a card, ${pending} posts pending`,
        );
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  return {
    emulator,
    places,
    agents,
    staff,
    env,
    start,
    burst,
    cards,
    lastFirstAttempt,
    stored,
    drained,
    async close() {
      await Promise.all(processes.map((p) => p.kill('SIGKILL')));
      await emulator.close();
      await database.drop();
      if (ownDir) fs.rmSync(ownDir, { recursive: true, force: true });
    },
  };
}

/** What the fault tests and the benchmark count after a run. */
export function tally(world: FaultWorld, bookings: readonly Booking[]) {
  const counts = world.cards();
  let lost = 0;
  let duplicated = 0;
  let marked = 0;
  for (const b of bookings) {
    const c = counts.get(b.reference) ?? { plain: 0, marked: 0 };
    if (c.plain + c.marked === 0) lost += 1;
    // A second card without the line is the one thing no mode allows.
    duplicated += Math.max(0, c.plain - 1);
    marked += c.marked;
  }
  return { lost, duplicated, marked };
}
