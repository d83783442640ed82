import os from 'node:os';

/** One line of a results table; numbers are rounded when printed. */
export type Row = Record<string, string | number>;

/** A latency distribution in milliseconds. */
export interface Latency {
  count: number;
  mean: number;
  p50: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles, so a printed p99 is a latency that was really measured. */
export function summarize(samplesMs: readonly number[]): Latency {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    mean: sorted.length > 0 ? sum / sorted.length : NaN,
    p50: at(0.5) ?? NaN,
    p99: at(0.99) ?? NaN,
    max: sorted.at(-1) ?? NaN,
  };
}

/** Milliseconds since `start` (from process.hrtime.bigint()). */
export const elapsedMs = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** CPU time of this process since `start` (from process.cpuUsage()), user and system. */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Two decimals below 10, one below 100, none above: enough to compare runs, no false precision. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '–';
  if (Number.isInteger(n)) return String(n);
  const digits = Math.abs(n) < 10 ? 2 : Math.abs(n) < 100 ? 1 : 0;
  return n.toFixed(digits);
}

const cell = (v: string | number | undefined): string =>
  v === undefined ? '' : (typeof v === 'number' ? formatNumber(v) : v).replace(/\|/g, '\\|');

/** A GitHub-flavoured markdown table; numeric columns are right-aligned. */
export function markdownTable(rows: readonly Row[], columns?: readonly string[]): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  if (cols.length === 0) return '';
  const numeric = cols.map((c) => rows.some((r) => typeof r[c] === 'number'));
  const body = rows.map((r) => cols.map((c) => cell(r[c])));
  const widths = cols.map((c, i) => Math.max(3, c.length, ...body.map((line) => line[i]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((v, i) => (numeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(cols), rule, ...body.map(line)].join('\n');
}

/**
 * The header line: results only compare between runs on the same kind of machine, and only
 * when nothing else was running (the load average says whether something was).
 */
export function machineLine(now = new Date()): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  const memGb = Math.round(os.totalmem() / 2 ** 30);
  return (
    `Machine: ${cpus.length} × ${model}, ${memGb} GB RAM, ${os.platform()} ${os.arch()}, ` +
    `Node ${process.version}; load average ${os.loadavg()[0]!.toFixed(1)} at start; ` +
    `${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`
  );
}
