import fs from 'node:fs';
import path from 'node:path';
import { synonymFiles } from '../bot/src/guides/load-catalog';
import { loadGuides } from '../bot/src/guides/load-guides';
import { buildGuideIndex, type GuideIndex } from '../bot/src/guides/search/guide-index';
import { loadSynonyms } from '../bot/src/guides/search/synonyms';
import type { Guide } from '../bot/src/guides/guide';
import { measureLatency, measureQuality, readQueries, type Latency, type Quality } from './search-eval';
import { searchSets, type QuerySet } from './search-sets';
import { syntheticGuides } from './search-synthetic';
import { formatNumber, type Row } from './table';

const repo = path.resolve(__dirname, '..');
const syntheticSize = 5000;
/** The kinds the query sets use, in the order the table lists them. */
const kinds = ['keyword', 'typo', 'compound', 'ascii', 'synonym', 'citizen'];

export interface SearchBench {
  /** Rows = metric, one column per set (held-out sets marked), and the target. */
  quality: Row[];
  qualityColumns: string[];
  /** Rows = metric, one column per corpus. */
  speed: Row[];
  speedColumns: string[];
  notes: string[];
}

/**
 * Search quality on every query set, and speed on each set's guides plus a synthetic 5,000-guide
 * corpus. Held-out sets contribute aggregate figures only (bench/blind/README.md).
 */
