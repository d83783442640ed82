import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { newFormKey } from '../bot/src/callbacks/form-key';
import type { Center } from '../bot/src/centers/center';
import { loadCenters } from '../bot/src/centers/load-centers';
import { centerStatus } from '../bot/src/centers/wave-plan';
import { loadGuides } from '../bot/src/guides/load-guides';
import { actionData, citizen, inThread } from '../test/integration/callback-steps';
import { cardOf, textOf, type HarnessClient } from '../test/integration/harness';
import { testConfig } from '../test/integration/test-app';
import {
  channelOf,
  testTeam,
  testUser,
  type TeamsTeam,
  type TeamsUser,
} from '../test/support/teams-fixtures';
import { startProcessHarness } from './app-process-harness';
import { cpuMsSince, elapsedMs, summarize, type Latency } from './table';

export interface CallbackBenchOptions {
  agents: number;
  bookingsPerAgent: number;
  /** Bookings per center channel in the paced phase, one every `pacedIntervalMs` per channel. */
  pacedPerChannel: number;
  pacedIntervalMs: number;
  /**
   * Then every agent books one callback every `openLoopIntervalMs` whatever the answers do (an
   * open loop: 20 agents every 100 ms is 200 bookings/s), `openLoopPerAgent` times.
   */
  openLoopPerAgent: number;
  openLoopIntervalMs: number;
  /** Channel members who claim the burst's callbacks, all at once. */
  claimers: number;
  /** How long to wait for the dispatcher to post every card before counting them lost. */
  cardWaitMs: number;
}

export const callbackBenchDefaults: CallbackBenchOptions = {
  agents: 20,
  bookingsPerAgent: 25,
  pacedPerChannel: 25,
  // 4 posts a second per channel stays under Teams' 7 per second; 25 stay under 60 per 30 s.
  pacedIntervalMs: 250,
  openLoopPerAgent: 25,
  openLoopIntervalMs: 100,
  claimers: 20,
  cardWaitMs: 240_000,
};

export interface CallbackBenchResult {
  /** Booking latency at the open loop's fixed rate. */
  openLoop: Latency;
  openLoopPerSecond: number;
  /** Back to back: as fast as the app answers (its capacity). */
  bookings: Latency;
  bookingsPerSecond: number;
  /** During the burst, per booking: the app's process, and the emulator and agents (this one). */
  appCpuPerBookingMs: number;
  cpuPerBookingMs: number;
  claims: Latency;
  cardPaced: Latency;
  cardBurst: Latency;
  failedBookings: number;
  failedClaims: number;
  /** Card deliveries given back to the outbox by the rate limiter, per delivery made. */
  deferredPerCard: number;
  lost: number;
  duplicated: number;
  centers: string[];
}

interface Booking {
  reference: string;
  ms: number;
  /** Wall clock at the start of the request, to compare with the emulator's record times. */
  startedAt: number;
  center: CenterPlace;
}

interface CenterPlace {
  center: Center;
  team: TeamsTeam;
  channelId: string;
}

const adaptiveCard = 'application/vnd.microsoft.card.adaptive';
const referenceIn = (text: string) => [...new Set(text.match(/\bTB-\d+\b/g) ?? [])];

/**
 * Callbacks under load on one database: agents book through the form's Action.Execute invoke,
 * the dispatcher posts each card as a thread in the center's channel (at the emulator), and
 * channel members claim them. Every center that is live today gets its own bound channel.
 */
