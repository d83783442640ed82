/**
 * The Prometheus text exposition format (version 0.0.4), the part of it this product needs:
 * HELP and TYPE lines, samples with labels, no timestamps.
 * https://prometheus.io/docs/instrumenting/exposition_formats/
 */
export type Labels = Readonly<Record<string, string>>;

export const contentType = 'text/plain; version=0.0.4; charset=utf-8';

const metricName = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const labelName = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export function checkMetricName(name: string): string {
  if (!metricName.test(name)) throw new Error(`invalid metric name "${name}"`);
  return name;
}

export function checkLabelName(name: string): string {
  // Names starting with __ are reserved for Prometheus itself; `le` is the histogram's own.
  if (!labelName.test(name) || name.startsWith('__') || name === 'le')
    throw new Error(`invalid label name "${name}"`);
  return name;
}

/** Label values may hold any text (a route, a kind); backslash, quote and newline are escaped. */
const escapeLabelValue = (value: string): string =>
  value.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n');

export const escapeHelp = (text: string): string => text.replaceAll('\\', '\\\\').replaceAll('\n', '\\n');

export function formatLabels(labels: Labels): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabelValue(v)}"`);
  return pairs.length === 0 ? '' : `{${pairs.join(',')}}`;
}

export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

export const sampleLine = (name: string, labels: Labels, value: number): string =>
  `${name}${formatLabels(labels)} ${formatValue(value)}`;
