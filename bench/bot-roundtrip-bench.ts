import path from 'node:path';
import { parseCommand } from '../bot/src/chat/parse-command';
import { startHarness } from '../test/integration/harness';
import type { RecordedRequest } from '../test/support/connector-emulator';
import { personalMessage } from '../test/support/teams-activities';
import { testUser, type TeamsUser } from '../test/support/teams-fixtures';
import { readQueries } from './search-eval';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpuMsSince, elapsedMs, formatNumber as fmt, summarize, type Latency, type Row } from './table';

export interface BotRoundTripOptions {
  users: number;
  messagesPerUser: number;
  warmUpPerUser: number;
  /** Then each user sends one message every `pacedIntervalMs`, as agents mid-call would, at most. */
  pacedPerUser: number;
  pacedIntervalMs: number;
  /** Search texts as agents type them; default: the hold-out queries that the chat reads as a search. */
  queries?: string[];
}

export const botRoundTripDefaults: BotRoundTripOptions = {
  users: 20,
  messagesPerUser: 50,
  warmUpPerUser: 10,
  pacedPerUser: 15,
  pacedIntervalMs: 1000,
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
 * once, over real HTTP to the real app; the emulator is Teams' side. A sample is one POST of
 * /api/messages, which botbuilder answers only after the turn (and so the reply) has completed;
 * that each reply did reach the emulator before the answer is checked afterwards, not assumed.
 */
export async function benchBotRoundTrip(options: BotRoundTripOptions = botRoundTripDefaults): Promise<Row[]> {
  const queries = options.queries ?? holdOutSearches();
  const h = await startHarness();
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

    const titles = h.app.knowledge
      .current()
      .all()
      .map((g) => g.title.toLocaleLowerCase('da-DK'));
    await eachUser(options.warmUpPerUser, (u, k) => titles[(u * 7 + k) % titles.length] ?? 'hjælp');

    const mark = h.emulator.requests.length;
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    const perUser = await eachUser(
      options.messagesPerUser,
      (u, k) => queries[(u * options.messagesPerUser + k) % queries.length]!,
    );
    const wallMs = elapsedMs(started);
    const cpuMs = cpuMsSince(cpu);
    const paced = await eachUser(
      options.pacedPerUser,
      (u, k) => queries[(u * options.pacedPerUser + k + 101) % queries.length]!,
      options.pacedIntervalMs,
    );
    const all = [...perUser.flat(), ...paced.flat()];
    return roundTripRows(options, {
      closed: summarize(perUser.flat().map((s) => s.ms)),
      paced: summarize(paced.flat().map((s) => s.ms)),
      wallMs,
      cpuMs,
      failed: all.filter((s) => s.status < 200 || s.status >= 300).length,
      check: checkReplies(all, h.emulator.requests.slice(mark)),
    });
  } finally {
    await h.stop();
  }
}

interface Measured {
  closed: Latency;
  paced: Latency;
  wallMs: number;
  cpuMs: number;
  failed: number;
  check: ReturnType<typeof checkReplies>;
}

function roundTripRows(o: BotRoundTripOptions, m: Measured): Row[] {
  const closed = `${o.users} users × ${o.messagesPerUser}, after ${o.warmUpPerUser} each`;
  const paced = `${o.users} users × 1 per ${o.pacedIntervalMs / 1000} s, ${m.paced.count} messages`;
  const { missing, late, extra } = m.check;
  const rows: [string, number | string, string?][] = [
    [`back to back: messages (${closed})`, m.closed.count],
    ['back to back: round trip p50 (ms)', m.closed.p50],
    ['back to back: round trip p99 (ms)', m.closed.p99, '≤ 50'],
    ['back to back: round trip mean / max (ms)', `${fmt(m.closed.mean)} / ${fmt(m.closed.max)}`],
    ['back to back: throughput (messages/s)', (m.closed.count / m.wallMs) * 1000],
    ['back to back: CPU per message, whole process (ms)', m.cpuMs / m.closed.count],
    [`paced: round trip p50 (ms; ${paced})`, m.paced.p50],
    ['paced: round trip p99 (ms)', m.paced.p99],
    [
      'failed / no reply / reply after answer / extra replies',
      `${m.failed} / ${missing} / ${late} / ${extra}`,
      '0 / 0 / 0 / 0',
    ],
  ];
  return rows.map(([metric, value, target = '']) => ({ metric, value, target }));
}

/** Each message must have exactly one reply, recorded by the emulator before the bot's answer. */
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
    extra += Math.max(0, found.length - 1);
    if (found.some((r) => r.time.getTime() > s.answeredAt)) late++;
  }
  return { missing, late, extra };
}

/** Queries written the way agents type, kept only where the chat reads them as a search. */
export function holdOutSearches(file = path.join(__dirname, 'queries-holdout.jsonl')): string[] {
  return readQueries(file)
    .map((q) => q.q)
    .filter((q) => parseCommand(q).name === 'search');
}