export async function benchCallbacks(
  env: Record<string, string>,
  options: CallbackBenchOptions = callbackBenchDefaults,
): Promise<CallbackBenchResult> {
  const live = loadCenters(testConfig().knowledge.centersFile).filter(
    (c) => centerStatus(c, new Date()).live,
  );
  const staff = people(options.claimers, 'Medarbejder', 'Fagcenter');
  const agents = people(options.agents, 'Agent', 'Kontaktcenter');
  const places: CenterPlace[] = live.map((center) => {
    const team = testTeam(center.name, ['Tilbagekald'], staff);
    return { center, team, channelId: channelOf(team, 'Tilbagekald').id };
  });
  const h = await startProcessHarness({
    env,
    teams: [...places.map((p) => p.team), testTeam('Kontaktcenter', [], agents)],
  });
  const guides = loadGuides(testConfig().knowledge.dir).guides;
  try {
    for (const p of places) await bindChannel(h, staff[0]!, p);
    const forms = await Promise.all(
      agents.map((agent, i) => {
        const place = places[i % places.length]!;
        return bookingForm(h, agent, place, guides.find((g) => g.center === place.center.code)?.id);
      }),
    );
    let phone = 0;
    const book = async (i: number): Promise<Booking | string> => {
      const fields = {
        ...citizen,
        phone: `2${String(++phone).padStart(7, '0')}`,
        idempotencyKey: newFormKey(),
      };
      const startedAt = Date.now();
      const start = process.hrtime.bigint();
      const answer = await h.press(agents[i]!, 'callback.book', { ...forms[i]!, ...fields });
      const ms = elapsedMs(start);
      const [reference] = referenceIn(JSON.stringify(answer.body?.value ?? ''));
      if (answer.status !== 200 || answer.body?.type !== adaptiveCard || !reference)
        return `HTTP ${answer.status}: ${JSON.stringify(answer.body).slice(0, 200)}`;
      return { reference, ms, startedAt, center: places[i % places.length]! };
    };
    const cards = cardWatch(h);
    const failures: string[] = [];
    const keep = (b: Booking | string) => (typeof b === 'string' ? (failures.push(b), []) : [b]);

    // Warm-up: one booking per agent, not measured; then every center's channel paced below the limits.
    const warmUp = (await lanes(agents.length, 1, (i) => book(i))).flatMap(keep);
    await cards.waitFor(warmUp, options.cardWaitMs);
    const agentsOf = places.map((_, p) => agents.flatMap((_, i) => (i % places.length === p ? [i] : [])));
    const paced = (
      await lanes(
        places.length,
        options.pacedPerChannel,
        (p, k) => book(agentsOf[p]![k % agentsOf[p]!.length]!),
        options.pacedIntervalMs,
      )
    ).flatMap(keep);
    await cards.waitFor(paced, options.cardWaitMs);

    // A fixed rate from every agent at once, whatever the answers do.
    const openStarted = process.hrtime.bigint();
    const open = (
      await lanes(agents.length, options.openLoopPerAgent, (i) => book(i), options.openLoopIntervalMs)
    ).flatMap(keep);
    const openMs = elapsedMs(openStarted);
    await cards.waitFor(open, options.cardWaitMs);

    // The burst: every agent books back to back.
    const cpu = process.cpuUsage();
    const appCpu = h.appCpuMs();
    const started = process.hrtime.bigint();
    const burst = (await lanes(agents.length, options.bookingsPerAgent, (i) => book(i))).flatMap(keep);
    const burstMs = elapsedMs(started);
    const cpuMs = cpuMsSince(cpu);
    const appCpuMs = h.appCpuMs() - appCpu;
    await cards.waitFor(burst, options.cardWaitMs);
    const outbox = outboxCounts(await h.metrics());

    const claims = await claimAll(h, staff, burst);
    const counted = countThreads(h, places, [...warmUp, ...paced, ...open, ...burst]);
    return {
      openLoop: summarize(open.map((b) => b.ms)),
      openLoopPerSecond: (open.length / openMs) * 1000,
      bookings: summarize(burst.map((b) => b.ms)),
      bookingsPerSecond: (burst.length / burstMs) * 1000,
      appCpuPerBookingMs: appCpuMs / burst.length,
      cpuPerBookingMs: cpuMs / burst.length,
      claims: summarize(claims.ms),
      cardPaced: summarize(cards.latencies(paced)),
      cardBurst: summarize(cards.latencies(burst)),
      failedBookings: failures.length,
      failedClaims: claims.failed,
      deferredPerCard: outbox.deferred / Math.max(1, outbox.delivered),
      ...counted,
      centers: live.map((c) => c.code),
    };
  } finally {
    await h.stop();
  }
}

/**
 * `count` steps one after the other in each lane, all lanes at once; `everyMs` paces each lane,
 * and paced lanes start spread over one interval, as agents do not click in step.
 */
async function lanes<T>(
  n: number,
  count: number,
  step: (lane: number, k: number) => Promise<T>,
  everyMs = 0,
): Promise<T[]> {
  const perLane = await Promise.all(
    Array.from({ length: n }, async (_, lane) => {
      if (everyMs > 0) await sleep((everyMs * lane) / n);
      const out: T[] = [];
      for (let k = 0; k < count; k++) {
        const next = everyMs > 0 ? sleep(everyMs) : undefined;
        out.push(await step(lane, k));
        await next;
      }
      return out;
    }),
  );
  return perLane.flat();
}

const people = (count: number, given: string, family: string): TeamsUser[] =>
  Array.from({ length: count }, (_, i) => testUser(`${given}${i + 1} ${family}`));

async function bindChannel(h: HarnessClient, member: TeamsUser, p: CenterPlace): Promise<void> {
  const channel = channelOf(p.team, 'Tilbagekald');
  const { replies } = await h.mention(member, p.team, channel, `tilknyt ${p.center.code}`);
  if (!textOf(replies).includes(`tilknyttet ${p.center.code}`))
    throw new Error(`the channel was not bound to ${p.center.code}: ${textOf(replies).slice(0, 300)}`);
}

/** Card deliveries made and given back by the rate limiter, from the app's /metrics. */
function outboxCounts(metrics: string): { delivered: number; deferred: number } {
  const total = (outcome: string) =>
    [
      ...metrics.matchAll(
        new RegExp(
          `^kontaktcenter_outbox_deliveries_total\\{[^}]*outcome="${outcome}"[^}]*\\} (\\S+)$`,
          'gm',
        ),
      ),
    ]
      .map((m) => Number(m[1]))
      .reduce((a, b) => a + b, 0);
  return { delivered: total('delivered'), deferred: total('deferred') };
}

