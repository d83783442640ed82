import type { Attributes, BatchObservableResult, Meter, Observable } from '@opentelemetry/api';
import type { Registry } from 'prom-client';

/**
 * The product's prom-client series, reported through an OpenTelemetry meter, so that a host that
 * cannot be scraped (Azure App Service: managed Prometheus scrapes only AKS and VMs) still gets
 * them, in Application Insights (decision 0050). One set of series, named as on /metrics, so the
 * runbook's names hold in both places. Counters stay counters and gauges gauges; a histogram
 * becomes its `_sum` and `_count` counters (an average, not a percentile: request percentiles come
 * from the request telemetry instead).
 */
export interface PromSource {
  /** The registries to report, read at each export (the database series only while it answers). */
  registries: () => Registry[];
  /** Refreshes the gauges read from the database, as a scrape of /metrics does. */
  collect: () => Promise<void>;
}

type Kind = 'counter' | 'gauge';

export function reportPromMetrics(meter: Meter, source: PromSource): void {
  // OpenTelemetry needs every instrument before the first export: declared from the metrics'
  // definitions, which exist before any value does.
  const instruments = new Map<string, Observable>();
  for (const registry of source.registries()) {
    for (const metric of registry.getMetricsAsArray()) {
      for (const [name, kind] of seriesOf(metric.name, String(metric.type))) {
        const options = { description: metric.help };
        instruments.set(
          name,
          kind === 'counter'
            ? meter.createObservableCounter(name, options)
            : meter.createObservableGauge(name, options),
        );
      }
    }
  }
  meter.addBatchObservableCallback(
    async (result: BatchObservableResult) => {
      await source.collect().catch(() => undefined);
      for (const sample of await samples(source.registries())) {
        const observable = instruments.get(sample.name);
        if (observable) result.observe(observable, sample.value, sample.labels);
      }
    },
    [...instruments.values()],
  );
}

/** The series a prom-client metric reports: histogram buckets are left out. */
function seriesOf(name: string, type: string): [string, Kind][] {
  if (type === 'counter') return [[name, 'counter']];
  if (type === 'gauge') return [[name, 'gauge']];
  if (type === 'histogram')
    return [
      [`${name}_sum`, 'counter'],
      [`${name}_count`, 'counter'],
    ];
  return [];
}

interface Sample {
  name: string;
  value: number;
  labels: Attributes;
}

/** Every value of the registries by series name and labels, as /metrics shows them. */
async function samples(registries: Registry[]): Promise<Sample[]> {
  const out: Sample[] = [];
  for (const registry of registries) {
    for (const metric of await registry.getMetricsAsJSON()) {
      for (const v of metric.values as { value: number; labels: Attributes; metricName?: string }[]) {
        out.push({ name: v.metricName ?? metric.name, value: v.value, labels: { ...v.labels } });
      }
    }
  }
  return out;
}
