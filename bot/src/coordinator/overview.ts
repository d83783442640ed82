import type { DurationSummary, GuideCount, Period } from './stats-store';
import { localDatesIn, statsRangeOf } from './local-calendar';
import { catchUpStatistics } from './measure-durations';
import { defaultBucket, defaultPeriod, type Bucket } from './period';
import type { StatsDeps, Viewer } from './stats-deps';
import { perCenter, solvedRate, toMinutes, total, trendOf, type TrendPoint } from './stats-math';
import { countReferrals, type ReferralCounts } from './referral-counts';
import { centersInScope, isCoordinator } from './viewer-scope';

export interface Stats {
  booked: number;
  open: number;
  claimed: number;
  closed: number;
  overdue: number;
  medianClaimMinutes: number | null;
  p90ClaimMinutes: number | null;
  medianCloseMinutes: number | null;
  p90CloseMinutes: number | null;
  solvedOnCall: number;
  solvedRate: number | null;
}

export interface GuideRate {
  guideId: string;
  title: string;
  centerCode: string;
  solvedOnCall: number;
  callbacks: number;
  solvedRate: number | null;
}

export interface Overview {
  period: Period;
  generatedAt: Date;
  totals: Stats;
  centers: ({ code: string; name: string } & Stats)[];
  trend: TrendPoint[];
  guides: GuideRate[];
  /** Null when the view is narrowed to some centers: a referral belongs to none. */
  referrals: ReferralCounts | null;
}

export interface OverviewRequest {
  period?: Period;
  bucket?: Bucket;
  centerCodes?: readonly string[];
}

/** The guide table lists the busiest guides; the rest are in the knowledge-gap report. */
const maxGuides = 100;

/**
 * The coordinator's overview (design §2): per center and in total, booked/closed/solved on the
 * call within the period, open/claimed/overdue now, time to claim and to close in working
 * hours, and a trend by local day or week. Center staff get their own centers only.
 */
export async function computeOverview(
  deps: StatsDeps,
  viewer: Viewer,
  request: OverviewRequest = {},
): Promise<Overview> {
  const now = deps.now();
  const centers = centersInScope(viewer, deps.centers(), request.centerCodes);
  const codes = centers.map((c) => c.code);
  const period = request.period ?? defaultPeriod(now);
  const range = statsRangeOf(period);
  await catchUpStatistics(deps);

  const { stats } = deps;
  const everyCenter = isCoordinator(viewer) && codes.length === deps.centers().length;
  const [{ booked, closed, solvedOnCall: solved }, load, durations, perGuide, referrals] = await Promise.all([
    stats.countsPerDay(range, codes),
    stats.currentLoad(now, codes),
    stats.durations(range, codes),
    stats.countsPerGuide(range, codes),
    everyCenter ? countReferrals(deps, period) : null,
  ]);
  const { claim: claims, close: closes } = durations;
  const bookedBy = perCenter(booked);
  const closedBy = perCenter(closed);
  const solvedBy = perCenter(solved);
  const loadBy = new Map(load.map((l) => [l.centerCode, l]));
  const none: DurationSummary = { count: 0, medianMs: null, p90Ms: null };

  const statsOf = (
    counts: {
      booked: number;
      closed: number;
      solvedOnCall: number;
      open: number;
      claimed: number;
      overdue: number;
    },
    claim: DurationSummary,
    close: DurationSummary,
  ): Stats => ({
    booked: counts.booked,
    open: counts.open,
    claimed: counts.claimed,
    closed: counts.closed,
    overdue: counts.overdue,
    medianClaimMinutes: toMinutes(claim.medianMs),
    p90ClaimMinutes: toMinutes(claim.p90Ms),
    medianCloseMinutes: toMinutes(close.medianMs),
    p90CloseMinutes: toMinutes(close.p90Ms),
    solvedOnCall: counts.solvedOnCall,
    solvedRate: solvedRate(counts.solvedOnCall, counts.booked),
  });

  const centerRows = centers.map((center) => {
    const l = loadBy.get(center.code);
    return {
      code: center.code,
      name: center.name,
      ...statsOf(
        {
          booked: bookedBy.get(center.code) ?? 0,
          closed: closedBy.get(center.code) ?? 0,
          solvedOnCall: solvedBy.get(center.code) ?? 0,
          open: l?.open ?? 0,
          claimed: l?.claimed ?? 0,
          overdue: l?.overdue ?? 0,
        },
        claims.perCenter.get(center.code) ?? none,
        closes.perCenter.get(center.code) ?? none,
      ),
    };
  });
  const totals = statsOf(
    {
      booked: total(booked),
      closed: total(closed),
      solvedOnCall: total(solved),
      open: load.reduce((s, l) => s + l.open, 0),
      claimed: load.reduce((s, l) => s + l.claimed, 0),
      overdue: load.reduce((s, l) => s + l.overdue, 0),
    },
    claims.total,
    closes.total,
  );

  return {
    period,
    generatedAt: now,
    totals,
    centers: centerRows,
    trend: trendOf(localDatesIn(period), request.bucket ?? defaultBucket(period), {
      booked,
      closed,
      solvedOnCall: solved,
    }),
    guides: guideRates(deps, perGuide.callbacks, perGuide.solvedOnCall).slice(0, maxGuides),
    referrals,
  };
}

/** Solved on the call versus callbacks per guide, busiest first. */
export function guideRates(
  deps: Pick<StatsDeps, 'catalog'>,
  callbacks: readonly GuideCount[],
  solved: readonly GuideCount[],
): GuideRate[] {
  const catalog = deps.catalog();
  const rates = new Map<string, GuideRate>();
  const entry = (c: GuideCount): GuideRate => {
    let rate = rates.get(c.guideId);
    if (!rate) {
      const guide = catalog.get(c.guideId);
      rate = {
        guideId: c.guideId,
        // A guide removed since keeps its statistics under its id.
        title: guide?.title ?? c.guideId,
        centerCode: guide?.center ?? c.centerCode,
        solvedOnCall: 0,
        callbacks: 0,
        solvedRate: null,
      };
      rates.set(c.guideId, rate);
    }
    return rate;
  };
  for (const c of callbacks) entry(c).callbacks += c.count;
  for (const c of solved) entry(c).solvedOnCall += c.count;
  return [...rates.values()]
    .map((r) => ({ ...r, solvedRate: solvedRate(r.solvedOnCall, r.callbacks) }))
    .sort(
      (a, b) =>
        b.solvedOnCall + b.callbacks - (a.solvedOnCall + a.callbacks) || a.guideId.localeCompare(b.guideId),
    );
}