/** The hidden fields of a booking form opened from one of the center's guides, as Teams sends them back. */
async function bookingForm(
  h: HarnessClient,
  agent: TeamsUser,
  p: CenterPlace,
  guideId: string | undefined,
): Promise<Record<string, unknown>> {
  const { replies } = guideId
    ? await h.submit(agent, { verb: 'callback.form', guideId })
    : await h.say(agent, `tilbagekald ${p.center.code}`);
  return actionData(cardOf(replies[0]!), 'callback.book');
}

/** Reads the emulator's createConversation records as they come, without copying them each time. */
function cardWatch(h: HarnessClient) {
  const postedAt = new Map<string, number>();
  let seen = 0;
  const catchUp = () => {
    const requests = h.emulator.requests;
    for (; seen < requests.length; seen++) {
      const r = requests[seen]!;
      if (r.route !== 'createConversation' || r.status < 200 || r.status >= 300) continue;
      for (const ref of referenceIn(JSON.stringify(r.body))) {
        if (!postedAt.has(ref)) postedAt.set(ref, r.time.getTime());
      }
    }
  };
  return {
    async waitFor(bookings: readonly Booking[], timeoutMs: number): Promise<void> {
      const until = Date.now() + timeoutMs;
      for (catchUp(); bookings.some((b) => !postedAt.has(b.reference)) && Date.now() < until; catchUp())
        await sleep(50);
    },
    /** Booking request start to the card's arrival at the emulator (ms resolution: Date). */
    latencies: (bookings: readonly Booking[]) =>
      bookings.flatMap((b) => {
        const at = postedAt.get(b.reference);
        return at === undefined ? [] : [at - b.startedAt];
      }),
  };
}

/** Members claim distinct callbacks from their cards, all claimers at once, each from a shared queue. */
async function claimAll(h: HarnessClient, staff: readonly TeamsUser[], bookings: readonly Booking[]) {
  const queue = bookings.flatMap((b) => {
    const thread = h.emulator
      .threadsIn(b.center.channelId)
      .find((t) => referenceIn(JSON.stringify(t.activity)).includes(b.reference));
    if (!thread) return [];
    const callbackId = String(actionData(cardOf(thread.activity), 'callback.claim').callbackId);
    return [{ b, callbackId, rootId: thread.activityId }];
  });
  const ms: number[] = [];
  let failed = 0;
  let next = 0;
  await Promise.all(
    staff.map(async (member) => {
      while (next < queue.length) {
        const { b, callbackId, rootId } = queue[next++]!;
        const channel = channelOf(b.center.team, 'Tilbagekald');
        const start = process.hrtime.bigint();
        const answer = await h.press(
          member,
          'callback.claim',
          { callbackId, version: 1 },
          inThread(b.center.team, channel, rootId),
        );
        ms.push(elapsedMs(start));
        // The one who claims gets the holder's card, with the citizen's data.
        if (answer.status !== 200 || answer.body?.type !== adaptiveCard) failed++;
      }
    }),
  );
  return { ms, failed };
}

/** Threads per reference at the emulator: none is a lost card, more than one a duplicate. */
function countThreads(h: HarnessClient, places: readonly CenterPlace[], bookings: readonly Booking[]) {
  const threads = new Map<string, number>();
  for (const p of places)
    for (const t of h.emulator.threadsIn(p.channelId))
      for (const ref of referenceIn(JSON.stringify(t.activity)))
        threads.set(ref, (threads.get(ref) ?? 0) + 1);
  let lost = 0;
  let duplicated = 0;
  for (const b of bookings) {
    const count = threads.get(b.reference) ?? 0;
    if (count === 0) lost++;
    duplicated += Math.max(0, count - 1);
  }
  return { lost, duplicated };
}

/**
 * Runs `fn` against a fresh schema of the PostgreSQL database at `url` (reached through
 * search_path) and drops the schema after; undefined with the reason when it cannot be reached.
 */
export async function withPostgresSchema<T>(
  url: string,
  fn: (databaseUrl: string) => Promise<T>,
): Promise<{ result: T } | { unreachable: string }> {
  const admin = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    await admin.end().catch(() => undefined);
    return { unreachable: (error as Error).message || String(error) };
  }
  const schema = `kc_bench_${process.pid}_${Date.now().toString(36)}`;
  try {
    await admin.query(`create schema "${schema}"`);
    const options = encodeURIComponent(`-c search_path=${schema}`);
    return { result: await fn(`${url}${url.includes('?') ? '&' : '?'}options=${options}`) };
  } finally {
    await admin.query(`drop schema if exists "${schema}" cascade`).catch(() => undefined);
    await admin.end();
  }
}
