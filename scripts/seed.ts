import path from 'node:path';
import type { Callback, CloseOutcome, Person } from '../bot/src/callbacks/callback';
import type { CallbackHistoryEntry } from '../bot/src/callbacks/callback-store';
import { formatReference } from '../bot/src/callbacks/reference';
import type { Center } from '../bot/src/centers/center';
import { addLocalDays, fromCopenhagen } from '../bot/src/centers/copenhagen-time';
import { loadCalendar } from '../bot/src/centers/load-calendar';
import { loadCenters } from '../bot/src/centers/load-centers';
import { openingOn, type Opening } from '../bot/src/centers/opening-hours';
import { callbackDeadline } from '../bot/src/centers/working-days';
import { loadConfig } from '../bot/src/config/config';
import type { Guide } from '../bot/src/guides/guide';
import { loadGuides } from '../bot/src/guides/load-guides';
import { createLogger } from '../bot/src/shared/logger';
import type { LocalClock } from '../bot/src/shared/stats-store';
import type { Inquiry } from '../bot/src/shared/store-ports';
import { localClockFor, localDateUnder } from '../bot/src/statistics/local-calendar';
import { measure, workingClock } from '../bot/src/statistics/working-clock';
import { openBulkLoader, type SeedCallback } from '../bot/src/storage/stats-bulk-load';

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
const retentionMs = 30 * 86_400_000;
const minute = 60_000;

/** mulberry32: small, fast and good enough for test data. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const id = () =>
    Array.from({ length: 32 }, () => '0123456789abcdef'[int(0, 15)])
      .join('')
      .replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
  return { next, int, pick, id };
}
type Random = ReturnType<typeof random>;

const firstNames = [
  'Anne',
  'Mette',
  'Jens',
  'Lars',
  'Søren',
  'Kirsten',
  'Hanne',
  'Peter',
  'Mads',
  'Freja',
  'Ida',
  'Emil',
  'Karen',
  'Ole',
  'Niels',
  'Sofie',
];
const lastNames = [
  'Nielsen',
  'Jensen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Madsen',
  'Østergaard',
];
const descriptions = [
  'Vil gerne have et opkald om sin sag',
  'Har spørgsmål til afgørelsen',
  'Ønsker status på ansøgningen',
  'Forstår ikke brevet fra kommunen',
  'Vil klage over behandlingen',
];
const windows = ['i dag 10-12', 'i dag efter 13', 'i morgen formiddag', 'hele dagen', 'efter kl. 14'];
const unanswered = [
  'hundeskat',
  'fiskekort',
  'skorstensfejer pris',
  'juletræ afhentning',
  'badebillet svømmehal',
  'vielse i udlandet',
  'rotter i kolonihave',
  'parkering erhverv',
  'flagdage',
  'mistet sygesikring udland',
  'tilskud briller',
  'kommunens åbningstider jul',
];
const centerWeights: Record<string, number> = { CBAK: 25, CSO: 20, CSI: 15 };

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
    // PostgreSQL's autovacuum would analyze soon anyway; SQLite is left as the bot leaves it.
    if (loader.kind === 'postgres') await loader.analyze();
    return { callbacks: bookings + successors, inquiries, now };
  } finally {
    await loader.close();
  }
}

/** Instants in the window, mostly within opening hours, some after closing (counted from the next day). */
function instantSampler(
  options: SeedOptions,
  calendar: ReturnType<typeof loadCalendar>,
  rng: Random,
  now: Date,
) {
  const first = addLocalDays(options.until, -options.days);
  const openings = Array.from({ length: options.days + 1 }, (_, d) =>
    openingOn(addLocalDays(first, d), calendar),
  ).filter((o): o is NonNullable<typeof o> => o !== null && o.open < now);
  return (): number => {
    const day = rng.pick(openings);
    const open = day.open.getTime();
    const close = Math.min(day.close.getTime(), now.getTime() - 1);
    const late = rng.next() < 0.06;
    return late ? close + rng.int(1, 240) * minute : open + rng.next() * (close - open);
  };
}

/**
 * callbackDeadline, remembered: the deadline depends only on the local date, whether the booking
 * came before that day's closing, and the number of working days. Local dates come from the
 * window's UTC offsets: asking Intl per callback made seeding slow.
 */
function deadlines(calendar: ReturnType<typeof loadCalendar>, clock: LocalClock) {
  const known = new Map<string, Date>();
  const openings = new Map<string, Opening | null>();
  return (at: Date, days: number): Date => {
    const date = localDateUnder(clock, at);
    if (!openings.has(date)) openings.set(date, openingOn(date, calendar));
    const opening = openings.get(date);
    const key = `${date}|${opening != null && at < opening.close}|${days}`;
    let found = known.get(key);
    if (!found) {
      found = callbackDeadline(at, days, calendar);
      known.set(key, found);
    }
    return found;
  };
}

function newCallback(
  rng: Random,
  center: Center,
  guide: Guide | undefined,
  agent: Person,
  bookedAt: Date,
  sequence: number,
  deadline: (at: Date, days: number) => Date,
): Callback {
  return {
    id: rng.id(),
    reference: formatReference(sequence),
    centerCode: center.code,
    topic: guide?.title ?? `Henvendelse til ${center.code}`,
    guideId: guide?.id ?? null,
    citizen: {
      name: `${rng.pick(firstNames)} ${rng.pick(lastNames)}`,
      phone: String(rng.int(20_000_000, 99_999_999)),
      description: rng.pick(descriptions),
    },
    timeWindow: rng.pick(windows),
    urgency: rng.next() < 0.1 ? 'urgent' : 'normal',
    status: 'open',
    holder: null,
    attempts: 0,
    outcome: null,
    bookedBy: agent,
    bookedAt,
    deadline: deadline(bookedAt, center.deadlineWorkingDays),
    claimedAt: null,
    closedAt: null,
    movedTo: null,
    movedFrom: null,
    version: 1,
  };
}

