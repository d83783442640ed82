import type { DatabaseKind } from '../test/integration/databases';
import { startWorld, tally, type FaultWorld } from '../test/faults/support/fault-world';
import { postgresReachable, postgresUrl } from '../test/storage/store-targets';
import type { Row } from './table';

/**
 * Crash recovery of the outbox (issue 10; decisions 0032, 0033): the app as `npm start` runs it
 * is killed (SIGKILL) in a burst of bookings while posts are under way at a slow Teams, and
 * started again. Measured per database and mode (with and without ChannelMessage.Read.Group):
 * how long after the restart the last card left waiting by the crash gets its first attempt,
 * and the cards lost, posted twice without the resend line, and posted again with it.
 */
export interface FaultsBenchOptions {
  quick: boolean;
}

interface Run {
  name: string;
  acknowledged: number;
  waiting: number;
  inFlight: number;
  listeningMs: number;
  firstAttemptMs: number;
  allPostedMs: number;
  lost: number;
  duplicated: number;
  marked: number;
}

const sizes = (quick: boolean) => ({
  agents: quick ? 10 : 20,
  perAgent: quick ? 4 : 8,
  killAfter: quick ? 20 : 100,
});

async function crashAndRestart(database: DatabaseKind, channelRead: boolean, quick: boolean): Promise<Run> {
  const size = sizes(quick);
  const world: FaultWorld = await startWorld({
    database,
    channelRead,
    agents: size.agents,
    env: { LOG_LEVEL: 'info', OUTBOX_POLL_MS: '1000' },
  });
  try {
    const first = await world.start();
    world.emulator.failFor({ route: 'createConversation' }, { delayMs: 700 }, 300_000);
    const bookings = await world.burst(first, {
      perAgent: size.perAgent,
      kill: { after: size.killAfter, underWay: 4 },
    });
    world.emulator.clearFaults();
    const atCrash = await world.stored();

    const second = await world.start();
    const listeningMs = Date.now() - second.spawnedAt;
    await world.drained(bookings, 300_000);
    const allPostedMs = Date.now() - second.spawnedAt;
    await new Promise((r) => setTimeout(r, 1_000));
    return {
      name: `${database === 'sqlite' ? 'SQLite' : 'PostgreSQL'}${channelRead ? ' + Graph' : ''}`,
      acknowledged: bookings.length,
      waiting: atCrash.unsent.length,
      inFlight: atCrash.inFlight,
      listeningMs,
      firstAttemptMs: world.lastFirstAttempt(second, atCrash.unsent),
      allPostedMs,
      ...tally(world, bookings),
    };
  } finally {
    await world.close();
  }
}

export async function benchFaults(options: FaultsBenchOptions): Promise<{ rows: Row[]; notes: string[] }> {
  const runs: Run[] = [];
  const notes: string[] = [];
  const databases: DatabaseKind[] = ['sqlite'];
  if (postgresReachable(postgresUrl)) databases.push('postgres');
  else notes.push(`PostgreSQL at ${postgresUrl} is unreachable: skipped.`);
  for (const database of databases)
    for (const channelRead of [false, true])
      runs.push(await crashAndRestart(database, channelRead, options.quick));

  const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : 'never');
  const row = (metric: string, target: string, value: (r: Run) => string | number): Row => ({
    metric,
    ...Object.fromEntries(runs.map((r) => [r.name, value(r)])),
    target,
  });
  const size = sizes(options.quick);
  notes.push(
    `${size.agents} agents booking back to back in 3 center channels; Teams answers each post after 700 ms ` +
      `(stored on arrival); SIGKILL once ${size.killAfter} bookings are acknowledged and 4 posts are under way, ` +
      'then the same process started again (same INSTANCE_ID). Times are from the spawn of the new process. ' +
      'OUTBOX_TEAMS_TIMEOUT_MS is the default (8 s): with Graph the check waits that long after the post began.',
  );
  return {
    rows: [
      row('bookings acknowledged before the kill', '', (r) => r.acknowledged),
      row('card posts waiting at the kill (due or under way)', '', (r) => r.waiting),
      row('posts under way (marked in flight) at the kill', '', (r) => r.inFlight),
      row('restart → listening', '', (r) => s(r.listeningMs)),
      row('restart → last waiting card’s first attempt', '≤ 30 s', (r) => s(r.firstAttemptMs)),
      row('restart → every card posted', '', (r) => s(r.allPostedMs)),
      row('lost', '0', (r) => r.lost),
      row('duplicated without the resend line', '0', (r) => r.duplicated),
      row('posted again with the resend line', '0 with Graph', (r) => r.marked),
    ],
    notes,
  };
}
