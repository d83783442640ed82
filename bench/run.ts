import fs from 'node:fs';
import path from 'node:path';
import { benchBotRoundTrip, botRoundTripDefaults } from './bot-roundtrip-bench';
import {
  benchCallbacks,
  callbackBenchDefaults,
  withPostgresSchema,
  type CallbackBenchOptions,
  type CallbackBenchResult,
} from './callback-bench';
import { benchLearning } from './learning-bench';
import { benchSearch, setsFor } from './search-bench';
import { formatNumber as fmt, machineLine, markdownTable, type Row } from './table';

/**
 * `npm run bench`: markdown tables for the README, section by section, on stdout and nothing
 * else (the app logs to a memory logger; failures go to stderr).
 * Options: --only search|learning|bot|callbacks|tab|faults, --quick, --dir DIR and --queries FILE (search).
 */
const postgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const sections = ['search', 'learning', 'bot', 'callbacks', 'tab', 'faults'] as const;
type Section = (typeof sections)[number];

interface Args {
  only?: Section;
  quick: boolean;
  dir?: string;
  queries?: string;
}

const print = (...blocks: string[]) => process.stdout.write(blocks.map((b) => `${b}\n\n`).join(''));

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  print(`${machineLine()}${args.quick ? ' (--quick: fewer samples)' : ''}`);
  const run: Record<Section, () => Promise<void>> = {
    search: () => searchSection(args),
    learning: () => learningSection(),
    bot: () => botSection(args.quick),
    callbacks: () => callbackSection(args.quick),
    tab: () => tabSection(args.quick),
    faults: () => faultsSection(args.quick),
  };
  for (const section of sections) {
    if (args.only && args.only !== section) continue;
    try {
      await run[section]();
    } catch (error) {
      process.exitCode = 1;
      console.error(error);
      print(`**${section}: failed** (${(error as Error).message ?? String(error)})`);
    }
  }
}

async function searchSection(args: Args): Promise<void> {
  print('### 1. Search quality and speed');
  const sets = setsFor(args);
  if (sets.length === 0) {
    print('../shared/eval is missing: search quality is not measured (use --dir and --queries).');
    return;
  }
  const result = await benchSearch(sets);
  print(markdownTable(result.quality, result.qualityColumns));
  print(markdownTable(result.speed, result.speedColumns));
  print(...result.notes);
}

async function learningSection(): Promise<void> {
  print('### 1b. A search that learns from the agents: a simulated week, then held-out paraphrases');
  const result = benchLearning();
  if (!result) {
    print('../shared/eval is missing: the learning loop is not measured.');
    return;
  }
  print(markdownTable(result.rows, ['metric', 'before', 'after']), ...result.notes);
  return Promise.resolve();
}

async function botSection(quick: boolean): Promise<void> {
  const options = quick
    ? {
        ...botRoundTripDefaults,
        messagesPerUser: 10,
        warmUpPerUser: 3,
        paces: botRoundTripDefaults.paces.map((p) => ({ ...p, perUser: 5 })),
      }
    : botRoundTripDefaults;
  print('### 2. Bot round trip: personal search message in, reply at the emulator');
  print(markdownTable(await benchBotRoundTrip(options)));
}

async function callbackSection(quick: boolean): Promise<void> {
  const options: CallbackBenchOptions = quick
    ? {
        ...callbackBenchDefaults,
        bookingsPerAgent: 5,
        pacedPerChannel: 5,
        openLoopPerAgent: 5,
        cardWaitMs: 60_000,
      }
    : callbackBenchDefaults;
  print('### 3. Callbacks: booking, claiming, card posted in the channel');
  const results: { name: string; result: CallbackBenchResult }[] = [];
  results.push({ name: 'SQLite', result: await benchCallbacks({}, options) });
  const postgres = await withPostgresSchema(postgresUrl, (url) =>
    benchCallbacks({ DATABASE_URL: url }, options),
  );
  const notes: string[] = [];
  if ('result' in postgres) results.push({ name: 'PostgreSQL', result: postgres.result });
  else notes.push(`PostgreSQL at ${postgresUrl} is unreachable (${postgres.unreachable}): skipped.`);
  print(markdownTable(callbackRows(results, options), ['metric', ...results.map((r) => r.name), 'target']));
  const centers = results[0]?.result.centers.join(', ') ?? '';
  print(
    ...results.map((r) => `${r.name} — lost: ${r.result.lost}, duplicated: ${r.result.duplicated}`),
    ...notes,
    `${options.agents} agents and ${options.claimers} channel members; one bound channel per live center (${centers}). ` +
      `Paced: ${Math.round(1000 / options.pacedIntervalMs)} bookings/s per channel, within Teams' limits. ` +
      `After the burst the cards wait for the per-channel send limit (7/s, 60 per 30 s).`,
  );
}

