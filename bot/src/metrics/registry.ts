import { escapeHelp } from './exposition';
import { Counter, Gauge, Histogram, type Instrument, type InstrumentOptions } from './instruments';

/**
 * A tiny metrics registry that renders the Prometheus text format. No client library: the
 * product needs three instrument types and one endpoint, and every dependency is one more thing
 * to keep patched on an out-of-support SDK's Node version.
 */
export interface MetricsRegistry {
  counter(options: InstrumentOptions): Counter;
  gauge(options: InstrumentOptions): Gauge;
  histogram(options: InstrumentOptions & { buckets: readonly number[] }): Histogram;
  /** Every instrument in the order registered, as one exposition document. */
  render(): string;
}

export function createRegistry(): MetricsRegistry {
  const instruments = new Map<string, Instrument>();
  const add = <T extends Instrument>(instrument: T): T => {
    if (instruments.has(instrument.name)) throw new Error(`metric ${instrument.name} is registered twice`);
    instruments.set(instrument.name, instrument);
    return instrument;
  };
  return {
    counter: (options) => add(new Counter(options)),
    gauge: (options) => add(new Gauge(options)),
    histogram: (options) => add(new Histogram(options)),
    render() {
      const lines: string[] = [];
      for (const i of instruments.values()) {
        lines.push(`# HELP ${i.name} ${escapeHelp(i.help)}`, `# TYPE ${i.name} ${i.type}`, ...i.lines());
      }
      return lines.join('\n') + '\n';
    },
  };
}
