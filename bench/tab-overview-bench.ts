import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp } from '../bot/src/app';
import { addLocalDays, copenhagenDate, fromCopenhagen } from '../bot/src/centers/copenhagen-time';
import { loadConfig } from '../bot/src/config/config';
import { localDevUser } from '../bot/src/http/auth';
import { createMemoryLogger } from '../bot/src/shared/logger';
import { mondayOf } from '../bot/src/coordinator/local-calendar';
import { seed, seedDefaults } from '../scripts/seed';
import { withPostgresSchema } from './callback-bench';
import { elapsedMs, machineLine, markdownTable, summarize, type Row } from './table';

/**
 * GET /api/tab/overview over HTTP, as the tab calls it, on SQLite and on PostgreSQL seeded with
 * 100,000 callbacks and 500,000 inquiries (scripts/seed.ts, a year of data). Requests one at a
 * time; p50/p95 per period the tab offers. Target: p95 ≤ 150 ms.
 *
 *   npx tsx bench/tab-overview-bench.ts [--quick] [--callbacks N] [--inquiries N]
 */
export interface TabOverviewBenchOptions {
  quick?: boolean;
  callbacks?: number;
  inquiries?: number;
  samples?: number;
}

const postgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const target = '≤ 150';

/** The periods the tab shows, relative to the end of the seeded data ("now"). */
function scenarios(now: Date): { period: string; query: string }[] {
  const today = copenhagenDate(now);
  const span = (first: string, end: string) =>
    `from=${fromCopenhagen(first, '00:00').toISOString()}&to=${fromCopenhagen(end, '00:00').toISOString()}`;
  const monday = mondayOf(today);
  return [
    { period: 'last 30 days (default)', query: '' },
    { period: 'today', query: span(today, addLocalDays(today, 1)) },
    { period: 'this week', query: span(monday, addLocalDays(monday, 7)) },
    { period: 'last 30 days, one center (CSO)', query: 'center=CSO' },
    {
      period: 'whole year, by week',
      query: `${span(addLocalDays(today, -364), addLocalDays(today, 1))}&bucket=week`,
    },
  ];
}

async function measure(
  storage: Record<string, string>,
  options: Required<TabOverviewBenchOptions>,
  name: string,
  notes: string[],
) {
  const seedStart = process.hrtime.bigint();
  const seeded = await seed({
    ...seedDefaults,
    callbacks: options.callbacks,
    inquiries: options.inquiries,
    ...(storage.DATABASE_URL ? { databaseUrl: storage.DATABASE_URL } : { sqliteFile: storage.SQLITE_FILE }),
    log: () => undefined,
  });
  notes.push(`${name}: seeded, daily rollups included, in ${(elapsedMs(seedStart) / 1000).toFixed(0)} s.`);
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    KNOWLEDGE_WATCH: 'false',
    JOBS_INTERVAL_MS: '3600000',
    ...storage,
  });
  const app = await startApp(config, createMemoryLogger('warn'), () => seeded.now, {
    mode: 'local',
    devUser: localDevUser,
  });
  const rows: Row[] = [];
  try {
    // Start-up escalates the seeded overdue callbacks; no Teams here, so pause delivery rather
    // than let its retries compete with the requests measured.
    await app.runJobs();
    await app.dispatcher.stop();
    for (const s of scenarios(seeded.now)) {
      const url = `${app.url}/api/tab/overview${s.query ? `?${s.query}` : ''}`;
      const get = async () => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
        return (await response.json()) as { totals: { booked: number } };
      };
      // The first request of each period is reported on its own: it shows what a cold cache and
      // any rollup work left over from seeding cost, which the warm-up would otherwise hide.
      const firstStart = process.hrtime.bigint();
      let booked = (await get()).totals.booked;
      const first = elapsedMs(firstStart);
      for (let i = 1; i < Math.max(5, options.samples / 10); i++) booked = (await get()).totals.booked;
      const samples: number[] = [];
      for (let i = 0; i < options.samples; i++) {
        const start = process.hrtime.bigint();
        await get();
        samples.push(elapsedMs(start));
      }
      const sorted = [...samples].sort((a, b) => a - b);
      const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? NaN;
      rows.push({
        database: name,
        period: s.period,
        'callbacks booked in period': booked,
        requests: samples.length,
        'first (ms)': first,
        'p50 (ms)': summarize(samples).p50,
        'p95 (ms)': p95,
        target,
      });
    }
  } finally {
    await app.stop();
  }
  return rows;
}

export async function benchTabOverview(
  options: TabOverviewBenchOptions = {},
): Promise<{ rows: Row[]; notes: string[] }> {
  const o: Required<TabOverviewBenchOptions> = {
    quick: options.quick ?? false,
    callbacks: options.callbacks ?? seedDefaults.callbacks,
    inquiries: options.inquiries ?? seedDefaults.inquiries,
    samples: options.samples ?? (options.quick ? 40 : 200),
  };
  const load = () => os.loadavg()[0]!.toFixed(1);
  const notes = [`Load average (1 min) at the start: ${load()} on ${os.cpus().length} CPUs.`];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-tab-bench-'));
  const rows: Row[] = [];
  try {
    rows.push(...(await measure({ SQLITE_FILE: path.join(dir, 'bench.sqlite') }, o, 'SQLite', notes)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const postgres = await withPostgresSchema(postgresUrl, (url) =>
    measure({ DATABASE_URL: url }, o, 'PostgreSQL', notes),
  );
  if ('result' in postgres) rows.push(...postgres.result);
  else notes.push(`PostgreSQL at ${postgresUrl} is unreachable (${postgres.unreachable}): skipped.`);
  notes.push(
    `${o.callbacks} callbacks and ${o.inquiries} inquiries seeded over ${seedDefaults.days} days ` +
      `(npm run seed, seed ${seedDefaults.seed}); requests one at a time after a warm-up ` +
      `(the first request of each period shown on its own); ` +
      `load average at the end: ${load()}.`,
  );
  return { rows, notes };
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const number = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  benchTabOverview({
    quick: argv.includes('--quick'),
    callbacks: number('--callbacks'),
    inquiries: number('--inquiries'),
    samples: number('--samples'),
  }).then(
    ({ rows, notes }) =>
      process.stdout.write(`${machineLine()}\n\n${markdownTable(rows)}\n\n${notes.join('\n')}\n`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