function callbackRows(
  results: { name: string; result: CallbackBenchResult }[],
  options: CallbackBenchOptions,
): Row[] {
  const row = (metric: string, target: string, value: (r: CallbackBenchResult) => number | string): Row => ({
    metric,
    ...Object.fromEntries(results.map((r) => [r.name, value(r.result)])),
    target,
  });
  const burst = `${options.agents} agents × ${options.bookingsPerAgent}`;
  const rate = (options.agents * 1000) / options.openLoopIntervalMs;
  const open = `${options.agents} agents × 1 per ${options.openLoopIntervalMs} ms = ${rate}/s`;
  return [
    row(`open loop (${open}): bookings/s completed`, '', (r) => r.openLoopPerSecond),
    row('open loop: booking p50 (ms)', '', (r) => r.openLoop.p50),
    row('open loop: booking p99 (ms)', '≤ 50', (r) => r.openLoop.p99),
    row(`back to back (capacity; ${burst}): bookings/s`, '≥ 200', (r) => r.bookingsPerSecond),
    row('back to back: booking p50 / p99 (ms)', '', (r) => `${fmt(r.bookings.p50)} / ${fmt(r.bookings.p99)}`),
    row('back to back: CPU per booking, app process (ms)', '', (r) => r.appCpuPerBookingMs),
    row('back to back: CPU per booking, emulator and agents (ms)', '', (r) => r.cpuPerBookingMs),
    row(`claim p50 (ms, ${options.claimers} members at once)`, '', (r) => r.claims.p50),
    row('claim p99 (ms)', '', (r) => r.claims.p99),
    row('booking → card posted p50, paced (ms)', '', (r) => r.cardPaced.p50),
    row('booking → card posted p99, paced (ms)', '', (r) => r.cardPaced.p99),
    row('booking → card posted p50, burst (ms)', '', (r) => r.cardBurst.p50),
    row('booking → card posted p99, burst (ms)', '', (r) => r.cardBurst.p99),
    row('outbox deliveries deferred by the rate limit, per card', '', (r) => r.deferredPerCard),
    row('failed bookings / claims', '0 / 0', (r) => `${r.failedBookings} / ${r.failedClaims}`),
  ];
}

/** The tab benchmarks are written separately; each runs when its file is there. */
const tabSection = (quick: boolean) =>
  benchFiles(quick, [
    { file: 'tab-overview-bench', fn: 'benchTabOverview', title: '### 4. Tab overview' },
    { file: 'tab-render-bench', fn: 'benchTabRender', title: '### 5. Tab first render' },
  ]);

/** Faults (issue 10): crash recovery of the outbox, recovery from database restarts. */
const faultsSection = (quick: boolean) =>
  benchFiles(quick, [
    { file: 'faults-bench', fn: 'benchFaults', title: '### 6. Faults: SIGKILL mid-burst, then restart' },
    {
      file: 'database-recovery-bench',
      fn: 'benchDatabaseRecovery',
      title: '### 7. Faults: recovery after PostgreSQL restarts, without restarting the app',
    },
  ]);

async function benchFiles(quick: boolean, benches: { file: string; fn: string; title: string }[]) {
  for (const b of benches) {
    print(b.title);
    if (!fs.existsSync(path.join(__dirname, `${b.file}.ts`))) {
      print(`bench/${b.file}.ts is not there: skipped.`);
      continue;
    }
    // A computed specifier, so that this file compiles and runs whether or not the bench exists.
    const mod = (await import(path.join(__dirname, b.file))) as Record<string, unknown>;
    const bench = mod[b.fn];
    if (typeof bench !== 'function') throw new Error(`bench/${b.file}.ts exports no ${b.fn}()`);
    print(formatResult(await (bench as (o: { quick: boolean }) => Promise<unknown>)({ quick })));
  }
}

/** A bench may return markdown, rows, or `{ rows, notes }`. */
function formatResult(result: unknown): string {
  if (typeof result === 'string') return result.trim();
  if (Array.isArray(result)) return markdownTable(result as Row[]);
  const o = result as { rows?: unknown; notes?: unknown } | null;
  if (o && Array.isArray(o.rows)) {
    const notes = Array.isArray(o.notes) ? o.notes.map(String) : [];
    return [markdownTable(o.rows as Row[]), ...notes].join('\n\n');
  }
  return '```json\n' + JSON.stringify(result, null, 2) + '\n```';
}

function parseArgs(argv: string[]): Args {
  const args: Args = { quick: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${flag} needs a value`);
      return v;
    };
    if (flag === '--quick') args.quick = true;
    else if (flag === '--dir') args.dir = value();
    else if (flag === '--queries') args.queries = value();
    else if (flag === '--only') {
      const only = value();
      if (!(sections as readonly string[]).includes(only)) usage(`--only takes ${sections.join('|')}`);
      args.only = only as Section;
    } else usage(`unknown option ${flag}`);
  }
  return args;
}

function usage(problem: string): never {
  console.error(
    `${problem}\nusage: npm run bench -- [--only ${sections.join('|')}] [--quick] [--dir DIR] [--queries FILE]`,
  );
  process.exit(2);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
