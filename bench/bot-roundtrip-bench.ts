import { cardVerbs } from '../bot/src/cards/card-verbs';
import path from 'node:path';
import { parseCommand } from '../bot/src/chat/parse-command';
import { loadGuides } from '../bot/src/guides/load-guides';
import { testConfig } from '../test/integration/test-app';
import type { RecordedRequest } from '../test/support/connector-emulator';
import { personalMessage } from '../test/support/teams-activities';
import { testUser, type TeamsUser } from '../test/support/teams-fixtures';
import { startProcessHarness } from './app-process-harness';
import { readQueries } from './search-eval';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpuMsSince, elapsedMs, formatNumber as fmt, summarize, type Latency, type Row } from './table';

export interface BotRoundTripOptions {
  users: number;
  messagesPerUser: number;
  warmUpPerUser: number;
  /**
   * Then, for each pace, every user sends one message every `intervalMs` whatever the answers do
   * (an open loop, as people type): 1 s is a fast agent mid-call, 100 ms ten times that.
   */
  paces: { perUser: number; intervalMs: number }[];
  /** Search texts as agents type them; default: the hold-out queries that the chat reads as a search. */
  queries?: string[];
  /** Extra node arguments for the app's process, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
}

export const botRoundTripDefaults: BotRoundTripOptions = {
  users: 20,
  messagesPerUser: 50,
  warmUpPerUser: 10,
  paces: [
    { perUser: 15, intervalMs: 1000 },
    { perUser: 50, intervalMs: 100 },
  ],
};

interface Sample {
  ms: number;
  status: number;
  messageId: string;
  /** Wall clock when the answer arrived, to check the reply was recorded before it (ms resolution). */
  answeredAt: number;
}

/**
 * "Message in, reply out": each user sends personal search messages back to back, all users at
 * once, over real HTTP to the real app in its own process (as `npm start` runs it); the emulator
 * and the users are this process, Teams' side. A sample is one POST of
 * /api/messages, which botbuilder answers only after the turn (and so the reply) has completed;
 * that each reply did reach the emulator before the answer is checked afterwards, not assumed.
 */
export async function benchBotRoundTrip(options: BotRoundTripOptions = botRoundTripDefaults): Promise<Row[]> {
  const queries = options.queries ?? holdOutSearches();
  const h = await startProcessHarness({ nodeArgs: options.nodeArgs ?? [] });
  try {
    const users = Array.from({ length: options.users }, (_, i) => testUser(`Agent${i + 1} Svartid`));
    for (const user of users) h.emulator.addUser(user);
    const send = async (user: TeamsUser, text: string): Promise<Sample> => {
      const activity = personalMessage({ serviceUrl: h.serviceUrl, user, text });
      const start = process.hrtime.bigint();
      const response = await h.send(activity);
      return {
        ms: elapsedMs(start),
        status: response.status,
        messageId: activity.id,
        answeredAt: Date.now(),
      };
    };
    const eachUser = (count: number, textFor: (user: number, k: number) => string, everyMs = 0) =>
      Promise.all(
        users.map(async (user, u) => {
          const samples: Sample[] = [];
          // Paced users start spread over one interval, as people do not type in step.
          if (everyMs > 0) await sleep((everyMs * u) / users.length);
          for (let k = 0; k < count; k++) {
            const next = everyMs > 0 ? sleep(everyMs) : undefined;
            samples.push(await send(user, textFor(u, k)));
            await next;
          }
          return samples;
        }),
      );

    const titles = loadGuides(testConfig().knowledge.dir).guides.map((g) =>
      g.title.toLocaleLowerCase('da-DK'),
    );
    await eachUser(options.warmUpPerUser, (u, k) => titles[(u * 7 + k) % titles.length] ?? 'hjælp');

    const mark = h.emulator.requests.length;
    const cpu = process.cpuUsage();
    const appCpu = h.appCpuMs();
    const started = process.hrtime.bigint();
    const perUser = await eachUser(
      options.messagesPerUser,
      (u, k) => queries[(u * options.messagesPerUser + k) % queries.length]!,
    );
    const wallMs = elapsedMs(started);
    const cpuMs = cpuMsSince(cpu);
    const appCpuMs = h.appCpuMs() - appCpu;
    const paced: Sample[][] = [];
    for (const pace of options.paces) {
      const perPace = await eachUser(
        pace.perUser,
        (u, k) => queries[(u * pace.perUser + k + 101) % queries.length]!,
        pace.intervalMs,
      );
      paced.push(perPace.flat());
    }
    const all = [...perUser.flat(), ...paced.flat()];
    return roundTripRows(options, {
      closed: summarize(perUser.flat().map((s) => s.ms)),
      paced: paced.map((samples) => summarize(samples.map((s) => s.ms))),
      wallMs,
      cpuMs,
      appCpuMs,
      failed: all.filter((s) => s.status < 200 || s.status >= 300).length,
      check: checkReplies(all, h.emulator.requests.slice(mark)),
    });
  } finally {
    await h.stop();
  }
}