/** Minutes to the next step: most within two hours, some the next day, a few days at worst. */
function delay(rng: Random): number {
  const u = rng.next();
  const minutes =
    u < 0.55 ? rng.int(5, 120) : u < 0.85 ? rng.int(120, 24 * 60) : rng.int(24 * 60, 4 * 24 * 60);
  return minutes * minute;
}

/** Plays a callback's life forward from its booking until `now`: claim, attempts, close, erasure. */
function live(
  rng: Random,
  booked: Callback,
  sequence: number,
  now: Date,
  staffOf: (code: string) => Person,
  working: ReturnType<typeof workingClock>,
): SeedCallback {
  const events = [bookEvent(booked)];
  const claimAt = new Date(booked.bookedAt.getTime() + delay(rng));
  if (claimAt >= now || rng.next() < 0.01) return seeded(booked, sequence, events, null, working);
  const holder = staffOf(booked.centerCode);
  let c: Callback = { ...booked, status: 'claimed', holder, claimedAt: claimAt, version: 2 };
  events.push(event(c, 2, claimAt, holder, 'claim', 'open'));
  const closeAt = new Date(claimAt.getTime() + delay(rng));
  const attempts = rng.next() < 0.3 ? rng.int(1, 3) : 0;
  for (let a = 1; a <= attempts; a++) {
    const at = new Date(claimAt.getTime() + ((closeAt.getTime() - claimAt.getTime()) * a) / (attempts + 1));
    if (at >= now) break;
    c = { ...c, attempts: a, version: c.version + 1 };
    events.push(event(c, c.version, at, holder, 'attempt', 'claimed', { note: 'no_answer', attempts: a }));
  }
  if (closeAt >= now || rng.next() < 0.01) return seeded(c, sequence, events, null, working);
  const u = rng.next();
  const outcome: CloseOutcome =
    u < 0.85 || c.attempts < 2 ? (u < 0.95 ? 'resolved' : 'case_system') : 'not_reached';
  c = { ...c, status: 'closed', outcome, closedAt: closeAt, version: c.version + 1 };
  events.push(event(c, c.version, closeAt, holder, 'close', 'claimed', { outcome, attempts: c.attempts }));
  const eraseAt = new Date(closeAt.getTime() + retentionMs + rng.int(1, 60) * minute);
  if (eraseAt >= now) return seeded(c, sequence, events, null, working);
  c = { ...c, citizen: null, version: c.version + 1 };
  events.push(event(c, c.version, eraseAt, { id: 'system', name: 'system' }, 'erase', 'closed'));
  return seeded(c, sequence, events, eraseAt, working);
}

function seeded(
  callback: Callback,
  sequence: number,
  events: CallbackHistoryEntry[],
  erasedAt: Date | null,
  working: ReturnType<typeof workingClock>,
): SeedCallback {
  const m = measure(
    {
      id: callback.id,
      bookedAt: callback.bookedAt,
      claimedAt: callback.claimedAt,
      closedAt: callback.closedAt,
    },
    working,
  );
  return {
    callback,
    sequence,
    events,
    erasedAt,
    claimWorkingMs: m.claim?.workingMs ?? null,
    closeWorkingMs: m.close?.workingMs ?? null,
  };
}

const bookEvent = (c: Callback): CallbackHistoryEntry => ({
  callbackId: c.id,
  version: 1,
  at: c.bookedAt,
  actor: c.bookedBy,
  action: 'book',
  fromStatus: null,
  toStatus: 'open',
  details: { centerCode: c.centerCode, ...(c.movedFrom ? { movedFrom: c.movedFrom } : {}) },
});

function event(
  c: Callback,
  version: number,
  at: Date,
  actor: Person,
  action: CallbackHistoryEntry['action'],
  from: Callback['status'],
  details: CallbackHistoryEntry['details'] = {},
): CallbackHistoryEntry {
  return { callbackId: c.id, version, at, actor, action, fromStatus: from, toStatus: c.status, details };
}

function inquiry(
  rng: Random,
  at: number,
  weighted: readonly Center[],
  guidesOf: Map<string, Guide[]>,
  agents: readonly Person[],
): Inquiry & { id: string } {
  const base = { id: rng.id(), at: new Date(at), userId: rng.pick(agents).id };
  const guide = rng.pick(guidesOf.get(rng.pick(weighted).code) ?? []);
  if (rng.next() < 0.4 && guide)
    return { ...base, kind: 'solved_on_call', centerCode: guide.center, guideId: guide.id };
  if (rng.next() < 0.12 || !guide)
    return { ...base, kind: 'search', queryNormalized: rng.pick(unanswered), hitCount: 0 };
  const query = (guide.keywords[0] ?? guide.title).toLocaleLowerCase('da-DK');
  return {
    ...base,
    kind: 'search',
    queryNormalized: query,
    hitCount: rng.int(1, 10),
    guideId: guide.id,
    centerCode: guide.center,
  };
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
