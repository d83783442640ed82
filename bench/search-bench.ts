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

  const built = timedBuild(guides, (g) => buildGuideIndex(g, synonyms));
  const quality = measureQuality(built.index, queries);
  row(corpus, 'MRR@10', quality.mrr, '≥ 0.85');
  row(corpus, 'Recall@1', quality.recall1);
  row(corpus, 'Recall@3', quality.recall3, '≥ 0.92');
  row(corpus, `none answered with no hits (${quality.none})`, quality.noneAbstain, '≥ 0.60');
  for (const [kind, mrr] of Object.entries(quality.perKind)) row(corpus, `MRR@10 ${kind}`, mrr);
  const texts = queries.map((q) => q.q);
  const warmUp = warmUpQueries(guides);
  addSpeed(row, corpus, built, measureLatency(built.index, texts, warmUp), '≤ 2000');

  const synthetic = syntheticGuides(guides, syntheticSize);
  const big = timedBuild(synthetic, (g) => buildGuideIndex(g, synonyms));
  addSpeed(
    row,
    `synthetic (${syntheticSize} guides)`,
    big,
    measureLatency(big.index, texts, warmUp),
    '≤ 15000',
  );
  return rows;
}

function timedBuild(guides: Guide[], build: (g: Guide[]) => GuideIndex) {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = process.hrtime.bigint();
  const index = build(guides);
  const buildMs = Number(process.hrtime.bigint() - start) / 1e6;
  collectGarbage();
  return { index, buildMs, heapMb: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20 };
}

/**
 * JIT warm-up that shares no query with the measured set but takes the same code paths: words of
 * the guides' titles, as typed, misspelt (a letter dropped) and run together.
 */
function warmUpQueries(guides: readonly Guide[]): string[] {
  return guides.flatMap((g) => {
    const words = g.title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3);
    const longest = [...words].sort((a, b) => b.length - a.length)[0] ?? '';
    const typo = longest.slice(0, 2) + longest.slice(3);
    return [words.reverse().slice(0, 3).join(' '), typo, words.slice(0, 2).join('')];
  });
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