interface Measured {
  closed: Latency;
  /** One per pace, in the order of the options. */
  paced: Latency[];
  wallMs: number;
  /** The emulator and the users (this process). */
  cpuMs: number;
  appCpuMs: number;
  failed: number;
  check: ReturnType<typeof checkReplies>;
}

function roundTripRows(o: BotRoundTripOptions, m: Measured): Row[] {
  const { missing, late, extra } = m.check;
  const rows: [string, number | string, string?][] = o.paces.flatMap((pace, i) => {
    const latency = m.paced[i]!;
    const perSecond = (o.users * 1000) / pace.intervalMs;
    const shape = `${o.users} users × 1 per ${fmt(pace.intervalMs / 1000)} s = ${fmt(perSecond)} messages/s`;
    return [
      [`paced, ${shape}: round trip p50 (ms; ${latency.count} messages)`, latency.p50],
      [`paced, ${shape}: round trip p99 (ms)`, latency.p99, '≤ 50'],
    ] as [string, number | string, string?][];
  });
  const closed = `${o.users} users × ${o.messagesPerUser}, after ${o.warmUpPerUser} each`;
  rows.push(
    [`back to back (capacity; ${closed}): throughput (messages/s)`, (m.closed.count / m.wallMs) * 1000],
    ['back to back: round trip p50 / p99 (ms)', `${fmt(m.closed.p50)} / ${fmt(m.closed.p99)}`],
    ['back to back: CPU per message, app process (ms)', m.appCpuMs / m.closed.count],
    ['back to back: CPU per message, emulator and users (ms)', m.cpuMs / m.closed.count],
    [
      'failed / no reply / reply after answer / extra replies',
      `${m.failed} / ${missing} / ${late} / ${extra}`,
      '0 / 0 / 0 / 0',
    ],
  );
  return rows.map(([metric, value, target = '']) => ({ metric, value, target }));
}

/**
 * Each message must have exactly one reply, recorded by the emulator before the bot's answer. A
 * "Henvis til …" card sent beside the guides (a search that also points to another authority,
 * decision 0054) is part of that answer, not an extra reply.
 */
function checkReplies(samples: readonly Sample[], requests: readonly RecordedRequest[]) {
  const replies = new Map<string, RecordedRequest[]>();
  for (const r of requests) {
    if (r.method !== 'POST' || r.status >= 300) continue;
    const replyTo = (r.body as { replyToId?: unknown } | undefined)?.replyToId ?? r.activityId;
    if (typeof replyTo !== 'string') continue;
    replies.set(replyTo, [...(replies.get(replyTo) ?? []), r]);
  }
  let missing = 0;
  let late = 0;
  let extra = 0;
  for (const s of samples) {
    const found = replies.get(s.messageId) ?? [];
    if (found.length === 0) missing++;
    extra += Math.max(0, found.filter((r) => !isReferralCard(r)).length - 1);
    if (found.some((r) => r.time.getTime() > s.answeredAt)) late++;
  }
  return { missing, late, extra };
}

const isReferralCard = (r: RecordedRequest) =>
  JSON.stringify(r.body ?? null).includes(`"verb":"${cardVerbs.referred.verb}"`);

/** Queries written the way agents type, kept only where the chat reads them as a search. */
export function holdOutSearches(file = path.join(__dirname, 'queries-holdout.jsonl')): string[] {
  return readQueries(file)
    .map((q) => q.q)
    .filter((q) => parseCommand(q).name === 'search');
}
