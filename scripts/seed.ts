import path from 'node:path';
import type { Callback, Person } from '../bot/src/callbacks/callback';
import { formatReference } from '../bot/src/callbacks/reference';
import type { Center } from '../bot/src/centers/center';
import { addLocalDays, fromCopenhagen } from '../bot/src/centers/copenhagen-time';
import { loadCalendar } from '../bot/src/centers/load-calendar';
import { loadCenters } from '../bot/src/centers/load-centers';
import { loadConfig } from '../bot/src/config/config';
import { loadGuides } from '../bot/src/guides/load-guides';
import { createLogger } from '../bot/src/shared/logger';
import type { Inquiry } from '../bot/src/inquiries/inquiry-store';
import { localClockFor, localDateLookup } from '../bot/src/coordinator/local-calendar';
import { workingClock } from '../bot/src/coordinator/working-clock';
import { openBulkLoader, type SeedCallback } from './stats-bulk-load';
import {
  bookEvent,
  centerWeights,
  deadlines,
  event,
  inquiry,
  instantSampler,
  live,
  minute,
  newCallback,
  random,
  seeded,
} from './seed-data';

/**
 * Fills a database with a year of made-up but plausible callbacks and inquiries, for the tab's
 * performance figures and for trying the tab locally. Deterministic: the same options give the
 * same rows. Refuses a database that already has callbacks.
 *
 *   npm run seed -- --callbacks 100000 --inquiries 500000 [--until 2026-12-01] [--days 365]
 *                   [--seed 1] [--database-url postgres://... | --sqlite-file data/x.sqlite]
 *
 * Without a target it seeds the database `npm start` uses (DATABASE_URL / SQLITE_FILE).
 */
export interface SeedOptions {
  callbacks: number;
  inquiries: number;
  /** Local date; the data ends at noon that day, which is "now" for it. */
  until: string;
  days: number;
  seed: number;
  databaseUrl?: string;
  sqliteFile?: string;
  log?: (line: string) => void;
}

export const seedDefaults = {
  callbacks: 100_000,
  inquiries: 500_000,
  until: '2026-12-01',
  days: 365,
  seed: 1,
};

const repo = path.resolve(__dirname, '..');
const batch = 2_000;

