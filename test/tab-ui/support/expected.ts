import { cph, now, seedCallbacks, seedInquiries, type SeedCallback } from './seed-data';

/**
 * The figures the tab should show, worked out here from the seed alone, without the
 * application's statistics code: plain filters, a minute-by-minute count of opening hours and
 * textbook percentiles. Then formatted the way a Danish reader expects them.
 */
export interface Period {
  from: Date;
  to: Date;
}

export const within = (at: string | undefined, p: Period) =>
  at !== undefined && cph(at) >= p.from && cph(at) < p.to;

/** Opening hours in November 2026 (no holidays): Monday–Thursday 8–15, Friday 8–13, Copenhagen = UTC+1. */
function isOpenMinute(instant: Date): boolean {
  const local = new Date(instant.getTime() + 60 * 60_000);
  const day = local.getUTCDay();
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  if (day >= 1 && day <= 4) return minute >= 8 * 60 && minute < 15 * 60;
  if (day === 5) return minute >= 8 * 60 && minute < 13 * 60;
  return false;
}

function workingMinutes(from: string, to: string): number {
  let count = 0;
  for (let t = cph(from).getTime(); t < cph(to).getTime(); t += 60_000)
    if (isOpenMinute(new Date(t))) count++;
  return count;
}

/** Linear interpolation between the closest ranks (as PostgreSQL's percentile_cont). */
function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

const statusOf = (c: SeedCallback) => (c.close ? 'closed' : c.claim ? 'claimed' : 'open');

export interface ExpectedStats {
  booked: number;
  open: number;
  claimed: number;
  closed: number;
  overdue: number;
  medianClaim: number | null;
  p90Claim: number | null;
  medianClose: number | null;
  p90Close: number | null;
  solvedOnCall: number;
  solvedRate: number | null;
}

export function expectedStats(period: Period, center?: string): ExpectedStats {
  const callbacks = seedCallbacks.filter((c) => center === undefined || c.center === center);
  const active = callbacks.filter((c) => statusOf(c) !== 'closed');
  const claimed = callbacks.filter((c) => within(c.claim?.at, period));
  const closed = callbacks.filter((c) => within(c.close?.at, period));
  const claimMinutes = claimed.map((c) => workingMinutes(c.bookedAt, c.claim!.at));
  const closeMinutes = closed.map((c) => workingMinutes(c.bookedAt, c.close!.at));
  const booked = callbacks.filter((c) => within(c.bookedAt, period)).length;
  const solvedOnCall = seedInquiries.filter(
    (i) =>
      i.kind === 'solved_on_call' && (center === undefined || i.center === center) && within(i.at, period),
  ).length;
  return {
    booked,
    open: active.filter((c) => statusOf(c) === 'open').length,
    claimed: active.filter((c) => statusOf(c) === 'claimed').length,
    closed: closed.length,
    overdue: active.filter((c) => cph(c.deadline) < now).length,
    medianClaim: percentile(claimMinutes, 0.5),
    p90Claim: percentile(claimMinutes, 0.9),
    medianClose: percentile(closeMinutes, 0.5),
    p90Close: percentile(closeMinutes, 0.9),
    solvedOnCall,
    solvedRate: solvedOnCall + booked === 0 ? null : solvedOnCall / (solvedOnCall + booked),
  };
}

/** Per guide in a period: solved on the call and callbacks booked with it. */
export function expectedGuide(period: Period, guideId: string) {
  const solvedOnCall = seedInquiries.filter(
    (i) => i.kind === 'solved_on_call' && i.guideId === guideId && within(i.at, period),
  ).length;
  const callbacks = seedCallbacks.filter((c) => c.guideId === guideId && within(c.bookedAt, period)).length;
  return { solvedOnCall, callbacks, solvedRate: solvedOnCall / (solvedOnCall + callbacks) };
}

export const bookedOn = (day: string): number =>
  seedCallbacks.filter((c) => c.bookedAt.startsWith(day)).length;

// How the tab writes numbers (Danish): "–" for none, "53 %", "45 min", "1 t 30 min".
export const shownCount = (n: number): string => String(n);
export const shownPercent = (rate: number | null): string =>
  rate === null ? '–' : `${Math.round(rate * 100)} %`;
function shownMinutes(minutes: number | null): string {
  if (minutes === null) return '–';
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  return m % 60 === 0 ? `${m / 60} t` : `${Math.floor(m / 60)} t ${m % 60} min`;
}

/** The rows of the "per center" table as the page should show them. */
export function expectedCenterRow(stats: ExpectedStats): Record<string, string> {
  return {
    Nye: shownCount(stats.booked),
    Åbne: shownCount(stats.open),
    Taget: shownCount(stats.claimed),
    Lukkede: shownCount(stats.closed),
    'Over frist': shownCount(stats.overdue),
    'Tid til opgaven blev taget (median)': shownMinutes(stats.medianClaim),
    'Tid til opgaven blev taget (90 %)': shownMinutes(stats.p90Claim),
    'Tid til lukning (median)': shownMinutes(stats.medianClose),
    'Tid til lukning (90 %)': shownMinutes(stats.p90Close),
    'Løst på opkaldet': shownCount(stats.solvedOnCall),
    Straksafklaring: shownPercent(stats.solvedRate),
  };
}

/** The headline tiles. */
export function expectedTiles(stats: ExpectedStats): Record<string, string> {
  return {
    Nye: shownCount(stats.booked),
    Åbne: shownCount(stats.open),
    Taget: shownCount(stats.claimed),
    Lukkede: shownCount(stats.closed),
    'Over frist': shownCount(stats.overdue),
    Straksafklaring: shownPercent(stats.solvedRate),
    'Tid til opgaven blev taget (median)': shownMinutes(stats.medianClaim),
    'Tid til lukning (median)': shownMinutes(stats.medianClose),
  };
}
