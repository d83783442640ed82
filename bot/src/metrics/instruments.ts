import { checkLabelName, checkMetricName, sampleLine, type Labels } from './exposition';

/**
 * Counters, gauges and histograms with a fixed set of label names each. A sample is addressed
 * by its label values; passing other label names is a programming error and throws, so that a
 * typo cannot silently start a new series.
 */
export interface InstrumentOptions {
  name: string;
  help: string;
  labelNames?: readonly string[];
}

export type MetricType = 'counter' | 'gauge' | 'histogram';

export interface Instrument {
  readonly name: string;
  readonly help: string;
  readonly type: MetricType;
  /** The sample lines, without HELP and TYPE. */
  lines(): string[];
}

abstract class Labelled<S> {
  readonly name: string;
  readonly help: string;
  private readonly labelNames: readonly string[];
  protected readonly series = new Map<string, { labels: Labels; state: S }>();

  constructor(options: InstrumentOptions) {
    this.name = checkMetricName(options.name);
    this.help = options.help;
    this.labelNames = (options.labelNames ?? []).map(checkLabelName);
  }

  protected abstract fresh(): S;

  protected stateOf(labels: Labels): S {
    const given = Object.keys(labels);
    if (given.length !== this.labelNames.length || this.labelNames.some((n) => labels[n] === undefined)) {
      throw new Error(`${this.name} takes labels [${this.labelNames.join(', ')}], got [${given.join(', ')}]`);
    }
    const ordered = Object.fromEntries(this.labelNames.map((n) => [n, labels[n]!]));
    const key = JSON.stringify(Object.values(ordered));
    let entry = this.series.get(key);
    if (!entry) {
      entry = { labels: ordered, state: this.fresh() };
      this.series.set(key, entry);
    }
    return entry.state;
  }

  /** Forgets every series; for values collected on each scrape, whose label sets may vanish. */
  clear(): void {
    this.series.clear();
  }
}

export class Counter extends Labelled<{ value: number }> implements Instrument {
  readonly type = 'counter';

  protected fresh() {
    return { value: 0 };
  }

  inc(labels: Labels = {}, by = 1): void {
    if (!(by >= 0)) throw new Error(`${this.name} can only go up, got ${by}`);
    this.stateOf(labels).value += by;
  }

  /** For totals counted elsewhere (e.g. by the outbox dispatcher) and copied on each scrape. */
  setTotal(labels: Labels, total: number): void {
    this.stateOf(labels).value = total;
  }

  value(labels: Labels = {}): number {
    return this.stateOf(labels).value;
  }

  lines(): string[] {
    return [...this.series.values()].map((s) => sampleLine(this.name, s.labels, s.state.value));
  }
}

export class Gauge extends Labelled<{ value: number }> implements Instrument {
  readonly type = 'gauge';

  protected fresh() {
    return { value: 0 };
  }

  set(labels: Labels, value: number): void {
    this.stateOf(labels).value = value;
  }

  lines(): string[] {
    return [...this.series.values()].map((s) => sampleLine(this.name, s.labels, s.state.value));
  }
}

export class Histogram
  extends Labelled<{ counts: number[]; sum: number; count: number }>
  implements Instrument
{
  readonly type = 'histogram';
  private readonly buckets: readonly number[];

  constructor(options: InstrumentOptions & { buckets: readonly number[] }) {
    super(options);
    const sorted = [...new Set(options.buckets)].filter(Number.isFinite).sort((a, b) => a - b);
    if (sorted.length === 0) throw new Error(`${this.name} needs at least one finite bucket`);
    this.buckets = sorted;
  }

  protected fresh() {
    return { counts: this.buckets.map(() => 0), sum: 0, count: 0 };
  }

  observe(labels: Labels, value: number): void {
    const state = this.stateOf(labels);
    // Stored per bucket, made cumulative when rendered.
    const index = this.buckets.findIndex((upper) => value <= upper);
    if (index >= 0) state.counts[index]! += 1;
    state.sum += value;
    state.count += 1;
  }

  lines(): string[] {
    const out: string[] = [];
    for (const { labels, state } of this.series.values()) {
      let cumulative = 0;
      this.buckets.forEach((upper, i) => {
        cumulative += state.counts[i]!;
        out.push(sampleLine(`${this.name}_bucket`, { ...labels, le: String(upper) }, cumulative));
      });
      out.push(sampleLine(`${this.name}_bucket`, { ...labels, le: '+Inf' }, state.count));
      out.push(sampleLine(`${this.name}_sum`, labels, state.sum));
      out.push(sampleLine(`${this.name}_count`, labels, state.count));
    }
    return out;
  }
}