export async function seed(
  options: SeedOptions,
): Promise<{ callbacks: number; inquiries: number; now: Date }> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const rng = random(options.seed);
  const centers = loadCenters(path.join(repo, 'knowledge', 'centers.yaml'));
  const calendar = loadCalendar(path.join(repo, 'knowledge', 'calendar.yaml'));
  const { guides } = loadGuides(
    path.join(repo, 'knowledge', 'guides'),
    centers.map((c) => c.code),
  );
  const guidesOf = new Map(centers.map((c) => [c.code, guides.filter((g) => g.center === c.code)]));
  const now = fromCopenhagen(options.until, '12:00');
  const instants = instantSampler(options, calendar, rng, now);
  const weighted = centers.flatMap((c) => Array<Center>(centerWeights[c.code] ?? 7).fill(c));
  const agents: Person[] = Array.from({ length: 40 }, (_, i) => ({
    id: `seed-agent-${i + 1}`,
    name: `Agent ${i + 1}`,
  }));
  const staffOf = (code: string): Person => {
    const n = rng.int(1, 5);
    return { id: `seed-staff-${code}-${n}`, name: `Medarbejder ${n} (${code})` };
  };
  const working = workingClock(calendar);
  const window = { from: fromCopenhagen(addLocalDays(options.until, -options.days - 1), '00:00'), to: now };
  const deadline = deadlines(calendar, localClockFor(window));

  const loader = await openBulkLoader(
    options.databaseUrl ? { databaseUrl: options.databaseUrl } : { sqliteFile: options.sqliteFile },
    createLogger({ level: 'warn' }),
  );
  try {
    if ((await loader.callbackCount()) > 0)
      throw new Error('the database already has callbacks; seed an empty one');
    // About every 34th booking is moved to another center, which books a successor: together exactly N.
    const moves = Math.floor(options.callbacks / 35);
    const bookings = options.callbacks - moves;
    const times = Float64Array.from({ length: bookings }, () => instants()).sort();
    let successors = 0;
    let inquiries = 0;
    for (let start = 0; start < bookings; start += batch) {
      const rows: SeedCallback[] = [];
      const booked: (Inquiry & { id: string })[] = [];
      for (let i = start; i < Math.min(start + batch, bookings); i++) {
        const bookedAt = new Date(times[i]!);
        const center = rng.pick(weighted);
        const guide = rng.next() < 0.85 ? rng.pick(guidesOf.get(center.code) ?? []) : undefined;
        const agent = rng.pick(agents);
        const base = newCallback(rng, center, guide, agent, bookedAt, 1001 + i, deadline);
        booked.push({
          id: rng.id(),
          at: bookedAt,
          kind: 'callback_booked',
          userId: agent.id,
          centerCode: center.code,
          ...(guide ? { guideId: guide.id } : {}),
        });
        const moveAt = new Date(bookedAt.getTime() + rng.int(5, 60) * minute);
        if (i % 33 === 16 && successors < moves && moveAt < now) {
          const target = rng.pick(centers.filter((c) => c.code !== center.code));
          const reference = formatReference(1001 + bookings + successors);
          successors += 1;
          const mover = staffOf(center.code);
          const moved: Callback = {
            ...base,
            status: 'moved',
            citizen: null,
            movedTo: reference,
            closedAt: moveAt,
            version: 2,
          };
          const events = [
            bookEvent(base),
            event(moved, 2, moveAt, mover, 'move', 'open', { toCenterCode: target.code, movedTo: reference }),
          ];
          rows.push(seeded(moved, 1001 + i, events, null, working));
          const successor: Callback = {
            ...base,
            id: rng.id(),
            reference,
            centerCode: target.code,
            bookedAt: moveAt,
            deadline: deadline(moveAt, target.deadlineWorkingDays),
            movedFrom: base.reference,
          };
          rows.push(live(rng, successor, 1001 + bookings + successors - 1, now, staffOf, working));
        } else {
          rows.push(live(rng, base, 1001 + i, now, staffOf, working));
        }
      }
      await loader.insertCallbacks(rows);
      await loader.insertInquiries(booked);
      inquiries += booked.length;
      log(`seed: ${Math.min(start + batch, bookings) + successors} of ${options.callbacks} callbacks`);
    }
    await loader.setReferenceCounter(1000 + bookings + successors);

    const others = Math.max(0, options.inquiries - inquiries);
    for (let done = 0; done < others; done += batch * 5) {
      const rows = Array.from({ length: Math.min(batch * 5, others - done) }, () =>
        inquiry(rng, instants(), weighted, guidesOf, agents),
      );
      await loader.insertInquiries(rows);
      inquiries += rows.length;
      log(`seed: ${inquiries} of ${options.inquiries} inquiries`);
    }
    // The overview's daily rollups, built now rather than by the bot's first request.
    const folded = await loader.rollUp(localDateLookup());
    log(`seed: ${folded} rows folded into the daily rollups`);
    // PostgreSQL's autovacuum would analyze soon anyway; SQLite is left as the bot leaves it.
    if (loader.kind === 'postgres') await loader.analyze();
    return { callbacks: bookings + successors, inquiries, now };
  } finally {
    await loader.close();
  }
}

function parseArgs(argv: readonly string[]): SeedOptions {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const count = (name: string, fallback: number) => {
    const raw = value(name);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${raw}`);
    return n;
  };
  const until = value('until') ?? seedDefaults.until;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until))
    throw new Error(`--until must be a date (YYYY-MM-DD), got ${until}`);
  const storage = loadConfig(process.env).storage;
  const databaseUrl = value('database-url') ?? (value('sqlite-file') ? undefined : storage.databaseUrl);
  return {
    callbacks: count('callbacks', seedDefaults.callbacks),
    inquiries: count('inquiries', seedDefaults.inquiries),
    until,
    days: Math.max(1, count('days', seedDefaults.days)),
    seed: count('seed', seedDefaults.seed),
    ...(databaseUrl ? { databaseUrl } : { sqliteFile: value('sqlite-file') ?? storage.sqliteFile }),
  };
}

if (require.main === module) {
  const started = Date.now();
  Promise.resolve()
    .then(() => seed(parseArgs(process.argv.slice(2))))
    .then(
      (r) => {
        process.stdout.write(
          `Seeded ${r.callbacks} callbacks and ${r.inquiries} inquiries (data ends ${r.now.toISOString()}) in ${Math.round((Date.now() - started) / 1000)} s.\n`,
        );
      },
      (error: unknown) => {
        process.stderr.write(`Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
}