export async function benchSearch(sets: readonly QuerySet[]): Promise<SearchBench> {
  const byDir = new Map<string, QuerySet[]>();
  for (const set of sets) byDir.set(guidesDir(set.dir), [...(byDir.get(guidesDir(set.dir)) ?? []), set]);
  const qualities: { set: QuerySet; quality: Quality }[] = [];
  const speeds = new Map<string, Speed>();
  const notes: string[] = [];
  let firstCorpus: { guides: Guide[]; synonyms: ReturnType<typeof loadSynonyms>; texts: string[] } | null =
    null;

  for (const [dir, dirSets] of byDir) {
    const synonyms = loadSynonyms(synonymFiles(dir, path.join(repo, 'knowledge', 'synonyms.yaml')));
    const { guides, problems } = loadGuides(dir);
    if (problems.length > 0) notes.push(`${dir}: ${problems.length} guide file(s) not loaded (kb validate)`);
    const queries = dirSets.map((s) => readQueries(s.queries));
    const texts = queries.flat().map((q) => q.q);
    const built = timedBuild(guides, (g) => buildGuideIndex(g, synonyms));
    await settle();
    // Speed before quality: "first time" must be each query's first search in this index.
    const column = `${guides.length} guides (${path.relative(repo, dir)})`;
    speeds.set(column, speedOf(built, measureLatency(built.index, texts)));
    dirSets.forEach((set, i) => qualities.push({ set, quality: measureQuality(built.index, queries[i]!) }));
    notes.push(
      `${column}: ${dirSets.map((s) => `${s.name} = \`${path.relative(repo, s.queries)}\``).join(', ')}`,
    );
    firstCorpus ??= { guides, synonyms, texts };
  }

  if (firstCorpus) {
    const synthetic = syntheticGuides(firstCorpus.guides, syntheticSize);
    const big = timedBuild(synthetic, (g) => buildGuideIndex(g, firstCorpus.synonyms));
    await settle();
    const column = `synthetic (${syntheticSize} guides)`;
    speeds.set(column, speedOf(big, measureLatency(big.index, firstCorpus.texts)));
  }

  const qualityColumns = qualities.map(({ set }) => (set.heldOut ? `${set.name} (held out)` : set.name));
  return {
    quality: qualityRows(qualities, qualityColumns),
    qualityColumns: ['metric', ...qualityColumns, 'target'],
    speed: speedRows(speeds),
    speedColumns: ['metric', ...speeds.keys(), 'target'],
    notes,
  };
}

/** Accept an eval folder itself as well as its guides/ sub-folder. */
const guidesDir = (dir: string) =>
  fs.existsSync(path.join(dir, 'guides')) ? path.join(dir, 'guides') : path.resolve(dir);

function qualityRows(qualities: { set: QuerySet; quality: Quality }[], columns: string[]): Row[] {
  const row = (metric: string, target: string, value: (q: Quality) => number | string): Row => ({
    metric,
    ...Object.fromEntries(qualities.map(({ quality }, i) => [columns[i]!, value(quality)])),
    target,
  });
  const noneShare = (share: number, q: Quality) =>
    q.none === 0 ? '–' : `${fmt2(share)} (${Math.round(share * q.none)}/${q.none})`;
  return [
    row('queries: answerable / unanswerable', '', (q) => `${q.answerable} / ${q.none}`),
    row('MRR@10', '≥ 0.90', (q) => round(q.mrr)),
    row('Recall@1', '', (q) => round(q.recall1)),
    row('Recall@3', '≥ 0.95', (q) => round(q.recall3)),
    row('unanswerable answered with no hits', '≥ 0.65', (q) => noneShare(q.noneAbstain, q)),
    row('answerable answered with no hits', '', (q) => round(q.answerableAbstain)),
    ...kinds.map((kind) =>
      row(`MRR@10 ${kind}`, '', (q) => (kind in q.perKind ? round(q.perKind[kind]!) : '–')),
    ),
    row('card: right guide among those shown', '≥ 0.90', (q) => round(q.shownRight)),
    row('card: shown guides that are relevant', '≥ 0.65', (q) => round(q.shownRelevant)),
    row('card: guides shown per answerable query', '', (q) => round(q.shownAverage)),
    row('card: unanswerable with nothing shown', '', (q) => noneShare(q.shownNoneEmpty, q)),
  ];
}

interface Speed {
  firstTime: Latency;
  repeated: Latency;
  buildMs: number;
  heapMb: number;
}

const speedOf = (built: { buildMs: number; heapMb: number }, latency: Omit<Speed, 'buildMs' | 'heapMb'>) => ({
  ...latency,
  buildMs: built.buildMs,
  heapMb: built.heapMb,
});

function speedRows(speeds: Map<string, Speed>): Row[] {
  const row = (metric: string, value: (s: Speed) => number | string, target = ''): Row => ({
    metric,
    ...Object.fromEntries([...speeds].map(([column, speed]) => [column, value(speed)])),
    target,
  });
  const p99Target = 'p99 ≤ 2000 (78 guides), ≤ 15000 (5,000)';
  return [
    row(
      'search p50 / p99, first time (µs)',
      (s) => `${formatNumber(s.firstTime.p50)} / ${formatNumber(s.firstTime.p99)}`,
      p99Target,
    ),
    row('search max, first time (µs)', (s) => round(s.firstTime.max)),
    row(
      'search p50 / p99, repeated, median of 5 (µs)',
      (s) => `${formatNumber(s.repeated.p50)} / ${formatNumber(s.repeated.p99)}`,
      p99Target,
    ),
    row('index build (ms)', (s) => round(s.buildMs)),
    row('index heap (MB, approx.)', (s) => round(s.heapMb)),
  ];
}

/**
 * A server builds its index at start-up or on a reload and takes the first message later, by
 * which time V8 has finished optimizing what the build's warm-up made hot on its background
 * thread. Measuring in the same tick as the build would time that compilation instead.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

function timedBuild(guides: Guide[], build: (g: Guide[]) => GuideIndex) {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = process.hrtime.bigint();
  const index = build(guides);
  const buildMs = Number(process.hrtime.bigint() - start) / 1e6;
  collectGarbage();
  return { index, buildMs, heapMb: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20 };
}

/** Only with `node --expose-gc`; otherwise heap figures include some garbage. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 1000) / 1000);
const fmt2 = (n: number) => n.toFixed(2);

/** The sets `npm run bench` reports, or one given set (`--dir`, `--queries`), held out by default. */
export function setsFor(opts: { dir?: string; queries?: string }, all = searchSets()): QuerySet[] {
  if (!opts.dir && !opts.queries) return all;
  const dev = all.find((s) => s.name === 'dev');
  const dir = opts.dir ?? dev?.dir;
  const queries = opts.queries ?? dev?.queries;
  if (!dir || !queries) throw new Error('--dir and --queries are both needed without ../shared/eval');
  return [
    { name: path.basename(queries), dir: path.resolve(dir), queries: path.resolve(queries), heldOut: true },
  ];
}
