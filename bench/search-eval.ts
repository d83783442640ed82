import fs from 'node:fs';
import { z } from 'zod';
import type { GuideIndex } from '../bot/src/guides/search/guide-index';
import { shownHits } from '../bot/src/guides/search/shown';

/** One evaluation query: `relevant` empty means no guide answers it (the right answer is no hits). */
export interface EvalQuery {
  q: string;
  relevant: string[];
  kind: string;
}

const querySchema = z.object({ q: z.string(), relevant: z.array(z.string()), kind: z.string() });

export function readQueries(file: string): EvalQuery[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, i) => {
      const parsed = querySchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

export interface QueryOutcome {
  query: EvalQuery;
  ids: string[];
  /** What the bot's card shows (`shownHits`). */
  shown: string[];
  /** 1-based rank of the first relevant guide in the top 10, or null. */
  rank: number | null;
}

export interface Quality {
  mrr: number;
  recall1: number;
  recall3: number;
  noneAbstain: number;
  /** Answerable queries answered with no hits (the abstention rule refusing a real question). */
  answerableAbstain: number;
  answerable: number;
  none: number;
  perKind: Record<string, number>;
  /** Answerable queries with a relevant guide among those shown. */
  shownRight: number;
  /** Of all guides shown for answerable queries, the share labelled relevant. */
  shownRelevant: number;
  /** Guides shown per answerable query. */
  shownAverage: number;
  /** Unanswerable queries for which the card shows nothing. */
  shownNoneEmpty: number;
  outcomes: QueryOutcome[];
}

/** MRR@10, Recall@k over answerable queries; share of unanswerable queries with no hits. */
export function measureQuality(index: GuideIndex, queries: readonly EvalQuery[]): Quality {
  const outcomes = queries.map((query) => {
    const hits = index.search(query.q, { limit: 10 });
    const ids = hits.map((h) => h.guide.id);
    const shown = shownHits(hits).map((h) => h.guide.id);
    const at = ids.findIndex((id) => query.relevant.includes(id));
    return { query, ids, shown, rank: at < 0 ? null : at + 1 };
  });
  const answerable = outcomes.filter((o) => o.query.relevant.length > 0);
  const none = outcomes.filter((o) => o.query.relevant.length === 0);
  const rr = (o: QueryOutcome) => (o.rank === null ? 0 : 1 / o.rank);
  const share = (list: QueryOutcome[], ok: (o: QueryOutcome) => boolean) =>
    list.length === 0 ? 0 : list.filter(ok).length / list.length;
  const perKind: Record<string, number> = {};
  for (const kind of [...new Set(answerable.map((o) => o.query.kind))].sort()) {
    const list = answerable.filter((o) => o.query.kind === kind);
    perKind[kind] = list.reduce((s, o) => s + rr(o), 0) / list.length;
  }
  const shownCount = answerable.reduce((n, o) => n + o.shown.length, 0);
  const shownRelevantCount = answerable.reduce(
    (n, o) => n + o.shown.filter((id) => o.query.relevant.includes(id)).length,
    0,
  );
  return {
    mrr: answerable.reduce((s, o) => s + rr(o), 0) / Math.max(1, answerable.length),
    recall1: share(answerable, (o) => o.rank !== null && o.rank <= 1),
    recall3: share(answerable, (o) => o.rank !== null && o.rank <= 3),
    noneAbstain: share(none, (o) => o.ids.length === 0),
    answerableAbstain: share(answerable, (o) => o.ids.length === 0),
    answerable: answerable.length,
    none: none.length,
    perKind,
    shownRight: share(answerable, (o) => o.shown.some((id) => o.query.relevant.includes(id))),
    shownRelevant: shownCount === 0 ? 0 : shownRelevantCount / shownCount,
    shownAverage: shownCount / Math.max(1, answerable.length),
    shownNoneEmpty: share(none, (o) => o.shown.length === 0),
    outcomes,
  };
}

export interface Latency {
  p50: number;
  p99: number;
  max: number;
}

/**
 * Search latency in microseconds, after the JIT has been warmed up on other queries.
 * `firstTime`: each query timed on its first run, so per-word caches (stems, compound splits) do
 * not flatter it. `repeated`: per query, the median of `rounds` further runs; taking the median per
 * query keeps a pause caused by another process on a shared machine from posing as search time.
 */
export function measureLatency(
  index: GuideIndex,
  queries: readonly string[],
  rounds = 5,
): { firstTime: Latency; repeated: Latency } {
  // "First time": right after the index is built, as the first agents after a start would search.
  const first = queries.map((q) => timed(() => index.search(q)));
  const medians = queries.map((q) => {
    const runs = Array.from({ length: rounds }, () => timed(() => index.search(q))).sort((a, b) => a - b);
    return runs[Math.floor(runs.length / 2)]!;
  });
  return { firstTime: percentiles(first), repeated: percentiles(medians) };
}

function timed(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1000;
}

function percentiles(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}
