import type { Callback, CloseOutcome, Person } from '../bot/src/callbacks/callback';
import type { CallbackHistoryEntry } from '../bot/src/callbacks/callback-store';
import { formatReference } from '../bot/src/callbacks/reference';
import type { CalendarConfig } from '../bot/src/centers/calendar-config';
import type { Center } from '../bot/src/centers/center';
import { addLocalDays } from '../bot/src/centers/copenhagen-time';
import { openingOn, type Opening } from '../bot/src/centers/opening-hours';
import { callbackDeadline } from '../bot/src/centers/working-days';
import type { Guide } from '../bot/src/guides/guide';
import type { LocalClock } from '../bot/src/coordinator/stats-store';
import type { Inquiry } from '../bot/src/inquiries/inquiry-store';
import { localDateUnder } from '../bot/src/coordinator/local-calendar';
import { measure, type workingClock } from '../bot/src/coordinator/working-clock';
import type { SeedCallback } from './stats-bulk-load';

/**
 * The made-up data of scripts/seed.ts: a deterministic random source, Danish names and topics,
 * and each callback's life played forward (claim, attempts, close, erasure) as the bot would.
 */
export const minute = 60_000;
const retentionMs = 30 * 86_400_000;

/** mulberry32: small, fast and good enough for test data. */
export function random(seed: number) {
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
export type Random = ReturnType<typeof random>;

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
export const centerWeights: Record<string, number> = { CBAK: 25, CSO: 20, CSI: 15 };

/** Instants in the window, mostly within opening hours, some after closing (counted from the next day). */
export function instantSampler(
  options: { until: string; days: number },
  calendar: CalendarConfig,
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
export function deadlines(calendar: CalendarConfig, clock: LocalClock) {
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

export function newCallback(
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
export function live(
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

export function seeded(
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

export const bookEvent = (c: Callback): CallbackHistoryEntry => ({
  callbackId: c.id,
  version: 1,
  at: c.bookedAt,
  actor: c.bookedBy,
  action: 'book',
  fromStatus: null,
  toStatus: 'open',
  details: { centerCode: c.centerCode, ...(c.movedFrom ? { movedFrom: c.movedFrom } : {}) },
});

export function event(
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

export function inquiry(
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
