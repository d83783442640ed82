import fs from 'node:fs';
import path from 'node:path';
import { synonymFiles } from '../bot/src/guides/load-catalog';
import { loadGuides } from '../bot/src/guides/load-guides';
import { buildGuideIndex, type GuideIndex } from '../bot/src/guides/search/guide-index';
import { loadSynonyms } from '../bot/src/guides/search/synonyms';
import type { Guide } from '../bot/src/guides/guide';
import { measureLatency, measureQuality, readQueries, type Latency } from './search-eval';
import { syntheticGuides } from './search-synthetic';

export type BenchRow = Record<string, string | number>;

const repo = path.resolve(__dirname, '..');
const defaults = {
  dir: path.join(repo, '../shared/eval/guides'),
  queries: path.join(repo, '../shared/eval/queries-dev.jsonl'),
};
const syntheticSize = 5000;

/**
 * Search quality and speed on an evaluation set, plus speed on a synthetic 5,000-guide corpus.
 * One row per figure: { corpus, metric, value, target }.
 */
export async function benchSearch(opts: { dir: string; queries: string }): Promise<BenchRow[]> {
  // Accept the eval folder itself as well as its guides/ sub-folder.
  const dir = fs.existsSync(path.join(opts.dir, 'guides')) ? path.join(opts.dir, 'guides') : opts.dir;
  const synonyms = loadSynonyms(synonymFiles(dir, path.join(repo, 'knowledge', 'synonyms.yaml')));
  const { guides } = loadGuides(dir);
  const queries = readQueries(opts.queries);
  const rows: BenchRow[] = [];
  const corpus = `${path.basename(opts.queries)} (${guides.length} guides)`;
  const row = (c: string, metric: string, value: number | string, target = '') =>
    rows.push({ corpus: c, metric, value: typeof value === 'number' ? round(value) : value, target });

  const texts = queries.map((q) => q.q);
  const built = timedBuild(guides, (g) => buildGuideIndex(g, synonyms));
  await settle();
  // Speed before quality: "first time" must be each query's first search in this index.
  const latency = measureLatency(built.index, texts);
  const quality = measureQuality(built.index, queries);
  row(corpus, 'MRR@10', quality.mrr, '≥ 0.85');
  row(corpus, 'Recall@1', quality.recall1);
  row(corpus, 'Recall@3', quality.recall3, '≥ 0.92');
  row(corpus, `none answered with no hits (${quality.none})`, quality.noneAbstain, '≥ 0.60');
  for (const [kind, mrr] of Object.entries(quality.perKind)) row(corpus, `MRR@10 ${kind}`, mrr);
  addSpeed(row, corpus, built, latency, '≤ 2000');

  const synthetic = syntheticGuides(guides, syntheticSize);
  const big = timedBuild(synthetic, (g) => buildGuideIndex(g, synonyms));
  await settle();
  addSpeed(row, `synthetic (${syntheticSize} guides)`, big, measureLatency(big.index, texts), '≤ 15000');
  return rows;
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

function addSpeed(
  row: (c: string, m: string, v: number, t?: string) => void,
  corpus: string,
  built: { buildMs: number; heapMb: number },
  latency: { firstTime: Latency; repeated: Latency },
  p99Target: string,
): void {
  row(corpus, 'search p50, first time (µs)', latency.firstTime.p50);
  row(corpus, 'search p99, first time (µs)', latency.firstTime.p99, p99Target);
  row(corpus, 'search max, first time (µs)', latency.firstTime.max);
  row(corpus, 'search p50, repeated, median of 5 (µs)', latency.repeated.p50);
  row(corpus, 'search p99, repeated, median of 5 (µs)', latency.repeated.p99, p99Target);
  row(corpus, 'index build (ms)', built.buildMs);
  row(corpus, 'index heap (MB, approx.)', built.heapMb);
}

/** Only with `node --expose-gc`; otherwise heap figures include some garbage. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 1000) / 1000);

function argValue(argv: string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const dir = path.resolve(argValue(argv, '--dir') ?? defaults.dir);
  const queries = path.resolve(argValue(argv, '--queries') ?? defaults.queries);
  benchSearch({ dir, queries }).then(
    (rows) => console.table(rows),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
