import type { Chart as ChartClass } from 'chart.js' with { 'resolution-mode': 'import' };

export type ChartConstructor = typeof ChartClass;

let loading: Promise<ChartConstructor> | null = null;

/** Chart.js loads after the first render, as its own chunk: the numbers show at once, the charts follow. */
export function loadChart(): Promise<ChartConstructor> {
  loading ??= import('./chart-registry.mjs').then((m) => m.Chart);
  return loading;
}
